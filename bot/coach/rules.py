"""The pain rules (CLINICAL.md §4): one table, evaluated in order, the first match decides.

Every function here is pure: it reads values, returns a ``Judgement`` or a step, and knows
nothing of storage, channels or the clock.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from statistics import mean

from bot.coach import thresholds as t
from bot.coach.records import Decision, History, Judgement, RunRecord


@dataclass(frozen=True, slots=True)
class RunFacts:
    """What is known when a run is reported, plus the state it is judged against."""

    day: date
    pain_during: int
    stopped: bool
    red_flag: str | None  # the reason of an active red flag / referral, if any
    stage: int | None  # ladder stage the run was done at (None outside the return phase)
    recent_rests: tuple[tuple[date, int | None], ...] = ()  # (day, stage) of earlier rests


@dataclass(frozen=True, slots=True)
class Rule:
    id: str
    applies: Callable[[RunFacts], bool]
    judge: Callable[[RunFacts], Judgement]


def _rest_or_refer(facts: RunFacts, rule: str, why: str) -> Judgement:
    window_start = facts.day - timedelta(days=t.REPEAT_REST_WINDOW_DAYS)
    repeat = any(
        stage == facts.stage and window_start <= day <= facts.day
        for day, stage in facts.recent_rests
    )
    if repeat:
        return Judgement(
            Decision.REFER,
            rule,
            f"{why} This is the second rest at the same stage within "
            f"{t.REPEAT_REST_WINDOW_DAYS} days, so please see a physio or sports doctor "
            "before running again.",
        )
    return Judgement(
        Decision.REST,
        rule,
        f"{why} No running for {t.REST_DAYS_AFTER_REST} days; the next run starts one stage lower.",
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
        "R2",
        lambda f: f.stopped,
        lambda f: _rest_or_refer(f, "R2", "Pain made you stop the run."),
    ),
    Rule(
        "R3",
        lambda f: f.pain_during >= t.RUN_HIGH_MIN,
        lambda f: _rest_or_refer(
            f, "R3", f"Pain during the run was {f.pain_during}/10, at or above {t.RUN_HIGH_MIN}."
        ),
    ),
    Rule(
        "R5",
        lambda f: f.pain_during > t.RUN_GREEN_MAX,
        lambda f: Judgement(
            Decision.HOLD,
            "R5",
            f"Pain during the run was {f.pain_during}/10 (amber, {t.RUN_GREEN_MAX + 1}-"
            f"{t.RUN_AMBER_MAX}): take a rest day, then repeat this stage.",
        ),
    ),
    Rule(
        "R6",
        lambda f: True,
        lambda f: Judgement(
            Decision.PROGRESS,
            "R6",
            f"Pain during the run was {f.pain_during}/10 (green, {t.RUN_GREEN_MAX} or less): it "
            f"counts toward this stage; {t.GREEN_RUNS_TO_ADVANCE} green runs move you up.",
        ),
    ),
)
"""R4 revises a run the next morning (``revise_with_morning``); R7 is a standing check on
everyday pain (``check_stalled``): since R3, R5 and R6 together answer every pain score, R7
could never be reached as a row of the run table, so it is judged on each daily check."""


def judge_run(facts: RunFacts) -> Judgement:
    """The first rule of R1-R6 that matches the run decides. Always returns a judgement."""
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
    if current is Decision.PROGRESS:
        return Judgement(Decision.HOLD, "R4", f"{why}: the run no longer counts; repeat the stage.")
    if current is Decision.HOLD:
        return Judgement(
            Decision.REST,
            "R4",
            f"{why} after an amber run: no running for {t.REST_DAYS_AFTER_REST} days, "
            "then one stage lower.",
        )
    return None


def strength_step(pain: int) -> int:
    """How the strength level moves after a session rated ``pain``: +1, 0 or -1."""
    if pain <= t.STRENGTH_STEP_UP_MAX:
        return 1
    if pain <= t.STRENGTH_HOLD_MAX:
        return 0
    return -1


def check_stalled(history: History, start: date, today: date) -> Judgement | None:
    """R7: refer when everyday pain has not improved after 3 weeks, or is not resolved after 8.

    Everyday pain is the morning pain. Each of the two findings is raised once: a finding whose
    rule id already has a referral (cleared or not) is not raised again.
    """
    age = (today - start).days
    raised = {r.cause for r in history.referrals}
    mornings = [m for m in history.mornings if start <= m.day <= today]
    if age >= t.STALLED_UNRESOLVED_DAYS and "R7-unresolved" not in raised:
        recent = [m.pain for m in mornings if (today - m.day).days < t.TREND_WINDOW_DAYS]
        # Silence is not evidence: with no recent morning report, nothing is raised.
        if recent and max(recent) > t.RESOLVED_PAIN_MAX:
            return Judgement(
                Decision.REFER,
                "R7-unresolved",
                f"After {t.STALLED_UNRESOLVED_DAYS // 7} weeks your knee has not settled; "
                "a physio or sports doctor can look for what is keeping it going.",
            )
    if age >= t.STALLED_NO_IMPROVEMENT_DAYS and "R7-stalled" not in raised:
        first = [m.pain for m in mornings if (m.day - start).days < t.TREND_WINDOW_DAYS]
        last = [m.pain for m in mornings if (today - m.day).days < t.TREND_WINDOW_DAYS]
        if first and last and mean(last) >= mean(first) and max(last) > t.RESOLVED_PAIN_MAX:
            return Judgement(
                Decision.REFER,
                "R7-stalled",
                f"Your everyday pain has not improved in {t.STALLED_NO_IMPROVEMENT_DAYS // 7} "
                "weeks; a physio or sports doctor can check what else is going on.",
            )
    return None
