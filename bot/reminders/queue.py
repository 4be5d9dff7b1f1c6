"""The reminder tables as a durable queue: claim due slots, lease open deliveries, prune.

PostgreSQL: claims and leases lock rows ``FOR UPDATE SKIP LOCKED`` so several bot processes
share the work without taking the same row. SQLite (one process): a lease is one
``UPDATE ... RETURNING`` statement, atomic under SQLite's single writer; a claim repeated by a
second writer would only hit the deliveries' unique key and insert nothing.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any, cast

from sqlalchemy import (
    Date,
    DateTime,
    Integer,
    Row,
    String,
    Table,
    bindparam,
    delete,
    literal,
    select,
    text,
    update,
)
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncSession

from bot.reminders.slots import as_utc
from bot.service.ports import DeliveryStatus
from bot.store.models import ReminderDelivery, ReminderSlot, User, UserSettings

SLOTS = cast(Table, ReminderSlot.__table__)
DELIVERIES = cast(Table, ReminderDelivery.__table__)

# Literal SQL, not bound parameters, so SQLite can match the partial index's WHERE clause.
OPEN_SQL = "reminder_deliveries.status IN ('pending', 'sending')"


@dataclass(frozen=True, slots=True)
class Leased:
    """A delivery this process holds until ``lease`` runs out."""

    id: int
    user_id: int
    kind: str
    slot: int
    local_date: date
    due_utc: datetime
    attempts: int
    lease_until: datetime  # as stored: a different value means another process took it over


def is_postgres(session: AsyncSession) -> bool:
    return session.get_bind().dialect.name == "postgresql"


def _audience(stmt: Any, channels: Sequence[str], external_id: str | None) -> Any:
    stmt = stmt.where(User.channel.in_(channels))
    if external_id is not None:
        stmt = stmt.where(User.external_id == external_id)
    return stmt


async def due_slots(
    session: AsyncSession,
    now: datetime,
    limit: int,
    channels: Sequence[str],
    external_id: str | None = None,
) -> Sequence[Row[Any]]:
    """Up to ``limit`` slots due by ``now``, oldest first, with what the claim needs to know."""
    stmt = (
        select(
            ReminderSlot.id,
            ReminderSlot.user_id,
            ReminderSlot.kind,
            ReminderSlot.slot,
            ReminderSlot.local_time,
            ReminderSlot.timezone,
            ReminderSlot.next_due_utc,
            ReminderSlot.due_date,
            User.active,
            UserSettings.paused_until,
            UserSettings.paused_from,
            UserSettings.protocol_id,
        )
        .join(User, User.id == ReminderSlot.user_id)
        .join(UserSettings, UserSettings.user_id == ReminderSlot.user_id)
        .where(ReminderSlot.next_due_utc <= now)
        .order_by(ReminderSlot.next_due_utc)
        .limit(limit)
    )
    stmt = _audience(stmt, channels, external_id)
    if is_postgres(session):
        stmt = stmt.with_for_update(of=ReminderSlot, skip_locked=True)
    connection = await session.connection()  # Core rows: no ORM overhead on the hot path
    return (await connection.execute(stmt)).all()


async def insert_deliveries(session: AsyncSession, rows: list[dict[str, Any]]) -> None:
    """Insert delivery rows; one whose (user, kind, local date, slot) exists is left alone."""
    if not rows:
        return
    dialect = postgresql if is_postgres(session) else sqlite
    stmt = dialect.insert(ReminderDelivery.__table__).on_conflict_do_nothing(
        index_elements=["user_id", "kind", "local_date", "slot"]
    )
    connection = await session.connection()
    await connection.execute(stmt, rows)


@dataclass(frozen=True, slots=True)
class Occurrence:
    """What claimed slots turn into: a delivery of their kind and slot on ``local_date``."""

    local_date: date
    due_utc: datetime
    late: bool  # past the grace window: recorded as skipped, never sent


async def record_occurrences(
    session: AsyncSession, groups: dict[Occurrence, list[int]], now: datetime
) -> None:
    """Write one delivery per (occurrence, slot id), copying user, kind and slot from the
    slot rows in SQL: slots due at one popular minute cost one statement, not one per row.
    A delivery whose (user, kind, local date, slot) exists already is left alone."""
    if not groups:
        return
    connection = await session.connection()
    stmt = _record_statement(is_postgres(session))
    for occurrence, slot_ids in groups.items():
        status, reason = (
            (DeliveryStatus.SKIPPED, "late") if occurrence.late else (DeliveryStatus.PENDING, None)
        )
        await connection.execute(
            stmt,
            {
                "ids": slot_ids,
                "day": occurrence.local_date,
                "status": status,
                "reason": reason,
                "due": occurrence.due_utc,
                "now": now,
            },
        )


def _record_statement(postgres: bool) -> Any:
    slots, table = SLOTS, DELIVERIES
    stamp = DateTime(timezone=True)
    due = bindparam("due", type_=stamp)
    picked = select(
        slots.c.user_id,
        slots.c.kind,
        bindparam("day", type_=Date()),
        slots.c.slot,
        bindparam("status", type_=String()),
        bindparam("reason", type_=String()),
        due,
        due,
        literal(0, Integer()),
        bindparam("now", type_=stamp),
    ).where(slots.c.id.in_(bindparam("ids", expanding=True)))
    columns = ["user_id", "kind", "local_date", "slot", "status", "reason", "due_utc"]
    columns += ["next_attempt_at", "attempts", "created_at"]
    dialect = postgresql if postgres else sqlite
    return (
        dialect.insert(table)
        .from_select(columns, picked)
        .on_conflict_do_nothing(index_elements=["user_id", "kind", "local_date", "slot"])
    )


_MOVE = (
    update(SLOTS)
    .where(
        SLOTS.c.id.in_(bindparam("ids", expanding=True)),
        SLOTS.c.next_due_utc == bindparam("was"),
    )
    .values(next_due_utc=bindparam("due"), due_date=bindparam("day"))
)


async def move_slots(
    session: AsyncSession, groups: dict[tuple[datetime, datetime, date], list[int]]
) -> None:
    """Advance claimed slots, grouped by (due as claimed, next due, its local date). The
    claimed due time is checked again, so a slot re-timed meanwhile by ``sync_slots`` keeps
    its new time."""
    connection = await session.connection()
    for (was, due, day), slot_ids in groups.items():
        await connection.execute(_MOVE, {"ids": slot_ids, "was": was, "due": due, "day": day})


async def lease(
    session: AsyncSession,
    now: datetime,
    until: datetime,
    limit: int,
    channels: Sequence[str],
    external_id: str | None = None,
) -> list[Leased]:
    """Take up to ``limit`` open deliveries whose time has come, marking them ``sending``
    until ``until``; a lease that runs out (the process died mid-send) is taken again."""
    table = DELIVERIES
    pick = (
        select(table.c.id)
        .join(User.__table__, User.__table__.c.id == table.c.user_id)
        .where(text(OPEN_SQL), table.c.next_attempt_at <= now)
        .order_by(table.c.next_attempt_at)
        .limit(limit)
    )
    pick = _audience(pick, channels, external_id)
    if is_postgres(session):
        pick = pick.with_for_update(of=table, skip_locked=True)
    stmt = (
        update(table)
        .where(table.c.id.in_(pick.scalar_subquery()))
        .values(status=DeliveryStatus.SENDING, next_attempt_at=until, attempts=table.c.attempts + 1)
        .returning(
            table.c.id,
            table.c.user_id,
            table.c.kind,
            table.c.slot,
            table.c.local_date,
            table.c.due_utc,
            table.c.attempts,
            table.c.next_attempt_at,
        )
    )
    rows = (await session.execute(stmt)).all()
    # Oldest due first, within the batch too (bot/reminders/wave.py).
    return sorted((Leased(*row) for row in rows), key=lambda d: (as_utc(d.due_utc), d.id))


async def release_leases(
    session: AsyncSession,
    now: datetime,
    lease: timedelta,
    channels: Sequence[str],
    external_id: str | None,
) -> int:
    """Put deliveries left ``sending`` by a process that died back in the queue at once.
    Only safe where no other process can hold them (SQLite). A lease still running ends
    within ``lease`` from now (an expired one is taken again anyway), so only that stretch
    of the open rows' index is read, however long the backlog."""
    table = DELIVERIES
    stuck = (
        select(table.c.id)
        .join(User.__table__, User.__table__.c.id == table.c.user_id)
        .where(
            text(OPEN_SQL),
            table.c.next_attempt_at > now,
            table.c.next_attempt_at <= now + lease,
            table.c.status == DeliveryStatus.SENDING,
        )
    )
    ids = list(await session.scalars(_audience(stuck, channels, external_id)))
    if ids:
        await session.execute(
            update(table)
            .where(table.c.id.in_(ids))
            .values(status=DeliveryStatus.PENDING, next_attempt_at=now)
        )
    return len(ids)


