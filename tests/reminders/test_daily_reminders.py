"""A user's day of reminders: what is sent, when, and what the buttons do."""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import select

from bot.bootstrap import Coach
from bot.clock import ManualClock
from bot.reminders.ticker import ReminderTicker
from bot.store.models import Completion, ReminderSlot
from tests.conftest import Talker
from tests.reminders.conftest import FakeNotifier, at, deliveries, press, travel


def sent_items(notifier: FakeNotifier) -> list[tuple[datetime, str]]:
    return [(s.at, s.replies[0].text.splitlines()[0]) for s in notifier.delivered]


async def test_a_day_of_reminders_at_the_default_times(
    talker: Talker, clock: ManualClock, ticker: ReminderTicker, notifier: FakeNotifier
) -> None:
    await talker.say("/start")
    await travel(clock, ticker, at(23, 59))
    assert sent_items(notifier) == [
        (at(8), "⏰ Stretch session 1 of 3"),
        (at(13), "⏰ Stretch session 2 of 3"),
        (at(18), "⏰ Strength today, level 1"),
        (at(20), "⏰ Stretch session 3 of 3"),
    ]
    first = notifier.delivered[0]
    labels = [b.label for r in first.replies for b in r.all_buttons()]
    assert labels == ["Done", "Snooze 15 min", "Snooze 1 h", "This evening", "Skip today"]
    assert "Lying rope hip stretch" in first.text
    strength = notifier.delivered[2]
    assert "Running:" in strength.text
    assert strength.replies[0].all_buttons()[0].action == "/done strength"


async def test_the_done_button_marks_that_session(
    coach: Coach,
    talker: Talker,
    clock: ManualClock,
    ticker: ReminderTicker,
    notifier: FakeNotifier,
) -> None:
    await talker.say("/start")
    await travel(clock, ticker, at(13))
    await press(talker, notifier.delivered[-1], "Done")  # the 13:00 reminder: session 2
    async with coach.sessions() as session:
        items = set(await session.scalars(select(Completion.item)))
    assert items == {"stretch-2"}
    assert talker.last[0].replaces_origin  # the reminder turns into one line, not the card
    assert talker.last[0].text == (
        "✓ Stretch session 2 of 3 done. Left today: stretch sessions 1 and 3, strength. "
        "/today shows the plan."
    )


async def test_a_session_done_before_its_reminder_is_not_reminded(
    coach: Coach,
    talker: Talker,
    clock: ManualClock,
    ticker: ReminderTicker,
    notifier: FakeNotifier,
) -> None:
    await talker.say("/start")
    clock.set(at(7, 30))
    await talker.say("/done stretch")  # session 1, before its 08:00 reminder
    await travel(clock, ticker, at(13, 30))
    assert sent_items(notifier) == [(at(13), "⏰ Stretch session 2 of 3")]
    rows = await deliveries(coach)
    assert [(r.slot, r.status, r.reason) for r in rows] == [
        (1, "skipped", "done"),
        (2, "sent", None),
    ]


async def test_done_strength_before_the_prompt(
    talker: Talker, clock: ManualClock, ticker: ReminderTicker, notifier: FakeNotifier
) -> None:
    await talker.say("/start")
    clock.set(at(17))
    await talker.say("/done strength")
    await travel(clock, ticker, at(18, 30), step=timedelta(minutes=30))
    assert [t for _, t in sent_items(notifier)] == []


async def test_snooze_moves_one_occurrence(
    coach: Coach,
    talker: Talker,
    clock: ManualClock,
    ticker: ReminderTicker,
    notifier: FakeNotifier,
) -> None:
    await talker.say("/start")
    await talker.say("None of these")  # the safety check, reminded until answered
    await travel(clock, ticker, at(8))
    reply = await press(talker, notifier.delivered[-1], "Snooze 15 min")
    assert reply == "Snoozed: I'll remind you again at 08:15."
    assert talker.last[0].replaces_origin
    await travel(clock, ticker, at(8, 10), step=timedelta(minutes=1))
    assert len(notifier.delivered) == 1
    await travel(clock, ticker, at(8, 15), step=timedelta(minutes=1))
    assert sent_items(notifier) == [
        (at(8), "⏰ Stretch session 1 of 3"),
        (at(8, 15), "⏰ Stretch session 1 of 3"),
    ]
    await press(talker, notifier.delivered[-1], "Snooze 1 h")
    await travel(clock, ticker, at(9, 15))
    assert notifier.delivered[-1].at == at(9, 15)
    await press(talker, notifier.delivered[-1], "This evening")
    await travel(clock, ticker, at(19, 0), step=timedelta(minutes=15))
    stretch_1 = [s.at for s in notifier.delivered if "session 1 of 3" in s.text]
    assert stretch_1 == [at(8), at(8, 15), at(9, 15), at(19)]
    # The next day the slot runs as usual, once.
    await travel(clock, ticker, at(8, 30, day=1), step=timedelta(minutes=30))
    assert [s.at for s in notifier.delivered if "session 1 of 3" in s.text][-1] == at(8, day=1)


