"""The delivery path's database share: a batch of reminders costs a fixed number of
statements, not a dozen per reminder. Counted at the driver (every statement SQLAlchemy sends),
on SQLite and PostgreSQL, with the same guarantees the other reminder tests check."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import event
from sqlalchemy.ext.asyncio import AsyncEngine

from bot.bootstrap import Coach
from bot.clock import ManualClock
from bot.reminders.coalesce import Coalesced
from bot.reminders.shared_pace import SharedPace
from bot.service.replies import UserKey
from tests.reminders.conftest import FakeNotifier, at


@contextmanager
def counting(engine: AsyncEngine) -> Iterator[list[str]]:
    statements: list[str] = []

    def seen(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        statements.append(statement)

    event.listen(engine.sync_engine, "before_cursor_execute", seen)
    try:
        yield statements
    finally:
        event.remove(engine.sync_engine, "before_cursor_execute", seen)


async def start(coach: Coach, names: list[str], times: str) -> None:
    for name in names:
        key = UserKey("test", name)
        await coach.service.handle(key, "/start")
        await coach.service.handle(key, f"/times {times}")


async def tick_cost(coach: Coach, notifier: FakeNotifier) -> tuple[int, int]:
    """(statements, reminders sent) of one tick."""
    with counting(coach.engine) as statements:
        result = await coach.ticker(notifier).tick()
    return len(statements), result.sent


async def test_a_batch_of_reminders_costs_statements_per_batch_not_per_reminder(
    coach: Coach, clock: ManualClock, notifier: FakeNotifier
) -> None:
    await start(coach, [f"a{n}" for n in range(10)], "08:00 13:00 20:00")
    await start(coach, [f"b{n}" for n in range(40)], "09:00 13:00 20:00")
    clock.set(at(8, 0))
    ten = await tick_cost(coach, notifier)
    clock.set(at(9, 0))
    forty = await tick_cost(coach, notifier)
    assert (ten[1], forty[1]) == (10, 40)
    assert len({s.external_id for s in notifier.delivered}) == 50  # each once
    # 30 more reminders: at most one more statement for every three of them (before: about
    # fourteen more for each one: 148 statements for 10, 568 for 40).
    assert forty[0] - ten[0] <= 10, (ten, forty)


async def test_writes_made_together_are_written_together() -> None:
    written: list[list[int]] = []

    async def write(items: list[int]) -> dict[int, str]:
        written.append(items)
        await asyncio.sleep(0)
        return {i: f"row {i}" for i in items if i != 3}

    together = Coalesced(write)
    answers = await asyncio.gather(*(together.add(i) for i in range(5)))
    assert answers == ["row 0", "row 1", "row 2", None, "row 4"]
    assert written == [[0, 1, 2, 3, 4]] and together.writes == 1
    assert await together.add(7) == "row 7"  # a lone item goes at once, alone


async def test_many_sends_through_the_shared_pace_share_their_statements(
    coach: Coach,
) -> None:
    pace = SharedPace(coach.engine, rate=1000)
    await pace._ensure_rows()

    async def send(chat: int) -> None:
        await pace.chat_turn(chat)
        async with pace:
            await asyncio.sleep(0)

    engine = pace._engine()
    with counting(engine) as statements:
        await asyncio.gather(*(send(10_000 + n) for n in range(100)))
    # Before: three statements a send (the chat's turn, a row taken, the row given back).
    assert len(statements) <= 40, len(statements)
    await pace.close()


async def test_a_batch_locks_its_runners_before_their_deliveries(
    coach: Coach, clock: ManualClock, notifier: FakeNotifier
) -> None:
    """A runner's message locks them, then may change their delivery (a snooze): a batch
    taking the two the other way round could wait on it in a circle (a deadlock on
    PostgreSQL)."""
    await start(coach, [f"a{n}" for n in range(5)], "08:00 13:00 20:00")
    clock.set(at(8, 0))
    with counting(coach.engine) as statements:
        assert (await coach.ticker(notifier).tick()).sent == 5
    flat = [" ".join(s.split()).lower() for s in statements]
    lock = next(
        n for n, s in enumerate(flat) if s.startswith("select users.") and "users.id in" in s
    )
    renew = next(
        n
        for n, s in enumerate(flat)
        if s.startswith("update reminder_deliveries set next_attempt_at")
        and "returning" in s
        and "status" not in s.split(" set ")[1].split(" where ")[0]
    )
    assert lock < renew, (flat[lock], flat[renew])
