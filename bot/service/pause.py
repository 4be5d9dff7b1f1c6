"""A pause of named days: /pause N and "I'm away this weekend, no reminders please".

``/pause N`` pauses the next N days. Sent before noon (the runner's time), today is the first
of them; from noon on, the pause starts tomorrow, so today's plan and its evening reminders
stay and what was done today counts as a normal day. The reply names the paused days and
when reminders come back. "Away" words name the days themselves (``natural.AwaySaid``).
"""

from __future__ import annotations

from datetime import date, time, timedelta

from bot import texts
from bot.coach.plan import is_strength_day
from bot.service import parse
from bot.service.context import Context
from bot.service.natural import AwaySaid
from bot.service.replies import Reply

PAUSE_DAYS_DEFAULT = 7
PAUSE_DAYS_MAX = 90
# From this local time on, a pause starts tomorrow: most of today's plan is under way.
STARTS_TOMORROW_FROM = time(12, 0)
ONE_DAY = timedelta(days=1)


def first_paused_day(ctx: Context) -> date:
    """Today before noon, tomorrow from noon on (the README's Settings section)."""
    late = ctx.now.astimezone(ctx.zone).time() >= STARTS_TOMORROW_FROM
    return ctx.today + ONE_DAY if late else ctx.today


async def pause(ctx: Context, args: str) -> list[Reply]:
    """/pause [days]: the next N days (7 when none is said)."""
    days = (
        parse.whole_number(args, 1, PAUSE_DAYS_MAX, texts.account.BAD_PAUSE)
        if args.strip()
        else PAUSE_DAYS_DEFAULT
    )
    first = first_paused_day(ctx)
    return await pause_days(ctx, first, first + timedelta(days=days - 1))


def away_days(said: AwaySaid, today: date, first: date) -> tuple[date, date]:
    """The days an "away" message names, the first of them no sooner than ``first``."""
    if said.back_weekday is not None:
        back = today + timedelta(days=(said.back_weekday - today.weekday() - 1) % 7 + 1)
        last = back - ONE_DAY
    elif said.back_day is not None:
        back = _next_day_of_month(today, said.back_day)
        last = back - ONE_DAY
    else:  # the weekend: Saturday and Sunday of this week (today, on a Sunday)
        saturday = today + timedelta(days=5 - today.weekday())
        first, last = max(first, saturday), saturday + ONE_DAY
    last = min(last, today + timedelta(days=PAUSE_DAYS_MAX - 1))
    return (first, last) if first <= last else (today, max(last, today))


def _next_day_of_month(today: date, day: int) -> date:
    """The next date after ``today`` that is the ``day``-th of its month."""
    year, month = today.year, today.month
    for _ in range(13):
        if day > today.day or (year, month) != (today.year, today.month):
            try:
                return date(year, month, day)
            except ValueError:
                pass
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return today + ONE_DAY


async def away(ctx: Context, said: AwaySaid) -> list[Reply]:
    first, last = away_days(said, ctx.today, first_paused_day(ctx))
    return await pause_days(ctx, first, last)


def _back_at(ctx: Context, back: date) -> str:
    """The first reminder of the day reminders come back."""
    times = list(ctx.stretch_times)
    if is_strength_day(ctx.protocol, back):
        times.append(time.fromisoformat(ctx.settings.strength_time))
    return min(times).strftime("%H:%M")


async def pause_days(ctx: Context, first: date, last: date) -> list[Reply]:
    """Pause ``first`` to ``last`` and say which days, and when reminders come back."""
    await ctx.uow.pause(ctx.settings, ctx.user.id, first, last)
    await ctx.write_slots()
    back = last + ONE_DAY
    text = texts.race.pause_text(first, last, back, _back_at(ctx, back), today=ctx.today)
    return [Reply(text)]
