"""The day's work: /today, /done, /plan, /howto."""

from __future__ import annotations

from datetime import timedelta

from bot.coach.plan import STRENGTH_ITEM, StrengthStatus, stretch_number
from bot.coach.progress import derive_state
from bot.service import keyboards, questions, texts
from bot.service.context import Context
from bot.service.questions import Question
from bot.service.replies import Reply
from bot.store import repo


async def today_reply(ctx: Context, *, replaces_origin: bool = False) -> Reply:
    plan = await ctx.plan()
    done = await ctx.done_today()
    text = texts.plan_text(
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
            return [Reply(texts.STRETCH_SESSION_ALREADY.format(n=stretch_number(session)))]
        open_sessions = [session] if session else open_sessions
        if not open_sessions:
            return [Reply(texts.ALL_STRETCHES_ALREADY)]
        await repo.add_completion(ctx.session, ctx.user.id, ctx.today, open_sessions[0], ctx.now)
        n = stretch_number(open_sessions[0])
        confirmation = texts.STRETCH_MARKED.format(n=n, of=plan.stretch_sessions)
    elif what == STRENGTH_ITEM:
        if plan.strength_status is not StrengthStatus.DUE:
            return [Reply(texts.strength_status_line(plan))]
        added = await repo.add_completion(
            ctx.session, ctx.user.id, ctx.today, STRENGTH_ITEM, ctx.now
        )
        if not added:
            return [Reply(texts.STRENGTH_ALREADY)]
        question = questions.ask(ctx, Question.STRENGTH_PAIN)
        if ctx.pressed:
            return [await today_reply(ctx, replaces_origin=True), question]
        return [Reply(texts.STRENGTH_MARKED), question]
    else:
        exercise = ctx.protocol.exercise(what)
        if exercise is None:
            return [
                Reply(texts.BAD_DONE.format(value=texts.clip(args)), keyboards.howto(ctx.protocol))
            ]
        added = await repo.add_completion(ctx.session, ctx.user.id, ctx.today, exercise.id, ctx.now)
        confirmation = (texts.EXERCISE_MARKED if added else texts.EXERCISE_ALREADY).format(
            name=exercise.name
        )
    if ctx.pressed:
        return [await today_reply(ctx, replaces_origin=True)]
    return [Reply(confirmation)]


async def plan_status(ctx: Context, _args: str) -> list[Reply]:
    history = await ctx.history()
    today = await ctx.state(history)
    after = derive_state(
        ctx.protocol, ctx.settings.start_date, history, ctx.today + timedelta(days=1)
    )
    return [Reply(texts.status_text(ctx.protocol, today, after, history))]


async def howto(ctx: Context, args: str) -> list[Reply]:
    wanted = args.strip().lower()
    if not wanted:
        return [Reply(texts.HOWTO_PICK, keyboards.howto(ctx.protocol))]
    exercise = ctx.protocol.exercise(wanted) or next(
        (e for e in ctx.protocol.exercises if e.name.lower() == wanted), None
    )
    if exercise is None:
        return [
            Reply(texts.BAD_EXERCISE.format(value=texts.clip(args)), keyboards.howto(ctx.protocol))
        ]
    level = (await ctx.state()).strength_level
    return [Reply(texts.howto_text(exercise, level, ctx.settings.side))]
