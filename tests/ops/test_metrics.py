"""``/healthz`` and ``/metrics`` as an operator scrapes them, checked against what happened."""

from __future__ import annotations

import asyncio
import re
from typing import Any

import aiohttp
import pytest

from bot.bootstrap import Coach
from bot.clock import ManualClock
from bot.ops import observability
from bot.ops.process import Process
from bot.settings import Settings
from tests.channels.fake_bot_api import FakeBotApi
from tests.channels.test_telegram_e2e import CHAT, Telegram, fake, free_port, onboard, tg_settings

__all__ = ["fake", "tg_settings"]  # fixtures


def figure(exposition: str, name: str, **labels: str) -> float:
    """One sample's value in the Prometheus text format (0 when absent)."""
    wanted = ",".join(f'{k}="{v}"' for k, v in sorted(labels.items()))
    for line in exposition.splitlines():
        match = re.fullmatch(r"([a-z_]+)(?:\{(.*)\})? (\S+)", line)
        if match and match[1] == name and (match[2] or "") == wanted:
            return float(match[3])
    return 0.0


async def fetch(url: str) -> tuple[int, str]:
    async with aiohttp.ClientSession() as session, session.get(url) as answer:
        return answer.status, await answer.text()


async def scrape_until(url: str, name: str, above: float = 0, **labels: str) -> str:
    """Scrape until the figure passes ``above`` (the registry is the process's: earlier tests
    may have counted already): the tick adds its counts once it has finished."""
    for _ in range(100):
        _, body = await fetch(url)
        if figure(body, name, **labels) > above:
            return body
        await asyncio.sleep(0.1)
    raise AssertionError(f"{name} {labels} never counted")


async def test_webhook_metrics_count_the_messages_handled(
    fake: FakeBotApi, tg_settings: Settings, coach: Coach
) -> None:
    port = free_port()
    webhook: dict[str, Any] = {
        "listen": "127.0.0.1",
        "port": port,
        "url_path": "hook",
        "secret_token": "s3cret",
        "webhook_url": f"http://127.0.0.1:{port}/hook",
    }
    scrape = f"http://127.0.0.1:{port}/metrics"
    async with Telegram(fake, tg_settings, coach, webhook=webhook) as tg:
        _, before = await fetch(scrape)
        await tg.say("/start")
        await tg.say("/morning")  # asks for this morning's pain: an open question
        status, after = await fetch(scrape)
    assert status == 200
    for name in ("itb_messages_handled_total", "itb_reply_latency_seconds_count"):
        grown = figure(after, name, channel="telegram") - figure(before, name, channel="telegram")
        assert grown == 2, name
    # /morning asked for a number and it is still open: one runner waiting for their answer.
    assert figure(after, "itb_open_questions") == 1


async def test_a_sent_reminder_and_its_lag_are_counted(
    fake: FakeBotApi, tg_settings: Settings, coach: Coach, clock: ManualClock
) -> None:
    tg_settings.reminder_tick_seconds = 1
    tg_settings.metrics_port = 0
    process = Process("test", tg_settings)
    async with observability.serving(tg_settings, process) as port:
        scrape = f"http://127.0.0.1:{port}/metrics"
        assert await fetch(f"http://127.0.0.1:{port}/healthz") == (503, '{"status": "starting"}')
        async with Telegram(fake, tg_settings, coach, reminders=True) as tg:
            process.serving(coach.engine, clock.now)
            assert await fetch(f"http://127.0.0.1:{port}/healthz") == (200, '{"status": "ok"}')
            await onboard(tg)
            _, before = await fetch(scrape)
            count = len(fake.outputs(CHAT))
            clock.set(clock.now().replace(hour=8, minute=0, second=30))  # 30 s after the slot
            await fake.wait_until(lambda: len(fake.outputs(CHAT)) > count, timeout=15)
            sent_before = figure(before, "itb_reminder_deliveries_total", outcome="sent")
            after = await scrape_until(
                scrape, "itb_reminder_deliveries_total", sent_before, outcome="sent"
            )
        process.stop("test")
        assert await fetch(f"http://127.0.0.1:{port}/healthz") == (503, '{"status": "stopping"}')
    sent = figure(after, "itb_reminder_deliveries_total", outcome="sent")
    assert sent - figure(before, "itb_reminder_deliveries_total", outcome="sent") == 1
    lag_sum = figure(after, "itb_reminder_lag_seconds_sum") - figure(
        before, "itb_reminder_lag_seconds_sum"
    )
    assert lag_sum == pytest.approx(30, abs=1)
    assert figure(after, "itb_reminder_deliveries_due") == 0
