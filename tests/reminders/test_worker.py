"""Stopping a reminder worker in the middle of a wave: what it started is sent and recorded,
what it leased but did not start goes back to the queue, and another worker sends that. Nothing
is lost, nothing is sent twice."""

from __future__ import annotations

import asyncio
from collections import Counter
from collections.abc import AsyncIterator
from datetime import datetime, timedelta

import pytest
from pydantic import SecretStr

from bot.bootstrap import Coach, build
from bot.channels.telegram_worker import run_worker, work
from bot.clock import ManualClock
from bot.reminders import queue
from bot.reminders.ticker import ReminderTicker, TickResult
from bot.service.replies import Delivery, UserKey
from bot.settings import Settings
from tests.channels.fake_bot_api import FakeBotApi
from tests.reminders.conftest import FakeNotifier, at
from tests.reminders.test_resilience import start_users

TOKEN = "123456:ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghij"


async def test_a_ticker_stopped_mid_send_hands_back_what_it_did_not_start(
    coach: Coach, settings: Settings, clock: ManualClock, notifier: FakeNotifier
) -> None:
    users = await start_users(coach, 10)
    clock.set(at(8))
    first = coach.ticker(notifier, concurrency=2)

    def stop_on_third(_who: str, n: int) -> Delivery:
        if n == 3:
            first.stop()  # SIGTERM while the third send is on its way
        return Delivery.SENT

    notifier.outcome = stop_on_third
    stopped = await first.tick()
    started = len(notifier.calls)
    assert 3 <= started < len(users)
    assert stopped.sent == started  # every send it started finished and was recorded
    assert stopped.handed_back == len(users) - started
    assert (await first.tick()).claimed == 0  # a stopped ticker takes nothing more

    other = await build(settings, clock)  # another worker, same moment: no lease to wait out
    try:
        notifier.outcome = lambda _who, _n: Delivery.SENT
        second = await other.ticker(notifier).tick()
        assert second.sent == len(users) - started
        assert Counter(s.external_id for s in notifier.calls) == dict.fromkeys(users, 1)
    finally:
        await other.close()


@pytest.fixture
async def fake() -> AsyncIterator[FakeBotApi]:
    api = await FakeBotApi().start()
    yield api
    await api.stop()


async def test_the_worker_command_stops_mid_wave_and_another_finishes_it(
    coach: Coach, settings: Settings, clock: ManualClock, fake: FakeBotApi
) -> None:
    chats = list(range(5001, 5013))
    for chat in chats:
        await coach.service.handle(UserKey("telegram", str(chat)), "/start")
    clock.set(at(8))
    settings.telegram_bot_token = SecretStr(TOKEN)
    settings.telegram_api_base_url = fake.base_url

    def sends() -> list[int]:
        return [int(c.params["chat_id"]) for c in fake.calls_of("sendMessage") if c.ok]

    options = {"concurrency": 2}
    stop = asyncio.Event()
    worker = asyncio.create_task(work(settings, stop, clock=clock, ticker_options=options))
    await fake.wait_until(lambda: len(sends()) >= 3)
    stop.set()  # what SIGTERM does
    await asyncio.wait_for(worker, timeout=30)
    first_wave = len(sends())
    assert first_wave < len(chats)

    stop = asyncio.Event()
    worker = asyncio.create_task(work(settings, stop, clock=clock, ticker_options=options))
    await fake.wait_until(lambda: len(sends()) >= len(chats), timeout=30)
    stop.set()
    await asyncio.wait_for(worker, timeout=30)
    assert Counter(sends()) == dict.fromkeys(chats, 1)


def test_the_worker_command_needs_a_token(
    settings: Settings, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run_worker(settings) == 2
    assert "TELEGRAM_BOT_TOKEN is not set." in capsys.readouterr().err


async def test_a_delivery_whose_lease_ran_out_goes_out_once(
    coach: Coach, settings: Settings, clock: ManualClock, notifier: FakeNotifier
) -> None:
    """A worker that stalls past its lease finds the delivery taken over and leaves it."""
    await start_users(coach, 1)
    clock.set(at(8))
    stalled = coach.ticker(notifier, lease_seconds=60)
    await stalled.claim_due()
    async with coach.sessions() as session, session.begin():
        held = await queue.lease(session, clock.now(), clock.now() + stalled.lease, 10, ["test"])
    assert len(held) == 1
    clock.advance(timedelta(seconds=90))  # the lease ran out; another worker takes it over
    other = await build(settings, clock)
    try:
        taker = other.ticker(notifier, lease_seconds=60)
        async with other.sessions() as session, session.begin():
            now = clock.now()
            taken = await queue.lease(session, now, now + taker.lease, 10, ["test"])
        assert [d.id for d in taken] == [held[0].id]
        late = TickResult()
        await stalled.deliver(held[0], late)  # the stalled worker wakes up: not its own now
        assert (late.sent, notifier.calls) == (0, [])
        sent = TickResult()
        await taker.deliver(taken[0], sent)
        assert (sent.sent, len(notifier.calls)) == (1, 1)
    finally:
        await other.close()


async def test_a_large_wave_starts_sending_after_its_first_claim_batch(
    coach: Coach, clock: ManualClock, notifier: FakeNotifier
) -> None:
    """The first reminders leave once one batch is claimed, not once every batch is."""
    users = await start_users(coach, 6)
    clock.set(at(8))
    steps: list[str] = []

    class Noting(ReminderTicker):
        async def claim_batch_once(self, now: datetime) -> int:
            count = await super().claim_batch_once(now)
            steps.append(f"claimed {count}")
            return count

    def note(_who: str, _n: int) -> Delivery:
        steps.append("sent")
        return Delivery.SENT

    notifier.outcome = note
    result = await Noting(coach.service, notifier, claim_batch=2, send_batch=2).tick()
    assert steps[:3] == ["claimed 2", "sent", "sent"]
    assert (result.claimed, result.sent) == (len(users), len(users))
    assert Counter(s.external_id for s in notifier.delivered) == dict.fromkeys(users, 1)
