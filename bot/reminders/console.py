"""Reminders in the console chat: due reminders print into the running session."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator
from typing import TYPE_CHECKING

from bot.reminders.ticker import ReminderTicker
from bot.service.replies import Delivery, Reply
from bot.settings import Settings

if TYPE_CHECKING:
    from bot.channels.console import ConsoleChat

# How long leaving the chat waits for a tick already under way (its database work) before
# cancelling it; a tick for one console user takes milliseconds.
STOP_WAIT_SECONDS = 5.0


class ConsoleNotifier:
    """Prints a reminder into the chat as if the coach had spoken first; its buttons become
    the numbered choices, like any reply's. In a terminal the prompt is redrawn below it."""

    def __init__(self, chat: ConsoleChat) -> None:
        self.chat = chat
        self.channel = chat.who.channel

    async def send(self, external_id: str, replies: list[Reply]) -> Delivery:
        if external_id != self.chat.who.external_id:
            return Delivery.FAILED  # someone else in this database: not ours to print
        print(file=self.chat.out)
        self.chat.render(replies)
        return Delivery.SENT


@contextlib.asynccontextmanager
async def console_reminders(
    chat: ConsoleChat, settings: Settings | None = None
) -> AsyncIterator[ReminderTicker]:
    """Tick every ``REMINDER_TICK_SECONDS`` for the chat's user while the session runs.

    Leaving lets a tick under way finish (so no database connection is cut mid-transaction
    and nothing prints a traceback) and stops before the next one.
    """
    settings = settings or Settings()
    ticker = ReminderTicker(
        chat.service,
        ConsoleNotifier(chat),
        grace_minutes=settings.reminder_grace_minutes,
        jitter_minutes=settings.reminder_jitter_minutes,
        only_external_id=chat.who.external_id,
    )
    stop = asyncio.Event()

    async def loop() -> None:
        while not stop.is_set():
            await ticker.tick_logged()
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(stop.wait(), settings.reminder_tick_seconds)

    task = asyncio.create_task(loop(), name="console-reminders")
    try:
        yield ticker
    finally:
        stop.set()
        finished, _ = await asyncio.wait({task}, timeout=STOP_WAIT_SECONDS)
        if not finished:
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task
