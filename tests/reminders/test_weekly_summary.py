"""The weekly summary goes out through the reminder machinery on Sunday evening, local time."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from bot.clock import ManualClock
from bot.reminders.ticker import ReminderTicker
from tests.conftest import START, Talker
from tests.reminders.conftest import FakeNotifier, travel


def weekly(notifier: FakeNotifier) -> list[str]:
    return [s.text for s in notifier.to("runner-1") if any(r.image for r in s.replies)]


async def test_summary_arrives_once_on_sunday_evening_with_the_chart(
    talker: Talker, clock: ManualClock, ticker: ReminderTicker, notifier: FakeNotifier
) -> None:
    await talker.say("/start")
    await talker.say("/timezone Europe/Berlin")
    saturday_night = datetime(2026, 11, 28, 23, 0, tzinfo=UTC)
    await travel(clock, ticker, saturday_night, step=timedelta(hours=1))
    assert weekly(notifier) == []  # nothing before Sunday
    sunday_1830_berlin = datetime(2026, 11, 29, 17, 30, tzinfo=UTC)
    await travel(clock, ticker, sunday_1830_berlin, step=timedelta(minutes=30))
    assert weekly(notifier) == []  # not before the evening time
    await travel(clock, ticker, sunday_1830_berlin + timedelta(hours=5), step=timedelta(minutes=5))
    [summary] = weekly(notifier)
    [sent] = [s for s in notifier.to("runner-1") if any(r.image for r in s.replies)]
    assert sent.at.astimezone(UTC).hour == 18  # 19:00 in Berlin (UTC+1 in winter)
    image = next(r.image for r in sent.replies if r.image)
    assert image.content.startswith(b"\x89PNG")
    assert summary.strip()


async def test_no_summary_while_paused(
    talker: Talker, clock: ManualClock, ticker: ReminderTicker, notifier: FakeNotifier
) -> None:
    await talker.say("/start")
    await talker.say("/pause 14")
    await travel(clock, ticker, START + timedelta(days=7), step=timedelta(hours=1))
    assert weekly(notifier) == []


async def test_summary_counts_down_to_the_race(
    talker: Talker, clock: ManualClock, ticker: ReminderTicker, notifier: FakeNotifier
) -> None:
    await talker.say("/start")
    await talker.say("/timezone Europe/Berlin")
    await talker.say("/race 2027-02-21 half marathon")
    monday_berlin = datetime(2026, 11, 30, 0, 0, tzinfo=UTC)
    await travel(clock, ticker, monday_berlin, step=timedelta(minutes=30))
    [summary] = weekly(notifier)
    assert "Race: half marathon in 84 days (Sun 21 Feb) · decision date Sun 31 Jan" in summary
