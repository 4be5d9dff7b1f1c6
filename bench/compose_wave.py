"""The reminder wave of ``deploy/smoke.sh``: seed it, count what is in flight, judge it.

    python -m bench.compose_wave seed --db URL --users 300 --due-in 45
    python -m bench.compose_wave in-flight --db URL
    python -m bench.compose_wave judge --stats http://botapi:8099/_stats --users 300 --in-flight 2

Run inside the app image (``bench/`` mounted), against the stack's PostgreSQL. ``seed`` gives
N users one stretch reminder each, all due at the same whole minute at least ``--due-in``
seconds away, and prints that minute. ``in-flight``: sends whose pace row is still held well
past its time (a killed process's requests that left and were never answered). ``judge``:
exit 0 when every user got the reminder (nothing lost) and at most ``--in-flight`` were sent
twice; it prints the figures either way.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import sys
import time
import urllib.request
from datetime import UTC, datetime, timedelta


async def seed(url: str, users: int, due_in: float) -> datetime:
    from bench.scale_out import seed_wave

    due = (datetime.now(UTC) + timedelta(seconds=due_in + 60)).replace(second=0, microsecond=0)
    await seed_wave(url, users, due, f"{due:%H:%M}", "23:59")
    return due


async def in_flight(url: str) -> int:
    import asyncpg

    connection = await asyncpg.connect(url.replace("+asyncpg", ""), timeout=5)
    try:
        return int(
            await connection.fetchval(
                "SELECT count(*) FROM send_pace WHERE slot >= 0 AND free_at > $1",
                time.time() + 5,
            )
        )
    finally:
        await connection.close()


def judge(stats_url: str, users: int, allowed_twice: int) -> int:
    with urllib.request.urlopen(stats_url, timeout=5) as answer:
        stats = json.load(answer)
    lost = users - int(stats["chats"])
    twice = int(stats["duplicated"])
    print(json.dumps({"users": users, "lost": lost, "duplicated": twice, **stats}))
    return 0 if lost == 0 and twice <= allowed_twice else 1


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("action", choices=["seed", "in-flight", "judge"])
    parser.add_argument("--db", default=os.environ.get("DATABASE_URL"), help="DATABASE_URL")
    parser.add_argument("--users", type=int, default=300)
    parser.add_argument("--due-in", type=float, default=45)
    parser.add_argument("--stats")
    parser.add_argument("--in-flight", type=int, default=0, dest="allowed")
    args = parser.parse_args()
    if args.action == "seed":
        due = asyncio.run(seed(args.db, args.users, args.due_in))
        print(due.isoformat())
        return 0
    if args.action == "in-flight":
        print(asyncio.run(in_flight(args.db)))
        return 0
    return judge(args.stats, args.users, args.allowed)


if __name__ == "__main__":
    sys.exit(main())
