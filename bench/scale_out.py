"""Scale-out benchmark: reminder waves on PostgreSQL sent by several worker processes.

    .venv/bin/python -m bench.scale_out throughput --users 3000  # 1, 2, 4 workers, raised limit
    .venv/bin/python -m bench.scale_out paced --users 900        # 3 workers, 30/s
    .venv/bin/python -m bench.scale_out kill --users 900         # 3 workers, one kill -9

Each run: a fresh database on ``--server`` (created, dropped at the end) with N users whose
one reminder is due at the same minute; ``bench/fake_rate_limited_api.py`` as a separate
process (it counts messages per chat: lost, duplicated, 429s); W worker processes, each the
production path (``ReminderTicker`` -> ``TelegramNotifier`` -> PTB bot -> ``PacedRateLimiter``
with the shared database pace), started together. Their clock is the wave's minute plus the
real time since the start, so leases run out as they would. Loopback only; every run stops
by itself (a worker exits once no delivery is open). Not part of the tests.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import logging
import os
import resource
import signal
import subprocess
import sys
import time
import urllib.request
import uuid
from datetime import UTC, datetime, timedelta
from typing import Any

SERVER = os.environ.get("ITB_BENCH_POSTGRES", "postgresql://postgres@127.0.0.1:5432/test")
TOKEN = "123456789:" + "A" * 35
WAVE = datetime(2026, 11, 23, 8, 0, tzinfo=UTC)
FIRST_CHAT = 10_000_000


class WaveClock:
    """The wave's minute plus the real time since ``t0`` (shared by every worker)."""

    def __init__(self, t0: float) -> None:
        self.t0 = t0

    def now(self) -> datetime:
        return WAVE + timedelta(seconds=time.time() - self.t0)


# --- a worker process --------------------------------------------------------------------


async def worker(args: argparse.Namespace) -> None:
    from pydantic import SecretStr
    from sqlalchemy import func, select, text

    from bot.bootstrap import build
    from bot.channels.telegram_pace import PacedRateLimiter
    from bot.channels.telegram_render import TelegramNotifier
    from bot.channels.telegram_worker import worker_bot
    from bot.reminders.shared_pace import SharedPace
    from bot.reminders.ticker import ReminderTicker
    from bot.settings import Settings
    from bot.store.models import ReminderDelivery

    settings = Settings(_env_file=None, database_url=args.db, telegram_bot_token=None)  # type: ignore[call-arg]
    clock = WaveClock(time.time())
    coach = await build(settings, clock)
    pace = SharedPace(coach.engine, rate=args.rate, lease=args.lease)
    limiter = PacedRateLimiter(max_retries=3, shared=pace)
    settings.telegram_bot_token = SecretStr(TOKEN)
    settings.telegram_api_base_url = args.api
    bot = worker_bot(settings, coach, limiter)
    await bot.initialize()
    ticker = ReminderTicker(
        coach.service, TelegramNotifier(bot, coach.service), lease_seconds=int(args.lease)
    )
    print("ready", flush=True)  # then wait for the driver's "go <t0>"
    line = await asyncio.to_thread(sys.stdin.readline)
    clock.t0 = float(line.split()[1])
    await asyncio.sleep(max(clock.t0 - time.time(), 0))
    open_rows = (
        select(func.count())
        .select_from(ReminderDelivery)
        .where(text("reminder_deliveries.status IN ('pending', 'sending')"))
    )
    while True:
        result = await ticker.tick()
        if result.claimed or result.sent or result.retrying:
            continue
        async with coach.sessions() as session:
            if not await session.scalar(open_rows):
                break
        await asyncio.sleep(0.2)  # another worker holds them, or a lease has to run out
    await bot.shutdown()
    await coach.close()
    usage = resource.getrusage(resource.RUSAGE_SELF)
    print(f"cpu {usage.ru_utime + usage.ru_stime:.2f} user {usage.ru_utime:.2f}", flush=True)


async def poller(args: argparse.Namespace) -> None:
    """``itb-coach`` as deployed by default: the PTB Application long polling, whose job
    queue ticks the reminders (``BOT_SENDS_REMINDERS``), sending through the shared pace."""
    from pydantic import SecretStr
    from sqlalchemy import func, select, text

    from bot.bootstrap import build
    from bot.channels.telegram import build_application, running
    from bot.channels.telegram_pace import PacedRateLimiter
    from bot.reminders.shared_pace import SharedPace
    from bot.settings import Settings
    from bot.store.models import ReminderDelivery

    settings = Settings(  # type: ignore[call-arg]
        _env_file=None,
        database_url=args.db,
        telegram_bot_token=SecretStr(TOKEN),
        telegram_api_base_url=args.api,
        reminder_tick_seconds=1,
        bot_sends_reminders=True,
    )
    # A tick that outlasts its 1 s interval is skipped, as designed; APScheduler says so each time.
    logging.getLogger("apscheduler").setLevel(logging.ERROR)
    clock = WaveClock(time.time())
    coach = await build(settings, clock)
    pace = SharedPace(coach.engine, rate=args.rate, lease=args.lease)
    limiter = PacedRateLimiter(max_retries=3, shared=pace)
    application = build_application(settings, coach, rate_limiter=limiter, close_coach=True)
    print("ready", flush=True)
    line = await asyncio.to_thread(sys.stdin.readline)
    clock.t0 = float(line.split()[1])
    await asyncio.sleep(max(clock.t0 - time.time(), 0))
    open_rows = (
        select(func.count())
        .select_from(ReminderDelivery)
        .where(text("reminder_deliveries.status IN ('pending', 'sending')"))
    )
    async with running(application, poll_timeout=1):
        ticker = application.bot_data["reminder_ticker"]
        ticker.lease = timedelta(seconds=args.lease)  # the workers' lease, so a run stays short
        while True:
            await asyncio.sleep(1)
            async with coach.sessions() as session:
                if not await session.scalar(open_rows):
                    break
    usage = resource.getrusage(resource.RUSAGE_SELF)
    print(f"cpu {usage.ru_utime + usage.ru_stime:.2f} user {usage.ru_utime:.2f}", flush=True)


