"""What the user has told the coach, as plain values the rules read."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from enum import StrEnum
from typing import TypeVar

from bot.coach import thresholds as t
from bot.coach.protocol import WalkRunStage


class Decision(StrEnum):
    PROGRESS = "progress"
    HOLD = "hold"
    REST = "rest"
    REFER = "refer"


class Phase(StrEnum):
    CALM = "calm"
    BUILD = "build"
    RETURN = "return"
    MAINTAIN = "maintain"


class Why(StrEnum):
    """Which sentence explains a judgement; ``bot.texts.reasons`` words each one."""

    RED_FLAG = "red-flag"  # R1
    PAIN_STOPPED = "pain-stopped"  # R2 (rest, or refer on a second rest)
    PAIN_HIGH = "pain-high"  # R3 (rest, or refer on a second rest)
    REST_NOT_OVER = "rest-not-over"  # R8
    AMBER = "amber"  # R5: repeat the stage (or a rest day outside the ladder)
    AMBER_STEP_DOWN = "amber-step-down"  # R5: the third amber in a row
    AMBER_BACK_TO_BUILD = "amber-back-to-build"  # R5 v3: the third amber in a row at stage 1
    AMBER_REFER = "amber-refer"  # R5 v3: back to build a second time within 28 days
    RAN_AGAIN = "ran-again"  # R9: a run the day after a run, or the same day
    RAN_TOO_LONG = "ran-too-long"  # R9: minutes over the stage
    WEEKS_OVER = "weeks-over"  # R9: maintain volume grew too fast
    GREEN_NOT_COUNTED = "green-not-counted"  # R6: no running in this phase or programme
    GREEN_FREE = "green-free"  # R6: free running
    GREEN_COUNTED = "green-counted"  # R6: one more green at the stage
    GREEN_TOP_STAGE = "green-top-stage"  # R6: the top stage done
    GREEN_STAGE_DONE = "green-stage-done"  # R6: the next stage after a rest day
    MORNING_ROSE = "morning-rose"  # R4 (hold, or rest after a hold)
    NOT_SETTLED = "not-settled"  # R7: not resolved
    RUNS_STILL_HURT = "runs-still-hurt"  # R7: every run amber or worse
    NOT_IMPROVING = "not-improving"  # R7: neither morning nor run pain improved


class RestWait(StrEnum):
    """What a rest period still waits for (CLINICAL.md §3 v2)."""

    DAYS_OFF = "days-off"  # the days without running after the rest
    NO_MORNING = "no-morning"  # a morning check since the rest
    MORNING_HIGH = "morning-high"  # the morning pain back within 1 point of baseline


@dataclass(frozen=True, slots=True)
class RestBlock:
    """Why a run on some day is still inside a rest period: the facts, worded by bot.texts."""

    wait: RestWait
    since: date  # the day of the rest
    first_day: date  # the first day running may come back
    settled_max: int  # the morning pain running comes back at, or below
    baseline: int
    morning_pain: int | None = None  # the last morning's pain (MORNING_HIGH)


@dataclass(frozen=True, slots=True)
class Reason:
    """The facts a rule's reason names: which sentence (``why``) and its numbers."""

    why: Why
    pain: int | None = None
    stage: int | None = None  # the ladder stage the run was judged at
    next_stage: int | None = None  # the stage of the next run, where it changes
    baseline: int | None = None
    count: int | None = None  # greens in a row, weeks over, days since the last run, or a rise
    minutes: int | None = None
    stage_minutes: int | None = None
    stage_detail: WalkRunStage | None = None  # what the stage prescribes (R9)
    flag: str = ""  # the open referral's reason (R1)
    phase: Phase | None = None
    rest: RestBlock | None = None
    uncounted: date | None = None  # an earlier green run whose morning check never came (§3 v3)
    day: date | None = None  # the day a phase change ends (back to build until then)


@dataclass(frozen=True, slots=True)
class Judgement:
    """A decision, the id of the rule that made it, and why: the facts of a fresh judgement
    (``bot.texts.reasons`` words them), or for one read back from storage the sentence recorded
    at the time."""

    decision: Decision
    rule: str
    reason: Reason | str


@dataclass(frozen=True, slots=True)
class RunRecord:
    day: date
    pain_during: int
    stopped: bool
    judgement: Judgement
    minutes: int | None = None
    stage: int | None = None  # walk-run ladder stage (1-based) the run was judged at
    morning_pain: int | None = None  # the next morning's pain, once reported
    distance_km: float | None = None  # as reported; the rules go by minutes and pain


@dataclass(frozen=True, slots=True)
class MorningRecord:
    """Everyday pain on waking (0-10); in the calm phase, also whether stairs were pain-free."""

    day: date
    pain: int
    stairs_ok: bool | None = None


@dataclass(frozen=True, slots=True)
class ReturnCheckRecord:
    """The return-to-run check (§3 v3): each item done at pain <= 2/10, yes or no."""

    day: date
    brisk_walk: bool
    single_leg_squats: bool
    single_leg_hops: bool

    @property
    def passed(self) -> bool:
        return self.brisk_walk and self.single_leg_squats and self.single_leg_hops