async def test_a_snoozed_reminder_done_meanwhile_is_not_resent(
    talker: Talker, clock: ManualClock, ticker: ReminderTicker, notifier: FakeNotifier
) -> None:
    await talker.say("/start")
    await travel(clock, ticker, at(8))
    await press(talker, notifier.delivered[-1], "Snooze 1 h")
    clock.set(at(8, 30))
    await talker.say("/done stretch-1")
    await travel(clock, ticker, at(9, 30))
    assert len(notifier.delivered) == 1


async def test_snooze_past_midnight_is_refused(
    talker: Talker, clock: ManualClock, ticker: ReminderTicker, notifier: FakeNotifier
) -> None:
    await talker.say("/start")
    await talker.say("None of these")  # the safety check, reminded until answered
    await talker.say("/times 08:00 13:00 23:30")
    await travel(clock, ticker, at(23, 30), step=timedelta(hours=1))
    assert await press(talker, notifier.delivered[-1], "Snooze 1 h") == (
        "That would be tomorrow already; this reminder ends today."
    )
    assert await talker.say("/snooze stretch-9 15") == (
        "I don't know the reminder “stretch-9”. Use stretch-1, stretch-2, … or strength."
    )
    assert "Snooze for 15 or 60" in await talker.say("/snooze stretch-3 5")


async def test_skip_today(
    talker: Talker, clock: ManualClock, ticker: ReminderTicker, notifier: FakeNotifier
) -> None:
    await talker.say("/start")
    await talker.say("None of these")  # the safety check, reminded until answered
    await travel(clock, ticker, at(8))
    await press(talker, notifier.delivered[-1], "Snooze 1 h")
    assert await press(talker, notifier.delivered[-1], "Skip today") == (
        "Skipped for today: stretch session 1."
    )
    await talker.say("/skip strength")  # before its 18:00 prompt
    await travel(clock, ticker, at(23), step=timedelta(minutes=15))
    assert [t for _, t in sent_items(notifier)] == [
        "⏰ Stretch session 1 of 3",
        "⏰ Stretch session 2 of 3",
        "⏰ Stretch session 3 of 3",
    ]


async def test_a_time_set_a_minute_ahead(
    talker: Talker, clock: ManualClock, ticker: ReminderTicker, notifier: FakeNotifier
) -> None:
    await talker.say("/start")
    clock.set(at(10, 0) + timedelta(seconds=10))
    await talker.say("/times 10:01 13:00 20:00")
    await travel(clock, ticker, at(10, 2), step=timedelta(seconds=30))
    # Ticks every 30 s from 10:00:10: the first one at or after 10:01 sends it.
    assert sent_items(notifier) == [
        (at(10, 1) + timedelta(seconds=10), "⏰ Stretch session 1 of 3")
    ]


async def test_maintenance_rhythm(
    coach: Coach,
    talker: Talker,
    clock: ManualClock,
    ticker: ReminderTicker,
    notifier: FakeNotifier,
) -> None:
    """Maintenance (CLINICAL.md 1d): stretches once a day, strength Mon, Wed and Fri."""
    await talker.say("/start")
    await talker.say("/protocol maintenance")
    async with coach.sessions() as session:
        slots = {(s.kind, s.slot) for s in await session.scalars(select(ReminderSlot))}
    assert slots == {("stretch", 1), ("strength", 1), ("weekly", 1)}
    await travel(clock, ticker, at(23, day=6), step=timedelta(hours=1))
    stretches = [s.at.weekday() for s in notifier.delivered if "Stretch session" in s.text]
    strength = [s.at.weekday() for s in notifier.delivered if "Strength today" in s.text]
    assert stretches == [0, 1, 2, 3, 4, 5, 6]
    assert strength == [0, 2, 4]
    assert "Stretch session 1 of 1" in notifier.delivered[0].text
