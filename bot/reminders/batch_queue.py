"""The reminder queue a batch at a time: one statement for many deliveries.

The same steps as :mod:`bot.reminders.queue` for one delivery (renew a lease, lock the user,
read their settings, mark the outcome), each one statement for a whole batch of deliveries:
the round trips a reminder costs are the database's share of its CPU.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime

from sqlalchemy import func, select, text, update
from sqlalchemy.ext.asyncio import AsyncSession

from bot.reminders.queue import DELIVERIES, OPEN_SQL, SLOTS, Leased, is_postgres
from bot.service.clinic.outbox import CLINIC
from bot.service.ports import DeliveryStatus
from bot.store.models import ReminderDelivery, User, UserSettings


async def renew_leases(
    session: AsyncSession, leased: Sequence[Leased], until: datetime
) -> set[int]:
    """:func:`renew_lease` for a batch leased together: the ids still this process's, their
    rows locked until the commit."""
    if not leased:
        return set()
    table = DELIVERIES
    mine: set[int] = set()
    by_lease: dict[datetime, list[int]] = {}
    for delivery in leased:
        by_lease.setdefault(delivery.lease_until, []).append(delivery.id)
    for lease_until, ids in by_lease.items():
        result = await session.execute(
            update(table)
            .where(
                table.c.id.in_(ids),
                table.c.status == DeliveryStatus.SENDING,
                table.c.next_attempt_at == lease_until,
            )
            .values(next_attempt_at=until)
            .returning(table.c.id)
        )
        mine.update(int(row[0]) for row in result)
    return mine


async def lock_users(session: AsyncSession, user_ids: Sequence[int]) -> dict[int, User]:
    """The users' rows, locked for the transaction (in id order: no two batches deadlock)."""
    ids = sorted(set(user_ids))
    if not ids:
        return {}
    if not is_postgres(session):  # SQLite: take the write lock now, as repo.lock_user_id does
        await session.execute(
            update(User)
            .where(User.id.in_(ids))
            .values(id=User.id)
            .execution_options(synchronize_session=False)
        )
    rows = await session.scalars(
        select(User).where(User.id.in_(ids)).order_by(User.id).with_for_update()
    )
    return {user.id: user for user in rows}


async def settings_of(session: AsyncSession, user_ids: Sequence[int]) -> dict[int, UserSettings]:
    rows = await session.scalars(select(UserSettings).where(UserSettings.user_id.in_(user_ids)))
    return {row.user_id: row for row in rows}


async def sent_on(session: AsyncSession, days: dict[int, date]) -> set[int]:
    """The users of ``days`` (user id -> local date) already sent a reminder on that day."""
    if not days:
        return set()
    rows = await session.execute(
        select(ReminderDelivery.user_id, ReminderDelivery.local_date)
        .where(
            ReminderDelivery.user_id.in_(list(days)),
            ReminderDelivery.local_date.in_(set(days.values())),
            ReminderDelivery.status == DeliveryStatus.SENT,
            ReminderDelivery.kind != CLINIC,  # a message the web caused is no reminder
        )
        .distinct()
    )
    return {user_id for user_id, day in rows if days.get(user_id) == day}


async def skip_many(session: AsyncSession, reasons: dict[int, str | None]) -> None:
    """Mark deliveries skipped, one statement per reason."""
    by_reason: dict[str | None, list[int]] = {}
    for delivery_id, reason in reasons.items():
        by_reason.setdefault(reason, []).append(delivery_id)
    for reason, ids in by_reason.items():
        await session.execute(
            update(DELIVERIES)
            .where(DELIVERIES.c.id.in_(ids))
            .values(status=DeliveryStatus.SKIPPED, reason=reason)
        )


async def mark_sent(session: AsyncSession, ids: Sequence[int], at: datetime) -> set[int]:
    """Mark deliveries sent in one autocommit statement; returns those that still exist."""
    connection = await session.connection(execution_options={"isolation_level": "AUTOCOMMIT"})
    result = await connection.execute(
        update(DELIVERIES)
        .where(DELIVERIES.c.id.in_(list(ids)))
        .values(status=DeliveryStatus.SENT, sent_at=at)
        .returning(DELIVERIES.c.id)
    )
    return {int(row[0]) for row in result}


async def backlog(session: AsyncSession, now: datetime) -> tuple[int, datetime | None]:
    """Reminders due by ``now`` not sent yet (slots not claimed, deliveries open), and the
    oldest due time among them (two counts, each read through its index)."""
    slots = select(func.count(), func.min(SLOTS.c.next_due_utc)).where(SLOTS.c.next_due_utc <= now)
    open_rows = select(func.count(), func.min(DELIVERIES.c.due_utc)).where(
        text(OPEN_SQL), DELIVERIES.c.next_attempt_at <= now
    )
    [(due_slots, oldest_slot)] = (await session.execute(slots)).all()
    [(due_rows, oldest_row)] = (await session.execute(open_rows)).all()
    found = [d for d in (oldest_slot, oldest_row) if d is not None]
    oldest = min(found) if found else None
    return int(due_slots or 0) + int(due_rows or 0), oldest
