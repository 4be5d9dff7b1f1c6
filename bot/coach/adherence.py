"""Adherence, streaks and pain trends: what /progress, /report and the weekly summary show.

Pure arithmetic over the user's history and the days they marked work done. Days are the
user's local dates (the service turns "now" into a local date before calling anything here).

What counts as prescribed on a day is asked of the plan's own rules
(``plan.required_stretch_sessions`` and ``plan.strength_status``): the protocol's stretch
sessions, none while a referral is open (CLINICAL.md §4 R1: they go on only if painless);
strength on its training weekdays, unless a referral is open or it is the rest day after a
painful session. A referral counts from the day it is raised.
Percentages: one figure (:func:`figure`) for every view of the same days, the weekly summary,
/progress, the chart and the report alike: what was done over what was prescribed on the
counted days, which are the finished days and today once it is met. A paused day and a day with
nothing prescribed are left out, but a paused day on which most of the plan was done anyway
counts as a normal day (the runner did it: it is not hidden as "paused").

Streaks are days a runner can keep: a day is kept when most of its plan was done (more than
half) or nothing was prescribed (a rest day); a paused day is skipped; today is skipped until
it is kept (it is still going). A finished day not kept ends the streak.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import date, timedelta
from enum import StrEnum
from statistics import mean

from bot.coach.plan import (
    STRENGTH_ITEM,
    StrengthStatus,
    is_strength_day,
    required_stretch_sessions,
    strength_status,
    stretch_item,
)
from bot.coach.protocol import Protocol
from bot.coach.records import History, Phase, within_days
from bot.coach.rules import rests_strength_after
from bot.coach.state import phases_by_day

# How many runs each end of a run-pain trend compares, and how many points of change count as a
# change rather than noise: display choices, not clinical thresholds.
RUN_TREND_WINDOW = 3
# A day is kept for the streak when more than this share of its plan was done ("most of it"):
# a display choice, like the trend windows, not a clinical threshold.
KEPT_DAY_SHARE = 0.5
WEEK_DAYS = 7
MORNING_TREND_WINDOW_DAYS = 7
TREND_MIN_CHANGE = 0.5


class DayStatus(StrEnum):
    MET = "met"  # everything prescribed was done
    PARTIAL = "partial"  # some of it
    MISSED = "missed"  # none of it
    REST = "rest"  # nothing was prescribed (neutral)
    PAUSED = "paused"  # the user paused coaching (neutral)


@dataclass(frozen=True, slots=True)
class DayAdherence:
    day: date
    stretch_prescribed: int
    stretch_done: int  # counted up to the prescription
    strength_prescribed: bool
    strength_done: bool
    paused: bool = False
    strength_rest: bool = False  # a training day on which strength was withheld (rest, referral)
    referral: bool = False

    @property
    def prescribed(self) -> int:
        """Units of work prescribed: one per stretch session, one for the strength session."""
        return self.stretch_prescribed + (1 if self.strength_prescribed else 0)

    @property
    def done(self) -> int:
        strength = 1 if self.strength_prescribed and self.strength_done else 0
        return min(self.stretch_done, self.stretch_prescribed) + strength

    @property
    def fraction(self) -> float | None:
        """Share of the prescription done, or None when nothing was prescribed or paused."""
        if self.paused or self.prescribed == 0:
            return None
        return self.done / self.prescribed

    @property
    def kept(self) -> bool:
        """Most of the day's plan done, or nothing prescribed (a rest day): it keeps a streak."""
        if self.paused:
            return False
        fraction = self.fraction
        return fraction is None or fraction > KEPT_DAY_SHARE

    @property
    def status(self) -> DayStatus:
        if self.paused:
            return DayStatus.PAUSED
        if self.prescribed == 0:
            return DayStatus.REST
        if self.done >= self.prescribed:
            return DayStatus.MET
        return DayStatus.PARTIAL if self.done else DayStatus.MISSED


@dataclass(frozen=True, slots=True)
class Figure:
    """The plan done over some counted days: every view of those days shows this number."""

    done: int
    due: int

    @property
    def pct(self) -> int | None:
        return _pct(self.done, self.due)


