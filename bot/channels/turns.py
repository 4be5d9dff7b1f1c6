"""Runners take turns, each with their own queue: one runner's messages are handled one after
another, in the order they arrived, while different runners are handled at the same time.

The database already serialises one runner's transactions across processes (their row is
locked); this keeps the order inside a process, and lets a chat's send pace hold up only that
chat. Used by the Telegram update processor and the Discord client alike.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator, Hashable
from contextlib import asynccontextmanager

from bot import metrics


class RunnerTurns:
    """First come, first served per key (``asyncio.Lock`` wakes its waiters in order)."""

    def __init__(self) -> None:
        self._locks: dict[Hashable, asyncio.Lock] = {}
        self._holders: dict[Hashable, int] = {}  # in a turn or waiting for one, per key
        self._active = 0
        self._idle = asyncio.Event()
        self._idle.set()

    @property
    def active(self) -> int:
        """Messages being handled or waiting for their runner's turn."""
        return self._active

    @asynccontextmanager
    async def turn(self, key: Hashable | None) -> AsyncIterator[None]:
        """Wait for ``key``'s earlier messages, then hold the turn while the body runs.
        ``None`` (an update from nobody in particular) waits for no one."""
        self._active += 1
        self._idle.clear()
        try:
            if key is None:
                yield
                return
            lock = self._locks.setdefault(key, asyncio.Lock())
            self._holders[key] = self._holders.get(key, 0) + 1
            try:
                async with lock:
                    yield
            finally:
                self._holders[key] -= 1
                if not self._holders[key]:  # nobody queued: forget the key
                    del self._holders[key], self._locks[key]
        finally:
            self._active -= 1
            if not self._active:
                self._idle.set()

    @asynccontextmanager
    async def timed_turn(self, key: Hashable | None, channel: str) -> AsyncIterator[None]:
        """:meth:`turn`, counted in the metrics: one message handled and its latency, from
        now (its arrival) to the end of the body (its replies sent)."""
        started = time.perf_counter()
        try:
            async with self.turn(key):
                yield
        finally:
            metrics.MESSAGES.labels(channel=channel).inc()
            metrics.REPLY_LATENCY.labels(channel=channel).observe(time.perf_counter() - started)

    async def idle(self, timeout: float | None = None) -> bool:
        """Wait until no message is being handled (at most ``timeout`` s). True when idle."""
        try:
            await asyncio.wait_for(self._idle.wait(), timeout)
        except TimeoutError:
            return False
        return True
