"""Broadcast benchmark: reminder waves at 1,000/s on PostgreSQL, this code against a baseline.

    .venv/bin/python -m bench.broadcast --baseline /tmp/itb-baseline --users 2000

For each code tree (this one, and ``--baseline``: a checkout of the code before, with its own
``.venv``), in one run: a 1-worker wave of ``--small`` and of ``--users`` reminders (the slope
between them is the CPU a reminder costs, start-up left out), then ``--users`` reminders with
1, 2 and 4 workers; then, for this tree only, 3 workers with one ``kill -9``'d once the fake
has accepted a third. Every wave: a fresh database, ``bench/fake_rate_limited_api.py`` at
``--rate`` per any 1 s window (1,000: Telegram's paid broadcasts), the workers' shared pace at
the same rate, the production path (``bench/scale_out.py``'s worker: ``ReminderTicker`` ->
``TelegramNotifier`` -> PTB -> ``PacedRateLimiter`` with the database pace).

Reported per wave: deliveries per second (the due minute to the last message accepted), the
workers' CPU after they were ready (``/proc``, start-up left out) per delivery, the database
server's CPU for the wave's database per delivery (its backends, sampled from ``/proc`` every
0.2 s: the database's share), lost / duplicated / 429s as the fake counted them, and the load
average. Linux only; loopback only; not part of the tests.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import signal
import subprocess
import sys
import threading
import time
import uuid
from pathlib import Path
from typing import Any

from bench.scale_out import (
    FIRST_CHAT,
    SERVER,
    admin,
    get_json,
    held_pace_rows,
    seed,
    sent_rows,
)

TICK = os.sysconf("SC_CLK_TCK")


def cpu_of(pid: int) -> float | None:
    """User + system CPU seconds of a process, or None once it is gone."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except (OSError, IndexError):
        return None
    return (int(fields[11]) + int(fields[12])) / TICK


class DatabaseCpu(threading.Thread):
    """Samples the CPU of every server backend connected to ``name`` until stopped."""

    def __init__(self, name: str) -> None:
        super().__init__(daemon=True)
        self.name = name
        self.first: dict[int, float] = {}
        self.last: dict[int, float] = {}
        self.done = threading.Event()

    def start_at(self) -> None:
        for pid in self._pids():
            cpu = cpu_of(pid)
            if cpu is not None:
                self.first[pid] = self.last[pid] = cpu
        self.start()

    def _pids(self) -> list[int]:
        import asyncpg

        async def run() -> list[int]:
            connection = await asyncpg.connect(SERVER, timeout=5)
            try:
                rows = await connection.fetch(
                    "SELECT pid FROM pg_stat_activity WHERE datname = $1", self.name
                )
                return [int(row["pid"]) for row in rows]
            finally:
                await connection.close()

        return asyncio.run(run())

    def run(self) -> None:
        while not self.done.wait(0.2):
            for pid in self._pids():
                cpu = cpu_of(pid)
                if cpu is not None:
                    self.first.setdefault(pid, 0.0)  # new since the start: all of it counts
                    self.last[pid] = cpu

    def seconds(self) -> float:
        self.done.set()
        self.join()
        return sum(self.last[pid] - self.first[pid] for pid in self.last)


def worker_command(
    tree: Path, role: str, url: str, port: int, rate: int, lease: float
) -> list[str]:
    python = tree / ".venv" / "bin" / "python"
    api = f"http://127.0.0.1:{port}/bot"
    options = ["--db", url, "--api", api, "--rate", str(rate), "--lease", str(lease)]
    return [str(python), "-m", "bench.scale_out", role, *options]