@dataclass(frozen=True, slots=True)
class Adherence:
    """Totals over the counted days (finished days, and today once it is met)."""

    today: date
    days: tuple[DayAdherence, ...]
    stretch_done: int
    stretch_prescribed: int
    strength_done: int
    strength_prescribed: int
    streak: int
    best_streak: int
    paused_days: int
    overall: Figure = Figure(0, 0)  # since the start
    week: Figure = Figure(0, 0)  # the last 7 days, today included once it is met
    kept_this_week: int = 0  # days of the last 7 kept (most of the plan done, or a rest day)

    @property
    def stretch_pct(self) -> int | None:
        return _pct(self.stretch_done, self.stretch_prescribed)

    @property
    def strength_pct(self) -> int | None:
        return _pct(self.strength_done, self.strength_prescribed)

    @property
    def overall_pct(self) -> int | None:
        return self.overall.pct

    @property
    def week_pct(self) -> int | None:
        return self.week.pct


def _pct(done: int, of: int) -> int | None:
    return round(100 * done / of) if of else None


def _strength_rest_days(history: History, start: date) -> set[date]:
    """The day after a strength session rated too painful is a rest day from strength; as in
    the replay (``state._replay_day``), a day's last session decides."""
    last = {s.day: s.pain for s in history.strength if s.day >= start}
    return {day + timedelta(days=1) for day, pain in last.items() if rests_strength_after(pain)}


def _stretches_done(protocol: Protocol, items: frozenset[str], prescribed: int) -> int:
    sessions = sum(1 for n in range(1, prescribed + 1) if stretch_item(n) in items)
    # Marking every stretch of the programme one by one is a session too.
    stretch_ids = {e.id for e in protocol.stretches}
    if sessions == 0 and stretch_ids and stretch_ids <= items:
        sessions = 1
    return min(sessions, prescribed)


def _strength_done(protocol: Protocol, items: frozenset[str]) -> bool:
    strength_ids = {e.id for e in protocol.strength}
    return STRENGTH_ITEM in items or bool(strength_ids and strength_ids <= items)


def daily_adherence(
    protocol: Protocol,
    start: date,
    history: History,
    done: Mapping[date, frozenset[str]],
    today: date,
) -> tuple[DayAdherence, ...]:
    """One entry per local date from ``start`` to ``today`` inclusive (empty if today < start).

    ``done`` maps a local date to the items marked done that day (``stretch-1``..``stretch-3``,
    ``strength``, or exercise ids); paused dates come from ``history.paused_days``.
    """
    rest_days = _strength_rest_days(history, start)
    referrals = [r for r in history.referrals if r.stood]
    days: list[DayAdherence] = []
    day = start
    while day <= today:
        referred = any(r.open_on(day) for r in referrals)
        status = strength_status(protocol, day, referral_open=referred, rest_day=day in rest_days)
        required = required_stretch_sessions(protocol, referral_open=referred)
        items = done.get(day, frozenset())
        planned = DayAdherence(
            day=day,
            stretch_prescribed=required,
            stretch_done=_stretches_done(protocol, items, required),
            strength_prescribed=status is StrengthStatus.DUE,
            strength_done=_strength_done(protocol, items),
            strength_rest=is_strength_day(protocol, day) and status is not StrengthStatus.DUE,
            referral=referred,
        )
        days.append(_paused(planned) if day in history.paused_days else planned)
        day += timedelta(days=1)
    return tuple(days)


def _paused(planned: DayAdherence) -> DayAdherence:
    """A paused day owes nothing, unless most of its plan was done anyway: then it counts as
    the normal day it was."""
    if planned.prescribed and planned.kept:
        return planned
    return replace(
        planned, stretch_prescribed=0, stretch_done=0, strength_prescribed=False, paused=True
    )


def _counted(days: Iterable[DayAdherence], today: date) -> list[DayAdherence]:
    """Finished days, and today only once it is met; paused days never."""
    return [d for d in days if not d.paused and (d.day < today or d.status is DayStatus.MET)]


def current_streak(days: tuple[DayAdherence, ...], today: date) -> int:
    """Kept days in a row up to today (most of the plan done, or a rest day); paused days are
    skipped, and so is today until it is kept; a finished day not kept ends the streak."""
    streak = 0
    for d in reversed(days):
        if d.day > today or d.paused or (d.day == today and not d.kept):
            continue
        if not d.kept:
            break
        streak += 1
    return streak


