"""What a reminder says, built from the user's plan for the day like every other reply.

``CONTENT`` maps a slot kind to its builder (stretch, strength, the weekly summary), so a new
kind needs no change to the ticker. A builder returns None when there is nothing to send.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from bot.coach.plan import STRENGTH_ITEM, StrengthStatus, stretch_item
from bot.reminders.slots import STRENGTH, STRETCH, WEEKLY
from bot.service import keyboards, texts
from bot.service.context import Context
from bot.service.progress import weekly_summary
from bot.service.replies import Reply
from bot.store import repo

ContentBuilder = Callable[[Context, int], Awaitable[list[Reply] | None]]


async def stretch_reminder(ctx: Context, slot: int) -> list[Reply] | None:
    plan = await ctx.plan()
    item = stretch_item(slot)
    if slot > plan.stretch_sessions or item in await ctx.done_today():
        return None
    return [
        Reply(texts.reminder_stretch_text(plan, slot, ctx.settings.side), keyboards.reminder(item))
    ]


async def strength_reminder(ctx: Context, _slot: int) -> list[Reply] | None:
    """Today's dose; on a rest day (or while referred) the changed strength and running
    parts, without a Done button."""
    plan = await ctx.plan()
    if plan.strength_status is StrengthStatus.NOT_TODAY or STRENGTH_ITEM in await ctx.done_today():
        return None
    buttons = keyboards.reminder(STRENGTH) if plan.has_strength else ()
    return [Reply(texts.reminder_strength_text(plan, ctx.settings.side), buttons)]


CONTENT: dict[str, ContentBuilder] = {
    STRETCH: stretch_reminder,
    STRENGTH: strength_reminder,
    WEEKLY: weekly_summary,
}


async def morning_question(ctx: Context) -> Reply | None:
    """The day's first reminder asks for the morning check: the morning after a reported run
    (CLINICAL.md §2; the answer goes to rule R4), and by name after 3 days without one
    (§3 v2: the phases cannot move on without it)."""
    if await repo.morning_on(ctx.session, ctx.user.id, ctx.today) is not None:
        return None
    ran = bool(await repo.runs_awaiting_morning(ctx.session, ctx.user.id, ctx.today))
    plan = await ctx.plan()
    if not ran and not plan.morning_check_missing:
        return None
    if (ctx.pending() or {}).get("q"):
        # Mid-conversation (e.g. answering /run): do not steal their open question.
        return Reply(texts.REMINDER_MORNING_LATER if ran else texts.ASK_MORNING_FIRST)
    n = ctx.ask("morning_pain")
    if ran:
        return Reply(texts.REMINDER_ASK_MORNING, keyboards.pain_keypad(n))
    days = texts.plan_silent_days(plan)
    return Reply(texts.REMINDER_ASK_MORNING_SILENT.format(days=days), keyboards.pain_keypad(n))


async def reminder_replies(
    ctx: Context, kind: str, slot: int, *, first_today: bool
) -> list[Reply] | None:
    builder = CONTENT.get(kind)
    if builder is None:
        return None
    replies = await builder(ctx, slot)
    if replies is None:
        return None
    if first_today:
        question = await morning_question(ctx)
        if question is not None:
            replies.append(question)
    return replies
