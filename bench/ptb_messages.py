"""Messages per second one process sustains through the real PTB ``Application``.

    .venv/bin/python -m bench.ptb_messages --users 200 --each 5

Three bots, one after another, each against a fresh ``tests/channels/fake_bot_api.py`` run as
a separate process on loopback: the bare PTB echo bot (a ``MessageHandler`` that replies with
the text: PTB's own cost), then the coach as the Telegram channel builds it
(``build_application``) on a SQLite file and on PostgreSQL (a throw-away database). The same
``--users`` x ``--each`` messages (each user's first is their /start, the rest /today) are
queued at the fake first; the clock runs from the application's start until the last update
has been handled. The overall 30/s send pace is lifted for all three (a reply is a send):
this measures the process, not Telegram's limit. Not part of the tests.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import subprocess
import sys
import tempfile
import time
import urllib.request
import uuid
from pathlib import Path
from typing import Any

TOKEN = "123456789:" + "A" * 35
SERVER = os.environ.get("ITB_BENCH_POSTGRES", "postgresql://postgres@127.0.0.1:5432/test")


def post(url: str, body: dict[str, Any]) -> None:
    request = urllib.request.Request(
        url, json.dumps(body).encode(), {"Content-Type": "application/json"}
    )
    with urllib.request.urlopen(request, timeout=10):
        pass


def start_fake(port: int) -> subprocess.Popen[bytes]:
    fake = subprocess.Popen(
        [sys.executable, "-m", "tests.channels.fake_bot_api", "--port", str(port)],
        stdout=subprocess.DEVNULL,
    )
    for _ in range(100):
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/_test/calls?method=none", timeout=1)
            return fake
        except OSError:
            time.sleep(0.1)
    raise RuntimeError("the fake Bot API did not start")


def queue_messages(port: int, users: int, each: int) -> int:
    for n in range(each):
        for user in range(users):
            text = "/start" if n == 0 else "/today"
            post(f"http://127.0.0.1:{port}/_test/message", {"chat_id": 20_000 + user, "text": text})
    return users * each


async def run_bot(application: Any, total: int, running: Any) -> float:
    from telegram import Update
    from telegram.ext import TypeHandler

    handled = 0
    done = asyncio.Event()

    async def count(_update: Update, _context: Any) -> None:
        nonlocal handled
        handled += 1
        if handled == total:
            done.set()

    application.add_handler(TypeHandler(Update, count), group=1)
    started = time.perf_counter()
    async with running(application, poll_timeout=1):
        await asyncio.wait_for(done.wait(), timeout=900)
        elapsed = time.perf_counter() - started
    return elapsed


def echo_application(base_url: str) -> Any:
    from telegram import Update
    from telegram.ext import Application, MessageHandler, filters

    async def echo(update: Update, _context: Any) -> None:
        assert update.effective_message is not None
        await update.effective_message.reply_text(update.effective_message.text or "")

    application = Application.builder().token(TOKEN).base_url(base_url).build()
    application.add_handler(MessageHandler(filters.TEXT, echo))
    return application


async def one(kind: str, port: int, users: int, each: int) -> dict[str, Any]:
    from bot.bootstrap import build
    from bot.channels.telegram import build_application, running
    from bot.channels.telegram_pace import PacedRateLimiter
    from bot.settings import Settings
    from bot.store.db import sqlite_url

    fake = start_fake(port)
    base_url = f"http://127.0.0.1:{port}/bot"
    database = None
    try:
        total = queue_messages(port, users, each)
        if kind == "echo":
            return {
                "bot": "bare PTB echo",
                "messages": total,
                "seconds": await run_bot(echo_application(base_url), total, running),
            }
        with tempfile.TemporaryDirectory() as folder:
            if kind == "sqlite":
                url = sqlite_url(Path(folder) / "coach.db")
            else:
                import asyncpg

                database = f"itb_bench_{uuid.uuid4().hex[:10]}"
                admin = await asyncpg.connect(SERVER)
                await admin.execute(f'CREATE DATABASE "{database}"')
                await admin.close()
                base = SERVER.rsplit("/", 1)[0].replace("postgresql://", "postgresql+asyncpg://")
                url = f"{base}/{database}"
            settings = Settings(  # type: ignore[call-arg]
                _env_file=None,
                database_url=url,
                telegram_bot_token=TOKEN,
                telegram_api_base_url=base_url,
            )
            coach = await build(settings)
            limiter = PacedRateLimiter(overall_max_rate=0, per_chat_rate=0, max_retries=3)
            application = build_application(settings, coach, rate_limiter=limiter, reminders=False)
            try:
                seconds = await run_bot(application, total, running)
            finally:
                await coach.close()
            return {"bot": f"coach on {kind}", "messages": total, "seconds": seconds}
    finally:
        fake.terminate()
        fake.wait()
        if database is not None:
            import asyncpg

            admin = await asyncpg.connect(SERVER)
            await admin.execute(f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)')
            await admin.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--users", type=int, default=200)
    parser.add_argument("--each", type=int, default=5)
    parser.add_argument("--port", type=int, default=8097)
    args = parser.parse_args()
    for kind in ("echo", "sqlite", "postgresql"):
        result = asyncio.run(one(kind, args.port, args.users, args.each))
        result["messages_per_s"] = round(result["messages"] / result["seconds"], 1)
        result["seconds"] = round(result["seconds"], 2)
        print(json.dumps(result), flush=True)


if __name__ == "__main__":
    main()
