"""Reminders in the console chat: due reminders print into the running session."""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator
from typing import TYPE_CHECKING

from bot.reminders.runner import ticking
from bot.reminders.ticker import ReminderTicker
from bot.service.replies import Delivery, Reply
from bot.settings import Settings

if TYPE_CHECKING:
    from bot.channels.console import ConsoleChat


class ConsoleNotifier:
    """Prints a reminder into the chat as if the coach had spoken first; its buttons become
    the numbered choices, like any reply's."""

    def __init__(self, chat: ConsoleChat, prompt: str = "") -> None:
        self.chat = chat
        self.channel = chat.who.channel
        self.prompt = prompt  # re-drawn after a reminder lands in an interactive session

    async def send(self, external_id: str, replies: list[Reply]) -> Delivery:
        if external_id != self.chat.who.external_id:
            return Delivery.FAILED  # someone else in this database: not ours to print
        print(file=self.chat.out)
        self.chat.render(replies)
        if self.prompt:
            print(self.prompt, end="", file=self.chat.out, flush=True)
        return Delivery.SENT


@contextlib.asynccontextmanager
async def console_reminders(
    chat: ConsoleChat, settings: Settings | None = None, prompt: str = ""
) -> AsyncIterator[ReminderTicker]:
    """Tick every ``REMINDER_TICK_SECONDS`` for the chat's user while the session runs."""
    settings = settings or Settings()
    ticker = ReminderTicker(
        chat.service,
        ConsoleNotifier(chat, prompt),
        grace_minutes=settings.reminder_grace_minutes,
        jitter_minutes=settings.reminder_jitter_minutes,
        only_external_id=chat.who.external_id,
    )
    async with ticking(ticker, settings.reminder_tick_seconds):
        yield ticker
