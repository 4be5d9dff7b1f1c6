"""Running the ticker: one repeating APScheduler job while a channel or a worker runs.

:meth:`bot.bootstrap.Coach.reminders` is the one way every channel (console, Telegram poller or
webhook, Discord) and ``itb-coach worker`` start their reminders; a channel supplies only its
``Notifier``. Start-up costs the same for ten users or a million: nothing is loaded per user.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator
from datetime import UTC, datetime

from apscheduler.schedulers.asyncio import AsyncIOScheduler  # type: ignore[import-untyped]

from bot.reminders.ticker import ReminderTicker

log = logging.getLogger(__name__)

JOB_NAME = "reminders"


@contextlib.asynccontextmanager
async def ticking(
    ticker: ReminderTicker, every_seconds: float, *, stop_wait: float | None = None
) -> AsyncIterator[ReminderTicker]:
    """Tick every ``every_seconds`` (the first at once) while the body runs.

    Leaving stops the ticker, so a tick under way finishes the sends it started and hands the
    deliveries it leased but did not start back to the queue, and waits for that tick (at most
    ``stop_wait`` seconds, then it is cancelled; None: as long as it takes).
    """
    scheduler = AsyncIOScheduler(timezone=UTC, event_loop=asyncio.get_running_loop())
    under_way: set[asyncio.Task[object]] = set()

    async def tick() -> None:
        task = asyncio.current_task()
        assert task is not None
        under_way.add(task)
        try:
            await ticker.tick_logged()
        finally:
            under_way.discard(task)

    scheduler.add_job(
        tick,
        "interval",
        seconds=every_seconds,
        next_run_time=datetime.now(UTC),  # at once, by the scheduler's clock (not the coach's)
        id=JOB_NAME,
        # Two: a tick during a long one returns at once (ReminderTicker.tick), and APScheduler
        # logs no WARNING each interval of a long wave. Missed runs collapse into one.
        max_instances=2,
        coalesce=True,
        misfire_grace_time=None,
    )
    scheduler.start()
    log.info("reminders started", extra={"event": "reminders_started"})
    try:
        yield ticker
    finally:
        scheduler.pause()  # no new tick from here on
        await asyncio.sleep(0)  # a tick the scheduler has just created starts and registers
        ticker.stop()
        if under_way:
            _, late = await asyncio.wait(set(under_way), timeout=stop_wait)
            for task in late:
                task.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await task
        scheduler.shutdown(wait=False)  # it cancels ticks still pending: there are none
        log.info("reminders stopped", extra={"event": "reminders_stopped"})
