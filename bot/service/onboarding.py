"""Onboarding and settings: /start, the red-flag screen, protocol, side, time zone, times.

Every step has a default, so a user who skips straight to /today has a working plan.
``user.onboarding_step`` is the first step not yet answered: answering it asks the next, and
/start or any message resumes it (``onboarding_answers`` reads typed answers). The safety
check has no default and is reminded until it is answered (:func:`screen_reminder`).
"""

from __future__ import annotations

from bot import texts
from bot.service import keyboards, parse
from bot.service.context import Context
from bot.service.daily import show_today, today_reply
from bot.service.pending import Question
from bot.service.referrals import screen_flag
from bot.service.replies import Reply

STEPS = ("screen", "protocol", "side", "timezone", "times", "race")
# Kept in the user's ``announced``: the reminder of the open safety check listed its choices.
SCREEN_LISTED = "screen_listed"


def step_question(ctx: Context, step: str) -> Reply:
    """The question of one onboarding step, with its buttons and, but for the safety screen,
    its default."""
    if step == "screen":
        return Reply(texts.onboarding.ASK_SCREEN, keyboards.screen(ctx.flags))
    if step == "protocol":
        rows = keyboards.protocols(ctx.protocols)
        default = next(
            b for row in rows for b in row if b.action.endswith(ctx.protocols.default.id)
        )
        named = texts.catalog.gettext(ctx.protocols.default.name)
        text = texts.onboarding.ASK_PROTOCOL.format(default=named)
        return Reply(text, rows, default=default)
    if step == "side":
        rows = keyboards.sides()
        default = next(b for b in rows[0] if b.action == f"/side {ctx.settings.side}")
        return Reply(texts.onboarding.ASK_SIDE, rows, default=default)
    if step == "timezone":
        rows = keyboards.keep_timezone(ctx.settings.timezone)
        return Reply(texts.onboarding.ASK_TIMEZONE, rows, default=rows[0][0], asks_location=True)
    if step == "race":  # answered by /race (bot.service.race)
        rows = keyboards.no_race()
        return Reply(texts.race.ASK_RACE, rows, default=rows[0][0])
    rows = keyboards.keep_times(ctx.settings.stretch_times)
    text = texts.onboarding.ASK_TIMES.format(
        times=texts.common.times_list(ctx.settings.stretch_times),
        strength=ctx.settings.strength_time,
    )
    return Reply(text, rows, default=rows[0][0])


async def _next_step(ctx: Context, finished: str) -> list[Reply]:
    """Move onboarding past ``finished`` and return the next step's question, if any."""
    if ctx.user.onboarding_step != finished:
        return []
    following = STEPS[STEPS.index(finished) + 1] if finished != STEPS[-1] else None
    ctx.user.onboarding_step = following
    if following is not None:
        return [step_question(ctx, following)]
    return [Reply(texts.onboarding.ONBOARDED), await today_reply(ctx)]


async def finish_step(ctx: Context, step: str) -> list[Reply]:
    """Onboarding moves past ``step`` when it is the open one (for a step whose handler
    lives in its own module, like the race question's)."""
    return await _next_step(ctx, step)


async def start(ctx: Context, _args: str, *, created: bool) -> list[Reply]:
    """A new user gets the welcome and the safety check; a returning one the open set-up
    step, or today's plan once set-up is done."""
    if not created:
        ctx.clear_pending()
        step = ctx.user.onboarding_step
        if step is not None:
            return [Reply(texts.conversation.WELCOME_BACK_SETUP), step_question(ctx, step)]
        return [Reply(texts.onboarding.WELCOME_BACK), *await show_today(ctx)]
    ctx.user.onboarding_step = "screen"
    await ctx.write_slots()
    return [_welcome(ctx), step_question(ctx, "screen")]


def _welcome(ctx: Context) -> Reply:
    """The welcome; with a one-tap choice of language when the client gave none."""
    if ctx.user.language is not None:
        return Reply(texts.onboarding.WELCOME)
    text = f"{texts.onboarding.WELCOME}\n\n{texts.languages.choose_first()}"
    return Reply(text, keyboards.languages())


def screen_reminder(ctx: Context, replies: list[Reply]) -> Reply | None:
    """A one-line reminder of the unanswered safety check to end ``replies`` with. The first
    carries the screen's buttons, unless another question is open (whose buttons must stay the
    ones a number or Enter answers); later ones are a line that says how to answer it."""
    if ctx.user.onboarding_step != "screen":
        return None
    buttons = keyboards.screen(ctx.flags)
    if any(reply.buttons == buttons for reply in replies):
        return None  # the screen is asked in these replies already
    told = ctx.user.announced or {}
    if ctx.pending() is not None or told.get(SCREEN_LISTED):
        return Reply(texts.conversation.SCREEN_STILL_OPEN_SHORT)
    ctx.user.announced = {**told, SCREEN_LISTED: True}  # its eleven choices once, then a line
    return Reply(texts.conversation.SCREEN_STILL_OPEN, buttons)