def best_streak(days: tuple[DayAdherence, ...], today: date) -> int:
    best = run = 0
    for d in days:
        if d.day > today:
            break
        if d.paused or (d.day == today and not d.kept):
            continue
        run = run + 1 if d.kept else 0
        best = max(best, run)
    return best


def figure(days: Iterable[DayAdherence], today: date, first: date | None = None) -> Figure:
    """The plan done on the counted days from ``first`` (default: all) to ``today``: the one
    adherence figure every view shows for those days."""
    counted = [d for d in _counted(days, today) if first is None or d.day >= first]
    return Figure(sum(d.done for d in counted), sum(d.prescribed for d in counted))


def adherence(
    protocol: Protocol,
    start: date,
    history: History,
    done: Mapping[date, frozenset[str]],
    today: date,
) -> Adherence:
    days = daily_adherence(protocol, start, history, done, today)
    counted = _counted(days, today)
    week_start = today - timedelta(days=WEEK_DAYS - 1)
    return Adherence(
        today=today,
        days=days,
        stretch_done=sum(min(d.stretch_done, d.stretch_prescribed) for d in counted),
        stretch_prescribed=sum(d.stretch_prescribed for d in counted),
        strength_done=sum(1 for d in counted if d.strength_prescribed and d.strength_done),
        strength_prescribed=sum(1 for d in counted if d.strength_prescribed),
        streak=current_streak(days, today),
        best_streak=best_streak(days, today),
        paused_days=sum(1 for d in days if d.paused),
        overall=figure(days, today),
        week=figure(days, today, week_start),
        kept_this_week=sum(1 for d in days if d.day >= week_start and d.kept),
    )


# --- pain trends -----------------------------------------------------------------------------


class Direction(StrEnum):
    BETTER = "better"
    STEADY = "steady"
    WORSE = "worse"


@dataclass(frozen=True, slots=True)
class Trend:
    """Mean pain at the start and at the end of a series (0-10), and which way it went."""

    first: float
    last: float
    count: int

    @property
    def direction(self) -> Direction:
        if self.last <= self.first - TREND_MIN_CHANGE:
            return Direction.BETTER
        if self.last >= self.first + TREND_MIN_CHANGE:
            return Direction.WORSE
        return Direction.STEADY


def _trend(values: list[int], window: int) -> Trend | None:
    if len(values) < 2:
        return None
    size = min(window, len(values) // 2)
    return Trend(mean(values[:size]), mean(values[-size:]), len(values))


def run_pain_trend(history: History, start: date) -> Trend | None:
    """Pain during runs: the first few runs against the latest few (None under two runs)."""
    return _trend([r.pain_during for r in history.runs if r.day >= start], RUN_TREND_WINDOW)


def next_morning_trend(history: History, start: date) -> Trend | None:
    """The morning-after pain of runs, first few against latest few."""
    values = [r.morning_pain for r in history.runs if r.day >= start and r.morning_pain is not None]
    return _trend(values, RUN_TREND_WINDOW)


def everyday_pain_trend(history: History, start: date, today: date) -> Trend | None:
    """Everyday (morning) pain: the first week of the programme against the last seven days."""
    mornings = [m for m in history.mornings if start <= m.day <= today]
    first = [m.pain for m in mornings if (m.day - start).days < MORNING_TREND_WINDOW_DAYS]
    last = [m.pain for m in mornings if within_days(m.day, today, MORNING_TREND_WINDOW_DAYS)]
    if not first or not last or (today - start).days < MORNING_TREND_WINDOW_DAYS:
        return None
    return Trend(mean(first), mean(last), len(mornings))


# --- phases over time ------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class PhaseSpan:
    phase: Phase
    first: date
    last: date  # inclusive


def phase_spans(protocol: Protocol, start: date, history: History, today: date) -> list[PhaseSpan]:
    """The phases the user went through from ``start`` to ``today``, oldest first.

    Walking back from today's phase through each ``phase_since``, with each day's phase
    from one replay of the whole programme."""
    spans: list[PhaseSpan] = []
    if today < start:
        return spans
    phases = phases_by_day(protocol, start, history, today)
    last = today
    while True:
        phase, phase_since = phases[last]
        if phase is None:
            return spans
        since = max(phase_since or start, start)
        spans.insert(0, PhaseSpan(phase, since, last))
        if since <= start:
            return spans
        last = since - timedelta(days=1)
