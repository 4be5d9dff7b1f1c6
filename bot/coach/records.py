"""What the user has told the coach, as plain values the rules read."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from enum import StrEnum

from bot.coach import thresholds as t


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


@dataclass(frozen=True, slots=True)
class Judgement:
    """A decision, the id of the rule that made it, and its reason in one sentence."""

    decision: Decision
    rule: str
    reason: str


@dataclass(frozen=True, slots=True)
class RunRecord:
    day: date
    pain_during: int
    stopped: bool
    judgement: Judgement
    minutes: int | None = None
    stage: int | None = None  # walk-run ladder stage (1-based) the run was judged at
    morning_pain: int | None = None  # the next morning's pain, once reported


@dataclass(frozen=True, slots=True)
class MorningRecord:
    """Everyday pain on waking (0-10); in the calm phase, also whether stairs were pain-free."""

    day: date
    pain: int
    stairs_ok: bool | None = None


@dataclass(frozen=True, slots=True)
class StrengthRecord:
    day: date
    pain: int


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

    @property
    def active(self) -> bool:
        return self.cleared_on is None and self.retracted_on is None

    @property
    def stood(self) -> bool:
        """False for a retracted referral: it is then as if it had never been raised."""
        return self.retracted_on is None


@dataclass(frozen=True, slots=True)
class History:
    """Everything reported by one user, each list in the order it happened."""

    runs: tuple[RunRecord, ...] = ()
    mornings: tuple[MorningRecord, ...] = ()
    strength: tuple[StrengthRecord, ...] = ()
    referrals: tuple[Referral, ...] = ()
    paused_days: frozenset[date] = field(default_factory=frozenset)

    def active_referral(self) -> Referral | None:
        return next((r for r in self.referrals if r.active), None)

    def baseline_before(self, day: date) -> int:
        """R4's baseline for a run on ``day``: the lowest morning pain of the 7 days up to and
        including ``day`` (a run's own morning comes before it), 0 if none was reported. The
        lowest, not the last, so a flare does not raise its own baseline (CLINICAL.md §4 v2)."""
        first = day - timedelta(days=t.BASELINE_WINDOW_DAYS - 1)
        window = [m.pain for m in self.mornings if first <= m.day <= day]
        return min(window, default=0)

    def morning_on(self, day: date) -> MorningRecord | None:
        return next((m for m in reversed(self.mornings) if m.day == day), None)
