"""The day's work: /today, /done, /plan, /howto."""

from __future__ import annotations

from datetime import time, timedelta

from bot import texts
from bot.coach.plan import STRENGTH_ITEM, DayPlan, StrengthStatus, stretch_number
from bot.coach.protocol import Exercise, Protocol
from bot.service import countdown, keyboards, questions
from bot.service import natural_words as w
from bot.service.context import Context
from bot.service.pending import Question
from bot.service.replies import Reply

# The word the plan card's Done buttons add to their action (``keyboards.today``).
CARD = "card"


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
    what, _, origin = w.normalise(args).partition(" ")
    # The plan card's own buttons edit the card; a reminder's Done or a typed one gets a line.
    card = ctx.pressed and origin == CARD
    plan = await ctx.plan()
    if not what:  # a bare "done": the item whose reminder came last
        what = await _due_item(ctx, plan)
    session = what if what in plan.stretch_items else None  # "stretch-2": a reminder's button
    if what in w.COMMAND_STRETCH or session:
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
    elif what in w.COMMAND_STRENGTH:
        if plan.strength_status is not StrengthStatus.DUE:
            return [Reply(texts.plan.strength_status_line(plan))]
        added = await ctx.uow.add_completion(ctx.user.id, ctx.today, STRENGTH_ITEM, ctx.now)
        if not added:
            return [Reply(texts.plan.STRENGTH_ALREADY)]
        question = questions.ask(ctx, Question.STRENGTH_PAIN)
        if card:
            return [await today_reply(ctx, replaces_origin=True), question]
        line = f"{texts.plan.STRENGTH_MARKED} {await left_today(ctx)}"
        return [Reply(line, replaces_origin=ctx.pressed), question]
    else:
        exercise = ctx.protocol.exercise(what) or exercise_called(ctx.protocol, args)
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
        ).format(name=texts.catalog.gettext(exercise.name))
    if card:
        return [await today_reply(ctx, replaces_origin=True)]
    # One line with what is left today; the whole card is /today's.
    return [Reply(f"{confirmation} {await left_today(ctx)}", replaces_origin=ctx.pressed)]


async def _due_item(ctx: Context, plan: DayPlan) -> str:
    """What a bare "done" means: of today's open items, the one whose reminder time passed
    last; before any, the next stretch session."""
    done = await ctx.done_today()
    local = ctx.now.astimezone(ctx.zone).time()
    slots = list(zip(plan.stretch_items, ctx.stretch_times, strict=False))
    if plan.has_strength:
        slots.append((STRENGTH_ITEM, time.fromisoformat(ctx.settings.strength_time)))
    open_slots = sorted((at, item) for item, at in slots if item not in done)
    passed = [item for at, item in open_slots if at <= local]
    return passed[-1] if passed else "stretch"


async def left_today(ctx: Context) -> str:
    """What is left of today's plan, in one sentence."""
    plan = await ctx.plan()
    done = await ctx.done_today()
    open_stretches = [n for n, item in enumerate(plan.stretch_items, 1) if item not in done]
    return texts.words.left_today(open_stretches, plan.has_strength and STRENGTH_ITEM not in done)


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
    exercise = ctx.protocol.exercise(wanted) or exercise_called(ctx.protocol, args)
    if exercise is None:
        return [
            Reply(
                texts.plan.BAD_EXERCISE.format(value=texts.common.clip(args)),
                keyboards.howto(ctx.protocol),
            )
        ]
    level = (await ctx.state()).strength_level
    return [Reply(texts.plan.howto_text(exercise, level, ctx.settings.side))]


def exercise_called(protocol: Protocol, text: str) -> Exercise | None:
    """The exercise of ``protocol`` named in full by ``text``, in English or in the runner's
    language, in any case and with or without accents ("puente de gluteo sostenido")."""
    wanted = w.normalise(text)
    for exercise in protocol.exercises:
        names = {exercise.name, texts.catalog.gettext(exercise.name)}
        if wanted in {w.normalise(name) for name in names}:
            return exercise
    return None
