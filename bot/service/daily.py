"""The day's work: /today, /done, /plan, /howto."""

from __future__ import annotations

from datetime import timedelta

from bot import texts
from bot.coach.plan import STRENGTH_ITEM, StrengthStatus, stretch_number
from bot.service import countdown, keyboards, questions
from bot.service.context import Context
from bot.service.pending import Question
from bot.service.replies import Reply


async def today_reply(ctx: Context, *, replaces_origin: bool = False) -> Reply:
    plan = await ctx.plan()
    done = await ctx.done_today()
    text = texts.plan.plan_text(
        plan,
        done,
        ctx.settings.side,
        paused_until=ctx.settings.paused_until if ctx.paused else None,
    )
    return Reply(text, keyboards.today(plan, done), replaces_origin=replaces_origin)


async def show_today(ctx: Context, _args: str = "") -> list[Reply]:
    return [await today_reply(ctx)]


async def done(ctx: Context, args: str) -> list[Reply]:
    """Mark a stretch session, the strength session or one exercise done today."""
    what = args.strip().lower()
    plan = await ctx.plan()
    session = what if what in plan.stretch_items else None  # "stretch-2": a reminder's button
    if what in {"stretch", "stretches"} or session:
        done_items = await ctx.done_today()
        open_sessions = [item for item in plan.stretch_items if item not in done_items]
        if session and session not in open_sessions:
            return [
                Reply(texts.reminders.STRETCH_SESSION_ALREADY.format(n=stretch_number(session)))
            ]
        open_sessions = [session] if session else open_sessions
        if not open_sessions:
            return [Reply(texts.plan.ALL_STRETCHES_ALREADY)]
        await ctx.uow.add_completion(ctx.user.id, ctx.today, open_sessions[0], ctx.now)
        n = stretch_number(open_sessions[0])
        confirmation = texts.plan.STRETCH_MARKED.format(n=n, of=plan.stretch_sessions)
    elif what == STRENGTH_ITEM:
        if plan.strength_status is not StrengthStatus.DUE:
            return [Reply(texts.plan.strength_status_line(plan))]
        added = await ctx.uow.add_completion(ctx.user.id, ctx.today, STRENGTH_ITEM, ctx.now)
        if not added:
            return [Reply(texts.plan.STRENGTH_ALREADY)]
        question = questions.ask(ctx, Question.STRENGTH_PAIN)
        if ctx.pressed:
            return [await today_reply(ctx, replaces_origin=True), question]
        return [Reply(texts.plan.STRENGTH_MARKED), question]
    else:
        exercise = ctx.protocol.exercise(what)
        if exercise is None:
            return [
                Reply(
                    texts.plan.BAD_DONE.format(value=texts.common.clip(args)),
                    keyboards.howto(ctx.protocol),
                )
            ]
        added = await ctx.uow.add_completion(ctx.user.id, ctx.today, exercise.id, ctx.now)
        confirmation = (
            texts.plan.EXERCISE_MARKED if added else texts.plan.EXERCISE_ALREADY
        ).format(name=exercise.name)
    if ctx.pressed:
        return [await today_reply(ctx, replaces_origin=True)]
    return [Reply(confirmation)]


async def plan_status(ctx: Context, _args: str) -> list[Reply]:
    history = await ctx.history()
    today = await ctx.state(history)
    after = await ctx.state(history, ctx.today + timedelta(days=1))
    text = texts.plan.status_text(ctx.protocol, today, after, history)
    race = await countdown.line(ctx)
    return [Reply(f"{text}\n{race}" if race else text)]


async def howto(ctx: Context, args: str) -> list[Reply]:
    wanted = args.strip().lower()
    if not wanted:
        return [Reply(texts.plan.HOWTO_PICK, keyboards.howto(ctx.protocol))]
    exercise = ctx.protocol.exercise(wanted) or next(
        (e for e in ctx.protocol.exercises if e.name.lower() == wanted), None
    )
    if exercise is None:
        return [
            Reply(
                texts.plan.BAD_EXERCISE.format(value=texts.common.clip(args)),
                keyboards.howto(ctx.protocol),
            )
        ]
    level = (await ctx.state()).strength_level
    return [Reply(texts.plan.howto_text(exercise, level, ctx.settings.side))]
