"""No log line carries what a runner typed, at any level (issue 18, finding 2).

Each channel runs with the project's logging at DEBUG and every library logger opened to DEBUG
too (whatever levels a deployment sets): the runner types a marker word into red-flag words, a
plain report, a question, ``/report`` (the PDF) and ``/export``; the marker, the bot token and
the interaction tokens must appear nowhere in what was logged, while the libraries' own lines
(PTB, discord.py, httpx, the database) are there, so the test looks at a real DEBUG log.
"""

from __future__ import annotations

import io
import logging
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from bot.bootstrap import Coach
from bot.channels.console import ConsoleChat
from bot.logs import setup_logging
from bot.settings import Settings
from bot.store.models import Referral
from tests.channels.fake_bot_api import FakeBotApi
from tests.channels.fake_discord import FakeDiscord
from tests.channels.test_discord_e2e import Discord
from tests.channels.test_discord_e2e import onboard as discord_onboard
from tests.channels.test_telegram_e2e import TOKEN, Telegram, fake, free_port, onboard, tg_settings

__all__ = ["fake", "tg_settings"]  # fixtures shared with the Telegram end-to-end tests

MARKER = "Quetzalmarker"
LIBRARIES = (
    "telegram",
    "httpx",
    "httpcore",
    "discord",
    "aiohttp",
    "aiosqlite",
    "sqlalchemy",
    "asyncpg",
    "fpdf",
    "fontTools",
    "PIL",
    "matplotlib",
    "apscheduler",
    "tornado",
    "asyncio",
    "alembic",
    "py.warnings",
)
SAID = (
    f"{MARKER} my knee gave way and it is hot and swollen",
    f"ran 5 km, knee 2/10 {MARKER}",
    f"what is the build phase {MARKER}?",
    "/report",
    "/export",
)


@pytest.fixture
def debug_log() -> Iterator[io.StringIO]:
    root = logging.getLogger()
    saved_handlers, saved_level = root.handlers[:], root.level
    saved = {name: logging.getLogger(name).level for name in LIBRARIES}
    stream = io.StringIO()
    setup_logging("DEBUG", stream=stream)
    for name in LIBRARIES:
        logging.getLogger(name).setLevel(logging.DEBUG)
    yield stream
    root.handlers[:] = saved_handlers
    root.setLevel(saved_level)
    for name, level in saved.items():
        logging.getLogger(name).setLevel(level)
    logging.captureWarnings(False)


async def words_stored(coach: Coach) -> bool:
    """Whether the marker reached the database (a referral keeps the runner's words)."""
    async with coach.sessions() as session:
        found = await session.scalar(select(Referral.id).where(Referral.words.contains(MARKER)))
    return found is not None


def assert_payload_free(log: str, *secrets: str) -> None:
    for secret in (MARKER, *secrets):
        assert secret not in log, [line for line in log.splitlines() if secret in line][:3]


async def test_console_at_debug(debug_log: io.StringIO, coach: Coach, tmp_path: Path) -> None:
    out = io.StringIO()
    chat = ConsoleChat(coach.service, "local", out, tmp_path, echo=True)
    for line in ("/start", "1", *SAID):
        await chat.say(line)
    assert await words_stored(coach)  # the words were heard and went through the database
    log = debug_log.getvalue()
    assert "sqlalchemy" in log or "aiosqlite" in log
    assert_payload_free(log)


@pytest.mark.parametrize("mode", ["polling", "webhook"])
async def test_telegram_at_debug(
    debug_log: io.StringIO, fake: FakeBotApi, tg_settings: Settings, coach: Coach, mode: str
) -> None:
    webhook: dict[str, Any] | None = None
    if mode == "webhook":
        port = free_port()
        webhook = {
            "listen": "127.0.0.1",
            "port": port,
            "url_path": "tg/hook",
            "secret_token": "s3cret-token",
            "webhook_url": f"http://127.0.0.1:{port}/tg/hook",
        }
    async with Telegram(fake, tg_settings, coach, webhook=webhook) as tg:
        await onboard(tg)
        for line in SAID:
            await tg.say(line)
    assert await words_stored(coach)
    log = debug_log.getvalue()
    assert " telegram." in log and "httpx" in log  # the libraries did log at DEBUG
    assert_payload_free(log, TOKEN, TOKEN.split(":")[1], "s3cret-token")


async def test_discord_at_debug(debug_log: io.StringIO, coach: Coach) -> None:
    fake = await FakeDiscord(heartbeat_ms=200).start()
    try:
        async with Discord(fake, coach) as bot:
            await discord_onboard(bot)
            for line in SAID:
                await bot.say(line)
            await bot.slash("today", guild=True)
    finally:
        await fake.stop()
    assert await words_stored(coach)
    log = debug_log.getvalue()
    assert " discord." in log
    tokens = list(fake.interactions)
    assert tokens
    assert_payload_free(log, fake.token, *tokens)
