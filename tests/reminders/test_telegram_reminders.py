"""The issue's "done when", end to end: a real PTB Application built by the production
builder, long polling the fake Bot API over HTTP, reminders started by the channel's
post_init. A reminder set a minute ahead with /times arrives, its Done button marks the
session, and a restart does not resend it. Waits are for the fake to see calls, never sleeps.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import timedelta
from typing import Any

import pytest
from pydantic import SecretStr

from bot.bootstrap import Coach, build
from bot.channels.telegram import PacedRateLimiter, build_application, running
from bot.clock import ManualClock
from bot.reminders.ticker import ReminderTicker
from bot.settings import Settings
from bot.store import repo
from tests.channels.fake_bot_api import FakeBotApi

TOKEN = "123456:ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghij"
CHAT = 4343


@pytest.fixture
async def fake() -> AsyncIterator[FakeBotApi]:
    api = await FakeBotApi().start()
    yield api
    await api.stop()
    assert [(c.method, c.description) for c in api.rejected()] == []


@pytest.fixture
def tg_settings(settings: Settings, fake: FakeBotApi) -> Settings:
    settings.telegram_bot_token = SecretStr(TOKEN)
    settings.telegram_api_base_url = fake.base_url
    settings.reminder_tick_seconds = 1
    return settings


def application(settings: Settings, coach: Coach) -> Any:
    limiter = PacedRateLimiter(per_chat_rate=1000, per_chat_burst=1000, max_retries=3)
    return build_application(settings, coach, rate_limiter=limiter, reminders=True)


def reminders_in(fake: FakeBotApi) -> list[Any]:
    return [m for m in fake.bot_messages(CHAT) if "Stretch session 1 of 3" in (m.text or "")]


async def tick(app: Any) -> None:
    ticker = app.bot_data["reminder_ticker"]
    assert isinstance(ticker, ReminderTicker)
    await ticker.tick()


async def test_a_reminder_a_minute_ahead_done_and_not_resent_after_a_restart(
    fake: FakeBotApi, tg_settings: Settings, coach: Coach, clock: ManualClock
) -> None:
    app = application(tg_settings, coach)
    async with running(app, poll_timeout=5):
        assert isinstance(app.bot_data["reminder_ticker"], ReminderTicker)  # post_init started it
        sent = len(fake.bot_messages(CHAT))
        fake.send_text(CHAT, "/start")
        await fake.wait_until(lambda: len(fake.bot_messages(CHAT)) > sent)
        ahead = (clock.now() + timedelta(minutes=1)).strftime("%H:%M")
        fake.send_text(CHAT, f"/times {ahead} 13:00 20:00")
        await fake.wait_until(
            lambda: any("Stretch reminders at" in (m.text or "") for m in fake.bot_messages(CHAT))
        )
        await tick(app)
        assert reminders_in(fake) == []  # not yet
        clock.advance(timedelta(minutes=1, seconds=5))
        await tick(app)
        await fake.wait_until(lambda: len(reminders_in(fake)) == 1)
        reminder = reminders_in(fake)[0]
        assert reminder.labels() == [
            "Done",
            "Snooze 15 min",
            "Snooze 1 h",
            "This evening",
            "Skip today",
        ]
        fake.press(CHAT, "Done")
        # The reminder is edited into one line: session 1 done, and what is left today.
        done_line = "✓ Stretch session 1 of 3 done. Left today:"
        await fake.wait_until(
            lambda: any(done_line in (m.text or "") for m in fake.bot_messages(CHAT))
        )
    async with coach.sessions() as session:
        user = await repo.find_user(session, "telegram", str(CHAT))
        assert user is not None
        done = await repo.completions_on(session, user.id, clock.now().date())
    assert done == {"stretch-1"}

    # Restart: a new process (engine, application, ticker) on the same database.
    await coach.close()
    restarted = await build(tg_settings, clock)
    try:
        app = application(tg_settings, restarted)
        async with running(app, poll_timeout=5):
            before = len(fake.calls_of("sendMessage"))
            await tick(app)
            clock.advance(timedelta(minutes=10))
            await tick(app)
            assert len(fake.calls_of("sendMessage")) == before
    finally:
        await restarted.close()
