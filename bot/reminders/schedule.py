"""When a reminder is due: local wall-clock times in an IANA zone, turned into UTC instants.

Pure functions (no I/O, no clock reads). DST rules, after ARCHITECTURE.md "Reminders":
- a local time that does not exist that day (spring forward) is due at the next valid minute,
  the end of the gap (New York 02:30 -> 03:00; Lord Howe 02:10 -> 02:30);
- a local time that happens twice (fall back) is due once, at its first occurrence (fold=0).
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

DayFilter = Callable[[date], bool]

# The longest gap any zone has had is a whole day (Samoa skipped 30 Dec 2011).
_MAX_GAP_MINUTES = 24 * 60 + 1


def _exists(naive: datetime, zone: ZoneInfo) -> bool:
    """Whether the wall-clock ``naive`` occurs in ``zone`` (it does not inside a DST gap)."""
    aware = naive.replace(tzinfo=zone)
    return aware.astimezone(UTC).astimezone(zone).replace(tzinfo=None) == naive


def local_instant(day: date, at: time, zone: ZoneInfo) -> datetime:
    """The UTC instant at which ``zone``'s wall clock first reads ``at`` on ``day``, or, when
    that time does not exist that day, the first valid minute after it."""
    naive = datetime.combine(day, at.replace(second=0, microsecond=0, tzinfo=None))
    for _ in range(_MAX_GAP_MINUTES):
        if _exists(naive, zone):
            # fold=0: of a repeated wall-clock time, the first (earlier) instant.
            return naive.replace(tzinfo=zone, fold=0).astimezone(UTC)
        naive += timedelta(minutes=1)
    raise ValueError(f"{zone.key} has no valid minute after {day} {at}")  # pragma: no cover


def next_occurrence(
    at: time, zone: ZoneInfo, after: datetime, day_ok: DayFilter | None = None
) -> tuple[datetime, date]:
    """The first instant strictly after ``after`` when a reminder set for ``at`` local time is
    due, with the user's local date it belongs to. ``day_ok`` limits the local dates (e.g. a
    protocol's strength days)."""
    if after.tzinfo is None:
        raise ValueError("after must be timezone-aware")
    # Start a day early: the occurrence of the previous local date can still lie ahead of
    # ``after`` when a gap pushes it forward.
    day = after.astimezone(zone).date() - timedelta(days=1)
    for _ in range(16):
        if day_ok is None or day_ok(day):
            due = local_instant(day, at, zone)
            if due > after:
                return due, day
        day += timedelta(days=1)
    raise ValueError("no day in two weeks passes the day filter")


def jitter_minutes(user_id: int, spread: int) -> int:
    """A per-user offset in 0..spread minutes, stable across restarts and processes, so users
    who share a popular time are spread over the window instead of all landing in one tick."""
    if spread <= 0:
        return 0
    digest = hashlib.blake2b(str(user_id).encode(), digest_size=4).digest()
    return int.from_bytes(digest, "big") % (spread + 1)


def parse_hhmm(text: str) -> time:
    return time.fromisoformat(text.strip())