# --- the driver ---------------------------------------------------------------------------


def admin(statement: str) -> None:
    import asyncpg

    async def run() -> None:
        connection = await asyncpg.connect(SERVER, timeout=5)
        try:
            await connection.execute(statement)
        finally:
            await connection.close()

    asyncio.run(run())


def seed(url: str, users: int) -> None:
    """N users, each with one stretch reminder due at the wave's minute (bulk SQL)."""
    asyncio.run(seed_wave(url, users, WAVE, "08:00,13:00,20:00", "18:00"))


async def seed_wave(
    url: str, users: int, due: datetime, stretch_times: str, strength_time: str
) -> None:
    """N users (ids 1..N, chats from FIRST_CHAT), each with their first stretch reminder due at
    ``due`` (UTC), started the day before: the wave every reminder benchmark sends."""
    from sqlalchemy import insert

    from bot.store.db import make_engine, upgrade_schema
    from bot.store.models import ReminderSlot, User, UserSettings

    engine = make_engine(url)
    await upgrade_schema(engine)
    ids = range(1, users + 1)
    users_rows = [
        {
            "id": i,
            "channel": "telegram",
            "external_id": str(FIRST_CHAT + i),
            "created_at": due - timedelta(days=1),
            "active": True,
        }
        for i in ids
    ]
    settings_rows = [
        {
            "user_id": i,
            "protocol_id": "hip-strength-return",
            "start_date": due.date() - timedelta(days=1),
            "side": "left",
            "timezone": "UTC",
            "stretch_times": stretch_times,
            "strength_time": strength_time,
        }
        for i in ids
    ]
    slot_rows = [
        {
            "user_id": i,
            "kind": "stretch",
            "slot": 1,
            "local_time": f"{due:%H:%M}",
            "timezone": "UTC",
            "next_due_utc": due,
            "due_date": due.date(),
        }
        for i in ids
    ]
    async with engine.begin() as connection:
        await connection.execute(insert(User), users_rows)
        await connection.execute(insert(UserSettings), settings_rows)
        await connection.execute(insert(ReminderSlot), slot_rows)
        await connection.exec_driver_sql(
            "SELECT setval('users_id_seq', (SELECT max(id) FROM users))"
        )
    await engine.dispose()


def get_json(url: str) -> Any:
    with urllib.request.urlopen(url, timeout=5) as response:
        return json.load(response)


def held_pace_rows(url: str, beyond: float) -> int:
    """Rows of the shared pace held past ``beyond`` seconds from now: sends that entered the
    pace and never came back out (their process died with them in flight)."""
    import asyncpg

    async def run() -> int:
        connection = await asyncpg.connect(url.replace("+asyncpg", ""), timeout=5)
        try:
            return int(
                await connection.fetchval(
                    "SELECT count(*) FROM send_pace WHERE slot >= 0 AND free_at > $1",
                    time.time() + beyond,
                )
            )
        finally:
            await connection.close()

    return asyncio.run(run())


def sent_rows(url: str) -> int:
    import asyncpg

    async def run() -> int:
        connection = await asyncpg.connect(url.replace("+asyncpg", ""), timeout=5)
        try:
            return int(
                await connection.fetchval(
                    "SELECT count(*) FROM reminder_deliveries WHERE status = 'sent'"
                )
            )
        finally:
            await connection.close()

    return asyncio.run(run())


def start(command: list[str], role: str) -> subprocess.Popen[bytes]:
    pipe = subprocess.PIPE
    return subprocess.Popen([c.replace("{role}", role) for c in command], stdin=pipe, stdout=pipe)


def ready(proc: subprocess.Popen[bytes]) -> None:
    assert proc.stdout is not None and proc.stdout.readline().strip() == b"ready"


def go(proc: subprocess.Popen[bytes], t0: float) -> None:
    assert proc.stdin is not None
    proc.stdin.write(f"go {t0}\n".encode())
    proc.stdin.close()


