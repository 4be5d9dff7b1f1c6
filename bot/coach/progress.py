"""Where a user stands on a given day, derived by replaying their history.

Nothing here is stored: the strength level, phase and ladder stage are folded from the
reports, so a morning-after revision (R4) or a deleted report changes them consistently.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import TypeVar

from bot.coach import thresholds as t
from bot.coach.protocol import Protocol
from bot.coach.records import Decision, History, Phase, Referral, RunRecord, StrengthRecord
from bot.coach.rules import strength_step

_Dated = TypeVar("_Dated", RunRecord, StrengthRecord)


@dataclass(frozen=True, slots=True)
class CoachState:
    """The user's position on ``day``, before anything they report later that day."""

    day: date
    start: date
    strength_level: int = 0  # index into each exercise's progression ladder
    strength_rest: bool = False  # a rest day from strength after a painful session (>= 6/10)
    phase: Phase | None = None  # None for protocols without phased running
    phase_since: date | None = None
    stage: int = 1  # walk-run ladder stage, 1-based (meaningful in the return phase)
    greens_at_stage: int = 0
    no_running_until: date | None = None  # no running on days up to and including this one
    calm_streak: int = 0  # consecutive calm days (everyday pain <= 2, stairs pain-free)
    good_strength_days: int = 0  # strength sessions rated <= 3/10 so far
    recent_rests: tuple[tuple[date, int | None], ...] = ()
    referral: Referral | None = None

    @property
    def day_number(self) -> int:
        return (self.day - self.start).days + 1

    @property
    def week(self) -> int:
        return (self.day - self.start).days // 7 + 1

    def run_stage(self) -> int | None:
        return self.stage if self.phase is Phase.RETURN else None

    def may_run_today(self) -> bool:
        return self.no_running_until is None or self.day > self.no_running_until


def _apply_run(state: CoachState, run: RunRecord, top_stage: int) -> CoachState:
    decision = run.judgement.decision
    if decision is Decision.REST:
        stage = max(1, state.stage - 1) if state.phase is Phase.RETURN else state.stage
        return replace(
            state,
            stage=stage,
            greens_at_stage=0,
            no_running_until=run.day + timedelta(days=t.REST_DAYS_AFTER_REST),
            recent_rests=(*state.recent_rests, (run.day, run.stage)),
        )
    if decision is Decision.HOLD:
        return replace(state, no_running_until=run.day + timedelta(days=t.HOLD_REST_DAYS))
    if decision is Decision.PROGRESS:
        rest_between = run.day + timedelta(days=t.RUN_EVERY_N_DAYS - 1)
        if state.phase is not Phase.RETURN:
            return replace(state, no_running_until=rest_between)
        greens = state.greens_at_stage + 1
        if greens < t.GREEN_RUNS_TO_ADVANCE:
            return replace(state, greens_at_stage=greens, no_running_until=rest_between)
        if state.stage >= top_stage and run.pain_during <= t.RETURN_TOP_STAGE_PAIN_MAX:
            return replace(
                state,
                phase=Phase.MAINTAIN,
                phase_since=run.day + timedelta(days=1),
                greens_at_stage=0,
                no_running_until=rest_between,
            )
        return replace(
            state,
            stage=min(state.stage + 1, top_stage),
            greens_at_stage=0,
            no_running_until=rest_between,
        )
    return state  # refer: the referral itself stops running and progression


def _end_of_day(state: CoachState, history: History, day: date) -> CoachState:
    """Phase changes decided by the day's reports take effect the next day."""
    tomorrow = day + timedelta(days=1)
    if state.phase is Phase.CALM:
        mornings = [m for m in history.mornings if m.day == day]
        calm = bool(mornings) and all(
            m.pain <= t.CALM_PAIN_MAX and m.stairs_ok is True for m in mornings
        )
        streak = state.calm_streak + 1 if calm else 0
        if streak >= t.CALM_DAYS_TO_BUILD:
            return replace(state, phase=Phase.BUILD, phase_since=tomorrow, calm_streak=streak)
        return replace(state, calm_streak=streak)
    if state.phase is Phase.BUILD and state.good_strength_days >= t.BUILD_STRENGTH_DAYS_TO_RETURN:
        return replace(state, phase=Phase.RETURN, phase_since=tomorrow, stage=1, greens_at_stage=0)
    return state


def _by_day(records: Iterable[_Dated]) -> dict[date, list[_Dated]]:
    grouped: dict[date, list[_Dated]] = defaultdict(list)
    for record in records:
        grouped[record.day].append(record)
    return grouped


def derive_state(protocol: Protocol, start: date, history: History, day: date) -> CoachState:
    """Replay every report dated before ``day`` and return the state the user starts ``day`` in.

    Referrals are taken as they stand now (a red flag stops progression from the day it is
    raised until it is cleared).
    """
    phased = protocol.running.mode == "phased"
    state = CoachState(
        day=start,
        start=start,
        phase=Phase.CALM if phased else None,
        phase_since=start if phased else None,
    )
    top_level = protocol.top_strength_level
    top_stage = len(protocol.running.ladder)
    referral_days = [r for r in history.referrals if r.day < day and r.stood]
    strength_by_day = _by_day(history.strength)
    runs_by_day = _by_day(history.runs)
    cursor = start
    while cursor < day:
        referred = any(
            r.day <= cursor and (r.cleared_on is None or cursor < r.cleared_on)
            for r in referral_days
        )
        rest_tomorrow = False
        for report in strength_by_day.get(cursor, ()):
            step = strength_step(report.pain)
            if step > 0 and referred:
                step = 0  # progression stops while a clinician is yet to see the user
            level = min(max(state.strength_level + step, 0), top_level)
            counts = report.pain <= t.STRENGTH_STEP_UP_MAX and not referred
            good = state.good_strength_days + (1 if counts else 0)
            state = replace(state, strength_level=level, good_strength_days=good)
            rest_tomorrow = step < 0
        for run in runs_by_day.get(cursor, ()):
            state = _apply_run(state, run, top_stage)
        if phased and referred:
            state = replace(state, calm_streak=0)  # phases pause too (CLINICAL.md §4 R1, §5)
        elif phased:
            state = _end_of_day(state, history, cursor)
        cursor += timedelta(days=1)
        state = replace(state, strength_rest=rest_tomorrow)
    return replace(state, day=day, referral=history.active_referral())