def wave(
    tree: Path,
    users: int,
    workers: int,
    rate: int,
    port: int,
    kill_after: int | None = None,
    lease: float = 30,
) -> dict[str, Any]:
    name = f"itb_bench_{uuid.uuid4().hex[:10]}"
    admin(f'CREATE DATABASE "{name}"')
    url = SERVER.rsplit("/", 1)[0].replace("postgresql://", "postgresql+asyncpg://") + "/" + name
    fake = ["bench.fake_rate_limited_api", "--port", str(port), "--rate", str(rate)]
    api = subprocess.Popen([sys.executable, "-m", *fake])
    procs: list[subprocess.Popen[bytes]] = []
    try:
        seed(url, users)
        for _ in range(100):
            try:
                get_json(f"http://127.0.0.1:{port}/_stats")
                break
            except OSError:
                time.sleep(0.1)
        command = worker_command(tree, "worker", url, port, rate, lease)
        pipe = subprocess.PIPE
        procs = [
            subprocess.Popen(command, cwd=tree, stdin=pipe, stdout=pipe) for _ in range(workers)
        ]
        for proc in procs:
            assert proc.stdout is not None and proc.stdout.readline().strip() == b"ready"
        ready_cpu = {proc.pid: cpu_of(proc.pid) or 0.0 for proc in procs}
        database = DatabaseCpu(name)
        database.start_at()
        t0 = time.time() + 0.5
        for proc in procs:
            assert proc.stdin is not None
            proc.stdin.write(f"go {t0}\n".encode())
            proc.stdin.close()
        in_flight = killed_cpu = unrecorded = None
        if kill_after is not None:
            while get_json(f"http://127.0.0.1:{port}/_stats")["accepted"] < kill_after:
                time.sleep(0.01)
            killed_cpu = (cpu_of(procs[0].pid) or 0.0) - ready_cpu[procs[0].pid]
            procs[0].send_signal(signal.SIGKILL)
            time.sleep(1.5)  # the others' sends come back out of the pace within this
            in_flight = held_pace_rows(url, beyond=1.0)
            unrecorded = killed_unrecorded(url, port)
        worker_cpu = 0.0 if killed_cpu is None else killed_cpu
        for proc in procs:
            proc.wait(timeout=1800)
            assert proc.stdout is not None
            for line in proc.stdout:
                if line.startswith(b"cpu "):  # getrusage at the end, start-up included
                    worker_cpu += float(line.split()[1]) - ready_cpu[proc.pid]
        db_cpu = database.seconds()
        stats = get_json(f"http://127.0.0.1:{port}/_stats")
        elapsed = stats["last_accepted_at"] - t0
        return {
            "tree": tree.name,
            "users": users,
            "workers": workers,
            "rate": rate,
            "seconds": round(elapsed, 2),
            "deliveries_per_s": round(stats["accepted"] / elapsed, 1),
            "worker_cpu_s": round(worker_cpu, 2),
            "worker_ms_per_delivery": round(1000 * worker_cpu / users, 2),
            "db_cpu_s": round(db_cpu, 2),
            "db_ms_per_delivery": round(1000 * db_cpu / users, 2),
            "lost": users - stats["chats"],
            "duplicated": stats["duplicated"],
            "rejected_429": stats["rejected_429"],
            "rows_sent": sent_rows(url),
            "killed_in_flight": in_flight,  # its requests on their way (pace rows held)
            "killed_unrecorded": unrecorded,  # its messages accepted, the rows not marked
            "load_average": [round(x, 2) for x in os.getloadavg()],
        }
    finally:
        for proc in procs:
            if proc.poll() is None:
                proc.kill()
        api.terminate()
        api.wait()
        admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def killed_unrecorded(url: str, port: int) -> int:
    """Deliveries still ``sending`` whose message the fake accepted, in two looks 0.5 s apart
    (a live worker marks its own within milliseconds): the killed worker's sends that went out
    but were never recorded. Only these, and its requests on their way, can be sent twice."""
    import asyncpg

    async def sending() -> set[int]:
        connection = await asyncpg.connect(url.replace("+asyncpg", ""), timeout=5)
        try:
            rows = await connection.fetch(
                "SELECT id, user_id FROM reminder_deliveries WHERE status = 'sending'"
            )
        finally:
            await connection.close()
        accepted = set(get_json(f"http://127.0.0.1:{port}/_chats"))
        return {int(row["id"]) for row in rows if FIRST_CHAT + int(row["user_id"]) in accepted}

    first = asyncio.run(sending())
    time.sleep(0.5)
    return len(first & asyncio.run(sending()))


def report(run: dict[str, Any]) -> None:
    print(json.dumps(run), flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--baseline", type=Path, required=True, help="the code before")
    parser.add_argument("--users", type=int, default=2000)
    parser.add_argument("--small", type=int, default=500)
    parser.add_argument("--rate", type=int, default=1000)
    parser.add_argument("--workers", default="1,2,4")
    parser.add_argument("--port", type=int, default=8097)
    parser.add_argument("--no-kill", action="store_true")
    args = parser.parse_args()
    here = Path(__file__).resolve().parent.parent
    counts = [int(n) for n in args.workers.split(",")]
    for tree in (args.baseline.resolve(), here):
        small = wave(tree, args.small, 1, args.rate, args.port)
        large = wave(tree, args.users, 1, args.rate, args.port)
        slope = (large["worker_cpu_s"] - small["worker_cpu_s"]) / (args.users - args.small)
        db_slope = (large["db_cpu_s"] - small["db_cpu_s"]) / (args.users - args.small)
        report(small)
        report(large)
        report(
            {
                "tree": tree.name,
                "slope_worker_ms_per_delivery": round(1000 * slope, 2),
                "slope_db_ms_per_delivery": round(1000 * db_slope, 2),
            }
        )
        for workers in counts:
            if workers != 1:
                report(wave(tree, args.users, workers, args.rate, args.port))
    if not args.no_kill:
        third = args.users // 3
        report(wave(here, args.users, 3, args.rate, args.port, kill_after=third, lease=20))


if __name__ == "__main__":
    main()
