"""The pain rules (CLINICAL.md §4 v2): one table, evaluated in order, the first match decides.

Every function here is pure: it reads values, returns a ``Judgement`` or a step, and knows
nothing of storage, channels, the clock or wording: a judgement carries its rule id and the
facts of its reason, and ``bot.texts.reasons`` words them. R4 revises a run the next morning
(``revise_with_morning``); R7 is a standing check (``bot.coach.stalled``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, timedelta

from bot.coach import thresholds as t
from bot.coach.protocol import WalkRunStage
from bot.coach.records import (
    Decision,
    Judgement,
    Phase,
    Reason,
    RestBlock,
    RestWait,
    RunRecord,
    Why,
    within_days,
)


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

    def why_not_over(self, day: date, latest_morning: tuple[date, int] | None) -> RestBlock | None:
        """Why a run on ``day`` is still inside the rest period, or None once it is over.
        ``latest_morning``: the last morning check (day, pain) on or before ``day``."""
        if day <= self.last_day_off:
            wait, pain = RestWait.DAYS_OFF, None
        elif latest_morning is None or latest_morning[0] <= self.since:
            wait, pain = RestWait.NO_MORNING, None
        elif latest_morning[1] > self.settled_max:
            wait, pain = RestWait.MORNING_HIGH, latest_morning[1]
        else:
            return None
        first = self.last_day_off + timedelta(days=1)
        return RestBlock(wait, self.since, first, self.settled_max, self.baseline, pain)


@dataclass(frozen=True, slots=True)
class RunFacts:
    """What is known when a run is reported, plus the state it is judged against.

    Build it with ``bot.coach.state.run_facts`` so the service and the tests agree.
    """

    day: date
    pain_during: int
    stopped: bool
    red_flag: str | None = None  # the reason of an open referral, if any (R1)
    phase: Phase | None = None
    stage: int | None = None  # ladder stage the run is judged at (None outside the ladder)
    running_applies: bool = True  # a ladder stage or free running applies (R6)
    minutes: int | None = None
    stage_detail: WalkRunStage | None = None  # what the stage prescribes, for R9's reply
    stage_minutes: int | None = None  # the stage's total minutes (R9)
    top_stage: int = 1
    greens_before: int = 0  # consecutive green runs already counted at this stage
    ambers_before: int = 0  # amber runs in a row just before this one
    back_to_build_on: date | None = None  # the last time ambers at stage 1 sent back to build
    uncounted: date | None = None  # the last green run, if its morning check never came
    baseline: int = 0  # lowest morning pain of the 7 days up to the run (§4 v2)
    recent_rests: tuple[date, ...] = ()  # days of earlier rests (R2)
    rest_block: RestBlock | None = None  # why a rest period is not over, inside one (R8)
    days_since_last_run: int | None = None  # R9: every other day
    weeks_over: int = 0  # maintain: weeks in a row over +10% of the last, this one counted


@dataclass(frozen=True, slots=True)
class Rule:
    id: str
    applies: Callable[[RunFacts], bool]
    judge: Callable[[RunFacts], Judgement]


def _rest_or_refer(f: RunFacts, rule: str, why: Why) -> Judgement:
    window_start = f.day - timedelta(days=t.REPEAT_REST_WINDOW_DAYS)
    if any(window_start <= day <= f.day for day in f.recent_rests):
        return Judgement(Decision.REFER, rule, Reason(why, pain=f.pain_during))
    next_stage = max(f.stage - 1, 1) if f.stage is not None else None
    reason = Reason(why, pain=f.pain_during, baseline=f.baseline, next_stage=next_stage)
    return Judgement(Decision.REST, rule, reason)


def _amber(f: RunFacts) -> Judgement:
    third = f.stage is not None and f.ambers_before + 1 >= t.AMBERS_TO_STEP_DOWN
    if third and f.stage == 1:
        return _amber_at_stage_one(f)
    if third and f.stage is not None and f.stage > 1:
        reason = Reason(Why.AMBER_STEP_DOWN, pain=f.pain_during, next_stage=f.stage - 1)
        return Judgement(Decision.HOLD, "R5", reason)
    return Judgement(Decision.HOLD, "R5", Reason(Why.AMBER, pain=f.pain_during, stage=f.stage))


def _amber_at_stage_one(f: RunFacts) -> Judgement:
    """§3 v3: no lower rung: back to build for 7 days, or a clinician the second time in 28."""
    recent = f.back_to_build_on is not None and within_days(
        f.back_to_build_on, f.day, t.BACK_TO_BUILD_REFER_DAYS
    )
    if recent:
        return Judgement(Decision.REFER, "R5", Reason(Why.AMBER_REFER, pain=f.pain_during))
    back = f.day + timedelta(days=t.AMBERS_BACK_TO_BUILD_DAYS + 1)  # after the 7 days
    reason = Reason(Why.AMBER_BACK_TO_BUILD, pain=f.pain_during, day=back)
    return Judgement(Decision.HOLD, "R5", reason)


def _ran_again(f: RunFacts) -> bool:
    return f.days_since_last_run is not None and f.days_since_last_run < t.RUN_EVERY_N_DAYS


def _overloaded(f: RunFacts) -> bool:
    if f.stage is not None:
        if _ran_again(f):
            return True
        limit = (f.stage_minutes or 0) * t.OVERLOAD_MINUTES_PCT
        return f.minutes is not None and f.stage_minutes is not None and f.minutes * 100 > limit
    return f.weeks_over >= t.MAINTAIN_WEEKS_OVER_TO_HOLD


def _overload(f: RunFacts) -> Judgement:
    if f.stage is None:
        return Judgement(Decision.HOLD, "R9", Reason(Why.WEEKS_OVER, count=f.weeks_over))
    why = Why.RAN_AGAIN if _ran_again(f) else Why.RAN_TOO_LONG
    reason = Reason(
        why,
        stage=f.stage,
        stage_detail=f.stage_detail,
        stage_minutes=f.stage_minutes,
        minutes=f.minutes,
        count=f.days_since_last_run,
    )
    return Judgement(Decision.HOLD, "R9", reason)


def _green(f: RunFacts) -> Judgement:
    pain = f.pain_during
    if not f.running_applies:
        reason = Reason(Why.GREEN_NOT_COUNTED, pain=pain, phase=f.phase)
        return Judgement(Decision.HOLD, "R6", reason)
    if f.stage is None:
        return Judgement(Decision.PROGRESS, "R6", Reason(Why.GREEN_FREE, pain=pain))
    greens = f.greens_before + 1
    if greens < t.GREEN_RUNS_TO_ADVANCE:
        reason = Reason(Why.GREEN_COUNTED, pain=pain, stage=f.stage, count=greens)
    elif f.stage >= f.top_stage:
        reason = Reason(Why.GREEN_TOP_STAGE, pain=pain, stage=f.stage)
    else:
        reason = Reason(Why.GREEN_STAGE_DONE, pain=pain, stage=f.stage, next_stage=f.stage + 1)
    reason = replace(reason, uncounted=f.uncounted)
    return Judgement(Decision.PROGRESS, "R6", reason)


RUN_RULES: tuple[Rule, ...] = (
    Rule(
        "R1",
        lambda f: f.red_flag is not None,
        lambda f: Judgement(Decision.REFER, "R1", Reason(Why.RED_FLAG, flag=f.red_flag or "")),
    ),
    Rule("R2", lambda f: f.stopped, lambda f: _rest_or_refer(f, "R2", Why.PAIN_STOPPED)),
    Rule(
        "R3",
        lambda f: f.pain_during >= t.RUN_HIGH_MIN,
        lambda f: _rest_or_refer(f, "R3", Why.PAIN_HIGH),
    ),
    Rule(
        "R8",
        lambda f: f.rest_block is not None,
        lambda f: Judgement(Decision.HOLD, "R8", Reason(Why.REST_NOT_OVER, rest=f.rest_block)),
    ),
    Rule("R5", lambda f: f.pain_during > t.RUN_GREEN_MAX, _amber),
    Rule("R9", _overloaded, _overload),
    Rule("R6", lambda f: True, _green),
)
"""The run table of CLINICAL.md §4 in its order: R1, R2, R3, R8, R5, R9, R6. R3, R5 and R6
together answer every pain score, so the last row always matches."""


MORNING_AFTER_RULE = "R4"  # revise_with_morning
STANDING_RULE = "R7"  # bot.coach.stalled: judged each day a report arrives
EVERY_RULE = (*(rule.id for rule in RUN_RULES), MORNING_AFTER_RULE, STANDING_RULE)
"""Every rule id, in the order the coach applies them: the run table, then R4 and R7."""


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
    facts = Reason(Why.MORNING_ROSE, pain=morning_pain, count=rise, baseline=baseline)
    if current is Decision.PROGRESS:
        return Judgement(Decision.HOLD, MORNING_AFTER_RULE, replace(facts, stage=run.stage))
    if current is Decision.HOLD:
        lower = run.stage - 1 if run.stage and run.stage > 1 else None
        return Judgement(Decision.REST, MORNING_AFTER_RULE, replace(facts, next_stage=lower))
    return None


def rests_strength_after(pain: int) -> bool:
    """A session this painful steps the dose down and makes the next day a rest from strength."""
    return strength_step(pain) < 0


def strength_step(pain: int) -> int:
    """How a strength session rated ``pain`` moves the dose (§1a v2): +1 counts toward the next
    step, 0 holds the step (and its count starts again), -1 steps down one with a rest day."""
    if pain <= t.STRENGTH_STEP_UP_MAX:
        return 1
    if pain <= t.STRENGTH_HOLD_MAX:
        return 0
    return -1
