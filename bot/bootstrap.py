"""Composition root: settings, engine, clock, protocols, the service and the reminders, built
in one place.

The CLI, the channels and the tests all build the coach through :func:`build`; a channel hands
:meth:`Coach.reminders` its ``Notifier`` and gets the reminders running, the same way for all.
The service is handed the SQL unit of work (``bot.store.unit_of_work``), whose reminder
writes are ``bot.reminders``' (``SqlReminderSchedule``).
"""

from __future__ import annotations

import tempfile
from collections.abc import AsyncIterator
from contextlib import AbstractAsyncContextManager, asynccontextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker

from bot.clock import Clock, SystemClock
from bot.coach.protocol import ProtocolLibrary
from bot.protocol_files import load_answers, load_protocols, load_red_flags
from bot.reminders.runner import ticking
from bot.reminders.ticker import ReminderTicker
from bot.reminders.user_schedule import SqlReminderSchedule
from bot.service.coach import CoachService
from bot.service.replies import Notifier
from bot.settings import Settings
from bot.store.db import make_engine, make_sessions, sqlite_url, upgrade_schema
from bot.store.unit_of_work import SqlUnitsOfWork


@dataclass
class Coach:
    settings: Settings
    engine: AsyncEngine
    sessions: async_sessionmaker[AsyncSession]
    units: SqlUnitsOfWork
    clock: Clock
    protocols: ProtocolLibrary
    service: CoachService

    async def close(self) -> None:
        await self.engine.dispose()

    def ticker(self, notifier: Notifier, **options: Any) -> ReminderTicker:
        """A reminder ticker sending through ``notifier``, with the settings' grace and jitter
        (``options`` are :class:`ReminderTicker`'s, for tests and benchmarks)."""
        options.setdefault("grace_minutes", self.settings.reminder_grace_minutes)
        options.setdefault("jitter_minutes", self.settings.reminder_jitter_minutes)
        options.setdefault("lease_seconds", self.settings.reminder_lease_seconds)
        if notifier.channel == "telegram":  # its pace: for the wave's lateness and chunks
            options.setdefault("pace_per_second", self.settings.telegram_pace_per_second)
        return ReminderTicker(self.service, notifier, **options)

    def reminders(
        self, notifier: Notifier, *, stop_wait: float | None = None, **options: Any
    ) -> AbstractAsyncContextManager[ReminderTicker]:
        """Due reminders go out through ``notifier`` every ``REMINDER_TICK_SECONDS`` while the
        body runs; leaving stops them gracefully (see :func:`bot.reminders.runner.ticking`)."""
        ticker = self.ticker(notifier, **options)
        return ticking(ticker, self.settings.reminder_tick_seconds, stop_wait=stop_wait)


async def build(settings: Settings, clock: Clock | None = None) -> Coach:
    """Load protocols (a bad file fails here), upgrade the schema, wire the service."""
    protocols = load_protocols(settings.protocols_dir)
    red_flags = load_red_flags(settings.protocols_dir)
    answers = load_answers(settings.protocols_dir)  # a bad answer stops the coach here too
    engine = make_engine(settings.database_url)
    await upgrade_schema(engine)
    sessions = make_sessions(engine)
    clock = clock or SystemClock()
    one_writer = engine.dialect.name == "sqlite"
    units = SqlUnitsOfWork(sessions, SqlReminderSchedule, one_writer=one_writer)
    service = CoachService(
        units, clock, protocols, settings.default_timezone, red_flags, answers=answers
    )
    return Coach(settings, engine, sessions, units, clock, protocols, service)


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
