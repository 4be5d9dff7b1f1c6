"""A running process as its health check and its lifecycle see it."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from datetime import UTC, datetime

from sqlalchemy.ext.asyncio import AsyncEngine

from bot import metrics
from bot.settings import Settings

log = logging.getLogger("bot.ops.lifecycle")  # one logger for start, drain and stop


class Process:
    """What a running process knows of itself: its phase, its database, its stop signal."""

    def __init__(self, kind: str, settings: Settings) -> None:
        self.kind = kind
        self.settings = settings
        self.phase = "starting"  # -> ready -> stopping
        self.engine: AsyncEngine | None = None
        self.now: Callable[[], datetime] = lambda: datetime.now(UTC)  # a coach's clock in tests
        self.stop_requested = asyncio.Event()

    def serving(self, engine: AsyncEngine, now: Callable[[], datetime] | None = None) -> None:
        """Everything is up: the health check answers 200 while ``engine`` answers. ``now``:
        the clock the database figures are read by (the real one by default)."""
        self.engine = engine
        self.now = now or self.now
        if self.phase == "starting":
            self.phase = "ready"
            metrics.UP.set(1)
            log.info("%s ready", self.kind, extra={"event": "process_ready"})

    def stop(self, reason: str = "asked") -> None:
        """Begin the drain (a signal handler calls this; so may a test)."""
        if self.stop_requested.is_set():
            return
        self.phase = "stopping"
        metrics.UP.set(0)
        log.warning(  # told even where the rest is quiet (the console)
            "%s: %s, finishing the work under way",
            self.kind,
            reason,
            extra={"event": "shutdown_drain"},
        )
        self.stop_requested.set()

    @property
    def stopping(self) -> bool:
        return self.stop_requested.is_set()

    async def stopped(self) -> None:
        """Wait for SIGTERM, SIGINT or :meth:`stop`."""
        await self.stop_requested.wait()
