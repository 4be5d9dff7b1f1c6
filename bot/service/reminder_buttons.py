"""The reminder buttons' use cases: ``/snooze <item> 15|60|evening`` and ``/skip <item>``.

``item`` is ``stretch-<n>`` or ``strength`` and always means the sender's own reminder of
today. A snooze moves that one occurrence of today's reminder; a skip stops it (both written
through ``ReminderSchedule``).
"""

from __future__ import annotations

from datetime import datetime, time, timedelta

from bot import texts
from bot.coach.plan import STRENGTH_ITEM, stretch_item, stretch_number
from bot.coach.protocol import MAX_STRETCH_SESSIONS
from bot.service import parse
from bot.service.context import Context
from bot.service.ports import STRENGTH, STRETCH
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
    raise parse.BadInput(texts.reminders.BAD_REMINDER.format(value=texts.common.clip(text)))


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
    raise parse.BadInput(texts.reminders.BAD_SNOOZE)


async def snooze(ctx: Context, args: str) -> list[Reply]:
    item, _, when = args.strip().partition(" ")
    kind, slot = parse_item(item)
    target = snooze_until(ctx, when.strip().lower())
    local = target.astimezone(ctx.zone)
    if local.date() != ctx.today:
        return [Reply(texts.reminders.SNOOZE_TOO_LATE)]
    if not await ctx.uow.reminders.snooze(ctx.user.id, kind, ctx.today, slot, target):
        return [Reply(texts.reminders.NOTHING_TO_SNOOZE)]
    reply = texts.reminders.SNOOZED.format(time=local.strftime("%H:%M"))
    return [Reply(reply, replaces_origin=ctx.pressed)]


async def skip(ctx: Context, args: str) -> list[Reply]:
    """Skip today's reminder for the item: a snoozed one is cancelled, one not yet sent will
    not be (its delivery row exists now, so the ticker's insert finds it taken)."""
    kind, slot = parse_item(args)
    await ctx.uow.reminders.skip(ctx.user.id, kind, ctx.today, slot, ctx.now)
    what = texts.reminders.reminder_item_name(_item(kind, slot))
    return [Reply(texts.reminders.REMINDER_SKIPPED.format(what=what), replaces_origin=ctx.pressed)]
