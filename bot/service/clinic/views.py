"""What a clinician sees: the caseload (one query, figures per runner) and a runner's page
(read through the same context the chat uses, writing nothing but the access log)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from bot import texts
from bot.coach.adherence import Adherence
from bot.coach.plan import DayPlan
from bot.coach.records import History, RunRecord
from bot.coach.state import CoachState
from bot.service.clinic_ports import ActionEntry, CaseloadRow, FlagInfo

SILENT_ALERT_DAYS = 5  # nothing sent for this many days: an alert on the caseload [default]
TREND_STEP = 0.5  # a change in mean morning pain smaller than this is "steady"
SERIES_DAYS = 60  # days of reports a runner's page lists


@dataclass(frozen=True, slots=True)
class CaseloadLine:
    row: CaseloadRow
    protocol_name: str
    days_since_report: int | None
    adherence_7: int  # percent of the last 7 days with something done
    trend: str  # "better", "worse", "steady" or "" (too few mornings)
    alerts: tuple[str, ...]  # kinds: red-flag, referral, rest, silent

    @property
    def red(self) -> bool:
        return self.row.open_flags > 0


def caseload_line(row: CaseloadRow, protocol_name: str, today: date) -> CaseloadLine:
    since = (today - row.last_report).days if row.last_report else None
    silent_for = since if since is not None else (today - row.start_date).days
    alerts = []
    if row.open_flags:
        alerts.append("red-flag")
    if row.open_referrals:
        alerts.append("referral")
    if row.recent_rests:
        alerts.append("rest")
    if silent_for >= SILENT_ALERT_DAYS:
        alerts.append("silent")
    return CaseloadLine(
        row=row,
        protocol_name=protocol_name,
        days_since_report=since,
        adherence_7=round(100 * row.days_done_7 / 7),
        trend=_trend(row.morning_mean_7, row.morning_mean_prev_7),
        alerts=tuple(alerts),
    )


def _trend(latest: float | None, before: float | None) -> str:
    if latest is None or before is None:
        return ""
    if latest <= before - TREND_STEP:
        return "better"
    if latest >= before + TREND_STEP:
        return "worse"
    return "steady"


def sort_caseload(lines: list[CaseloadLine], key: str) -> list[CaseloadLine]:
    """Open flags first (then alerts), whatever else the page sorts by."""
    orders = {
        "name": lambda line: line.row.runner_label.lower(),
        "silent": lambda line: -(line.days_since_report or 0),
        "adherence": lambda line: line.adherence_7,
        "data": lambda line: -line.row.days_with_data_30,
    }
    by = orders.get(key, orders["name"])
    ranked = sorted(lines, key=by)
    return sorted(ranked, key=lambda line: (not line.red, not line.alerts))


@dataclass(frozen=True, slots=True)
class RunnerPage:
    user_id: int
    label: str
    protocol_name: str
    today: date
    state: CoachState
    plan: DayPlan
    plan_text: str
    ladder: tuple[str, ...]  # each stage worded
    history: History
    flags: tuple[FlagInfo, ...]
    adherence: Adherence
    actions: tuple[ActionEntry, ...]

    @property
    def open_flags(self) -> tuple[FlagInfo, ...]:
        return tuple(f for f in self.flags if f.open)

    @property
    def notes(self) -> tuple[ActionEntry, ...]:
        return tuple(a for a in self.actions if a.kind == "note")

    @property
    def series(self) -> tuple[SeriesDay, ...]:
        return pain_series(self.history)


def ladder_lines(plan: DayPlan) -> tuple[str, ...]:
    return tuple(texts.common.stage_text(s) for s in plan.protocol.running.ladder)


@dataclass(frozen=True, slots=True)
class SeriesDay:
    """One day of the pain series: the run (with its decision and rule), the morning, the
    strength session."""

    day: date
    runs: tuple[RunRecord, ...]
    morning: int | None
    strength: int | None


def pain_series(history: History, days: int = SERIES_DAYS) -> tuple[SeriesDay, ...]:
    """The latest ``days`` days with any report, newest first."""
    runs: dict[date, list[RunRecord]] = {}
    for run in history.runs:
        runs.setdefault(run.day, []).append(run)
    mornings = {m.day: m.pain for m in history.mornings}
    strength = {s.day: s.pain for s in history.strength}
    dated = sorted(set(runs) | set(mornings) | set(strength), reverse=True)[:days]
    return tuple(
        SeriesDay(d, tuple(runs.get(d, ())), mornings.get(d), strength.get(d)) for d in dated
    )
