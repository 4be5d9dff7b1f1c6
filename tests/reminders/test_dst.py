"""Reminders follow the user's zone through DST, ticked across the change."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from bot.clock import ManualClock
from bot.reminders.ticker import ReminderTicker
from tests.conftest import Talker
from tests.reminders.conftest import FakeNotifier, travel


def utc(*parts: int) -> datetime:
    return datetime(*parts, tzinfo=UTC)


@pytest.mark.parametrize(
    ("zone", "first", "start", "expected"),
    [
        # Spring forward: 02:30 does not exist on 8 March, sent at 03:00 EDT (07:00 UTC).
        (
            "America/New_York",
            "02:30",
            utc(2026, 3, 7, 12),
            [utc(2026, 3, 8, 7, 0), utc(2026, 3, 9, 6, 30)],
        ),
        # Fall back: 01:30 happens twice on 1 November, sent once.
        (
            "America/New_York",
            "01:30",
            utc(2026, 10, 31, 12),
            [utc(2026, 11, 1, 5, 30), utc(2026, 11, 2, 6, 30)],
        ),
        (
            "Europe/Berlin",
            "02:30",
            utc(2026, 3, 28, 12),
            [utc(2026, 3, 29, 1, 0), utc(2026, 3, 30, 0, 30)],
        ),
        (
            "Europe/Berlin",
            "02:30",
            utc(2026, 10, 24, 12),
            [utc(2026, 10, 25, 0, 30), utc(2026, 10, 26, 1, 30)],
        ),
        # Lord Howe's DST is 30 minutes: 02:15 does not exist on 4 October -> 02:30.
        (
            "Australia/Lord_Howe",
            "02:15",
            utc(2026, 10, 3, 0),
            [utc(2026, 10, 3, 15, 30), utc(2026, 10, 4, 15, 15)],
        ),
        # ...and 01:45 happens twice on 5 April.
        (
            "Australia/Lord_Howe",
            "01:45",
            utc(2026, 4, 4, 0),
            [utc(2026, 4, 4, 14, 45), utc(2026, 4, 5, 15, 15)],
        ),
        (
            "Asia/Kolkata",
            "08:00",
            utc(2026, 3, 7, 12),
            [utc(2026, 3, 8, 2, 30), utc(2026, 3, 9, 2, 30)],
        ),
    ],
)
async def test_first_stretch_reminder_across_dst(
    talker: Talker,
    clock: ManualClock,
    ticker: ReminderTicker,
    notifier: FakeNotifier,
    zone: str,
    first: str,
    start: datetime,
    expected: list[datetime],
) -> None:
    clock.set(start)
    await talker.say("/start")
    await talker.say(f"/timezone {zone}")
    await talker.say(f"/times {first} 13:00 20:00")
    await travel(clock, ticker, expected[-1] + timedelta(hours=2), step=timedelta(minutes=15))
    sent = [s.at for s in notifier.delivered if "Stretch session 1 of 3" in s.text]
    assert sent == expected
