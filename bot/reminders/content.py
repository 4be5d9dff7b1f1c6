"""What a reminder says, built from the user's plan for the day like every other reply.

``PLANNED`` maps the kinds that read today's plan (stretch, strength) to their builders, and
``CONTENT`` the others (the weekly summary), so a new kind needs no change to the ticker. A
builder returns None when there is nothing to send. Today's plan is worked out once per
reminder (it reads the user's history), shared by the reminder and its morning question.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from bot import texts
from bot.coach.plan import STRENGTH_ITEM, DayPlan, StrengthStatus, stretch_item
from bot.reminders.slots import STRENGTH, STRETCH, WEEKLY
from bot.service import announce, keyboards
from bot.service.clinic.outbox import CLINIC, clinic_message
from bot.service.context import Context
from bot.service.language_choice import spoken
from bot.service.pending import Question
from bot.service.progress import weekly_summary
from bot.service.replies import Reply
from bot.texts import language

ContentBuilder = Callable[[Context, int], Awaitable[list[Reply] | None]]
PlannedBuilder = Callable[[Context, int, DayPlan], Awaitable[list[Reply] | None]]


async def stretch_reminder(ctx: Context, slot: int, plan: DayPlan) -> list[Reply] | None:
    item = stretch_item(slot)
    if slot > plan.stretch_sessions or item in await ctx.done_today():
        return None
    return [
        Reply(
            texts.reminders.reminder_stretch_text(plan, slot, ctx.settings.side),
            keyboards.reminder(item),
        )
    ]


async def strength_reminder(ctx: Context, _slot: int, plan: DayPlan) -> list[Reply] | None:
    """Today's dose; on a rest day (or while referred) the changed strength and running
    parts, without a Done button."""
    if plan.strength_status is StrengthStatus.NOT_TODAY or STRENGTH_ITEM in await ctx.done_today():
        return None
    buttons = keyboards.reminder(STRENGTH) if plan.has_strength else ()
    return [Reply(texts.reminders.reminder_strength_text(plan, ctx.settings.side), buttons)]


PLANNED: dict[str, PlannedBuilder] = {STRETCH: stretch_reminder, STRENGTH: strength_reminder}
CONTENT: dict[str, ContentBuilder] = {WEEKLY: weekly_summary}
# Messages, not reminders: sent while paused and after a late start, without a morning question.
MESSAGES: dict[str, ContentBuilder] = {CLINIC: clinic_message}


def why_not_sent(kind: str, *, late: bool, paused: bool) -> str | None:
    """Why a due delivery is not sent, or None: a reminder is never sent late (at the wrong
    time of day) or while paused; a message is neither."""
    if kind in MESSAGES:
        return None
    if late:
        return "late"
    return "paused" if paused else None


async def morning_question(ctx: Context, plan: DayPlan | None = None) -> Reply | None:
    """The day's first reminder asks for the morning check: the morning after a reported run
    (CLINICAL.md §2; the answer goes to rule R4), and by name after 3 days without one
    (§3 v2: the phases cannot move on without it)."""
    if await ctx.uow.morning_id(ctx.user.id, ctx.today) is not None:
        return None
    ran = bool(await ctx.uow.runs_awaiting_morning(ctx.user.id, ctx.today))
    plan = plan or await ctx.plan()
    if not ran and not plan.morning_check_missing:
        return None
    if ctx.pending() is not None:
        # Mid-conversation (e.g. answering /run): do not steal their open question.
        return Reply(
            texts.reminders.REMINDER_MORNING_LATER if ran else texts.reports.ASK_MORNING_FIRST
        )
    n = ctx.ask(Question.MORNING_PAIN)
    if ran:
        return Reply(texts.reminders.REMINDER_ASK_MORNING, keyboards.pain_keypad(n))
    days = texts.plan.plan_silent_days(plan)
    return Reply(
        texts.reminders.REMINDER_ASK_MORNING_SILENT.format(days=days), keyboards.pain_keypad(n)
    )


async def reminder_replies(
    ctx: Context, kind: str, slot: int, *, first_today: bool
) -> list[Reply] | None:
    """What the reminder ``kind`` says to this runner now, in their language; None when
    there is nothing to send. The batch and the single send both build it here."""
    with language.use(spoken(ctx.user)):
        return await _replies(ctx, kind, slot, first_today=first_today)


async def _replies(ctx: Context, kind: str, slot: int, *, first_today: bool) -> list[Reply] | None:
    plan: DayPlan | None = None
    if kind in MESSAGES:
        return await MESSAGES[kind](ctx, slot)
    if kind in PLANNED:
        plan = await ctx.plan()
        replies = await PLANNED[kind](ctx, slot, plan)
    elif kind in CONTENT:
        replies = await CONTENT[kind](ctx, slot)
    else:
        return None
    if replies is None:
        return None
    replies = [*await announce.news(ctx), *replies]
    if first_today:
        question = await morning_question(ctx, plan)
        if question is not None:
            replies.append(question)
    return replies
