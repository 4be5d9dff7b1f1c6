"""Telegram's pace is a setting, and paid broadcasts mark reminders, never replies.

End to end: the real PTB ``Application`` built by the production builder, long polling the
fake Bot API over HTTP, which records ``allow_paid_broadcast`` on every message it takes.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import timedelta
from typing import Any

import pytest
from pydantic import SecretStr

from bot.bootstrap import Coach
from bot.channels.telegram import build_application, running
from bot.channels.telegram_pace import PacedRateLimiter, paced_rate_limiter
from bot.clock import ManualClock
from bot.reminders.pacing import SlidingWindowPace
from bot.settings import Settings
from tests.channels.fake_bot_api import FakeBotApi, StoredMessage

TOKEN = "123456:ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghij"
CHAT = 5151


@pytest.fixture
async def fake() -> AsyncIterator[FakeBotApi]:
    api = await FakeBotApi().start()
    yield api
    await api.stop()
    assert [(c.method, c.description) for c in api.rejected()] == []


def is_reminder(message: StoredMessage) -> bool:
    return "Stretch session 1 of 3" in (message.text or "")


async def reminder_and_replies(fake: FakeBotApi, coach: Coach, clock: ManualClock) -> Any:
    """A runner starts, sets a reminder a minute ahead, gets it and answers /today."""
    settings = coach.settings
    settings.telegram_bot_token = SecretStr(TOKEN)
    settings.telegram_api_base_url = fake.base_url
    limiter = PacedRateLimiter(per_chat_rate=1000, per_chat_burst=1000, max_retries=3)
    # The channel's own notifier, ticked by hand (the scheduled ticks would count in the
    # process's metrics, which tests/ops reads).
    app = build_application(settings, coach, rate_limiter=limiter, reminders=False)
    async with running(app, poll_timeout=5):
        fake.send_text(CHAT, "/start")
        await fake.wait_until(lambda: len(fake.bot_messages(CHAT)) > 0)
        ahead = (clock.now() + timedelta(minutes=1)).strftime("%H:%M")
        fake.send_text(CHAT, f"/times {ahead} 13:00 20:00")
        await fake.wait_until(
            lambda: any("Stretch reminders at" in (m.text or "") for m in fake.bot_messages(CHAT))
        )
        clock.advance(timedelta(minutes=1, seconds=5))
        notifier = app.bot_data["itb_channel"].notifier
        assert notifier.paid_broadcast is settings.telegram_paid_broadcast
        await coach.ticker(notifier).tick()
        await fake.wait_until(lambda: any(is_reminder(m) for m in fake.bot_messages(CHAT)))
        count = len(fake.bot_messages(CHAT))
        fake.send_text(CHAT, "/today")
        await fake.wait_until(lambda: len(fake.bot_messages(CHAT)) > count)
    return fake.bot_messages(CHAT)


async def test_paid_broadcast_marks_reminders_and_not_replies(
    fake: FakeBotApi, coach: Coach, clock: ManualClock
) -> None:
    coach.settings.telegram_paid_broadcast = True
    messages = await reminder_and_replies(fake, coach, clock)
    reminders = [m for m in messages if is_reminder(m)]
    replies = [m for m in messages if not is_reminder(m)]
    assert len(reminders) == 1 and len(replies) >= 3  # /start, /times, /today answered
    assert reminders[0].paid_broadcast is True
    assert [m.paid_broadcast for m in replies] == [False] * len(replies)
    [call] = [c for c in fake.calls_of("sendMessage") if "Stretch session 1" in c.params["text"]]
    assert call.params["allow_paid_broadcast"] is True


async def test_without_the_setting_nothing_is_marked(
    fake: FakeBotApi, coach: Coach, clock: ManualClock
) -> None:
    messages = await reminder_and_replies(fake, coach, clock)
    assert any(is_reminder(m) for m in messages)
    assert [m.paid_broadcast for m in messages] == [False] * len(messages)
    assert all("allow_paid_broadcast" not in c.params for c in fake.calls_of("sendMessage"))


async def test_the_pace_per_bot_is_a_setting_and_the_chat_pace_stays(coach: Coach) -> None:
    coach.settings.telegram_pace_per_second = 1000
    coach.settings.telegram_paid_broadcast = True
    limiter = paced_rate_limiter(coach)
    assert isinstance(limiter.overall, SlidingWindowPace)  # SQLite: one process, in memory
    assert limiter.overall.rate == 1000
    assert limiter._chat_limiter(CHAT) is not None  # about 1/s per chat, as before
    default = paced_rate_limiter(Coach(**{**coach.__dict__, "settings": Settings(_env_file=None)}))  # type: ignore[call-arg]
    assert isinstance(default.overall, SlidingWindowPace) and default.overall.rate == 30


def test_the_settings_read_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TELEGRAM_PACE_PER_SECOND", "1000")
    monkeypatch.setenv("TELEGRAM_PAID_BROADCAST", "1")
    settings = Settings(_env_file=None)  # type: ignore[call-arg]
    assert settings.telegram_pace_per_second == 1000
    assert settings.telegram_paid_broadcast is True
