"""The service's unit of work (``bot.service.ports.UnitOfWork``) on SQLAlchemy.

One :class:`SqlUnitOfWork` wraps one session in one transaction; the queries themselves are
``bot.store.repo``'s. The reminder writes are SQL on the reminder tables, which belong to
``bot.reminders``: :class:`SqlUnitsOfWork` is given how to build them for a session, so the
store does not import the package above it.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Callable
from contextlib import AbstractAsyncContextManager, asynccontextmanager, nullcontext
from datetime import date, datetime

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot import metrics
from bot.coach.protocol import Protocol as CoachProtocol
from bot.coach.records import CLEARED_BY_RUNNER, History, Judgement
from bot.coach.state import CoachState
from bot.service.clinic_ports import ClinicStore
from bot.service.ports import (
    AwaitingRun,
    ExportedTable,
    NewReferral,
    NewRun,
    ReferralRecord,
    ReminderSchedule,
    SettingsRecord,
    UnitOfWork,
    UserRecord,
)
from bot.store import days, repo, snapshots
from bot.store.clinic import SqlClinicStore
from bot.store.models import Base, Referral, ReturnCheck, RunReport, UserSettings

ReminderScheduleFor = Callable[[AsyncSession], ReminderSchedule]


class SqlUnitOfWork:
    """Named operations on one session; the caller owns the transaction."""

    def __init__(self, session: AsyncSession, reminders: ReminderSchedule) -> None:
        self.session = session
        self._reminders = reminders

    @property
    def reminders(self) -> ReminderSchedule:
        return self._reminders

    @property
    def clinic(self) -> ClinicStore:
        return SqlClinicStore(self.session)

    # --- users and settings ----------------------------------------------------------------
    async def find_user(self, channel: str, external_id: str) -> UserRecord | None:
        return await repo.find_user(self.session, channel, external_id)

    async def lock_user(self, channel: str, external_id: str) -> UserRecord | None:
        return await repo.lock_user(self.session, channel, external_id)

    async def add_user(self, channel: str, external_id: str, now: datetime) -> UserRecord | None:
        return await repo.add_user(self.session, channel, external_id, now)

    async def add_settings(
        self,
        user_id: int,
        *,
        protocol_id: str,
        start_date: date,
        side: str,
        timezone: str,
        stretch_times: str,
        strength_time: str,
    ) -> SettingsRecord:
        row = UserSettings(
            user_id=user_id,
            protocol_id=protocol_id,
            start_date=start_date,
            side=side,
            timezone=timezone,
            stretch_times=stretch_times,
            strength_time=strength_time,
        )
        self.session.add(row)
        await self.session.flush()
        await self.session.refresh(row, ["paused_until", "paused_from"])  # from the pauses
        return row

    async def settings(self, user_id: int) -> SettingsRecord:
        return await repo.user_settings(self.session, user_id)

    async def pause(self, settings: SettingsRecord, user_id: int, first: date, until: date) -> None:
        await days.sync_pauses(self.session, user_id, first, until)
        await self._reread_pause(settings)

    async def resume(self, settings: SettingsRecord, user_id: int, today: date) -> None:
        await days.sync_pauses(self.session, user_id, today, None)
        await self._reread_pause(settings)

    async def _reread_pause(self, settings: SettingsRecord) -> None:
        """``settings.paused_until`` and ``paused_from`` are read from the pauses table: read
        them again."""
        await self.session.flush()
        await self.session.refresh(settings, ["paused_until", "paused_from"])

    async def paused_days(self, user_id: int, since: date, today: date) -> frozenset[date]:
        return await days.paused_days(self.session, user_id, since, today)

    async def export_tables(self, user_id: int) -> dict[str, ExportedTable]:
        rows = await repo.export_rows(self.session, user_id)
        return {
            name: ExportedTable(
                tuple(c.name for c in Base.metadata.tables[name].columns), table_rows
            )
            for name, table_rows in rows.items()
        }

    async def delete_user(self, user_id: int) -> None:
        await repo.delete_user(self.session, user_id)

    # --- reports -----------------------------------------------------------------------------
    async def history(self, user_id: int, since: date | None = None) -> History:
        return await repo.load_history(self.session, user_id, since)

    async def load_snapshot(
        self, user_id: int, protocol: CoachProtocol, start: date
    ) -> CoachState | None:
        return await snapshots.load(self.session, user_id, protocol, start)

    async def save_snapshot(self, user_id: int, protocol: CoachProtocol, state: CoachState) -> None:
        await snapshots.save(self.session, user_id, protocol, state)

    async def record_run(self, user_id: int, run: NewRun) -> int:
        row = RunReport(
            user_id=user_id,
            day=run.day,
            reported_at=run.reported_at,
            minutes=run.minutes,
            distance_km=run.distance_km,
            pain_during=run.pain_during,
            stopped=run.stopped,
            stage=run.stage,
            phase=run.phase,
            decision=run.judgement.decision.value,
            rule=run.judgement.rule,
            reason=_sentence(run.judgement),
        )
        self.session.add(row)
        await self.session.flush()
        metrics.DECISIONS.labels(rule=str(run.judgement.rule)).inc()
        return row.id

    async def latest_run_id(self, user_id: int) -> int | None:
        row = await repo.latest_run(self.session, user_id)
        return None if row is None else row.id

    async def runs_awaiting_morning(self, user_id: int, today: date) -> list[AwaitingRun]:
        rows = await repo.runs_awaiting_morning(self.session, user_id, today)
        return [AwaitingRun(row.id, repo.run_record(row)) for row in rows]

    async def revise_run(self, run_id: int, morning_pain: int, revised: Judgement | None) -> None:
        row = await self.session.get(RunReport, run_id)
        if row is None:  # pragma: no cover - read in this transaction, the user's row locked
            raise LookupError(f"run report {run_id} is gone")
        row.morning_pain = morning_pain
        if revised is not None:
            row.decision, row.rule = revised.decision.value, revised.rule
            row.reason = _sentence(revised)

    async def save_morning(self, user_id: int, day: date, pain: int) -> None:
        await repo.save_morning(self.session, user_id, day, pain)
        await self.session.flush()

    async def morning_id(self, user_id: int, day: date) -> int | None:
        await self.session.flush()
        row = await repo.morning_on(self.session, user_id, day)
        return None if row is None else row.id

    async def note_stairs(self, user_id: int, day: date, ok: bool) -> bool:
        row = await repo.morning_on(self.session, user_id, day)
        if row is None:
            return False
        row.stairs_ok = ok
        return True

    async def record_return_check(
        self, user_id: int, day: date, at: datetime, answers: tuple[bool, bool, bool]
    ) -> None:
        walk, squats, hops = answers
        self.session.add(
            ReturnCheck(
                user_id=user_id,
                day=day,
                answered_at=at,
                brisk_walk=walk,
                single_leg_squats=squats,
                single_leg_hops=hops,
            )
        )
        await self.session.flush()

    async def record_strength(self, user_id: int, day: date, pain: int) -> None:
        await repo.save_strength(self.session, user_id, day, pain)
        await self.session.flush()

    async def strength_id(self, user_id: int, day: date) -> int | None:
        row = await repo.strength_on(self.session, user_id, day)
        return None if row is None else row.id

    async def completions_on(self, user_id: int, day: date) -> set[str]:
        return await repo.completions_on(self.session, user_id, day)

    async def add_completion(self, user_id: int, day: date, item: str, now: datetime) -> bool:
        added = await repo.add_completion(self.session, user_id, day, item, now)
        await self.session.flush()
        return added

    async def completion_id(self, user_id: int, day: date, item: str) -> int | None:
        row = await repo.completion_on(self.session, user_id, day, item)
        return None if row is None else row.id

    async def completions_by_day(self, user_id: int, since: date) -> dict[date, frozenset[str]]:
        return await days.completions_by_day(self.session, user_id, since)

    async def delete_own(self, user_id: int, kind: str, row_id: int) -> bool:
        return await repo.delete_own(self.session, user_id, kind, row_id)

    # --- referrals -----------------------------------------------------------------------------
    async def open_referrals(self, user_id: int) -> list[ReferralRecord]:
        return list(await repo.active_referrals(self.session, user_id))

    async def open_referral(self, user_id: int, referral: NewReferral) -> ReferralRecord:
        row = Referral(
            user_id=user_id,
            day=referral.day,
            raised_at=referral.raised_at,
            cause=referral.cause,
            source=referral.source,
            reason=referral.reason,
            urgency=referral.urgency,
            words=referral.words,
            words_language=referral.words_language,
        )
        self.session.add(row)
        await self.session.flush()
        metrics.RED_FLAGS.labels(urgency=referral.urgency, source=referral.source).inc()
        return row

    async def retract_referrals(self, user_id: int, ids: list[int], day: date) -> None:
        for row in await repo.referrals_by_id(self.session, user_id, ids):
            if row.cleared_on is None and row.retracted_on is None:
                row.retracted_on = day

    async def clear_referrals(
        self, user_id: int, ids: list[int], *, day: date, who: str, seen: date, at: datetime
    ) -> None:
        for row in await repo.referrals_by_id(self.session, user_id, ids):
            row.cleared_on, row.cleared_by, row.seen_on = day, who, seen
            row.cleared_source, row.cleared_at = CLEARED_BY_RUNNER, at


class SqlUnitsOfWork:
    """Opens a :class:`SqlUnitOfWork` per message: a session in one transaction, committed
    when the block ends and rolled back when it raises."""

    def __init__(
        self,
        sessions: async_sessionmaker[AsyncSession],
        reminders: ReminderScheduleFor,
        *,
        one_writer: bool = False,
    ) -> None:
        self.sessions = sessions
        self.reminders = reminders
        # SQLite has one writer and a message's transaction writes from its first statement:
        # with many runners handled at once, they take turns here rather than time out on
        # SQLite's busy_timeout. (PostgreSQL locks only the runner's own row.)
        self._writer = asyncio.Lock() if one_writer else None

    def on(self, session: AsyncSession) -> SqlUnitOfWork:
        """A unit of work inside a transaction the caller opened (the reminder ticker's)."""
        return SqlUnitOfWork(session, self.reminders(session))

    @asynccontextmanager
    async def __call__(self) -> AsyncIterator[UnitOfWork]:
        async with self._turn(), self.sessions() as session, session.begin():
            yield self.on(session)

    def _turn(self) -> AbstractAsyncContextManager[object]:
        return self._writer if self._writer is not None else nullcontext()


def _sentence(judgement: Judgement) -> str:
    """A judgement is stored with its reason worded, as the runner read it at the time."""
    if not isinstance(judgement.reason, str):
        raise TypeError("store a judgement worded (bot.texts.reasons.worded)")
    return judgement.reason
