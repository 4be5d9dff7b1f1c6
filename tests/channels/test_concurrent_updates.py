"""Runners are answered at once, each runner in order: one runner's burst, held to its chat's
send pace, does not hold anyone else's reply back (a real PTB Application, the fake Bot API,
the production per-chat pace, in polling and webhook mode)."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
from prometheus_client import REGISTRY
from telegram import Update
from telegram.ext import ContextTypes, TypeHandler

from bot.bootstrap import Coach
from bot.channels.telegram import PacedRateLimiter
from bot.channels.turns import RunnerTurns
from bot.settings import Settings
from tests.channels.fake_bot_api import FakeBotApi
from tests.channels.test_telegram_e2e import Telegram, fake, free_port, tg_settings

__all__ = ["fake", "tg_settings"]  # fixtures

BUSY = 7001
OTHERS = (7002, 7003, 7004, 7005)
BURST = 8


def first_send(fake: FakeBotApi, chat: int) -> float:
    return min(c.at for c in fake.calls_of("sendMessage") if c.params.get("chat_id") == chat)


def last_send(fake: FakeBotApi, chat: int) -> float:
    return max(c.at for c in fake.calls_of("sendMessage") if c.params.get("chat_id") == chat)


def handled_count() -> float:
    value = REGISTRY.get_sample_value("itb_messages_handled_total", {"channel": "telegram"})
    return value or 0.0


@pytest.mark.parametrize("mode", ["polling", "webhook"])
async def test_a_burst_from_one_runner_does_not_hold_the_others_back(
    fake: FakeBotApi, tg_settings: Settings, coach: Coach, mode: str
) -> None:
    webhook: dict[str, Any] | None = None
    if mode == "webhook":
        port = free_port()
        webhook = {
            "listen": "127.0.0.1",
            "port": port,
            "url_path": "hook",
            "secret_token": "s3cret",
            "webhook_url": f"http://127.0.0.1:{port}/hook",
        }
    # The per-chat pace on (4 a second, no burst), so the busy chat's replies take seconds.
    limiter = PacedRateLimiter(per_chat_rate=4, per_chat_burst=1, max_retries=3)
    order: list[int] = []
    before = handled_count()
    async with Telegram(fake, tg_settings, coach, limiter=limiter, webhook=webhook) as tg:

        async def note(update: Update, _context: ContextTypes.DEFAULT_TYPE) -> None:
            if update.effective_chat and update.effective_chat.id == BUSY:
                order.append(update.update_id)

        tg.app.add_handler(TypeHandler(Update, note), group=2)
        burst = [fake.send_text(BUSY, "/start" if n == 0 else "/today") for n in range(BURST)]
        singles = [fake.send_text(chat, "/start") for chat in OTHERS]
        everything = {*burst, *singles}
        await fake.wait_until(lambda: everything <= tg.processed, timeout=30)
    busy_done = last_send(fake, BUSY)
    for chat in OTHERS:
        assert first_send(fake, chat) < busy_done, f"chat {chat} waited for the burst"
    assert order == sorted(burst), "one runner's messages are handled in the order sent"
    assert handled_count() - before == BURST + len(OTHERS)


async def test_turns_keep_each_runner_in_order_and_let_others_through() -> None:
    turns = RunnerTurns()
    log: list[str] = []
    release = asyncio.Event()

    async def handle(key: str, name: str, wait: bool = False) -> None:
        async with turns.turn(key):
            log.append(f"start {name}")
            if wait:
                await release.wait()
            log.append(f"end {name}")

    tasks = [
        asyncio.create_task(handle("a", "a1", wait=True)),
        asyncio.create_task(handle("a", "a2")),
        asyncio.create_task(handle("b", "b1")),
    ]
    await asyncio.sleep(0)  # let them all reach their turn
    for _ in range(3):
        await asyncio.sleep(0)
    assert log == ["start a1", "start b1", "end b1"]  # b is not held up by a
    assert turns.active == 2
    release.set()
    await asyncio.gather(*tasks)
    assert log[3:] == ["end a1", "start a2", "end a2"]
    assert await turns.idle(timeout=1)
