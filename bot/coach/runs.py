"""What a run report is judged against: the facts of ``RunFacts`` gathered from the state and
the history, once, for the service and the tests alike; and weekly running minutes (§3 v2)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from bot.coach import thresholds as t
from bot.coach.protocol import Protocol, RunningMode
from bot.coach.records import Decision, History, Phase
from bot.coach.rules import RunFacts
from bot.coach.state import CoachState


def running_applies(protocol: Protocol, state: CoachState) -> bool:
    """A ladder stage or free running applies today (R6 may say ``progress``)."""
    return protocol.running.mode is RunningMode.FREE or state.phase in (
        Phase.RETURN,
        Phase.MAINTAIN,
    )


def tracks_volume(protocol: Protocol, state: CoachState) -> bool:
    """Weekly minutes are watched where running is free (maintain, or a free-running plan)."""
    return protocol.running.mode is RunningMode.FREE or state.phase is Phase.MAINTAIN


@dataclass(frozen=True, slots=True)
class WeeklyMinutes:
    """Reported running minutes of this programme week and the ones before, newest last."""

    weeks: tuple[int, ...]
    known_from: int = 0  # the first week all of whose runs were read (a bounded history)

    @property
    def complete(self) -> bool:
        """Whether this week, last week and ``weeks_over`` read only weeks known in full."""
        stop = len(self.weeks) - 1 - self.weeks_over  # the week the run of "over" stops at
        return min(stop - 1, len(self.weeks) - 2) >= self.known_from or self.known_from == 0

    @property
    def this_week(self) -> int:
        return self.weeks[-1] if self.weeks else 0

    @property
    def last_week(self) -> int:
        return self.weeks[-2] if len(self.weeks) > 1 else 0

    def over(self, index: int) -> bool:
        """Week ``index`` grew more than 10% on the week before, once past 30 minutes."""
        if index < 1 or self.weeks[index] <= t.MAINTAIN_GROWTH_FLOOR_MINUTES:
            return False
        limit = self.weeks[index - 1] * (100 + t.MAINTAIN_WEEKLY_GROWTH_PCT)
        return self.weeks[index] * 100 > limit

    @property
    def weeks_over(self) -> int:
        """Weeks in a row, this one included, each more than 10% over the week before."""
        count = 0
        for index in range(len(self.weeks) - 1, 0, -1):
            if not self.over(index):
                break
            count += 1
        return count


def weekly_minutes(history: History, start: date, day: date, extra: int | None) -> WeeklyMinutes:
    """Minutes per programme week from ``start`` to ``day``'s week, with ``extra`` minutes of a
    run being reported on ``day``. Runs without minutes add nothing."""
    week_of = (day - start).days // 7
    weeks = [0] * (week_of + 1)
    for run in history.runs:
        if start <= run.day <= day and run.minutes:
            weeks[(run.day - start).days // 7] += run.minutes
    weeks[week_of] += extra or 0
    known_from = 0
    if history.complete_from > start:
        known_from = -(-(history.complete_from - start).days // 7)  # the first whole week
    return WeeklyMinutes(tuple(weeks), known_from)


def uncounted_green(history: History, day: date) -> date | None:
    """The day of the last ladder run before ``day`` if it was green and its next-morning check
    never came: it counted for nothing (§3 v3). None otherwise."""
    last = next((r for r in reversed(history.runs) if r.day < day), None)
    if last is None or last.stage is None or last.judgement.decision is not Decision.PROGRESS:
        return None
    never_came = last.morning_pain is None and (day - last.day).days > 1
    return last.day if never_came else None


def run_facts(
    protocol: Protocol,
    state: CoachState,
    history: History,
    *,
    pain: int,
    stopped: bool,
    minutes: int | None,
) -> RunFacts:
    """Everything the run table reads for a run reported on ``state.day``."""
    day = state.day
    referral = history.active_referral()
    stage = state.run_stage()
    detail = protocol.running.ladder[stage - 1] if stage is not None else None
    last = max((r.day for r in history.runs if r.day <= day), default=None)
    volume = weekly_minutes(history, state.start, day, minutes)
    return RunFacts(
        day=day,
        pain_during=pain,
        stopped=stopped,
        red_flag=referral.reason if referral else None,
        phase=state.phase,
        stage=stage,
        running_applies=running_applies(protocol, state),
        minutes=minutes,
        stage_detail=detail,
        stage_minutes=detail.total_minutes if detail else None,
        top_stage=max(len(protocol.running.ladder), 1),
        greens_before=state.greens_before(day),
        ambers_before=state.ambers_in_row,
        back_to_build_on=state.back_to_build_on,
        uncounted=uncounted_green(history, day),
        baseline=history.baseline_before(day),
        recent_rests=tuple(
            r.day for r in history.runs if r.judgement.decision is Decision.REST and r.day <= day
        ),
        rest_block=state.rest_block(),
        days_since_last_run=(day - last).days if last is not None else None,
        weeks_over=volume.weeks_over if tracks_volume(protocol, state) else 0,
    )