@dataclass(frozen=True, slots=True)
class Adjustment:
    """A linked clinician's change to the plan from the start of ``day`` (CLINICAL.md §5 v3):
    set the walk-run stage (1-based), set the strength step (0-based), no running up to and
    including ``no_running_until``, or, with ``hold_until``, no step up of the stage or the
    strength step above the ones given up to and including that day. The replay keeps each
    within the protocol's bounds."""

    day: date
    stage: int | None = None
    strength_level: int | None = None
    no_running_until: date | None = None
    hold_until: date | None = None


@dataclass(frozen=True, slots=True)
class StrengthRecord:
    day: date
    pain: int


def within_days(day: date, end: date, days: int) -> bool:
    """``day`` is one of the ``days`` days ending with ``end`` (``end`` included): the one
    reading of "the last N days" every window of the rules uses."""
    return 0 <= (end - day).days < days


def baseline_on(mornings: Mapping[date, Sequence[MorningRecord]], day: date) -> int:
    """R4's baseline for a run on ``day``: the lowest morning pain of the 7 days up to and
    including ``day`` (a run's own morning comes before it), 0 if none was reported. The
    lowest, not the last, so a flare does not raise its own baseline (CLINICAL.md §4 v2).
    ``mornings`` by day (:func:`by_day`): a replay asks this for every run, in 7 lookups."""
    window = (day - timedelta(days=back) for back in range(t.BASELINE_WINDOW_DAYS))
    return min((m.pain for d in window for m in mornings.get(d, ())), default=0)


_Dated = TypeVar(
    "_Dated", "RunRecord", "StrengthRecord", "MorningRecord", "ReturnCheckRecord", "Adjustment"
)


def by_day(records: Iterable[_Dated]) -> dict[date, list[_Dated]]:
    """Records grouped by their day, each day's in the order given."""
    grouped: dict[date, list[_Dated]] = defaultdict(list)
    for record in records:
        grouped[record.day].append(record)
    return grouped


CLEARED_BY_RUNNER = "self"  # the runner's own /cleared: self-reported (§5 v3)
CLEARED_BY_CLINICIAN = "clinician"  # a clinician linked to the runner cleared it
RETURN_CHECK_CAUSE = "return-check"  # two failed return-to-run checks (§3 v3)
RULE_REFERRAL_CAUSES = frozenset({"R2", "R3", "R4", "R5", "R7", "R9", RETURN_CHECK_CAUSE})
"""Referral causes that are a rule's, not a red flag's: every other cause is a flag id."""


@dataclass(frozen=True, slots=True)
class Referral:
    """A hand-off to a clinician: a red-flag id, or a rule id (R2 repeat rest, R7 stalled).

    ``retracted_on``: the runner said the coach misread them ("No, I didn't mean that"), so the
    referral never stood. ``cleared_on``: the day coaching resumed after a clinician's clearance.
    """

    day: date
    cause: str
    reason: str
    cleared_on: date | None = None
    retracted_on: date | None = None
    words: str | None = None  # the runner's own words, for a flag heard in a message
    urgency: str | None = None  # emergency, urgent or soon (CLINICAL.md §5)
    cleared_by: str | None = None  # physio, doctor or other
    seen_on: date | None = None  # the day the clinician saw them
    cleared_source: str | None = None  # CLEARED_BY_RUNNER (self-reported) or CLEARED_BY_CLINICIAN

    @property
    def active(self) -> bool:
        return self.cleared_on is None and self.retracted_on is None

    @property
    def red_flag(self) -> bool:
        """A red flag (R1), not a rule's referral (R2's repeat rest, R5 at stage 1, R7, the
        return-to-run check): only a red flag pauses strength (CLINICAL.md §1a v3)."""
        return self.cause not in RULE_REFERRAL_CAUSES

    @property
    def stood(self) -> bool:
        """False for a retracted referral: it is then as if it had never been raised."""
        return self.retracted_on is None

    def open_on(self, day: date) -> bool:
        """Progression stops on ``day`` for it: raised that day or before, not yet cleared
        (a retracted one never stood: callers leave it out)."""
        return self.day <= day and (self.cleared_on is None or day < self.cleared_on)


@dataclass(frozen=True, slots=True)
class History:
    """Everything reported by one user, each list in the order it happened; or, from
    ``complete_from`` on, what a reader resuming from a stored snapshot needs: every report
    dated ``complete_from`` or later (the latest run may be older), and every referral."""

    runs: tuple[RunRecord, ...] = ()
    mornings: tuple[MorningRecord, ...] = ()
    strength: tuple[StrengthRecord, ...] = ()
    referrals: tuple[Referral, ...] = ()
    adjustments: tuple[Adjustment, ...] = ()  # every one, like the referrals
    paused_days: frozenset[date] = field(default_factory=frozenset)
    return_checks: tuple[ReturnCheckRecord, ...] = ()
    complete_from: date = date.min

    def active_referral(self) -> Referral | None:
        return next((r for r in self.referrals if r.active), None)

    def baseline_before(self, day: date) -> int:
        """R4's baseline for a run on ``day`` (:func:`baseline_on`)."""
        return baseline_on(by_day(self.mornings), day)

    def morning_on(self, day: date) -> MorningRecord | None:
        return next((m for m in reversed(self.mornings) if m.day == day), None)
