"""Message cost against the length of a runner's history: /today, a run report and /progress
for runners with 1 day, 6 weeks and 1 year of reports, through ``CoachService.handle`` (the
path every channel takes), on SQLite (and PostgreSQL with ``--postgres URL``).

    .venv/bin/python -m bench.message_cost                # ~4 min on 2 busy cores
    .venv/bin/python -m bench.message_cost --repeats 5    # a quick look
    .venv/bin/python -m bench.message_cost --postgres postgresql://postgres@127.0.0.1:5432/test

Each runner is seeded straight into the database (bulk rows, not messages): a morning check
every day, three stretch sessions, strength on its training days, a run every other day from
the walk-run phase on, and a red flag cleared two days later (the 1-year runner has three,
one of them taken back). Every message is timed twice in the same run: with the stored state
snapshot (the product) and with ``state_snapshots=False``, the full replay of every report
since the start (the path before the snapshot, the baseline). Runners, messages and paths
take turns within each repetition, so the machine's load falls on all of them alike. A run
report is undone between repetitions (outside the timing), so each one reports the same run.
/progress includes drawing the chart (in a worker thread, as in the product). Prints one
line per runner, message and path: the median and the spread in milliseconds.
Not part of the tests.
"""

from __future__ import annotations

import argparse
import asyncio
import platform
import sqlite3
import statistics
import tempfile
import time
import uuid
from collections.abc import Awaitable, Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from sqlalchemy import delete

from bot.clock import ManualClock
from bot.coach.plan import is_strength_day
from bot.coach.protocol import ProtocolLibrary
from bot.protocol_files import load_protocols, load_red_flags
from bot.reminders.user_schedule import SqlReminderSchedule
from bot.service.coach import CoachService
from bot.service.replies import UserKey
from bot.settings import Settings
from bot.store.db import make_engine, make_sessions, sqlite_url, upgrade_schema
from bot.store.models import (
    Completion,
    MorningReport,
    Referral,
    RunReport,
    StrengthReport,
    UserSettings,
)
from bot.store.unit_of_work import SqlUnitsOfWork

NOW = datetime(2027, 6, 1, 17, 0, tzinfo=UTC)  # a Tuesday evening; every runner is in UTC
HISTORIES = {"1 day": 1, "6 weeks": 42, "1 year": 365}
RUNS_FROM_DAY = 21  # the walk-run phase: a run every other day from here on
MESSAGES = ("/today", "/run 20 pain 1", "/progress")


