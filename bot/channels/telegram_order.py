"""Telegram updates handled at once across runners, in order for each runner.

PTB's public hook for concurrency is ``Application.builder().concurrent_updates(processor)``
with a ``BaseUpdateProcessor``: PTB starts one task per update, in the order it took them, and
the processor decides how each is run. Here each waits for the same runner's earlier updates
(:class:`bot.channels.turns.RunnerTurns`), so one runner's burst, and the per-chat send pace
it meets, holds up no one else.
"""

from __future__ import annotations

from collections.abc import Awaitable
from typing import Any

from telegram import Update
from telegram.ext import BaseUpdateProcessor

from bot.channels.turns import RunnerTurns

# Updates in flight at once in one process (PTB's semaphore); one runner's queued updates
# count too. Each holds a database connection only while its own turn runs.
MAX_CONCURRENT_UPDATES = 256


def runner_of(update: object) -> int | None:
    """The sender the update acts for (the acting user is always the sender), else its chat."""
    if not isinstance(update, Update):
        return None
    if update.effective_user is not None:
        return update.effective_user.id
    return update.effective_chat.id if update.effective_chat is not None else None


class PerRunnerUpdates(BaseUpdateProcessor):
    def __init__(self, max_concurrent_updates: int = MAX_CONCURRENT_UPDATES) -> None:
        super().__init__(max_concurrent_updates)
        self.turns = RunnerTurns()

    async def do_process_update(self, update: object, coroutine: Awaitable[Any]) -> None:
        async with self.turns.timed_turn(runner_of(update), "telegram"):
            await coroutine

    async def initialize(self) -> None:
        pass

    async def shutdown(self) -> None:
        pass
