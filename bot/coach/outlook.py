"""When running can come back, at the earliest: the answer to "when can I run again?" and
"can I run my race on <day>?" (CLINICAL.md §3 and §7).

Pure: the state and the day are arguments. The outlook is the best case by the rules as they
stand — every report from tomorrow on green (calm mornings, strength at <= 3/10, every run
green), one strength session a training day, runs every other day, each stage twice — so a
date here is never a promise, only the earliest the rules could allow.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from bot.coach import thresholds as t
from bot.coach.plan import is_strength_day
from bot.coach.protocol import Protocol, RunningMode, WalkRunStage
from bot.coach.records import Phase, RestBlock, RestWait
from bot.coach.state import CoachState

ONE_DAY = timedelta(days=1)
HORIZON_DAYS = 400  # a best case further away than this is not worth a date


class Waiting(StrEnum):
    """What running waits for now."""

    NO_RUNNING = "no-running"  # a programme without running
    REFERRAL = "referral"  # an open referral: a clinician first
    CALM = "calm"  # the calm phase: calm mornings first
    BUILD = "build"  # the build phase: strength sessions first
    WEEKS = "weeks"  # a programme whose weeks come before the return
    REST = "rest"  # a rest period, or a rest day between runs
    NOTHING = "nothing"  # running is on the plan today


@dataclass(frozen=True, slots=True)
class Ladder:
    """The walk-run ladder from ``first_run`` on, in the best case: a green run every other
    day, ``greens`` already at ``stage``."""

    first_run: date
    stage: int
    greens: int
    stages: tuple[WalkRunStage, ...]

    def _runs_to(self, stage: int) -> int:
        """Runs before the first one at ``stage`` (0 when already there)."""
        return max(0, t.GREEN_RUNS_TO_ADVANCE * (stage - self.stage) - self.greens)

    def first_day_at(self, stage: int) -> date:
        return self.first_run + timedelta(days=t.RUN_EVERY_N_DAYS * self._runs_to(stage))

    def stage_on(self, day: date) -> int | None:
        """The highest stage a run on or before ``day`` can be at; None before the first."""
        if day < self.first_run:
            return None
        runs = (day - self.first_run).days // t.RUN_EVERY_N_DAYS
        return min(self.stage + (self.greens + runs) // t.GREEN_RUNS_TO_ADVANCE, len(self.stages))

    @property
    def continuous_stage(self) -> int | None:
        """The first stage run without walking breaks."""
        return next((i for i, s in enumerate(self.stages, 1) if s.walk_min == 0), None)

    @property
    def free_from(self) -> date:
        """Free running: the day after the rest day that follows the top stage done twice."""
        last = self._runs_to(len(self.stages)) + t.GREEN_RUNS_TO_ADVANCE - 1
        return self.first_run + timedelta(days=t.RUN_EVERY_N_DAYS * last + t.RUN_EVERY_N_DAYS)


@dataclass(frozen=True, slots=True)
class RunOutlook:
    waiting: Waiting
    ladder: Ladder | None = None  # None: free running, or no date to give
    free: bool = False  # free running (maintain, or a free-running programme)
    next_run: date | None = None  # free running: the next day a run fits
    count: int = 0  # calm days in a row, or good strength sessions, so far
    needed: int = 0  # ... of how many
    rest: RestBlock | None = None


def run_outlook(protocol: Protocol, today: CoachState, after: CoachState) -> RunOutlook:
    """Where running stands: ``today`` is the state of today (its morning check counted),
    ``after`` the state at the start of tomorrow with today's reports counted."""
    mode = protocol.running.mode
    if today.referral is not None:
        return RunOutlook(Waiting.REFERRAL)
    if mode is RunningMode.NONE and not protocol.return_after_weeks:
        return RunOutlook(Waiting.NO_RUNNING)
    if mode is RunningMode.FREE or after.phase is Phase.MAINTAIN:
        day = _next_run_day(today, after)
        waiting = Waiting.NOTHING if day == today.day else Waiting.REST
        return RunOutlook(waiting, free=True, next_run=day, rest=today.rest_block())
    if after.phase is Phase.RETURN:
        day = _next_run_day(today, after)
        current = Ladder(day, after.stage, after.greens_at_stage, protocol.running.ladder)
        waiting = Waiting.NOTHING if day == today.day else Waiting.REST
        return RunOutlook(waiting, current, rest=today.rest_block())
    first = _return_starts(protocol, after)
    ladder = Ladder(first, 1, 0, protocol.running.ladder) if first else None
    if after.phase is Phase.CALM:
        count, needed = after.calm_streak, t.CALM_DAYS_TO_BUILD
        return RunOutlook(Waiting.CALM, ladder, count=count, needed=needed)
    if after.phase is Phase.BUILD:
        count, needed = after.good_strength_days, t.BUILD_STRENGTH_DAYS_TO_RETURN
        return RunOutlook(Waiting.BUILD, ladder, count=count, needed=needed)
    return RunOutlook(Waiting.WEEKS, ladder)


def _next_run_day(today: CoachState, after: CoachState) -> date:
    """Today if a run fits today, else the first day after it that one can."""
    if today.may_run_today() and after.last_run != today.day:
        return today.day
    day = after.day
    if after.no_running_until is not None:
        day = max(day, after.no_running_until + ONE_DAY)
    if after.last_run is not None and after.phase is Phase.RETURN:
        day = max(day, after.last_run + timedelta(days=t.RUN_EVERY_N_DAYS))
    block = after.rest_block()
    if block is not None and block.wait is RestWait.DAYS_OFF:
        day = max(day, block.first_day)
    return day


def _return_starts(protocol: Protocol, after: CoachState) -> date | None:
    """The first day of the return phase in the best case, from the start of tomorrow."""
    if after.phase is None:
        if protocol.weeks is None:
            return None
        return max(after.day, after.start + timedelta(weeks=protocol.weeks))
    phase, calm, good = after.phase, after.calm_streak, after.good_strength_days
    day = after.day
    for _ in range(HORIZON_DAYS):
        if is_strength_day(protocol, day):
            good += 1
        if phase is Phase.CALM:
            calm += 1
            if calm >= t.CALM_DAYS_TO_BUILD:
                phase = Phase.BUILD
        elif good >= t.BUILD_STRENGTH_DAYS_TO_RETURN:
            return day + ONE_DAY
        day += ONE_DAY
    return None
