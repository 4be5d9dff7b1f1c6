"""Reminder scale benchmark: the slot table vs one PTB ``run_daily`` job per user per reminder.

    .venv/bin/python -m bench.reminders_scale                  # 100k + naive 100k + 1M
    .venv/bin/python -m bench.reminders_scale --users 100000 --naive 0

For each size N (users with 4 reminder slots each, on SQLite), in fresh processes:
- build: a database with N users, their settings and 4N slots (bulk SQL; cached in --dir);
- start: process start -> coach built (schema checked) -> ticker's first tick done, with the
  clock at a moment when nothing is due yet; peak RSS of that process;
- claim: a copy of the database at 08:00 Europe/Berlin, where a quarter of the users (and
  whatever else is due in other zones) are due; every claim batch (250 slots, one
  transaction: select + delivery rows + advance) timed: median, p99, max; peak RSS.
The naive design (``--naive N``): a process that adds 4N ``JobQueue.run_daily`` jobs and
starts the JobQueue (APScheduler), timed from process start; peak RSS.
Each child prints one JSON line; the parent prints a Markdown table. Not part of the tests.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import resource
import shutil
import sqlite3
import statistics
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

TOKEN = "123456789:" + "A" * 35
BUILT_AT = datetime(2026, 11, 23, 0, 0, tzinfo=UTC)  # slots are scheduled from here
WAVE_AT = datetime(2026, 11, 23, 7, 0, tzinfo=UTC)  # 08:00 in Berlin
STRETCH_TIMES = ("08:00", "13:00", "20:00")
STRENGTH_TIME = "18:00"
# A quarter of the users in one zone, so one popular minute carries a real wave.
ZONES = ["Europe/Berlin"] * 5 + [
    "Europe/London",
    "America/New_York",
    "America/Chicago",
    "America/Los_Angeles",
    "America/Sao_Paulo",
    "Asia/Kolkata",
    "Asia/Tokyo",
    "Australia/Sydney",
    "Australia/Lord_Howe",
    "Africa/Lagos",
    "Europe/Madrid",
    "Asia/Singapore",
    "Pacific/Auckland",
    "Europe/Warsaw",
    "America/Denver",
]


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _settings(path: Path) -> Any:
    from bot.settings import Settings
    from bot.store.db import sqlite_url

    return Settings(_env_file=None, database_url=sqlite_url(path), telegram_bot_token=None)  # type: ignore[call-arg]


class NullNotifier:
    channel = "telegram"

    async def send(self, external_id: str, replies: list[Any]) -> Any:
        from bot.service.replies import Delivery

        return Delivery.SENT


# --- children ---------------------------------------------------------------------------------


async def child_build(users: int, path: Path) -> dict[str, Any]:
    from bot.bootstrap import build
    from bot.reminders.schedule import next_occurrence, parse_hhmm
    from bot.store.db import sqlite_url

    started = time.perf_counter()
    path.unlink(missing_ok=True)
    coach = await build(_settings(path))
    protocol = coach.protocols.default.id
    await coach.close()
    assert sqlite_url(path)
    slots = [("stretch", i + 1, t) for i, t in enumerate(STRETCH_TIMES)]
    slots.append(("strength", 1, STRENGTH_TIME))
    due: dict[tuple[str, str], tuple[str, str]] = {}
    for zone in set(ZONES):
        for _kind, _slot, at in slots:
            when, day = next_occurrence(parse_hhmm(at), ZoneInfo(zone), BUILT_AT)
            due[zone, at] = (when.strftime("%Y-%m-%d %H:%M:%S.%f"), day.isoformat())
    db = sqlite3.connect(path)
    db.execute("PRAGMA synchronous=OFF")
    created = BUILT_AT.strftime("%Y-%m-%d %H:%M:%S.%f")
    chunk = 100_000
    for first in range(1, users + 1, chunk):
        ids = range(first, min(first + chunk, users + 1))
        db.executemany(
            "INSERT INTO users (id, channel, external_id, created_at, active) "
            "VALUES (?, 'telegram', ?, ?, 1)",
            ((i, str(10_000_000 + i), created) for i in ids),
        )
        db.executemany(
            "INSERT INTO user_settings (user_id, protocol_id, start_date, side, timezone, "
            "stretch_times, strength_time) VALUES (?, ?, '2026-11-23', 'both', ?, ?, ?)",
            (
                (i, protocol, ZONES[i % len(ZONES)], ",".join(STRETCH_TIMES), STRENGTH_TIME)
                for i in ids
            ),
        )
        db.executemany(
            "INSERT INTO reminder_slots (user_id, kind, slot, local_time, timezone, "
            "next_due_utc, due_date) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (
                (i, kind, slot, at, zone, *due[zone, at])
                for i in ids
                for zone in (ZONES[i % len(ZONES)],)
                for kind, slot, at in slots
            ),
        )
        db.commit()
    db.execute("ANALYZE")
    db.commit()
    db.close()
    return {
        "users": users,
        "slots": users * len(slots),
        "build_s": round(time.perf_counter() - started, 1),
        "db_mb": round(path.stat().st_size / 2**20),
    }


async def child_start(path: Path, spawned_at: float) -> dict[str, Any]:
    from bot.bootstrap import build
    from bot.clock import ManualClock

    coach = await build(_settings(path), ManualClock(BUILT_AT))
    ticker = coach.ticker(NullNotifier())
    started = time.perf_counter()
    result = await ticker.tick()
    tick_ms = (time.perf_counter() - started) * 1000
    since_spawn = time.time() - spawned_at
    await coach.close()
    return {
        "start_to_first_tick_s": round(since_spawn, 2),
        "first_tick_ms": round(tick_ms, 1),
        "claimed": result.claimed,
        "rss_mb": peak_rss_mb(),
    }


async def child_claim(path: Path) -> dict[str, Any]:
    from bot.bootstrap import build
    from bot.clock import ManualClock
    from bot.reminders.ticker import TickResult

    coach = await build(_settings(path), ManualClock(WAVE_AT))
    ticker = coach.ticker(NullNotifier())
    result = TickResult()
    started = time.perf_counter()
    await ticker.claim_due(result)
    total = time.perf_counter() - started
    await coach.close()
    batches = sorted(result.claim_seconds)
    full = [s for s in batches if s] or [0.0]
    return {
        "claimed": result.claimed,
        "batches": len(batches),
        "claim_total_s": round(total, 2),
        "batch_median_ms": round(statistics.median(full) * 1000, 2),
        "batch_p99_ms": round(full[min(len(full) - 1, int(len(full) * 0.99))] * 1000, 2),
        "batch_max_ms": round(full[-1] * 1000, 2),
        "rss_mb": peak_rss_mb(),
    }


async def child_naive(users: int, spawned_at: float) -> dict[str, Any]:
    from datetime import time as clock_time

    from telegram.ext import Application

    async def remind(_context: Any) -> None:  # pragma: no cover - never fires here
        return None

    application = Application.builder().token(TOKEN).build()
    queue = application.job_queue
    assert queue is not None
    zones = {z: ZoneInfo(z) for z in set(ZONES)}
    times = [*STRETCH_TIMES, STRENGTH_TIME]
    started = time.perf_counter()
    for i in range(1, users + 1):
        zone = zones[ZONES[i % len(ZONES)]]
        for n, at in enumerate(times):
            hour, minute = (int(p) for p in at.split(":"))
            queue.run_daily(
                remind,
                clock_time(hour, minute, tzinfo=zone),
                chat_id=10_000_000 + i,
                name=f"{i}-{n}",
            )
    added = time.perf_counter()
    await queue.start()
    running = time.perf_counter()
    since_spawn = time.time() - spawned_at
    await queue.stop(wait=False)
    return {
        "jobs": users * len(times),
        "start_to_running_s": round(since_spawn, 1),
        "add_s": round(added - started, 1),
        "scheduler_start_s": round(running - added, 1),
        "rss_mb": peak_rss_mb(),
    }


# --- parent -------------------------------------------------------------------------------


def run_child(*args: str) -> dict[str, Any]:
    """Run a child process; its wall time from spawn to exit is ``wall_s``."""
    started = time.perf_counter()
    proc = subprocess.run(
        [sys.executable, "-m", "bench.reminders_scale", *args],
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, "PYTHONPATH": os.environ.get("PYTHONPATH", ".")},
    )
    wall = time.perf_counter() - started
    if proc.returncode != 0:
        raise SystemExit(f"child {args} failed:\n{proc.stderr[-3000:]}")
    result: dict[str, Any] = json.loads(proc.stdout.strip().splitlines()[-1])
    result["wall_s"] = round(wall, 2)
    return result


def table_design(users: int, directory: Path, rebuild: bool) -> dict[str, Any]:
    pristine = directory / f"scale-{users}.db"
    marker = directory / f"scale-{users}.json"
    if rebuild or not marker.exists():
        print(f"building {users:,} users ...", file=sys.stderr, flush=True)
        marker.write_text(json.dumps(run_child("_build", str(users), str(pristine))))
    built = json.loads(marker.read_text())
    work = directory / f"run-{users}.db"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{work}{suffix}").unlink(missing_ok=True)
    shutil.copyfile(pristine, work)
    print(f"start {users:,} (3 runs) ...", file=sys.stderr, flush=True)
    runs = [run_child("_start", str(work), repr(time.time())) for _ in range(3)]
    start = sorted(runs, key=lambda r: r["start_to_first_tick_s"])[1]  # the median run
    start["start_runs_s"] = [r["start_to_first_tick_s"] for r in runs]
    start["rss_mb"] = max(r["rss_mb"] for r in runs)
    print(f"claim wave {users:,} ...", file=sys.stderr, flush=True)
    claim = run_child("_claim", str(work))
    return {"users": users, "built": built, "start": start, "claim": claim}


def report(rows: list[dict[str, Any]], naive: dict[str, Any] | None) -> str:
    lines = [
        "| design | users | process start -> first tick done (median of 3) | peak RSS (start) | "
        "claim wave: slots, batches | batch median / p99 / max | peak RSS (claim) |",
        "|---|---:|---:|---:|---:|---:|---:|",
    ]
    for row in rows:
        s, c = row["start"], row["claim"]
        lines.append(
            f"| slot table | {row['users']:,} | {s['start_to_first_tick_s']:.2f} s "
            f"(runs {', '.join(f'{x:.2f}' for x in s['start_runs_s'])}; "
            f"tick {s['first_tick_ms']} ms) | {s['rss_mb']:.0f} MB | "
            f"{c['claimed']:,}, {c['batches']} | {c['batch_median_ms']} / {c['batch_p99_ms']} / "
            f"{c['batch_max_ms']} ms | {c['rss_mb']:.0f} MB |"
        )
    if naive:
        lines.append(
            f"| naive run_daily | {naive['jobs'] // 4:,} | {naive['start_to_running_s']:.1f} s "
            f"(add {naive['add_s']} s, scheduler start {naive['scheduler_start_s']} s) | "
            f"{naive['rss_mb']:.0f} MB | — | — | — |"
        )
        same = next((r for r in rows if r["users"] == naive["jobs"] // 4), None)
        if same:
            lines.append(
                f"\nNaive / slot table at {same['users']:,} users: start "
                f"{naive['start_to_running_s'] / same['start']['start_to_first_tick_s']:.0f}x, "
                "peak RSS "
                f"{naive['rss_mb'] / same['start']['rss_mb']:.1f}x."
            )
    for row in rows:
        b = row["built"]
        lines.append(
            f"\nBuilt {b['users']:,} users / {b['slots']:,} slots in {b['build_s']} s "
            f"(SQLite file {b['db_mb']} MB)."
        )
    return "\n".join(lines)


def main() -> None:
    if len(sys.argv) > 1 and sys.argv[1].startswith("_"):
        command, *rest = sys.argv[1:]
        coroutine: Any
        if command == "_build":
            coroutine = child_build(int(rest[0]), Path(rest[1]))
        elif command == "_start":
            coroutine = child_start(Path(rest[0]), float(rest[1]))
        elif command == "_claim":
            coroutine = child_claim(Path(rest[0]))
        else:
            coroutine = child_naive(int(rest[0]), float(rest[1]))
        print(json.dumps(asyncio.run(coroutine)))
        return
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--users", type=int, nargs="+", default=[100_000, 1_000_000])
    parser.add_argument("--naive", type=int, default=100_000, help="0 to skip")
    parser.add_argument("--dir", type=Path, default=Path("/tmp/itb-bench"))
    parser.add_argument("--rebuild", action="store_true", help="rebuild cached databases")
    args = parser.parse_args()
    args.dir.mkdir(parents=True, exist_ok=True)
    rows = []
    naive = None
    for users in sorted(args.users):
        rows.append(table_design(users, args.dir, args.rebuild))
        if users == args.naive:
            print(f"naive {users:,} ...", file=sys.stderr, flush=True)
            naive = run_child("_naive", str(users), repr(time.time()))
    if args.naive and naive is None:
        naive = run_child("_naive", str(args.naive), repr(time.time()))
    print(report(rows, naive))
    print(json.dumps({"rows": rows, "naive": naive, "at": time.strftime("%Y-%m-%d %H:%M")}))


if __name__ == "__main__":
    main()
