"""/pause N pauses the next N days, named in the reply; sent late in the day it starts
tomorrow, so tonight's reminders still come; "away this weekend" pauses the weekend."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from bot.clock import ManualClock
from bot.reminders.ticker import ReminderTicker
from tests.conftest import Talker
from tests.reminders.conftest import FakeNotifier, travel

FRIDAY_EVENING = datetime(2027, 1, 15, 19, 0, tzinfo=UTC)  # Europe/London: UTC in winter
FRIDAY_MORNING = datetime(2027, 1, 15, 9, 0, tzinfo=UTC)


async def setup(talker: Talker, clock: ManualClock, when: datetime) -> None:
    clock.set(when - timedelta(days=3))
    await talker.say("/start")
    for step in (
        "/screen none",
        "/protocol hip-strength-return",
        "/side left",
        "/timezone Europe/London",
        "/times 08:00 13:00 20:00",
        "/race skip",
    ):
        await talker.say(step)
    clock.set(when)


def stretch_days(notifier: FakeNotifier) -> list[tuple[date, int]]:
    """(local date, hour) of every stretch reminder sent."""
    return [
        (s.at.date(), s.at.hour)
        for s in notifier.to("runner-1")
        if "Stretch" in s.text and not any(r.image for r in s.replies)
    ]


async def test_pause_2_on_friday_evening_is_saturday_and_sunday(
    talker: Talker, clock: ManualClock, ticker: ReminderTicker, notifier: FakeNotifier
) -> None:
    await setup(talker, clock, FRIDAY_EVENING)
    reply = await talker.say("/pause 2")
    assert "No reminders Sat 16 and Sun 17 Jan; they come back Mon 18 Jan at 08:00." in reply
    assert "Today's plan stays" in reply
    assert "paused" not in (await talker.say("/today")).lower()  # Friday is not paused
    await travel(clock, ticker, datetime(2027, 1, 18, 14, 0, tzinfo=UTC), step=timedelta(hours=1))
    sent = stretch_days(notifier)
    assert (date(2027, 1, 15), 20) in sent  # tonight's reminder still comes
    assert not [d for d, _ in sent if d in (date(2027, 1, 16), date(2027, 1, 17))]
    assert (date(2027, 1, 18), 8) in sent  # back on Monday morning


async def test_pause_2_on_friday_morning_starts_today(talker: Talker, clock: ManualClock) -> None:
    await setup(talker, clock, FRIDAY_MORNING)
    reply = await talker.say("/pause 2")
    assert "No reminders Fri 15 and Sat 16 Jan; they come back Sun 17 Jan at 08:00." in reply
    assert "paused" in (await talker.say("/today")).lower()


@pytest.mark.parametrize(
    ("words", "said"),
    [
        ("I am away this weekend, no reminders please", "Sat 16 and Sun 17 Jan"),
        ("away till Monday", "Sat 16 and Sun 17 Jan"),
        ("on holiday until the 20th", "from Sat 16 to Tue 19 Jan"),
    ],
)
async def test_away_words_pause_those_days(
    talker: Talker, clock: ManualClock, words: str, said: str
) -> None:
    await setup(talker, clock, FRIDAY_EVENING)
    reply = await talker.say(words)
    assert f"No reminders {said}" in reply
    clock.set(FRIDAY_EVENING + timedelta(days=1))
    assert "paused" in (await talker.say("/today")).lower()


async def test_resume_before_a_pause_that_starts_tomorrow_cancels_it(
    talker: Talker, clock: ManualClock
) -> None:
    await setup(talker, clock, FRIDAY_EVENING)
    await talker.say("/pause 2")
    assert "Resumed" in await talker.say("/resume")
    clock.set(FRIDAY_EVENING + timedelta(days=1))
    assert "paused" not in (await talker.say("/today")).lower()
