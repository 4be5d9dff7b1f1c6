"""Today's plan for a user: stretches, the strength session with today's dose, running guidance."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from bot.coach import thresholds as t
from bot.coach.protocol import Exercise, Protocol, RunningMode, Therapy, WalkRunStage
from bot.coach.records import Phase, RestBlock
from bot.coach.state import CoachState

# Which weekdays (Mon=0) are strength days for a protocol training n days a week [default].
TRAINING_WEEKDAYS: dict[int, tuple[int, ...]] = {
    1: (2,),
    2: (1, 4),
    3: (0, 2, 4),
    4: (0, 1, 3, 4),
    5: (0, 1, 2, 3, 4),
    6: (0, 1, 2, 3, 4, 5),
    7: (0, 1, 2, 3, 4, 5, 6),
}


# How a day's sessions are named when marked done: "stretch-1".."stretch-3" and "strength"
# (an exercise marked on its own is named by its exercise id).
STRENGTH_ITEM = "strength"
_STRETCH_PREFIX = "stretch-"


def stretch_item(n: int) -> str:
    return f"{_STRETCH_PREFIX}{n}"


def stretch_number(item: str) -> int | None:
    """The session number of a ``stretch-<n>`` item (n >= 1), or None for any other text."""
    number = item.removeprefix(_STRETCH_PREFIX)
    if item.startswith(_STRETCH_PREFIX) and number.isdigit() and int(number) >= 1:
        return int(number)
    return None


class Running(StrEnum):
    NONE = "none"  # the protocol prescribes no running
    CROSS_TRAIN = "cross-train"  # calm phase: no running, cross-train if painless
    WALK = "walk"  # build phase: no running, walking only
    REST_DAY = "rest-day"  # return phase, but today is a rest day from running
    LADDER = "ladder"  # return phase: today's walk-run stage
    FREE = "free"  # maintain / free running, +10% a week at most
    STOPPED = "stopped"  # a referral is open: no running until cleared


class StrengthStatus(StrEnum):
    DUE = "due"
    NOT_TODAY = "not-today"  # not a training day of this protocol
    REST = "rest"  # rest day after a painful session
    STOPPED = "stopped"  # a referral is open


@dataclass(frozen=True, slots=True)
class PlannedExercise:
    exercise: Exercise
    level: int  # the strength level its dose is taken at (bot.texts.common.dose_text)


@dataclass(frozen=True, slots=True)
class DayPlan:
    day: date
    week: int
    day_number: int
    protocol: Protocol
    phase: Phase | None
    stretch_sessions: int
    stretches: tuple[PlannedExercise, ...]
    strength_status: StrengthStatus
    strength: tuple[PlannedExercise, ...]
    strength_level: int
    running: Running
    stage: int | None
    stage_detail: WalkRunStage | None
    therapies: tuple[Therapy, ...]
    referral_reason: str | None
    protocol_finished: bool
    rest_reason: RestBlock | None = None  # why running waits: an unfinished rest period (§3 v2)
    days_without_morning_check: int = 0  # today included until its check is sent
    return_offered: bool = False  # the protocol's weeks are over and the return phase follows
    red_flag_open: bool = False  # an open red flag (R1): strength paused, stretches if painless
    strength_held_sore: bool = False  # a step up was due but today's morning is sore (§1a v3)
    return_check_due: bool = False  # the return-to-run check comes before the first walk-run

    @property
    def stretch_items(self) -> tuple[str, ...]:
        """Today's stretch sessions by the names they are marked done with."""
        return tuple(stretch_item(n) for n in range(1, self.stretch_sessions + 1))

    @property
    def morning_check_missing(self) -> bool:
        """No morning check for 3 days (§3 v2) in a programme whose phases wait for it: the
        plan and the morning reminder ask for it by name."""
        phases = (
            self.protocol.running.mode is RunningMode.PHASED or self.protocol.return_after_weeks
        )
        return phases and self.days_without_morning_check > t.SILENT_DAYS

    @property
    def has_strength(self) -> bool:
        return self.strength_status is StrengthStatus.DUE


