"""The pain rules (CLINICAL.md §4 v2): one table, evaluated in order, the first match decides.

Every function here is pure: it reads values, returns a ``Judgement`` or a step, and knows
nothing of storage, channels or the clock. R4 revises a run the next morning
(``revise_with_morning``); R7 is a standing check (``bot.coach.stalled``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from bot.coach import thresholds as t
from bot.coach.records import Decision, Judgement, Phase, RunRecord

PHASE_WORDS = {
    Phase.CALM: "the calm phase",
    Phase.BUILD: "the build phase",
    Phase.RETURN: "the return phase",
    Phase.MAINTAIN: "the maintain phase",
}


@dataclass(frozen=True, slots=True)
class RestPeriod:
    """A rest after R2/R3 (or R4 turning a hold into a rest): no running for 3 days after
    ``since`` and until the morning pain is back within 1 point of ``baseline`` (§3 v2)."""

    since: date
    baseline: int

    @property
    def last_day_off(self) -> date:
        return self.since + timedelta(days=t.REST_DAYS_AFTER_REST)

    @property
    def settled_max(self) -> int:
        return self.baseline + t.REST_SETTLED_MARGIN

    def why_not_over(self, day: date, latest_morning: tuple[date, int] | None) -> str | None:
        """Why a run on ``day`` is still inside the rest period, or None once it is over.
        ``latest_morning``: the last morning check (day, pain) on or before ``day``."""
        if day <= self.last_day_off:
            first = self.last_day_off + timedelta(days=1)
            return (
                f"no running for {t.REST_DAYS_AFTER_REST} days after the rest of "
                f"{self.since:%a %d %b}, so not before {first:%a %d %b}"
            )
        if latest_morning is None or latest_morning[0] <= self.since:
            return (
                "I have no morning check since the rest, and running comes back only once your "
                f"morning pain is {self.settled_max}/10 or less (within "
                f"{t.REST_SETTLED_MARGIN} point of your baseline of {self.baseline}/10)"
            )
        if latest_morning[1] > self.settled_max:
            return (
                f"your last morning pain was {latest_morning[1]}/10, and running comes back only "
                f"once it is {self.settled_max}/10 or less (within {t.REST_SETTLED_MARGIN} point "
                f"of your baseline of {self.baseline}/10)"
            )
        return None


@dataclass(frozen=True, slots=True)
class RunFacts:
    """What is known when a run is reported, plus the state it is judged against.

    Build it with ``bot.coach.progress.run_facts`` so the service and the tests agree.
    """

    day: date
    pain_during: int
    stopped: bool
    red_flag: str | None = None  # the reason of an open referral, if any (R1)
    phase: Phase | None = None
    stage: int | None = None  # ladder stage the run is judged at (None outside the ladder)
    running_applies: bool = True  # a ladder stage or free running applies (R6)
    minutes: int | None = None
    stage_text: str = ""  # what the stage prescribes, for R9's reply
    stage_minutes: int | None = None  # the stage's total minutes (R9)
    top_stage: int = 1
    greens_before: int = 0  # consecutive green runs already counted at this stage
    ambers_before: int = 0  # amber runs in a row just before this one
    baseline: int = 0  # lowest morning pain of the 7 days up to the run (§4 v2)
    recent_rests: tuple[date, ...] = ()  # days of earlier rests (R2)
    rest_block: str | None = None  # why a rest period is not over, inside one (R8)
    days_since_last_run: int | None = None  # R9: every other day
    weeks_over: int = 0  # maintain: weeks in a row over +10% of the last, this one counted


@dataclass(frozen=True, slots=True)
class Rule:
    id: str
    applies: Callable[[RunFacts], bool]
    judge: Callable[[RunFacts], Judgement]


def _phase_note(f: RunFacts) -> str:
    if f.phase is None:
        return "this programme has no running"
    return f"running is not part of {PHASE_WORDS[f.phase]} yet"


def _rest_or_refer(f: RunFacts, rule: str, why: str) -> Judgement:
    window_start = f.day - timedelta(days=t.REPEAT_REST_WINDOW_DAYS)
    if any(window_start <= day <= f.day for day in f.recent_rests):
        return Judgement(
            Decision.REFER,
            rule,
            f"{why} This is the second rest within {t.REPEAT_REST_WINDOW_DAYS} days, so please "
            "see a physio or sports doctor before running again.",
        )
    then = ""
    if f.stage is not None:
        then = f" Your next run is at stage {max(f.stage - 1, 1)}."
    return Judgement(
        Decision.REST,
        rule,
        f"{why} No running for {t.REST_DAYS_AFTER_REST} days, and not until your morning pain is "
        f"back to {f.baseline + t.REST_SETTLED_MARGIN}/10 or less (within "
        f"{t.REST_SETTLED_MARGIN} point of your baseline of {f.baseline}/10).{then}",
    )


def _amber(f: RunFacts) -> Judgement:
    head = (
        f"Pain during the run was {f.pain_during}/10 (amber, {t.RUN_GREEN_MAX + 1}-"
        f"{t.RUN_AMBER_MAX}/10), so it does not count."
    )
    if f.stage is None:
        return Judgement(Decision.HOLD, "R5", f"{head} Take a rest day from running.")
    if f.ambers_before + 1 >= t.AMBERS_TO_STEP_DOWN and f.stage > 1:
        return Judgement(
            Decision.HOLD,
            "R5",
            f"{head} That is {t.AMBERS_TO_STEP_DOWN} amber runs in a row, so the ladder steps "
            f"down to stage {f.stage - 1}. Take a rest day first.",
        )
    return Judgement(
        Decision.HOLD,
        "R5",
        f"{head} Take a rest day, then repeat stage {f.stage}; its green runs start again "
        "from zero.",
    )


def _overloaded(f: RunFacts) -> bool:
    if f.stage is not None:
        if f.days_since_last_run is not None and f.days_since_last_run < t.RUN_EVERY_N_DAYS:
            return True
        limit = (f.stage_minutes or 0) * t.OVERLOAD_MINUTES_PCT
        return f.minutes is not None and f.stage_minutes is not None and f.minutes * 100 > limit
    return f.weeks_over >= t.MAINTAIN_WEEKS_OVER_TO_HOLD


def _overload(f: RunFacts) -> Judgement:
    if f.stage is None:
        return Judgement(
            Decision.HOLD,
            "R9",
            f"Your weekly running minutes grew by more than {t.MAINTAIN_WEEKLY_GROWTH_PCT}% for "
            f"{f.weeks_over} weeks in a row: this run does not count. Keep next week at or "
            "below this week's minutes.",
        )
    prescribed = (
        f"Stage {f.stage} is {f.stage_text}, {f.stage_minutes} minutes in all, every other day"
    )
    if f.days_since_last_run is not None and f.days_since_last_run < t.RUN_EVERY_N_DAYS:
        why = "You also ran yesterday" if f.days_since_last_run == 1 else "You already ran today"
        return Judgement(
            Decision.HOLD,
            "R9",
            f"{why}, so this run does not count. {prescribed}: rest tomorrow.",
        )
    return Judgement(
        Decision.HOLD,
        "R9",
        f"You ran {f.minutes} minutes, more than {t.OVERLOAD_MINUTES_PCT}% of the stage, so this "
        f"run does not count. {prescribed}.",
    )


def _green(f: RunFacts) -> Judgement:
    head = f"Pain during the run was {f.pain_during}/10 (green, {t.RUN_GREEN_MAX} or less)"
    if not f.running_applies:
        return Judgement(
            Decision.HOLD,
            "R6",
            f"{head}: pain-free, well done. It does not count toward anything, because "
            f"{_phase_note(f)}.",
        )
    if f.stage is None:
        return Judgement(
            Decision.PROGRESS,
            "R6",
            f"{head}: keep going, and let your weekly minutes grow by at most "
            f"{t.MAINTAIN_WEEKLY_GROWTH_PCT}%.",
        )
    greens = f.greens_before + 1
    if greens < t.GREEN_RUNS_TO_ADVANCE:
        return Judgement(
            Decision.PROGRESS,
            "R6",
            f"{head}: {greens} of {t.GREEN_RUNS_TO_ADVANCE} green runs in a row at stage "
            f"{f.stage}. Rest tomorrow; repeat stage {f.stage} the day after.",
        )
    if f.stage >= f.top_stage:
        return Judgement(
            Decision.PROGRESS,
            "R6",
            f"{head}: the top stage done {t.GREEN_RUNS_TO_ADVANCE} times in a row. If tomorrow "
            "morning is settled, the maintain phase (free running) begins.",
        )
    return Judgement(
        Decision.PROGRESS,
        "R6",
        f"{head}: {t.GREEN_RUNS_TO_ADVANCE} green runs in a row at stage {f.stage}. If tomorrow "
        f"morning is settled, your next run, after a rest day, is at stage {f.stage + 1}.",
    )


RUN_RULES: tuple[Rule, ...] = (
    Rule(
        "R1",
        lambda f: f.red_flag is not None,
        lambda f: Judgement(
            Decision.REFER,
            "R1",
            f"A red flag is open ({f.red_flag}), so running and progression stop until a "
            "clinician has seen you.",
        ),
    ),
    Rule(
        "R2", lambda f: f.stopped, lambda f: _rest_or_refer(f, "R2", "Pain made you stop the run.")
    ),
    Rule(
        "R3",
        lambda f: f.pain_during >= t.RUN_HIGH_MIN,
        lambda f: _rest_or_refer(
            f, "R3", f"Pain during the run was {f.pain_during}/10, at or above {t.RUN_HIGH_MIN}."
        ),
    ),
    Rule(
        "R8",
        lambda f: f.rest_block is not None,
        lambda f: Judgement(
            Decision.HOLD,
            "R8",
            f"Your rest period is not over: {f.rest_block}. This run does not count.",
        ),
    ),
    Rule("R5", lambda f: f.pain_during > t.RUN_GREEN_MAX, _amber),
    Rule("R9", _overloaded, _overload),
    Rule("R6", lambda f: True, _green),
)
"""The run table of CLINICAL.md §4 in its order: R1, R2, R3, R8, R5, R9, R6. R3, R5 and R6
together answer every pain score, so the last row always matches."""


def judge_run(facts: RunFacts) -> Judgement:
    """The first rule of the table that matches the run decides. Always returns a judgement."""
    if not t.PAIN_MIN <= facts.pain_during <= t.PAIN_MAX:
        raise ValueError("pain must be 0-10")
    rule = next(r for r in RUN_RULES if r.applies(facts))
    return rule.judge(facts)


def revise_with_morning(run: RunRecord, morning_pain: int, baseline: int) -> Judgement | None:
    """R4: the next-morning pain 2+ points above baseline turns progress into hold and hold into
    rest. Returns the revised judgement, or None when the run's decision stands."""
    rise = morning_pain - baseline
    if rise < t.MORNING_RISE_MIN:
        return None
    current = run.judgement.decision
    why = (
        f"The morning after, pain was {morning_pain}/10, {rise} points above your baseline of "
        f"{baseline}/10"
    )
    again = f"repeat stage {run.stage}" if run.stage is not None else "take a rest day"
    if current is Decision.PROGRESS:
        return Judgement(Decision.HOLD, "R4", f"{why}: the run no longer counts; {again}.")
    if current is Decision.HOLD:
        lower = f"; the next run is at stage {run.stage - 1}" if run.stage and run.stage > 1 else ""
        return Judgement(
            Decision.REST,
            "R4",
            f"{why} after a run that did not count: no running for {t.REST_DAYS_AFTER_REST} "
            f"days and until your morning pain is back within {t.REST_SETTLED_MARGIN} point of "
            f"{baseline}/10{lower}.",
        )
    return None


def strength_step(pain: int) -> int:
    """How a strength session rated ``pain`` moves the dose (§1a v2): +1 counts toward the next
    step, 0 holds the step (and its count starts again), -1 steps down one with a rest day."""
    if pain <= t.STRENGTH_STEP_UP_MAX:
        return 1
    if pain <= t.STRENGTH_HOLD_MAX:
        return 0
    return -1