async def hand_back(session: AsyncSession, ids: list[int], now: datetime) -> int:
    """Return leased deliveries this process will not send (it is stopping) to the queue,
    due now, their attempt not counted."""
    if not ids:
        return 0
    table = DELIVERIES
    result = await session.execute(
        update(table)
        .where(table.c.id.in_(ids), table.c.status == DeliveryStatus.SENDING)
        .values(status=DeliveryStatus.PENDING, next_attempt_at=now, attempts=table.c.attempts - 1)
    )
    return int(getattr(result, "rowcount", 0) or 0)


async def renew_lease(session: AsyncSession, delivery: Leased, until: datetime) -> bool:
    """Extend ``delivery``'s lease to ``until`` if it is still this process's (still sending,
    with the lease it took), locking its row for the transaction. False: it is not."""
    table = DELIVERIES
    result = await session.execute(
        update(table)
        .where(
            table.c.id == delivery.id,
            table.c.status == DeliveryStatus.SENDING,
            table.c.next_attempt_at == delivery.lease_until,
        )
        .values(next_attempt_at=until)
    )
    return bool(getattr(result, "rowcount", 0))


async def skip(session: AsyncSession, delivery_id: int, reason: str | None) -> None:
    table = DELIVERIES
    await session.execute(
        update(table)
        .where(table.c.id == delivery_id)
        .values(status=DeliveryStatus.SKIPPED, reason=reason)
    )