def one_run(
    users: int,
    workers: int,
    api_rate: int,
    pace: int,
    kill_after: int | None,
    lease: float,
    port: int,
    poller: bool = False,
) -> dict[str, Any]:
    """``workers`` processes (with ``poller``, the first of them is a poller); with
    ``kill_after``, the first is killed once the fake accepted that many (a poller is then
    started again, as its supervisor would)."""
    name = f"itb_bench_{uuid.uuid4().hex[:10]}"
    admin(f'CREATE DATABASE "{name}"')
    url = SERVER.rsplit("/", 1)[0].replace("postgresql://", "postgresql+asyncpg://") + "/" + name
    api = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "bench.fake_rate_limited_api",
            "--port",
            str(port),
            "--rate",
            str(api_rate),
        ]
    )
    procs: list[subprocess.Popen[bytes]] = []
    try:
        seed(url, users)
        for _ in range(100):
            try:
                get_json(f"http://127.0.0.1:{port}/_stats")
                break
            except OSError:
                time.sleep(0.1)
        command = [
            sys.executable,
            "-m",
            "bench.scale_out",
            "{role}",
            "--db",
            url,
            "--api",
            f"http://127.0.0.1:{port}/bot",
            "--rate",
            str(pace),
            "--lease",
            str(lease),
        ]
        roles = ["poller" if poller and n == 0 else "worker" for n in range(workers)]
        procs = [start(command, role) for role in roles]
        for proc in procs:  # every process built, its bot connected
            ready(proc)
        t0 = time.time() + 0.5
        for proc in procs:
            go(proc, t0)
        in_flight = None
        if kill_after is not None:
            while get_json(f"http://127.0.0.1:{port}/_stats")["accepted"] < kill_after:
                time.sleep(0.05)
            procs[0].send_signal(signal.SIGKILL)
            time.sleep(2.5)  # the others' sends come back out of the pace within this
            in_flight = held_pace_rows(url, beyond=1.0)
            if poller:
                procs.append(start(command, "poller"))
                ready(procs[-1])
                go(procs[-1], t0)
        deadline = time.time() + 1800
        cpu: list[float] = []
        for proc in procs:
            proc.wait(timeout=max(deadline - time.time(), 1))
            assert proc.stdout is not None
            cpu += [float(line.split()[1]) for line in proc.stdout if line.startswith(b"cpu ")]
        stats = get_json(f"http://127.0.0.1:{port}/_stats")
        elapsed = stats["last_accepted_at"] - t0
        return {
            "users": users,
            "workers": workers,
            "poller": poller,
            "api_rate": api_rate,
            "pace": pace,
            "seconds": round(elapsed, 2),
            "first_after_s": round(stats["first_accepted_at"] - t0, 2),
            "deliveries_per_s": round(stats["accepted"] / elapsed, 1),
            "floor_s": round(users / api_rate, 2) if api_rate <= 1000 else None,
            "lost": users - stats["chats"],
            "duplicated": stats["duplicated"],
            "rejected_429": stats["rejected_429"],
            "rows_sent": sent_rows(url),
            "killed_in_flight": in_flight,
            "worker_cpu_s": cpu,  # CPU time each surviving worker used, start-up included
            "load_average": [round(x, 2) for x in os.getloadavg()],
        }
    finally:
        for proc in procs:
            if proc.poll() is None:
                proc.kill()
        api.terminate()
        api.wait()
        admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = parser.add_subparsers(dest="what", required=True)
    for what in ("throughput", "paced", "kill", "kill-poller"):
        p = sub.add_parser(what)
        p.add_argument("--users", type=int, default=900)
        p.add_argument("--port", type=int, default=8099)
        p.add_argument("--workers", default="", help="worker counts to run, e.g. 1,2,4")
    for role in ("worker", "poller"):
        w = sub.add_parser(role)
        w.add_argument("--db")
        w.add_argument("--api")
        w.add_argument("--rate", type=int)
        w.add_argument("--lease", type=float)
    args = parser.parse_args()
    if args.what == "worker":
        profile = os.environ.get("ITB_BENCH_PROFILE")  # a path: cProfile each worker there
        if profile:
            import cProfile

            cProfile.runctx(
                "asyncio.run(worker(args))", globals(), {"args": args}, f"{profile}.{os.getpid()}"
            )
        else:
            asyncio.run(worker(args))
        return
    if args.what == "poller":
        asyncio.run(poller(args))
        return
    runs: list[dict[str, Any]] = []
    if args.what == "throughput":
        for workers in (int(n) for n in (args.workers or "1,2,4").split(",")):
            runs.append(one_run(args.users, workers, 100_000, 1000, None, 30, args.port))
    elif args.what == "paced":
        for workers in (int(n) for n in (args.workers or "3").split(",")):
            runs.append(one_run(args.users, workers, 30, 30, None, 30, args.port))
    elif args.what == "kill":
        runs.append(one_run(args.users, 3, 30, 30, args.users // 3, 20, args.port))
    else:  # a poller and 2 workers; the poller killed, then started again
        runs.append(one_run(args.users, 3, 30, 30, args.users // 3, 20, args.port, poller=True))
    for run in runs:
        print(json.dumps(run), flush=True)


if __name__ == "__main__":
    main()
