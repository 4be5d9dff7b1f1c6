"""Building a batch of reminders in one transaction: checked, rendered, ready to send.

The same checks and the same content as one reminder at a time (``ReminderTicker._prepare``),
for many: the leases renewed and the users locked in one statement each, every runner's reads
fetched together (:class:`bot.store.prefetch.PrefetchedUnitOfWork`), the skips written
together, one commit. A delivery row exists before any of this, so a crash here loses nothing.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, timedelta
from typing import Protocol
from zoneinfo import ZoneInfo

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.clock import Clock
from bot.coach.protocol import ProtocolLibrary
from bot.reminders import batch_queue, queue
from bot.reminders.content import reminder_replies, why_not_sent
from bot.reminders.queue import Leased
from bot.reminders.slots import as_utc
from bot.service.context import Context
from bot.service.replies import Reply
from bot.store import repo
from bot.store.prefetch import PrefetchedUnitOfWork
from bot.store.unit_of_work import SqlUnitsOfWork

Ready = dict[int, tuple[str, list[Reply]]]  # delivery id -> (the user's external id, replies)


class Builder(Protocol):
    """What building reminders needs of the ticker."""

    sessions: async_sessionmaker[AsyncSession]
    units: SqlUnitsOfWork
    protocols: ProtocolLibrary
    clock: Clock
    lease: timedelta
    grace: timedelta


def why_not(ctx: Context, delivery: Leased, now: datetime, grace: timedelta) -> str | None:
    """Why a delivery must not go now (recorded as the skip's reason), or None."""
    if not ctx.user.active:
        return "inactive"
    # A reminder never goes at the wrong time of day or while paused; a message (a clinician's
    # note) does either way.
    late = now - as_utc(delivery.due_utc) > grace or ctx.today != delivery.local_date
    return why_not_sent(delivery.kind, late=late, paused=ctx.paused)


async def prepare(ticker: Builder, deliveries: Sequence[Leased]) -> tuple[Ready, int]:
    """The deliveries (one per user) that should go now, built, and how many were marked
    skipped; the others are left alone: no longer this process's, or the user is gone."""
    now = ticker.clock.now()
    ready: Ready = {}
    skips: dict[int, str | None] = {}
    async with ticker.sessions() as session, session.begin():
        # The users first, then their deliveries: the order a runner's own message (a snooze,
        # a skip) takes them in, so the two never wait for each other in a circle.
        users = await batch_queue.lock_users(session, [d.user_id for d in deliveries])
        mine = await batch_queue.renew_leases(session, deliveries, now + ticker.lease)
        ours = [d for d in deliveries if d.id in mine]
        settings = await batch_queue.settings_of(session, list(users))
        sent = await batch_queue.sent_on(
            session, {d.user_id: d.local_date for d in ours if d.user_id in settings}
        )
        today: dict[int, date] = {
            user_id: now.astimezone(ZoneInfo(row.timezone)).date()
            for user_id, row in settings.items()
        }
        uow = await PrefetchedUnitOfWork(session, ticker.units.reminders(session)).fetch(today)
        for delivery in ours:
            user, mine_settings = users.get(delivery.user_id), settings.get(delivery.user_id)
            if user is None or mine_settings is None:
                continue  # deleted meanwhile: nothing to send, the row went with them
            ctx = Context(uow, user, mine_settings, ticker.protocols, now)
            reason = why_not(ctx, delivery, now, ticker.grace)
            replies = None
            if reason is None:
                first = delivery.user_id not in sent
                replies = await reminder_replies(
                    ctx, delivery.kind, delivery.slot, first_today=first
                )
                reason = None if replies else "done"
            if reason is not None or replies is None:
                skips[delivery.id] = reason
            else:
                ready[delivery.id] = (user.external_id, replies)
        await batch_queue.skip_many(session, skips)
    return ready, len(skips)


async def prepare_one(
    ticker: Builder, delivery: Leased
) -> tuple[tuple[str, list[Reply]] | None, int]:
    """One delivery, as :func:`prepare` (a user's second reminder of a batch, or a batch
    that failed): built, or None, and whether it was marked skipped (0 or 1)."""
    now = ticker.clock.now()
    async with ticker.sessions() as session, session.begin():
        user = await repo.lock_user_id(session, delivery.user_id)  # their messages wait
        # Renewed, and locked until the commit, only if it is still ours: not deleted,
        # snoozed or skipped by the user meanwhile, and not taken over by another process
        # after our lease ran out while it waited. The send ahead cannot outlast the new
        # lease, so no other process takes this delivery while it is on its way.
        if user is None or not await queue.renew_lease(session, delivery, now + ticker.lease):
            return None, 0
        settings = await repo.user_settings(session, user.id)
        ctx = Context(ticker.units.on(session), user, settings, ticker.protocols, now)
        reason = why_not(ctx, delivery, now, ticker.grace)
        replies = None
        if reason is None:
            first = not await queue.sent_today(session, user.id, delivery.local_date)
            replies = await reminder_replies(ctx, delivery.kind, delivery.slot, first_today=first)
            reason = None if replies else "done"
        if reason is not None or replies is None:
            await queue.skip(session, delivery.id, reason)
            return None, 1
        return (user.external_id, replies), 0
