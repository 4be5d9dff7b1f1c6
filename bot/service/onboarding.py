"""Onboarding and settings: /start, the red-flag screen, protocol, side, time zone, times.

Every step has a default, so a user who skips straight to /today has a working plan. While
``user.onboarding_step`` is set, answering one step asks the next.
"""

from __future__ import annotations

from datetime import timedelta

from bot.reminders.slots import sync_user_slots
from bot.service import keyboards, parse, texts
from bot.service.context import Context
from bot.service.daily import show_today, today_reply
from bot.service.referrals import screen_flag
from bot.service.replies import Reply
from bot.store.progress import sync_pauses

STEPS = ("screen", "protocol", "side", "timezone", "times")


async def _next_step(ctx: Context, finished: str) -> list[Reply]:
    """Move onboarding past ``finished`` and return the next step's question, if any."""
    if ctx.user.onboarding_step != finished:
        return []
    following = STEPS[STEPS.index(finished) + 1] if finished != STEPS[-1] else None
    ctx.user.onboarding_step = following
    if following == "protocol":
        return [
            Reply(
                texts.ASK_PROTOCOL.format(default=ctx.protocols.default.name),
                keyboards.protocols(ctx.protocols),
            )
        ]
    if following == "side":
        return [Reply(texts.ASK_SIDE, keyboards.sides())]
    if following == "timezone":
        ctx.ask("timezone")
        return [Reply(texts.ASK_TIMEZONE, keyboards.keep_timezone(ctx.settings.timezone))]
    if following == "times":
        ctx.ask("times")
        return [
            Reply(
                texts.ASK_TIMES.format(
                    times=texts.times_list(ctx.settings.stretch_times),
                    strength=ctx.settings.strength_time,
                ),
                keyboards.keep_times(ctx.settings.stretch_times),
            )
        ]
    return [Reply(texts.ONBOARDED), await today_reply(ctx)]


async def start(ctx: Context, _args: str, *, created: bool) -> list[Reply]:
    if not created:
        ctx.clear_pending()
        return [Reply(texts.WELCOME_BACK), *await show_today(ctx)]
    ctx.user.onboarding_step = "screen"
    await sync_user_slots(ctx)
    return [Reply(texts.WELCOME), Reply(texts.ASK_SCREEN, keyboards.screen(ctx.red_flags))]


async def screen(ctx: Context, args: str) -> list[Reply]:
    answer = args.strip().lower()
    if answer == "none":
        return [Reply(texts.SCREEN_CLEAR), *await _next_step(ctx, "screen")]
    flag = ctx.red_flags.get(answer)
    if flag is None:
        return [Reply(texts.ASK_SCREEN, keyboards.screen(ctx.red_flags))]
    replies = await screen_flag(ctx, flag)
    return [*replies, *await _next_step(ctx, "screen")]


async def protocol(ctx: Context, args: str) -> list[Reply]:
    wanted = args.strip().lower()
    if not wanted:
        return [
            Reply(
                texts.protocol_list(ctx.protocols, ctx.protocol.id),
                keyboards.protocols(ctx.protocols, ctx.protocol.id),
            )
        ]
    chosen = ctx.protocols.get(wanted)
    if chosen is None:
        return [
            Reply(
                texts.UNKNOWN_PROTOCOL.format(value=texts.clip(args)),
                keyboards.protocols(ctx.protocols, ctx.protocol.id),
            )
        ]
    if chosen.id != ctx.settings.protocol_id:
        ctx.settings.protocol_id = chosen.id
        ctx.settings.start_date = ctx.today
    await sync_user_slots(ctx)
    replies = [Reply(texts.PROTOCOL_SET.format(name=chosen.name, summary=chosen.summary))]
    return [*replies, *await _next_step(ctx, "protocol")]


async def side(ctx: Context, args: str) -> list[Reply]:
    value = args.strip().lower()
    if value not in texts.SIDES:
        return [Reply(texts.BAD_SIDE, keyboards.sides())]
    ctx.settings.side = value
    return [Reply(texts.SIDE_SET.format(side=texts.SIDES[value])), *await _next_step(ctx, "side")]


async def timezone(ctx: Context, args: str) -> list[Reply]:
    if not args.strip():
        ctx.ask("timezone")
        return [Reply(texts.TIMEZONE_NOW.format(zone=ctx.settings.timezone))]
    zone = parse.timezone_name(args)
    ctx.settings.timezone = zone
    ctx.clear_pending()
    await sync_user_slots(ctx)
    local = ctx.now.astimezone(ctx.zone)
    reply = Reply(texts.TIMEZONE_SET.format(zone=zone, local=local.strftime("%H:%M")))
    return [reply, *await _next_step(ctx, "timezone")]


async def times(ctx: Context, args: str) -> list[Reply]:
    sessions = len(ctx.settings.stretch_times.split(","))
    if not args.strip():
        ctx.ask("times")
        return [
            Reply(
                texts.TIMES_NOW.format(
                    times=texts.times_list(ctx.settings.stretch_times),
                    strength=ctx.settings.strength_time,
                    count=sessions,
                )
            )
        ]
    chosen = parse.stretch_times(args, sessions)
    ctx.settings.stretch_times = ",".join(t.strftime("%H:%M") for t in chosen)
    ctx.clear_pending()
    await sync_user_slots(ctx)
    reply = Reply(texts.TIMES_SET.format(times=texts.times_list(ctx.settings.stretch_times)))
    return [reply, *await _next_step(ctx, "times")]


async def strength_time(ctx: Context, args: str) -> list[Reply]:
    if not args.strip():
        return [Reply(texts.STRENGTH_TIME_NOW.format(time=ctx.settings.strength_time))]
    chosen = parse.clock_time(args)
    ctx.settings.strength_time = chosen.strftime("%H:%M")
    await sync_user_slots(ctx)
    return [Reply(texts.STRENGTH_TIME_SET.format(time=ctx.settings.strength_time))]


async def pause(ctx: Context, args: str) -> list[Reply]:
    days = parse.whole_number(args, 1, 90, texts.BAD_PAUSE) if args.strip() else 7
    ctx.settings.paused_until = ctx.today + timedelta(days=days - 1)
    await sync_pauses(ctx.session, ctx.user.id, ctx.today, ctx.settings.paused_until)
    await sync_user_slots(ctx)
    return [Reply(texts.PAUSED.format(until=texts.day_label(ctx.settings.paused_until)))]


async def resume(ctx: Context, _args: str) -> list[Reply]:
    was_paused = ctx.paused
    ctx.settings.paused_until = None
    await sync_pauses(ctx.session, ctx.user.id, ctx.today, None)
    await sync_user_slots(ctx)
    return [Reply(texts.RESUMED if was_paused else texts.NOT_PAUSED), *await show_today(ctx)]
