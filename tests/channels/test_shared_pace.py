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
from bot.store.db import make_engine, upgrade_schema
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
    yield [SharedPace(e, rate=RATE, period=PERIOD, chat_rate=5, chat_burst=2) for e in engines]
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
    # A burst of 2, then one every 0.2 s, whichever process sends: 4 intervals, 0.8 s. On a
    # loaded machine the first send's own way to the server can take a good part of that, so
    # the bound is half: each process pacing alone sends all 6 at once (about 0 s).
    assert times[-1] - times[0] >= 4 * 0.2 / 2


class NotingPace(SharedPace):
    """Tells the test when its process has recorded a RetryAfter."""

    def __init__(self, pace: SharedPace) -> None:
        super().__init__(pace.engine, rate=pace.rate, period=pace.period)
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


class FakeTime:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


async def hold(pace: SharedPace, entered: asyncio.Event, answered: asyncio.Event) -> None:
    """One send: it enters the pace, then its answer comes when the test says so."""
    async with pace:
        entered.set()
        await answered.wait()


async def test_a_send_holds_its_row_until_a_period_after_its_answer(
    paces: list[SharedPace],
) -> None:
    """On a fake clock, two processes sharing a budget of 2 per second: a send may start
    only one period after an earlier one's answer, however long that send took."""
    clock = FakeTime()
    first, second = (
        SharedPace(p.engine, rate=2, period=1.0, lease=30.0, poll=0.001, now=clock)
        for p in paces[:2]
    )
    entered = [asyncio.Event() for _ in range(4)]
    answered = [asyncio.Event() for _ in range(4)]

    def send(n: int, pace: SharedPace) -> asyncio.Task[None]:
        return asyncio.create_task(hold(pace, entered[n], answered[n]))

    async def settle() -> None:
        await asyncio.sleep(0.05)  # real time for the database; the pace's clock stands

    try:
        sends = [send(0, first), send(1, second)]  # both start at 1000.0
        await asyncio.wait_for(asyncio.gather(entered[0].wait(), entered[1].wait()), 5)
        clock.now = 1000.4
        answered[0].set()  # the first answer; the second send is still on its way
        await sends[0]
        sends.append(send(2, second))
        clock.now = 1001.3
        await settle()
        assert not entered[2].is_set()  # 0.9 s after the first answer: both rows held
        clock.now = 1001.4  # one period after the first answer
        await asyncio.wait_for(entered[2].wait(), 5)
        sends.append(send(3, first))
        clock.now = 1020.0  # the second send, 20 s on its way, still holds its row
        await settle()
        assert not entered[3].is_set()
        answered[1].set()
        await sends[1]
        clock.now = 1020.9
        await settle()
        assert not entered[3].is_set()
        clock.now = 1021.0
        await asyncio.wait_for(entered[3].wait(), 5)
        answered[2].set()
        answered[3].set()
        await asyncio.gather(*sends)
    finally:
        await first.close()
        await second.close()
