"""What running waits for now: the answer to "when can I run again?" (CLINICAL.md §3 and §7).

Pure: the states are arguments. The earliest dates themselves come from the race projection
(``bot.coach.race.project``), which plays the days forward through the rules; this module says
what stands in the way today (a referral, the calm mornings, the strength sessions, a rest
period or the rest day between runs) and when the next run fits once running has begun.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from bot.coach import thresholds as t
from bot.coach.protocol import Protocol, RunningMode
from bot.coach.records import Phase, RestBlock, RestWait
from bot.coach.state import CoachState

ONE_DAY = timedelta(days=1)


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
class RunOutlook:
    waiting: Waiting
    free: bool = False  # free running (maintain, or a free-running programme)
    next_run: date | None = None  # once running has begun: the next day a run fits
    stage: int | None = None  # the walk-run stage of that run
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
        waiting = Waiting.NOTHING if day == today.day else Waiting.REST
        return RunOutlook(waiting, next_run=day, stage=after.stage, rest=today.rest_block())
    if after.phase is Phase.CALM:
        count, needed = after.calm_streak, t.CALM_DAYS_TO_BUILD
        return RunOutlook(Waiting.CALM, count=count, needed=needed)
    if after.phase is Phase.BUILD:
        count, needed = after.good_strength_days, t.BUILD_STRENGTH_DAYS_TO_RETURN
        return RunOutlook(Waiting.BUILD, count=count, needed=needed)
    return RunOutlook(Waiting.WEEKS)


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
