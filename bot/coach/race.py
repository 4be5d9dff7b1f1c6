"""A race goal against the rules: the earliest day each phase and ladder stage could come, and
what that makes of a race day.

The projection does not know the rules' numbers: it plays the runner's days forward through the
same replay, plan and run table the coach uses (``derive_state``, ``today_plan``, ``run_facts``,
``judge_run``), as if from ``today`` on every report were pain-free and every session done: a
morning check of 0 each day (stairs fine), each strength session due done at 0/10, and each
run the plan allows done at its stage's minutes at 0/10. So whatever the rules say, the dates
follow, and a race date never changes what the rules allow (it is not an input to them).
Reports already made stay as they are. With a referral open nothing can be projected.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, timedelta
from enum import StrEnum

from bot.coach.plan import Running, StrengthStatus, today_plan
from bot.coach.protocol import Protocol, RunningMode, WalkRunStage
from bot.coach.records import History, MorningRecord, Phase, RunRecord, StrengthRecord
from bot.coach.rules import judge_run
from bot.coach.runs import run_facts
from bot.coach.state import CoachState, derive_state, state_at_start_of

# [default] The decision date: continuous running reached this long before the race, or the
# race is run-walked or left out (issue 19: three weeks to build from 20-30 minutes).
DECISION_WEEKS_BEFORE = 3
# How far ahead the projection plays at most: past it, a phase is "not within a year".
HORIZON_DAYS = 366
ONE_DAY = timedelta(days=1)


@dataclass(frozen=True, slots=True)
class Milestone:
    """The first day the runner is in ``phase`` (and, in the return phase, at ``stage``)."""

    phase: Phase | None  # None: a programme without phases, before its return phase
    stage: int | None
    day: date


@dataclass(frozen=True, slots=True)
class Projection:
    today: date
    milestones: tuple[Milestone, ...]  # in the order they come, today's position first
    continuous_stage: int | None  # the first ladder stage of continuous running
    blocked: bool = False  # a referral is open: nothing moves until a clinician clears it

    def reached(self, phase: Phase, stage: int | None = None) -> date | None:
        """The first day of ``phase`` (at ``stage`` or above, when given), or None when not
        within the horizon."""
        return next(
            (
                m.day
                for m in self.milestones
                if m.phase is phase and (stage is None or (m.stage or 0) >= stage)
            ),
            None,
        )

    @property
    def continuous(self) -> date | None:
        """The first day of continuous running: its ladder stage, or free running."""
        on_ladder = None
        if self.continuous_stage is not None:
            on_ladder = self.reached(Phase.RETURN, self.continuous_stage)
        return on_ladder or self.reached(Phase.MAINTAIN)


class Verdict(StrEnum):
    ON_TRACK = "on-track"  # continuous running by the decision date
    RUN_WALK = "run-walk"  # the walk-run ladder by race day, continuous running not in time
    TOO_SOON = "too-soon"  # no running by race day
    PASSED = "passed"  # the race day is over
    NO_RUNNING = "no-running"  # this programme has no running to project
    REFERRAL = "referral"  # a clinician first


@dataclass(frozen=True, slots=True)
class RaceOutlook:
    race_day: date
    decision_day: date
    verdict: Verdict
    projection: Projection

    @property
    def days_to_race(self) -> int:
        return (self.race_day - self.projection.today).days


def continuous_stage(protocol: Protocol) -> int | None:
    """The first stage of the walk-run ladder with no walking in it (1-based)."""
    ladder = protocol.running.ladder
    return next((n for n, s in enumerate(ladder, start=1) if s.walk_min == 0), None)


def project(protocol: Protocol, start: date, history: History, today: date) -> Projection:
    """The earliest day of each phase and stage from ``today`` on, if every report from now is
    pain-free and every session done. ``history``: every report (a complete history)."""
    state = derive_state(protocol, start, history, today)
    stage = continuous_stage(protocol)
    if state.referral is not None:
        return Projection(today, (), stage, blocked=True)
    current = _position(state)
    milestones = [Milestone(*current, today)] if current[0] is not None else []
    if not protocol.running.ladder:
        return Projection(today, tuple(milestones), stage)  # nothing ahead to reach
    steady, day = _Steady(protocol, start, history), today
    while day < today + timedelta(days=HORIZON_DAYS) and state.phase is not Phase.MAINTAIN:
        steady.play(day)
        day += ONE_DAY
        state = steady.state(day)
        if _position(state) != current:
            current = _position(state)
            if current[0] is not None:
                milestones.append(Milestone(*current, day))
    return Projection(today, tuple(milestones), stage)


def _position(state: CoachState) -> tuple[Phase | None, int | None]:
    return state.phase, state.run_stage()


class _Steady:
    """The runner's history, growing by one steady day at a time, replayed from a snapshot of
    the day before so each day costs one day's replay."""

    def __init__(self, protocol: Protocol, start: date, history: History) -> None:
        self.protocol, self.start, self.history = protocol, start, history
        self.snapshot: CoachState | None = None

    def state(self, day: date) -> CoachState:
        return derive_state(self.protocol, self.start, self.history, day, self.snapshot)

    def play(self, day: date) -> None:
        """Add ``day``'s missing reports, each pain-free, as a fully adherent runner would."""
        self.snapshot = state_at_start_of(
            self.protocol, self.start, self.history, day, self.snapshot
        )
        if self.history.morning_on(day) is None:
            self._add(mornings=(MorningRecord(day, 0, stairs_ok=True),))
            self._morning_after(day)
        state = self.state(day)
        plan = today_plan(self.protocol, state)
        if plan.strength_status is StrengthStatus.DUE and not self._has(day, strength=True):
            self._add(strength=(StrengthRecord(day, 0),))
        if plan.running in (Running.LADDER, Running.FREE) and not self._has(day, strength=False):
            self._add(runs=(self._run(state, plan.stage_detail),))

    def _run(self, state: CoachState, detail: WalkRunStage | None) -> RunRecord:
        minutes = detail.total_minutes if detail is not None else None
        facts = run_facts(
            self.protocol, state, self.history, pain=0, stopped=False, minutes=minutes
        )
        return RunRecord(
            state.day, 0, False, judge_run(facts), minutes=minutes, stage=state.run_stage()
        )

    def _morning_after(self, day: date) -> None:
        """The runs of the day before get this morning's pain (0), as the coach asks for it."""
        yesterday = day - ONE_DAY
        runs = tuple(
            replace(r, morning_pain=0) if r.day == yesterday and r.morning_pain is None else r
            for r in self.history.runs
        )
        self.history = replace(self.history, runs=runs)

    def _has(self, day: date, *, strength: bool) -> bool:
        records = self.history.strength if strength else self.history.runs
        return any(r.day == day for r in records)

    def _add(
        self,
        *,
        mornings: tuple[MorningRecord, ...] = (),
        strength: tuple[StrengthRecord, ...] = (),
        runs: tuple[RunRecord, ...] = (),
    ) -> None:
        h = self.history
        self.history = replace(
            h,
            mornings=h.mornings + mornings,
            strength=h.strength + strength,
            runs=h.runs + runs,
        )


def outlook(
    protocol: Protocol, start: date, history: History, today: date, race_day: date
) -> RaceOutlook:
    """What the projection makes of ``race_day``: on track, run-walk it, or too soon."""
    decision = race_day - timedelta(weeks=DECISION_WEEKS_BEFORE)
    projection = project(protocol, start, history, today)
    return RaceOutlook(race_day, decision, _verdict(protocol, projection, race_day), projection)


def _verdict(protocol: Protocol, projection: Projection, race_day: date) -> Verdict:
    if race_day < projection.today:
        return Verdict.PASSED
    if projection.blocked:
        return Verdict.REFERRAL
    if protocol.running.mode is RunningMode.FREE:
        return Verdict.ON_TRACK  # free running already
    if not protocol.running.ladder:
        return Verdict.NO_RUNNING
    continuous = projection.continuous
    if continuous is not None and continuous <= race_day - timedelta(weeks=DECISION_WEEKS_BEFORE):
        return Verdict.ON_TRACK
    ladder = projection.reached(Phase.RETURN)
    if ladder is not None and ladder <= race_day:
        return Verdict.RUN_WALK
    return Verdict.TOO_SOON