async def seed(service: CoachService, sessions: object, who: UserKey, days: int) -> None:
    """Onboard ``who`` through the service, then write ``days`` days of reports straight
    into the database, today's morning check included."""
    for text in ("/start", "/screen none", "/side left", "/timezone UTC"):
        await service.handle(who, text)
    protocols: ProtocolLibrary = service.protocols
    protocol = protocols.default
    today = NOW.date()
    start = today - timedelta(days=days - 1)
    async with sessions() as session, session.begin():  # type: ignore[operator]
        from bot.store import repo

        user = await repo.find_user(session, who.channel, who.external_id)
        assert user is not None
        settings = await session.get(UserSettings, user.id)
        settings.start_date = start
        rows: list[object] = []
        for n in range(days):
            day = start + timedelta(days=n)
            at = datetime.combine(day, datetime.min.time(), UTC) + timedelta(hours=8)
            rows.append(MorningReport(user_id=user.id, day=day, pain=1, stairs_ok=n < 5))
            if day == today:
                continue
            for item in ("stretch-1", "stretch-2", "stretch-3"):
                rows.append(Completion(user_id=user.id, day=day, item=item, done_at=at))
            if is_strength_day(protocol, day):
                rows.append(StrengthReport(user_id=user.id, day=day, pain=2))
                rows.append(Completion(user_id=user.id, day=day, item="strength", done_at=at))
            if n >= RUNS_FROM_DAY and n % 2 == 1:
                rows.append(_run(user.id, day, at, stage=min(1 + (n - RUNS_FROM_DAY) // 8, 6)))
        for raised, cleared, retracted in _referrals(days):
            rows.append(
                Referral(
                    user_id=user.id,
                    day=start + timedelta(days=raised),
                    raised_at=NOW - timedelta(days=days - raised),
                    cause="swelling",
                    source="symptom",
                    reason="Swelling of the knee needs a clinician's look.",
                    cleared_on=start + timedelta(days=cleared) if cleared else None,
                    retracted_on=start + timedelta(days=retracted) if retracted else None,
                    cleared_by="physio" if cleared else None,
                )
            )
        session.add_all(rows)


def _run(user_id: int, day: date, at: datetime, stage: int) -> RunReport:
    return RunReport(
        user_id=user_id,
        day=day,
        reported_at=at + timedelta(hours=10),
        minutes=20,
        pain_during=1,
        stopped=False,
        stage=stage,
        phase="return",
        morning_pain=1,
        decision="progress",
        rule="R6",
        reason="A green run.",
    )


def _referrals(days: int) -> list[tuple[int, int | None, int | None]]:
    """(raised, cleared, retracted) as day offsets from the start."""
    found = [(32, 34, None)] if days > 35 else []
    if days > 300:
        found += [(150, None, 150), (200, 209, None)]
    return found


async def undo_today(sessions: object, today: date) -> None:
    """Take back what a timed run report wrote, so the next repetition reports the same run."""
    async with sessions() as session, session.begin():  # type: ignore[operator]
        await session.execute(delete(RunReport).where(RunReport.day == today))
        await session.execute(delete(Referral).where(Referral.day == today))


async def timed(call: Callable[[], Awaitable[object]]) -> float:
    began = time.perf_counter()
    await call()
    return (time.perf_counter() - began) * 1000


async def measure(url: str, repeats: int, protocols_dir: Path) -> list[str]:
    engine = make_engine(url)
    await upgrade_schema(engine)
    sessions = make_sessions(engine)
    clock = ManualClock(NOW)
    protocols = load_protocols(protocols_dir)
    red_flags = load_red_flags(protocols_dir)
    units = SqlUnitsOfWork(sessions, SqlReminderSchedule)
    paths = {
        "snapshot": CoachService(units, clock, protocols, "UTC", red_flags),
        "replay": CoachService(units, clock, protocols, "UTC", red_flags, state_snapshots=False),
    }
    runners = {label: UserKey("bench", f"runner-{days}") for label, days in HISTORIES.items()}
    for label, who in runners.items():
        await seed(paths["snapshot"], sessions, who, HISTORIES[label])
    # Every repetition goes through every runner, message and path in turn, so a change in
    # the machine's load falls on all of them alike.
    times: dict[tuple[str, str, str], list[float]] = {}
    for rep in range(repeats + 1):  # the first round warms up (imports, caches)
        for label, who in runners.items():
            for text in MESSAGES:
                for path, service in paths.items():
                    took = await timed(lambda s=service, t=text, w=who: s.handle(w, t))
                    if text.startswith("/run"):
                        await undo_today(sessions, NOW.date())
                    if rep:
                        times.setdefault((label, text, path), []).append(took)
    lines = []
    for (label, text, path), values in times.items():
        lines.append(
            f"{label:8} {text:15} {path:8} median {statistics.median(values):7.1f} ms"
            f"  (min {min(values):6.1f}, max {max(values):6.1f}, n={len(values)})"
        )
    await engine.dispose()
    return lines


async def on_postgres(server: str, repeats: int, protocols_dir: Path) -> list[str]:
    """Measure on a database of its own on ``server``, created here and dropped after."""
    import asyncpg

    name = f"itb_cost_{uuid.uuid4().hex[:8]}"
    admin = await asyncpg.connect(server)
    await admin.execute(f"CREATE DATABASE {name}")
    try:
        base = server.rsplit("/", 1)[0].replace("postgresql://", "postgresql+asyncpg://", 1)
        return await measure(f"{base}/{name}", repeats, protocols_dir)
    finally:
        await admin.execute(f"DROP DATABASE {name} WITH (FORCE)")
        await admin.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeats", type=int, default=15)
    parser.add_argument(
        "--postgres",
        default=None,
        help="a PostgreSQL server URL (postgresql://user@host:port/db) to measure on too",
    )
    args = parser.parse_args()
    protocols_dir = Settings(_env_file=None, telegram_bot_token=None).protocols_dir  # type: ignore[call-arg]
    print(
        f"# {datetime.now(UTC):%Y-%m-%d %H:%M} UTC, Python {platform.python_version()}, "
        f"SQLite {sqlite3.sqlite_version}, {platform.machine()}, repeats {args.repeats}"
    )
    with tempfile.TemporaryDirectory() as folder:
        print("## SQLite")
        url = sqlite_url(Path(folder) / "cost.db")
        for line in asyncio.run(measure(url, args.repeats, protocols_dir)):
            print(line)
    if args.postgres:
        print("## PostgreSQL")
        for line in asyncio.run(on_postgres(args.postgres, args.repeats, protocols_dir)):
            print(line)


if __name__ == "__main__":
    main()
