"""Composition root: settings, engine, clock, protocols and the service, built in one place.

The CLI, the channels and the tests all build the coach through :func:`build`.
"""

from __future__ import annotations

import tempfile
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker

from bot.clock import Clock, SystemClock
from bot.coach.protocol import ProtocolLibrary
from bot.protocol_files import load_protocols, load_red_flags
from bot.service.coach import CoachService
from bot.settings import Settings
from bot.store.db import make_engine, make_sessions, sqlite_url, upgrade_schema


@dataclass
class Coach:
    settings: Settings
    engine: AsyncEngine
    sessions: async_sessionmaker[AsyncSession]
    clock: Clock
    protocols: ProtocolLibrary
    service: CoachService

    async def close(self) -> None:
        await self.engine.dispose()


async def build(settings: Settings, clock: Clock | None = None) -> Coach:
    """Load protocols (a bad file fails here), upgrade the schema, wire the service."""
    protocols = load_protocols(settings.protocols_dir)
    red_flags = load_red_flags(settings.protocols_dir)
    engine = make_engine(settings.database_url)
    await upgrade_schema(engine)
    sessions = make_sessions(engine)
    clock = clock or SystemClock()
    service = CoachService(sessions, clock, protocols, settings.default_timezone, red_flags)
    return Coach(settings, engine, sessions, clock, protocols, service)


@asynccontextmanager
async def scratch_coach(clock: Clock) -> AsyncIterator[Coach]:
    """A coach on a temporary SQLite file, deleted afterwards: the demo and sample documents."""
    with tempfile.TemporaryDirectory() as folder:
        settings = Settings(
            _env_file=None,  # type: ignore[call-arg]
            database_url=sqlite_url(Path(folder) / "scratch.db"),
            telegram_bot_token=None,
        )
        coach = await build(settings, clock)
        try:
            yield coach
        finally:
            await coach.close()
