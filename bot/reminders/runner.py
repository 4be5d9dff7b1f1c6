"""Running the ticker: one repeating job in PTB's JobQueue (APScheduler), or a background
task next to the console chat.

The Telegram channel calls :func:`start_reminders` from ``post_init`` with its ``Notifier``.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator
from typing import TYPE_CHECKING, Any

from bot.reminders.ticker import ReminderTicker
from bot.service.replies import Notifier

if TYPE_CHECKING:
    from bot.bootstrap import Coach

log = logging.getLogger(__name__)

JOB_NAME = "reminders"


def start_reminders(application: Any, coach: Coach, notifier: Notifier) -> ReminderTicker:
    """Register ONE repeating job every ``REMINDER_TICK_SECONDS`` that ticks the reminder
    tables. Start-up costs the same for ten users or a million: nothing is loaded per user."""
    ticker = ReminderTicker.for_coach(coach, notifier)

    async def tick(_context: Any) -> None:
        await ticker.tick_logged()

    application.job_queue.run_repeating(
        tick,
        interval=coach.settings.reminder_tick_seconds,
        first=1,
        name=JOB_NAME,
        # A tick that outlasts the interval (a large send phase) is not run twice at once,
        # and missed runs after a pause collapse into one.
        job_kwargs={"max_instances": 1, "coalesce": True, "misfire_grace_time": None},
    )
    application.bot_data["reminder_ticker"] = ticker
    log.info("reminders started", extra={"event": "reminders_started"})
    return ticker


@contextlib.asynccontextmanager
async def ticking(ticker: ReminderTicker, every_seconds: float) -> AsyncIterator[None]:
    """Tick in the background while the body runs (the console chat)."""

    async def loop() -> None:
        while True:
            await ticker.tick_logged()
            await asyncio.sleep(every_seconds)

    task = asyncio.create_task(loop(), name="reminder-ticker")
    try:
        yield
    finally:
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await task
