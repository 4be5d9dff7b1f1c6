"""Reminder delivery benchmark: 10,000 users due at the same minute, sent through a fake Bot
API that enforces 30 messages/s, by the production path (ReminderTicker -> TelegramNotifier
-> PTB ExtBot with the channel's PacedRateLimiter -> HTTP).

    .venv/bin/python -m bench.reminders_delivery              # 10,000 users, ~6 minutes
    .venv/bin/python -m bench.reminders_delivery --users 600  # a quick look

Reports the time from the due minute to the last accepted message against the physical
floor (users / 30 s), 429 answers, and lost and duplicated reminders (counted by the fake
API per chat, and by the delivery rows). Not part of the tests.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import socket
import sqlite3
import subprocess
import sys
import tempfile
import time
import urllib.request
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

TOKEN = "123456789:" + "A" * 35
RATE = 30


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def stats(port: int) -> dict[str, Any]:
    with urllib.request.urlopen(f"http://127.0.0.1:{port}/_stats", timeout=5) as response:
        return dict(json.loads(response.read()))


async def wait_for_api(port: int) -> None:
    for _ in range(100):
        try:
            stats(port)
            return
        except OSError:
            await asyncio.sleep(0.1)
    raise SystemExit("the fake Bot API did not start")


def add_users(path: Path, users: int, due: datetime, protocol: str) -> None:
    """``users`` Telegram users, each with one stretch reminder due at ``due``."""
    db = sqlite3.connect(path)
    stamp = due.strftime("%Y-%m-%d %H:%M:%S.%f")
    local = due.strftime("%H:%M")
    ids = range(1, users + 1)
    db.executemany(
        "INSERT INTO users (id, channel, external_id, created_at, active) "
        "VALUES (?, 'telegram', ?, ?, 1)",
        ((i, str(100_000 + i), stamp) for i in ids),
    )
    db.executemany(
        "INSERT INTO user_settings (user_id, protocol_id, start_date, side, timezone, "
        "stretch_times, strength_time) VALUES (?, ?, ?, 'both', 'UTC', ?, '23:59')",
        ((i, protocol, due.date().isoformat(), f"{local},13:00,20:00") for i in ids),
    )
    db.executemany(
        "INSERT INTO reminder_slots (user_id, kind, slot, local_time, timezone, next_due_utc, "
        "due_date) VALUES (?, 'stretch', 1, ?, 'UTC', ?, ?)",
        ((i, local, stamp, due.date().isoformat()) for i in ids),
    )
    db.commit()
    db.close()


def delivery_counts(path: Path) -> dict[str, int]:
    db = sqlite3.connect(path)
    rows = db.execute("SELECT status, count(*) FROM reminder_deliveries GROUP BY status").fetchall()
    db.close()
    return {status: count for status, count in rows}


async def run(users: int, pace: str) -> dict[str, Any]:
    from aiolimiter import AsyncLimiter
    from pydantic import SecretStr

    from bot.bootstrap import build
    from bot.channels.telegram import PacedRateLimiter, build_application, channel_of
    from bot.settings import Settings
    from bot.store.db import sqlite_url

    port = free_port()
    api = subprocess.Popen(
        [sys.executable, "-m", "bench.fake_rate_limited_api", "--port", str(port)],
        stdout=subprocess.DEVNULL,
    )
    workdir = Path(tempfile.mkdtemp(prefix="itb-delivery-"))
    path = workdir / "coach.db"
    try:
        await wait_for_api(port)
        settings = Settings(_env_file=None, database_url=sqlite_url(path))  # type: ignore[call-arg]
        coach = await build(settings)
        # Due at the start of the next minute (at least 5 s away), all at once.
        now = datetime.now(UTC)
        due = (now + timedelta(seconds=65)).replace(second=0, microsecond=0)
        add_users(path, users, due, coach.protocols.default.id)
        # The channel's limiter as production builds it (overall: SlidingWindowPace, 30 in
        # any 1 s); --pace ptb: the baseline, PTB's stock overall AsyncLimiter(30, 1).
        limiter = PacedRateLimiter(
            max_retries=3, overall=AsyncLimiter(RATE, 1) if pace == "ptb" else None
        )
        # The bot exactly as the Telegram channel builds it (connection pool included),
        # without polling: only its reminder path is exercised.
        settings.telegram_bot_token = SecretStr(TOKEN)
        settings.telegram_api_base_url = f"http://127.0.0.1:{port}/bot"
        application = build_application(settings, coach, rate_limiter=limiter, reminders=False)
        await application.initialize()
        notifier = channel_of(application).notifier
        assert notifier is not None
        ticker = coach.ticker(notifier)
        print(f"{users:,} users due at {due:%H:%M:%S} UTC ...", file=sys.stderr, flush=True)
        await asyncio.sleep((due - datetime.now(UTC)).total_seconds())
        started = time.time()
        ticks = 0
        while stats(port)["accepted"] < users and time.time() - started < users / RATE * 3:
            await ticker.tick()  # one tick drains everything due; a retry waits for the next
            ticks += 1
            if stats(port)["accepted"] < users:
                await asyncio.sleep(1)
        finished = stats(port)
        await application.shutdown()
        await coach.close()
        rows = delivery_counts(path)
    finally:
        api.terminate()
        api.wait()
    floor = users / RATE
    total = (finished["last_accepted_at"] or started) - due.timestamp()
    return {
        "users": users,
        "pace": pace,
        "floor_s": round(floor, 1),
        "due_to_last_sent_s": round(total, 1),
        "over_floor_pct": round((total / floor - 1) * 100, 1),
        "first_sent_after_due_s": round((finished["first_accepted_at"] or 0) - due.timestamp(), 2),
        "sent": finished["accepted"],
        "lost": users - finished["chats"],
        "duplicated": finished["duplicated"],
        "rejected_429": finished["rejected_429"],
        "delivery_rows": rows,
        "ticks": ticks,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--users", type=int, default=10_000)
    parser.add_argument(
        "--pace",
        choices=["production", "ptb"],
        default="production",
        help="production: the channel's PacedRateLimiter as built; ptb: its overall limit "
        "replaced by PTB's stock AsyncLimiter(30, 1), the baseline",
    )
    args = parser.parse_args()
    result = asyncio.run(run(args.users, args.pace))
    print(
        f"| {result['pace']} | {result['users']:,} users | floor {result['floor_s']} s | "
        f"due -> last sent {result['due_to_last_sent_s']} s "
        f"({result['over_floor_pct']:+.1f}%) | lost {result['lost']} | "
        f"duplicated {result['duplicated']} | 429s {result['rejected_429']} |"
    )
    print(json.dumps(result))


if __name__ == "__main__":
    main()
