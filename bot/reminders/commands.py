"""The reminder buttons' use cases: ``/snooze <item> 15|60|evening`` and ``/skip <item>``.

``item`` is ``stretch-<n>`` or ``strength`` and always means the sender's own reminder of
today. Snoozing reopens today's delivery row with a later time, so a snooze moves that one
occurrence and the unique key still allows only one reminder per session a day.
"""

from __future__ import annotations

from datetime import datetime, time, timedelta

from bot.coach.plan import STRENGTH_ITEM, stretch_item, stretch_number
from bot.coach.protocol import MAX_STRETCH_SESSIONS
from bot.reminders import queue
from bot.reminders.slots import STRENGTH, STRETCH
from bot.service import parse, texts
from bot.service.context import Context
from bot.service.replies import Reply

EVENING = time(19, 0)  # "this evening" on the user's wall clock
SNOOZE_MINUTES = {"15": 15, "60": 60}
MIN_SNOOZE = timedelta(minutes=5)


def parse_item(text: str) -> tuple[str, int]:
    """A reminder button's item as (slot kind, slot): ``stretch-<n>`` or ``strength``."""
    item = text.strip().lower()
    if item == STRENGTH_ITEM:
        return STRENGTH, 1
    n = stretch_number(item)
    if n is not None and n <= MAX_STRETCH_SESSIONS:
        return STRETCH, n
    raise parse.BadInput(texts.BAD_REMINDER.format(value=texts.clip(text)))


def _item(kind: str, slot: int) -> str:
    return stretch_item(slot) if kind == STRETCH else STRENGTH_ITEM


def snooze_until(ctx: Context, when: str) -> datetime:
    if when in SNOOZE_MINUTES:
        return ctx.now + timedelta(minutes=SNOOZE_MINUTES[when])
    if when == "evening":
        evening = datetime.combine(ctx.today, EVENING, tzinfo=ctx.zone)
        if evening - ctx.now >= MIN_SNOOZE:
            return evening
        return ctx.now + timedelta(minutes=60)  # already evening: in an hour
    raise parse.BadInput(texts.BAD_SNOOZE)


async def snooze(ctx: Context, args: str) -> list[Reply]:
    item, _, when = args.strip().partition(" ")
    kind, slot = parse_item(item)
    target = snooze_until(ctx, when.strip().lower())
    local = target.astimezone(ctx.zone)
    if local.date() != ctx.today:
        return [Reply(texts.SNOOZE_TOO_LATE)]
    row = await queue.delivery_on(ctx.session, ctx.user.id, kind, ctx.today, slot)
    if row is None:
        return [Reply(texts.NOTHING_TO_SNOOZE)]
    row.status, row.reason, row.attempts = queue.PENDING, None, 0
    row.due_utc = row.next_attempt_at = target
    reply = texts.SNOOZED.format(time=local.strftime("%H:%M"))
    return [Reply(reply, replaces_origin=ctx.pressed)]


async def skip(ctx: Context, args: str) -> list[Reply]:
    """Skip today's reminder for the item: a snoozed one is cancelled, one not yet sent will
    not be (its delivery row exists now, so the ticker's insert finds it taken)."""
    kind, slot = parse_item(args)
    row = await queue.delivery_on(ctx.session, ctx.user.id, kind, ctx.today, slot)
    if row is None:
        await queue.insert_deliveries(
            ctx.session,
            [
                {
                    "user_id": ctx.user.id,
                    "kind": kind,
                    "local_date": ctx.today,
                    "slot": slot,
                    "status": queue.SKIPPED,
                    "reason": "user",
                    "due_utc": ctx.now,
                    "next_attempt_at": ctx.now,
                    "attempts": 0,
                    "created_at": ctx.now,
                    "sent_at": None,
                }
            ],
        )
        row = await queue.delivery_on(ctx.session, ctx.user.id, kind, ctx.today, slot)
    if row is not None and row.status in (queue.PENDING, queue.SENDING):
        row.status, row.reason = queue.SKIPPED, "user"
    what = texts.reminder_item_name(_item(kind, slot))
    return [Reply(texts.REMINDER_SKIPPED.format(what=what), replaces_origin=ctx.pressed)]
