"""The scheduling math, table-driven over the four zones of the issue, plus properties."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.reminders.schedule import jitter_minutes, local_instant, next_occurrence


def utc(*parts: int) -> datetime:
    return datetime(*parts, tzinfo=UTC)


@pytest.mark.parametrize(
    ("zone", "day", "at", "expected"),
    [
        # New York springs forward 02:00 -> 03:00: 02:30 does not exist, sent at 03:00 EDT.
        ("America/New_York", date(2026, 3, 8), time(2, 30), utc(2026, 3, 8, 7, 0)),
        ("America/New_York", date(2026, 3, 7), time(2, 30), utc(2026, 3, 7, 7, 30)),
        ("America/New_York", date(2026, 3, 9), time(2, 30), utc(2026, 3, 9, 6, 30)),
        # ...and falls back 02:00 -> 01:00: 01:30 happens twice, the first (EDT) counts.
        ("America/New_York", date(2026, 11, 1), time(1, 30), utc(2026, 11, 1, 5, 30)),
        ("Europe/Berlin", date(2026, 3, 29), time(2, 30), utc(2026, 3, 29, 1, 0)),
        ("Europe/Berlin", date(2026, 10, 25), time(2, 30), utc(2026, 10, 25, 0, 30)),
        ("Europe/Berlin", date(2026, 10, 26), time(8, 0), utc(2026, 10, 26, 7, 0)),
        # Lord Howe moves by 30 minutes: 02:00 -> 02:30 in October, 02:00 -> 01:30 in April.
        ("Australia/Lord_Howe", date(2026, 10, 4), time(2, 15), utc(2026, 10, 3, 15, 30)),
        ("Australia/Lord_Howe", date(2026, 10, 4), time(2, 0), utc(2026, 10, 3, 15, 30)),
        ("Australia/Lord_Howe", date(2026, 10, 4), time(2, 30), utc(2026, 10, 3, 15, 30)),
        ("Australia/Lord_Howe", date(2026, 4, 5), time(1, 45), utc(2026, 4, 4, 14, 45)),
        ("Australia/Lord_Howe", date(2026, 4, 6), time(1, 45), utc(2026, 4, 5, 15, 15)),
        # Kolkata: +05:30 all year, no DST.
        ("Asia/Kolkata", date(2026, 3, 8), time(8, 0), utc(2026, 3, 8, 2, 30)),
        ("Asia/Kolkata", date(2026, 11, 1), time(8, 0), utc(2026, 11, 1, 2, 30)),
    ],
)
def test_local_time_to_utc(zone: str, day: date, at: time, expected: datetime) -> None:
    assert local_instant(day, at, ZoneInfo(zone)) == expected


@pytest.mark.parametrize(
    ("zone", "at", "after", "expected"),
    [
        # Between the two 01:30s of the fall-back night: the second is not sent.
        ("America/New_York", time(1, 30), utc(2026, 11, 1, 5, 30), utc(2026, 11, 2, 6, 30)),
        ("Europe/Berlin", time(2, 30), utc(2026, 10, 25, 0, 30), utc(2026, 10, 26, 1, 30)),
        ("Australia/Lord_Howe", time(1, 45), utc(2026, 4, 4, 14, 45), utc(2026, 4, 5, 15, 15)),
        # Strictly after: an instant exactly at the due time moves to the next day.
        ("Asia/Kolkata", time(8, 0), utc(2026, 3, 8, 2, 30), utc(2026, 3, 9, 2, 30)),
        ("Asia/Kolkata", time(8, 0), utc(2026, 3, 8, 2, 29), utc(2026, 3, 8, 2, 30)),
    ],
)
def test_next_occurrence(zone: str, at: time, after: datetime, expected: datetime) -> None:
    due, _day = next_occurrence(at, ZoneInfo(zone), after)
    assert due == expected


def test_day_filter_skips_days() -> None:
    monday = utc(2026, 11, 23, 7, 0)
    due, day = next_occurrence(
        time(18, 0), ZoneInfo("UTC"), monday, day_ok=lambda d: d.weekday() == 2
    )
    assert (due, day) == (utc(2026, 11, 25, 18, 0), date(2026, 11, 25))


def test_naive_instants_are_refused() -> None:
    with pytest.raises(ValueError):
        next_occurrence(time(8, 0), ZoneInfo("UTC"), datetime(2026, 1, 1))


ZONES = ["America/New_York", "Europe/Berlin", "Australia/Lord_Howe", "Asia/Kolkata"]


@settings(max_examples=300, deadline=None)
@given(
    zone=st.sampled_from(ZONES),
    at=st.times().map(lambda t: t.replace(second=0, microsecond=0)),
    start=st.datetimes(min_value=datetime(2025, 1, 1), max_value=datetime(2028, 1, 1)),
)
def test_one_occurrence_per_local_day_at_the_time_or_just_after_a_gap(
    zone: str, at: time, start: datetime
) -> None:
    tz = ZoneInfo(zone)
    after = start.replace(tzinfo=UTC)
    seen: list[date] = []
    for _ in range(3):
        due, day = next_occurrence(at, tz, after)
        assert due > after
        local = due.astimezone(tz)
        assert local.date() == day
        wall = datetime.combine(day, at)
        # On its wall-clock time, or within the gap (at most an hour) when that does not exist.
        assert timedelta(0) <= local.replace(tzinfo=None) - wall <= timedelta(hours=1)
        seen.append(day)
        after = due
    assert seen == sorted(set(seen)), "a local date came twice"


def test_jitter_is_stable_and_bounded() -> None:
    values = [jitter_minutes(user_id, 15) for user_id in range(1, 2001)]
    assert all(0 <= v <= 15 for v in values)
    assert values == [jitter_minutes(user_id, 15) for user_id in range(1, 2001)]
    assert len(set(values)) == 16  # the whole window is used
    assert jitter_minutes(42, 0) == 0
