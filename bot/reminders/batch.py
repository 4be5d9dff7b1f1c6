"""Building a batch of reminders in one transaction: checked, rendered, ready to send.

The same checks and the same content as one reminder at a time (``ReminderTicker._prepare``),
for many: the leases renewed and the users locked in one statement each, every runner's reads
fetched together (:class:`bot.store.prefetch.PrefetchedUnitOfWork`), the skips written
together, one commit. A delivery row exists before any of this, so a crash here loses nothing.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from bot.reminders import batch_queue
from bot.reminders.content import reminder_replies
from bot.reminders.queue import Leased
from bot.service.context import Context
from bot.service.replies import Reply
from bot.store.prefetch import PrefetchedUnitOfWork

if TYPE_CHECKING:
    from bot.reminders.ticker import ReminderTicker, TickResult

log = logging.getLogger(__name__)

Ready = dict[int, tuple[str, list[Reply]]]  # delivery id -> (the user's external id, replies)


async def prepare(
    ticker: ReminderTicker, deliveries: Sequence[Leased], result: TickResult
) -> Ready:
    """The deliveries (one per user) that should go now, built; the others are marked
    skipped, or left alone when they are no longer this process's (or the user is gone)."""
    now = ticker.clock.now()
    ready: Ready = {}
    skips: dict[int, str | None] = {}
    async with ticker.sessions() as session, session.begin():
        mine = await batch_queue.renew_leases(session, deliveries, now + ticker.lease)
        ours = [d for d in deliveries if d.id in mine]
        users = await batch_queue.lock_users(session, [d.user_id for d in ours])
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
            reason = ticker.why_not(ctx, delivery, now)
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
    result.skipped += len(skips)
    return ready
