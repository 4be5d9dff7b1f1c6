"""Reply latency while many runners talk at once, through the real PTB ``Application``.

    .venv/bin/python -m bench.concurrent_replies --users 200 --each 5
    .venv/bin/python -m bench.concurrent_replies --users 200 --each 5 --sequential  # baseline

The coach as the Telegram channel builds it (``build_application``, SQLite file), long
polling ``tests/channels/fake_bot_api.py`` run as its own process. The per-chat send pace is
the production one (about 1 message a second per chat after a burst of 3); the overall 30/s is
lifted, so what is measured is the process and the per-chat pace, not Telegram's bot limit.

1. *idle*: 20 runners, one message each, one after another with nothing else going on;
2. *load*: ``--users`` runners, ``--each`` messages each, each runner starting at a random
   moment of the first ``--spread`` seconds. A fifth of them are *heavy*: all their messages
   at once, a burst. The others are *light*: one message every ``--gap`` seconds, as a person
   types. (About 40 messages a second in all, half of what one process handles.)
A message's latency: from the fake taking it (the user pressed send) to the end of its handling
(its replies accepted by the fake). ``--sequential`` runs the same with PTB's default of one
update at a time, the code before runners were handled at once. Not part of the tests.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import random
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

import aiohttp

from bench.ptb_messages import TOKEN, start_fake

IDLE_RUNNERS = 20


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def summary(values: list[float]) -> dict[str, float]:
    return {
        "n": len(values),
        "p50_ms": round(statistics.median(values) * 1000, 1),
        "p99_ms": round(percentile(values, 0.99) * 1000, 1),
        "max_ms": round(max(values) * 1000, 1),
    }


class Driver:
    """Sends messages to the fake as users and remembers when each was taken."""

    def __init__(self, session: aiohttp.ClientSession, port: int) -> None:
        self.session = session
        self.url = f"http://127.0.0.1:{port}/_test/message"
        self.sent_at: dict[int, float] = {}

    async def say(self, chat: int, text: str) -> int:
        async with self.session.post(self.url, json={"chat_id": chat, "text": text}) as answer:
            update_id = int((await answer.json())["update_id"])
        self.sent_at[update_id] = time.monotonic()
        return update_id


async def light(driver: Driver, chat: int, each: int, start: float, gap: float) -> list[int]:
    await asyncio.sleep(start)
    ids = []
    for n in range(each):
        ids.append(await driver.say(chat, "/start" if n == 0 else "/today"))
        await asyncio.sleep(gap)
    return ids


async def heavy(driver: Driver, chat: int, each: int, start: float) -> list[int]:
    await asyncio.sleep(start)
    return [await driver.say(chat, "/start" if n == 0 else "/today") for n in range(each)]


async def measure(
    application: Any, port: int, users: int, each: int, spread: float, gap: float
) -> dict[str, Any]:
    from telegram import Update
    from telegram.ext import TypeHandler

    from bot.channels.telegram import running

    done_at: dict[int, float] = {}
    arrived = asyncio.Event()

    async def finished(update: Update, _context: Any) -> None:
        done_at[update.update_id] = time.monotonic()
        arrived.set()

    async def handled(ids: list[int]) -> None:
        while not set(ids) <= done_at.keys():
            arrived.clear()
            await asyncio.wait_for(arrived.wait(), timeout=600)

    application.add_handler(TypeHandler(Update, finished), group=1)
    async with running(application, poll_timeout=1), aiohttp.ClientSession() as session:
        driver = Driver(session, port)
        idle = []
        for n in range(IDLE_RUNNERS):
            idle.append(await driver.say(10_000 + n, "/start"))
            await handled(idle[-1:])
        heavy_chats = range(20_000, 20_000 + users // 5)
        light_chats = range(30_000, 30_000 + users - users // 5)
        starts = random.Random(20).uniform
        started = time.monotonic()
        groups = await asyncio.gather(
            *(heavy(driver, chat, each, starts(0, spread)) for chat in heavy_chats),
            *(light(driver, chat, each, starts(0, spread), gap) for chat in light_chats),
        )
        await handled([i for ids in groups for i in ids])
        elapsed = time.monotonic() - started
    heavy_ids = [i for ids in groups[: len(heavy_chats)] for i in ids]
    light_ids = [i for ids in groups[len(heavy_chats) :] for i in ids]

    def latencies(ids: list[int]) -> list[float]:
        return [done_at[i] - driver.sent_at[i] for i in ids]

    return {
        "idle": summary(latencies(idle)),
        "light": summary(latencies(light_ids)),
        "heavy": summary(latencies(heavy_ids)),
        "load_seconds": round(elapsed, 2),
    }


async def run(args: argparse.Namespace) -> dict[str, Any]:
    port, sequential = args.port, args.sequential
    from bot.bootstrap import build
    from bot.channels.telegram import build_application
    from bot.channels.telegram_pace import PacedRateLimiter
    from bot.settings import Settings
    from bot.store.db import sqlite_url

    fake = start_fake(port)
    try:
        with tempfile.TemporaryDirectory() as folder:
            settings = Settings(  # type: ignore[call-arg]
                _env_file=None,
                database_url=sqlite_url(Path(folder) / "coach.db"),
                telegram_bot_token=TOKEN,
                telegram_api_base_url=f"http://127.0.0.1:{port}/bot",
            )
            coach = await build(settings)
            limiter = PacedRateLimiter(overall_max_rate=0, max_retries=3)  # per chat: production
            from telegram.ext import SimpleUpdateProcessor

            application = build_application(
                settings,
                coach,
                rate_limiter=limiter,
                reminders=False,
                updates=SimpleUpdateProcessor(1) if sequential else None,  # 1: the old way
            )
            try:
                result = await measure(
                    application, port, args.users, args.each, args.spread, args.gap
                )
            finally:
                await coach.close()
    finally:
        fake.terminate()
        fake.wait()
    return {"updates": "one at a time" if sequential else "per runner", **result}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--users", type=int, default=200)
    parser.add_argument("--each", type=int, default=5)
    parser.add_argument("--port", type=int, default=8098)
    parser.add_argument("--spread", type=float, default=20.0, help="runners start within (s)")
    parser.add_argument("--gap", type=float, default=4.0, help="a light runner's pause (s)")
    parser.add_argument("--sequential", action="store_true", help="the baseline: one at a time")
    args = parser.parse_args()
    result = asyncio.run(run(args))
    print(json.dumps(result), flush=True)


if __name__ == "__main__":
    main()