def is_strength_day(protocol: Protocol, day: date) -> bool:
    days = protocol.strength_days_per_week
    return days > 0 and day.weekday() in TRAINING_WEEKDAYS[days]


def _running(protocol: Protocol, state: CoachState) -> Running:
    if state.referral is not None:
        return Running.STOPPED
    mode = protocol.running.mode
    if mode is RunningMode.NONE and state.phase is None:
        return Running.NONE
    if mode is RunningMode.FREE or state.phase is Phase.MAINTAIN:
        return Running.FREE if state.may_run_today() else Running.REST_DAY
    if state.phase is Phase.CALM:
        return Running.CROSS_TRAIN
    if state.phase is Phase.BUILD:
        return Running.WALK
    return Running.LADDER if state.may_run_today() else Running.REST_DAY


def strength_status(
    protocol: Protocol, day: date, *, red_flag_open: bool, rest_day: bool
) -> StrengthStatus:
    """Whether strength is due on ``day``: the one rule today's plan and adherence both ask.
    Stopped only while a red flag is open (§4 R1); a rule's referral (R7, a second rest) keeps
    it going at the current dose (§1a v3). Else due on the protocol's training weekdays
    unless ``day`` is a rest day after a painful session (§1a v2)."""
    if red_flag_open:
        return StrengthStatus.STOPPED
    if not is_strength_day(protocol, day):
        return StrengthStatus.NOT_TODAY
    if rest_day:
        return StrengthStatus.REST
    return StrengthStatus.DUE


def required_stretch_sessions(protocol: Protocol, *, red_flag_open: bool) -> int:
    """Stretch sessions a day asks of the runner. The plan lists them every day, but while a
    red flag is open they go on only if painless (§4 R1), so none is required then; in a
    rule's referral they go on as before (§1a v3)."""
    return 0 if red_flag_open else protocol.stretch_sessions_per_day


def today_plan(protocol: Protocol, state: CoachState) -> DayPlan:
    """The plan for ``state.day``. Stretches are always listed (CLINICAL.md §4 R1: they go on
    while painless even when a referral is open); strength and running depend on the state."""
    level = state.strength_level
    running = _running(protocol, state)
    ladder = protocol.running.ladder
    stage = state.stage if running in (Running.LADDER, Running.REST_DAY) and ladder else None
    if protocol.running.mode is RunningMode.FREE or state.phase is Phase.MAINTAIN:
        stage = None
    red_flag = state.referral is not None and state.referral.red_flag
    status = strength_status(
        protocol, state.day, red_flag_open=red_flag, rest_day=state.strength_rest
    )
    return DayPlan(
        day=state.day,
        week=state.week,
        day_number=state.day_number,
        protocol=protocol,
        phase=state.phase,
        stretch_sessions=protocol.stretch_sessions_per_day,
        stretches=tuple(PlannedExercise(e, level) for e in protocol.stretches),
        strength_status=status,
        strength=tuple(PlannedExercise(e, level) for e in protocol.strength),
        strength_level=level,
        running=running,
        stage=stage,
        stage_detail=ladder[stage - 1] if stage is not None else None,
        therapies=protocol.therapies,
        referral_reason=state.referral.reason if state.referral else None,
        red_flag_open=red_flag,
        strength_held_sore=state.strength_held_sore,
        return_check_due=state.return_check_due and state.referral is None,
        protocol_finished=_finished(protocol, state),
        rest_reason=state.rest_block() if running is Running.REST_DAY else None,
        days_without_morning_check=state.days_without_morning_check,
        return_offered=protocol.return_after_weeks and state.phase is Phase.RETURN,
    )


def _finished(protocol: Protocol, state: CoachState) -> bool:
    """A programme is finished once its weeks are over and its runner is back to free running
    (or, for a programme without running and no return after it, at the end of its weeks)."""
    if protocol.weeks is None or state.week <= protocol.weeks:
        return False
    if state.phase is None:
        return not protocol.return_after_weeks
    return state.phase is Phase.MAINTAIN