async def record_outcome(session: AsyncSession, delivery_id: int, values: dict[str, Any]) -> bool:
    """Write a send's outcome on its delivery: one statement, committed on its own (one round
    trip; nothing else belongs with it). False: the delivery was deleted meanwhile."""
    connection = await session.connection(execution_options={"isolation_level": "AUTOCOMMIT"})
    result = await connection.execute(
        update(DELIVERIES).where(DELIVERIES.c.id == delivery_id).values(**values)
    )
    return bool(getattr(result, "rowcount", 0))


async def sent_today(session: AsyncSession, user_id: int, day: date) -> bool:
    found = await session.scalar(
        select(ReminderDelivery.id)
        .where(
            ReminderDelivery.user_id == user_id,
            ReminderDelivery.local_date == day,
            ReminderDelivery.status == DeliveryStatus.SENT,
            ReminderDelivery.kind != "clinic",  # a message the web caused is no reminder
        )
        .limit(1)
    )
    return found is not None


async def delivery_on(
    session: AsyncSession, user_id: int, kind: str, day: date, slot: int
) -> ReminderDelivery | None:
    return await session.scalar(
        select(ReminderDelivery).where(
            ReminderDelivery.user_id == user_id,
            ReminderDelivery.kind == kind,
            ReminderDelivery.local_date == day,
            ReminderDelivery.slot == slot,
        )
    )


async def prune(session: AsyncSession, before: date, limit: int) -> int:
    """Delete up to ``limit`` finished deliveries dated before ``before``."""
    old = (
        select(ReminderDelivery.id)
        .where(
            ReminderDelivery.local_date < before,
            ReminderDelivery.status.not_in((DeliveryStatus.PENDING, DeliveryStatus.SENDING)),
        )
        .limit(limit)
    )
    result = await session.execute(
        delete(ReminderDelivery).where(ReminderDelivery.id.in_(old.scalar_subquery()))
    )
    return int(getattr(result, "rowcount", 0) or 0)
