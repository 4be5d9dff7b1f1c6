"""Fixtures shared by every layer: a coach on a temporary SQLite file with a manual clock."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from bot.bootstrap import Coach, build
from bot.clock import ManualClock
from bot.service.replies import Reply, UserKey
from bot.settings import Settings
from bot.store.db import sqlite_url

# A Monday morning, 07:00 UTC, so weekday-dependent plans are predictable.
START = datetime(2026, 11, 23, 7, 0, tzinfo=UTC)


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock(START)


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(
        _env_file=None,  # type: ignore[call-arg]
        database_url=sqlite_url(tmp_path / "coach.db"),
        telegram_bot_token=None,
    )


@pytest.fixture
async def coach(settings: Settings, clock: ManualClock) -> AsyncIterator[Coach]:
    built = await build(settings, clock)
    yield built
    await built.close()


class Talker:
    """Talks to the service as one user and keeps the last replies."""

    def __init__(self, coach: Coach, who: UserKey) -> None:
        self.coach = coach
        self.who = who
        self.last: list[Reply] = []

    async def say(self, text: str, *, pressed: bool = False) -> str:
        self.last = await self.coach.service.handle(self.who, text, pressed=pressed)
        return "\n".join(r.text for r in self.last)

    async def press(self, label: str) -> str:
        """Press the button labelled ``label`` in the last replies."""
        for reply in reversed(self.last):
            for button in reply.all_buttons():
                if button.label == label:
                    return await self.say(button.action, pressed=True)
        raise AssertionError(f"no button {label!r} in {[r.text[:40] for r in self.last]}")


@pytest.fixture
def talker(coach: Coach) -> Talker:
    return Talker(coach, UserKey("test", "runner-1"))
