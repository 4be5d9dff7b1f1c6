"""A unit of work for a batch of reminders: what each one reads, read for all of them at once.

A reminder reads, per runner: the state snapshot, the reports since its window (runs,
mornings, strength, referrals), today's completions, today's morning report and yesterday's
runs awaiting one. One runner at a time that is a dozen round trips a reminder; here it is one
statement per table for the whole batch. :class:`PrefetchedUnitOfWork` answers those reads
from what was fetched, exactly as :class:`SqlUnitOfWork` would (same filters, same order),
and anything else, or a window it did not fetch, from the database as usual.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from datetime import date, timedelta
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.coach import records as domain
from bot.coach.protocol import Protocol as CoachProtocol
from bot.coach.state import LOOKBACK_DAYS, CoachState
from bot.service.ports import AwaitingRun, ReminderSchedule
from bot.store import repo, snapshots
from bot.store.models import (
    Completion,
    MorningReport,
    Referral,
    RunReport,
    StateSnapshot,
    StrengthReport,
)
from bot.store.unit_of_work import SqlUnitOfWork

# Fetched from this far before the snapshot's day: Context reads from LOOKBACK_DAYS before the
# snapshot (or before today, whichever is earlier), so a window reaching further is served.
_MARGIN = timedelta(days=LOOKBACK_DAYS + 1)


class PrefetchedUnitOfWork(SqlUnitOfWork):
    def __init__(self, session: AsyncSession, reminders: ReminderSchedule) -> None:
        super().__init__(session, reminders)
        self._snapshots: dict[int, Any] = {}
        self._since: dict[int, date | None] = {}  # fetched from (None: everything)
        self._runs: dict[int, list[RunReport]] = defaultdict(list)
        self._latest_run: dict[int, RunReport] = {}
        self._mornings: dict[int, list[MorningReport]] = defaultdict(list)
        self._strength: dict[int, list[StrengthReport]] = defaultdict(list)
        self._referrals: dict[int, list[Referral]] = defaultdict(list)
        self._done: dict[tuple[int, date], set[str]] = defaultdict(set)
        self._keys: dict[int, str] = {}  # protocol keys, worked out once per protocol
        self._days: dict[int, date] = {}

    async def fetch(self, days: dict[int, date]) -> PrefetchedUnitOfWork:
        """Read, for each user id in ``days``, what a reminder on that local day reads."""
        ids = list(days)
        if not ids:
            return self
        session = self.session
        rows = await session.execute(
            select(
                StateSnapshot.user_id,
                StateSnapshot.format,
                StateSnapshot.protocol_key,
                StateSnapshot.start_date,
                StateSnapshot.state,
            ).where(StateSnapshot.user_id.in_(ids))
        )
        self._snapshots = {row.user_id: row for row in rows}
        for user_id, day in days.items():
            snap = self._snapshots.get(user_id)
            snap_day = None if snap is None else _snapshot_day(snap.state)
            self._since[user_id] = None if snap_day is None else min(snap_day, day) - _MARGIN
        full = [u for u, since in self._since.items() if since is None]
        windowed = [since for since in self._since.values() if since is not None]
        low = min(windowed) if windowed else None
        tables: list[tuple[Any, dict[int, list[Any]], Any]] = [
            (RunReport, self._runs, RunReport.id),
            (MorningReport, self._mornings, MorningReport.day),
            (StrengthReport, self._strength, StrengthReport.day),
        ]
        for model, into, order in tables:
            query = select(model).where(_window(model, ids, full, low)).order_by(order)
            for row in await session.scalars(query):
                into[row.user_id].append(row)
        latest = select(func.max(RunReport.id)).where(RunReport.user_id.in_(ids))
        latest_ids = latest.group_by(RunReport.user_id).scalar_subquery()
        for row in await session.scalars(select(RunReport).where(RunReport.id.in_(latest_ids))):
            self._latest_run[row.user_id] = row
        query = select(Referral).where(Referral.user_id.in_(ids)).order_by(Referral.id)
        for row in await session.scalars(query):
            self._referrals[row.user_id].append(row)
        done = select(Completion.user_id, Completion.day, Completion.item).where(
            Completion.user_id.in_(ids), Completion.day.in_(set(days.values()))
        )
        for user_id, day, item in await session.execute(done):
            self._done[(user_id, day)].add(item)
        self._days = days
        return self

    def _covers(self, user_id: int, since: date | None) -> bool:
        if user_id not in self._since:
            return False
        fetched = self._since[user_id]
        return fetched is None or (since is not None and since >= fetched)

    # --- the reads a reminder makes ------------------------------------------------------------
    async def history(self, user_id: int, since: date | None = None) -> domain.History:
        if not self._covers(user_id, since):
            return await super().history(user_id, since)
        runs = [r for r in self._runs[user_id] if since is None or r.day >= since]
        if since is not None and not runs and user_id in self._latest_run:
            runs = [self._latest_run[user_id]]
        mornings = [m for m in self._mornings[user_id] if since is None or m.day >= since]
        strength = [s for s in self._strength[user_id] if since is None or s.day >= since]
        return domain.History(
            complete_from=since or date.min,
            runs=tuple(repo.run_record(r) for r in runs),
            mornings=tuple(domain.MorningRecord(m.day, m.pain, m.stairs_ok) for m in mornings),
            strength=tuple(domain.StrengthRecord(s.day, s.pain) for s in strength),
            referrals=tuple(repo.referral_record(r) for r in self._referrals[user_id]),
        )

    async def load_snapshot(
        self, user_id: int, protocol: CoachProtocol, start: date
    ) -> CoachState | None:
        if user_id not in self._since:
            return await super().load_snapshot(user_id, protocol, start)
        row = self._snapshots.get(user_id)
        if row is None or row.format != snapshots.FORMAT or row.start_date != start:
            return None
        key = self._keys.get(id(protocol))
        if key is None:
            key = self._keys[id(protocol)] = snapshots.protocol_key(protocol)
        return snapshots.from_json(row.state) if row.protocol_key == key else None

    async def completions_on(self, user_id: int, day: date) -> set[str]:
        if self._days.get(user_id) != day:
            return await super().completions_on(user_id, day)
        return set(self._done[(user_id, day)])

    async def morning_id(self, user_id: int, day: date) -> int | None:
        if not self._covers(user_id, day):
            return await super().morning_id(user_id, day)
        found = [m.id for m in self._mornings[user_id] if m.day == day]
        return found[0] if found else None

    async def runs_awaiting_morning(self, user_id: int, today: date) -> list[AwaitingRun]:
        yesterday = today - timedelta(days=1)
        if not self._covers(user_id, yesterday):
            return await super().runs_awaiting_morning(user_id, today)
        rows = [r for r in self._runs[user_id] if r.day == yesterday and r.morning_pain is None]
        return [AwaitingRun(row.id, repo.run_record(row)) for row in rows]


def _snapshot_day(state: Any) -> date | None:
    """The stored snapshot's day; None (read everything) if it cannot be read."""
    try:
        return date.fromisoformat(str(state["day"]))
    except (KeyError, TypeError, ValueError):
        return None


def _window(model: Any, ids: Iterable[int], full: list[int], low: date | None) -> Any:
    """Rows of ``ids``: all of those in ``full``, the others from ``low`` on."""
    parts = []
    if full:
        parts.append(model.user_id.in_(full))
    if low is not None:
        parts.append(model.user_id.in_(list(ids)) & (model.day >= low))
    return or_(*parts)
