"""PostgreSQL: several bot processes share the reminder work through FOR UPDATE SKIP LOCKED.

Runs in this test session's own PostgreSQL database (``tests/databases.py``).
"""

from __future__ import annotations

import asyncio
from collections import Counter
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import event

from bot.bootstrap import Coach, build
from bot.clock import ManualClock
from bot.reminders import queue
from bot.service.replies import Delivery, Reply, UserKey
from bot.settings import Settings

pytestmark = pytest.mark.postgres
EIGHT = datetime(2026, 11, 23, 8, 0, tzinfo=UTC)


async def make_coach(url: str, clock: ManualClock) -> Coach:
    settings = Settings(_env_file=None, database_url=url, telegram_bot_token=None)  # type: ignore[call-arg]
    return await build(settings, clock)


class SharedNotifier:
    channel = "test"

    def __init__(self) -> None:
        self.sent: list[str] = []

    async def send(self, external_id: str, replies: list[Reply]) -> Delivery:
        await asyncio.sleep(0)  # let the other process run in between
        self.sent.append(external_id)
        return Delivery.SENT


async def test_a_locked_slot_is_skipped_by_another_process(postgres_url: str) -> None:
    clock = ManualClock(EIGHT - timedelta(hours=1))
    a, b = await make_coach(postgres_url, clock), await make_coach(postgres_url, clock)
    try:
        for i in range(10):
            await a.service.handle(UserKey("test", f"u{i}"), "/start")
        statements: list[str] = []
        event.listen(
            a.engine.sync_engine,
            "before_cursor_execute",
            lambda *args: statements.append(args[2]),
        )
        async with a.sessions() as first, first.begin():
            mine = await queue.due_slots(first, EIGHT, 4, ["test"])
            async with b.sessions() as second, second.begin():
                theirs = await queue.due_slots(second, EIGHT, 100, ["test"])
        assert len(mine) == 4 and len(theirs) == 6
        assert not {r.id for r in mine} & {r.id for r in theirs}
        assert any("FOR UPDATE OF reminder_slots SKIP LOCKED" in s for s in statements)
    finally:
        await a.close()
        await b.close()


async def test_two_processes_send_each_reminder_once(postgres_url: str) -> None:
    clock = ManualClock(EIGHT - timedelta(hours=1))
    a, b = await make_coach(postgres_url, clock), await make_coach(postgres_url, clock)
    try:
        users = [f"u{i}" for i in range(60)]
        for who in users:
            await a.service.handle(UserKey("test", who), "/start")
        clock.set(EIGHT)
        notifier = SharedNotifier()
        options: dict[str, Any] = {"claim_batch": 7, "send_batch": 5}
        first = a.ticker(notifier, **options)
        second = b.ticker(notifier, **options)
        results = await asyncio.gather(first.tick(), second.tick())
        assert Counter(notifier.sent) == dict.fromkeys(users, 1)
        assert sum(r.claimed for r in results) == len(users)
        assert sum(r.sent for r in results) == len(users)
        # A restart of both repeats nothing (no requeue on PostgreSQL: leases run out).
        assert sum(r.requeued for r in results) == 0
        clock.set(EIGHT + timedelta(minutes=10))
        await asyncio.gather(first.tick(), second.tick())
        assert len(notifier.sent) == len(users)
    finally:
        await a.close()
        await b.close()