async def screen(ctx: Context, args: str) -> list[Reply]:
    answer = args.strip().lower()
    if answer == "none":
        return [Reply(texts.onboarding.SCREEN_CLEAR), *await _next_step(ctx, "screen")]
    flag = ctx.flags.get(answer)
    if flag is None:
        return [step_question(ctx, "screen")]
    replies = await screen_flag(ctx, flag)
    return [*replies, *await _next_step(ctx, "screen")]


async def protocol(ctx: Context, args: str) -> list[Reply]:
    wanted = args.strip().lower()
    if not wanted:
        return [
            Reply(
                texts.plan.protocol_list(ctx.protocols, ctx.protocol.id),
                keyboards.protocols(ctx.protocols, ctx.protocol.id),
            )
        ]
    chosen = ctx.protocols.get(wanted)
    if chosen is None:
        return [
            Reply(
                texts.onboarding.UNKNOWN_PROTOCOL.format(value=texts.common.clip(args)),
                keyboards.protocols(ctx.protocols, ctx.protocol.id),
            )
        ]
    if chosen.id != ctx.settings.protocol_id:
        ctx.settings.protocol_id = chosen.id
        ctx.settings.start_date = ctx.today
    await ctx.write_slots()
    replies = [
        Reply(
            texts.onboarding.PROTOCOL_SET.format(
                name=texts.catalog.gettext(chosen.name),
                summary=texts.catalog.gettext(chosen.summary),
            )
        )
    ]
    return [*replies, *await _next_step(ctx, "protocol")]


async def side(ctx: Context, args: str) -> list[Reply]:
    value = args.strip().lower()
    if value not in texts.onboarding.SIDES:
        return [Reply(texts.onboarding.BAD_SIDE, keyboards.sides())]
    ctx.settings.side = value
    return [
        Reply(texts.onboarding.SIDE_SET.format(side=texts.onboarding.SIDES[value])),
        *await _next_step(ctx, "side"),
    ]


async def timezone(ctx: Context, args: str) -> list[Reply]:
    if not args.strip():
        ctx.ask(Question.TIMEZONE)
        return [Reply(texts.onboarding.TIMEZONE_NOW.format(zone=ctx.settings.timezone))]
    zone = parse.timezone_name(args)
    ctx.settings.timezone = zone
    ctx.clear_pending()
    await ctx.write_slots()
    local = ctx.now.astimezone(ctx.zone)
    reply = Reply(texts.onboarding.TIMEZONE_SET.format(zone=zone, local=local.strftime("%H:%M")))
    return [reply, *await _next_step(ctx, "timezone")]


async def times(ctx: Context, args: str) -> list[Reply]:
    sessions = len(ctx.settings.stretch_times.split(","))
    if not args.strip():
        ctx.ask(Question.TIMES)
        return [
            Reply(
                texts.onboarding.TIMES_NOW.format(
                    times=texts.common.times_list(ctx.settings.stretch_times),
                    strength=ctx.settings.strength_time,
                    count=sessions,
                )
            )
        ]
    chosen = parse.stretch_times(args, sessions)
    ctx.settings.stretch_times = ",".join(t.strftime("%H:%M") for t in chosen)
    ctx.clear_pending()
    await ctx.write_slots()
    reply = Reply(
        texts.onboarding.TIMES_SET.format(times=texts.common.times_list(ctx.settings.stretch_times))
    )
    return [reply, *await _next_step(ctx, "times")]


async def strength_time(ctx: Context, args: str) -> list[Reply]:
    if not args.strip():
        return [Reply(texts.onboarding.STRENGTH_TIME_NOW.format(time=ctx.settings.strength_time))]
    chosen = parse.clock_time(args)
    ctx.settings.strength_time = chosen.strftime("%H:%M")
    await ctx.write_slots()
    return [Reply(texts.onboarding.STRENGTH_TIME_SET.format(time=ctx.settings.strength_time))]


async def resume(ctx: Context, _args: str) -> list[Reply]:
    until = ctx.settings.paused_until
    was_paused = until is not None and until >= ctx.today  # a pause from tomorrow counts too
    await ctx.uow.resume(ctx.settings, ctx.user.id, ctx.today)
    await ctx.write_slots()
    return [
        Reply(texts.account.RESUMED if was_paused else texts.account.NOT_PAUSED),
        *await show_today(ctx),
    ]
