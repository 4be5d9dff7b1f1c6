"""What the rules make of the runner's race, for /race, /plan and the weekly summary."""

from __future__ import annotations

from bot import texts
from bot.coach.race import RaceOutlook, outlook
from bot.service.context import Context


async def race_outlook(ctx: Context) -> RaceOutlook | None:
    """What the rules make of the runner's race, or None when none is set."""
    race_day = ctx.settings.race_day
    if race_day is None:
        return None
    history = await ctx.full_history()
    return outlook(ctx.protocol, ctx.settings.start_date, history, ctx.today, race_day)


async def line(ctx: Context) -> str | None:
    """The race's line for /plan and the weekly summary, or None without a race to come."""
    found = await race_outlook(ctx)
    if found is None or found.days_to_race < 0:
        return None
    return texts.race.countdown_line(found, ctx.settings.race_distance)
