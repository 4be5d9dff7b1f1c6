"""Day by day: what was marked done on each day, and the paused days (a pause is stored once,
as its span in ``pauses``)."""

from __future__ import annotations

from collections import defaultdict
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.store.models import Completion, Pause


async def completions_by_day(
    session: AsyncSession, user_id: int, since: date
) -> dict[date, frozenset[str]]:
    """Items marked done on each local date from ``since`` on."""
    rows = await session.execute(
        select(Completion.day, Completion.item).where(
            Completion.user_id == user_id, Completion.day >= since
        )
    )
    by_day: dict[date, set[str]] = defaultdict(set)
    for day, item in rows:
        by_day[day].add(item)
    return {day: frozenset(items) for day, items in by_day.items()}


async def sync_pauses(
    session: AsyncSession, user_id: int, today: date, paused_until: date | None
) -> None:
    """Record a pause until ``paused_until``: a new or extended span from today, or, on
    /resume (``None``), the open span cut short so today is not paused. The spans are the
    only place a pause is stored (``UserSettings.paused_until`` reads the latest)."""
    result = await session.scalars(
        select(Pause).where(Pause.user_id == user_id, Pause.last_day >= today)
    )
    open_spans = list(result)
    if paused_until is None:
        for span in open_spans:
            if span.first_day >= today:
                await session.delete(span)
            else:
                span.last_day = today - timedelta(days=1)
        return
    current = next((s for s in open_spans if s.first_day <= today), None)
    if current is None:
        session.add(Pause(user_id=user_id, first_day=today, last_day=paused_until))
    else:
        current.last_day = paused_until


async def paused_days(
    session: AsyncSession, user_id: int, since: date, today: date
) -> frozenset[date]:
    """Local dates from ``since`` to ``today`` on which coaching was paused."""
    result = await session.scalars(
        select(Pause).where(
            Pause.user_id == user_id, Pause.last_day >= since, Pause.first_day <= today
        )
    )
    days: set[date] = set()
    for span in result:
        day = max(span.first_day, since)
        while day <= min(span.last_day, today):
            days.add(day)
            day += timedelta(days=1)
    return frozenset(days)
