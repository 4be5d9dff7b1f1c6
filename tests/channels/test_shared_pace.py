"""One pace per bot: several processes (each its own engine, bot and rate limiter) sending at
once stay under the bot's overall limit, one chat's pace and a ``RetryAfter``, counted where
Telegram would count them: at the fake Bot API."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Callable

import pytest
from telegram.ext import ExtBot

from bot.channels.telegram_pace import PacedRateLimiter
from bot.reminders.shared_pace import SharedPace
from bot.store.db import make_engine, make_sessions, upgrade_schema
from tests.channels.fake_bot_api import FakeBotApi
from tests.reminders.test_pacing import most_in_a_window

TOKEN = "123456:ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghij"
RATE, PERIOD = 5, 0.25  # Telegram's 30 per 1 s, scaled down so the test takes a second
PROCESSES = 3

Limiter = Callable[[SharedPace], PacedRateLimiter]


@pytest.fixture
async def fake() -> AsyncIterator[FakeBotApi]:
    api = await FakeBotApi().start()
    yield api
    await api.stop()


@pytest.fixture
async def paces(both_databases: str) -> AsyncIterator[list[SharedPace]]:
    """One shared pace per process, each on its own engine, all on one database."""
    engines = [make_engine(both_databases) for _ in range(PROCESSES)]
    await upgrade_schema(engines[0])
    yield [
        SharedPace(make_sessions(e), rate=RATE, period=PERIOD, chat_rate=5, chat_burst=2)
        for e in engines
    ]
    for engine in engines:
        await engine.dispose()


async def send_from(fake: FakeBotApi, limiter: PacedRateLimiter, chats: list[int]) -> None:
    bot = ExtBot(TOKEN, base_url=fake.base_url, rate_limiter=limiter)
    await bot.initialize()
    try:
        await asyncio.gather(*(bot.send_message(chat, "hello") for chat in chats))
    finally:
        await bot.shutdown()


def accepted_at(fake: FakeBotApi, chat: int | None = None) -> list[float]:
    return sorted(
        c.at
        for c in fake.calls_of("sendMessage")
        if c.ok and (chat is None or c.params.get("chat_id") == chat)
    )


def shared(pace: SharedPace) -> PacedRateLimiter:
    return PacedRateLimiter(max_retries=3, per_chat_rate=5, per_chat_burst=2, shared=pace)


def per_process(_pace: SharedPace) -> PacedRateLimiter:
    """What each process had before: its own window of RATE per PERIOD."""
    return PacedRateLimiter(
        max_retries=3,
        per_chat_rate=5,
        per_chat_burst=2,
        overall_max_rate=RATE,
        overall_time_period=PERIOD,
    )


@pytest.mark.parametrize("limiter", [shared, per_process], ids=["shared", "per-process"])
async def test_processes_together_stay_under_the_bots_limit(
    fake: FakeBotApi, paces: list[SharedPace], limiter: Limiter
) -> None:
    await asyncio.gather(
        *(
            send_from(fake, limiter(pace), list(range(1000 * p + 1, 1000 * p + 11)))
            for p, pace in enumerate(paces)
        )
    )
    times = accepted_at(fake)
    assert len(times) == PROCESSES * 10
    most = most_in_a_window(times, PERIOD)
    if limiter is shared:
        assert most <= RATE
    else:  # the comparison the shared budget exists for
        assert most > RATE


async def test_one_chat_is_paced_across_processes(
    fake: FakeBotApi, paces: list[SharedPace]
) -> None:
    chat = 77
    await asyncio.gather(*(send_from(fake, shared(pace), [chat] * 2) for pace in paces))
    times = accepted_at(fake, chat)
    assert len(times) == 6
    # A burst of 2, then one every 0.2 s, whichever process sends: 4 intervals (less the
    # first send's own way to the server). Each process pacing alone sends all 6 at once.
    assert times[-1] - times[0] >= 4 * 0.2 - 0.1


class NotingPace(SharedPace):
    """Tells the test when its process has recorded a RetryAfter."""

    def __init__(self, pace: SharedPace) -> None:
        super().__init__(pace.sessions, rate=pace.rate, period=pace.period)
        self.paused = asyncio.Event()

    async def pause(self, seconds: float) -> None:
        await super().pause(seconds)
        self.paused.set()


async def test_a_retry_after_seen_by_one_process_pauses_them_all(
    fake: FakeBotApi, paces: list[SharedPace]
) -> None:
    fake.fail_next(status=429, count=1, retry_after=1)
    first = NotingPace(paces[0])
    refused_one = asyncio.create_task(send_from(fake, shared(first), [1]))
    await first.paused.wait()
    # The others start after the 429: their budget is free, yet they wait out the second.
    others = [
        send_from(fake, shared(p), [100 * n + c for c in range(3)])
        for n, p in enumerate(paces[1:], 1)
    ]
    await asyncio.gather(refused_one, *others)
    refused = [c.at for c in fake.calls_of("sendMessage") if c.error_code == 429]
    assert len(refused) == 1
    times = accepted_at(fake)
    assert len(times) == 1 + (PROCESSES - 1) * 3  # nothing lost
    assert min(times) - refused[0] >= 1.0 - 0.02
