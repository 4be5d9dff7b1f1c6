"""Reminder tests travel in time with the manual clock and tick by hand: nothing sleeps."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

from bot.bootstrap import Coach
from bot.clock import ManualClock
from bot.reminders.ticker import ReminderTicker, TickResult
from bot.service.replies import Delivery, Reply
from bot.store.models import ReminderDelivery
from tests.conftest import Talker


@pytest.fixture
def database_url(both_databases: str) -> str:
    """Every test here runs on SQLite and on PostgreSQL."""
    return both_databases


MONDAY = datetime(2026, 11, 23, tzinfo=UTC)  # the shared clock starts at 07:00 UTC that day


def at(hour: int, minute: int = 0, day: int = 0) -> datetime:
    """UTC ``hour:minute`` on the test Monday, ``day`` days later."""
    return MONDAY + timedelta(days=day, hours=hour, minutes=minute)


@dataclass
class Sent:
    at: datetime
    external_id: str
    replies: list[Reply]

    @property
    def text(self) -> str:
        return "\n".join(r.text for r in self.replies)


@dataclass
class FakeNotifier:
    """Records every send. ``outcome`` decides each one (default: delivered)."""

    clock: ManualClock
    channel: str = "test"
    outcome: Callable[[str, int], Delivery] = lambda _who, _n: Delivery.SENT
    calls: list[Sent] = field(default_factory=list)  # every attempt, whatever the outcome
    delivered: list[Sent] = field(default_factory=list)

    async def send(self, external_id: str, replies: list[Reply]) -> Delivery:
        sent = Sent(self.clock.now(), external_id, replies)
        self.calls.append(sent)
        result = self.outcome(external_id, len(self.calls))
        if result is Delivery.SENT:
            self.delivered.append(sent)
        return result

    def to(self, external_id: str) -> list[Sent]:
        return [s for s in self.delivered if s.external_id == external_id]


@pytest.fixture
def notifier(clock: ManualClock) -> FakeNotifier:
    return FakeNotifier(clock)


@pytest.fixture
def ticker(coach: Coach, notifier: FakeNotifier) -> ReminderTicker:
    return coach.ticker(notifier)


async def travel(
    clock: ManualClock,
    ticker: ReminderTicker,
    until: datetime,
    step: timedelta = timedelta(minutes=5),
) -> TickResult:
    """Tick at every ``step`` from now up to and including ``until``; the totals."""
    total = TickResult()
    while True:
        result = await ticker.tick()
        for name in ("claimed", "sent", "skipped", "retrying", "failed", "blocked", "requeued"):
            setattr(total, name, getattr(total, name) + getattr(result, name))
        if clock.now() >= until:
            return total
        clock.set(min(clock.now() + step, until))


async def deliveries(coach: Coach) -> list[ReminderDelivery]:
    async with coach.sessions() as session:
        rows = await session.scalars(select(ReminderDelivery).order_by(ReminderDelivery.id))
        return list(rows)


async def press(talker: Talker, sent: Sent, label: str) -> str:
    """Press a button of a reminder the user received."""
    talker.last = sent.replies
    return await talker.press(label)
