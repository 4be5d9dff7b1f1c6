"""What claiming a due slot means: its occurrences due by now, and its next one.

Pure: slots due at one popular minute share their zone, time and due instant, so the ticker
works this out once per group (``ReminderTicker.claim_batch_once``).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import NamedTuple
from zoneinfo import ZoneInfo

from bot.coach.protocol import ProtocolLibrary
from bot.reminders import queue
from bot.reminders.schedule import next_occurrence, parse_hhmm
from bot.reminders.slots import as_utc, day_filter


class SlotRow(NamedTuple):
    """A claimed slot, as ``queue.due_slots`` returns it after the slot and user ids."""

    kind: str
    slot: int
    local_time: str
    timezone: str
    next_due_utc: datetime
    due_date: date
    active: bool
    paused_until: date | None
    paused_from: date | None
    protocol_id: str

    def paused_on(self, day: date) -> bool:
        """``day`` is inside the user's latest pause (which may start on a later day)."""
        until, first = self.paused_until, self.paused_from
        return until is not None and (first is None or first <= day) and day <= until


@dataclass(frozen=True, slots=True)
class Plan:
    occurrences: tuple[queue.Occurrence, ...]
    move: tuple[datetime, datetime, date]  # (due as claimed, next due, its local date)


def plan_slot(row: SlotRow, now: datetime, grace: timedelta, protocols: ProtocolLibrary) -> Plan:
    """The occurrences of a slot due by ``now`` and its next one. After a downtime,
    occurrences older than the grace window are recorded as skipped, never sent late."""
    found: list[queue.Occurrence] = []
    due, day = as_utc(row.next_due_utc), row.due_date
    while due <= now:
        if row.active and not row.paused_on(day):
            found.append(queue.Occurrence(day, due, now - due > grace))
        protocol = protocols.get(row.protocol_id) or protocols.default
        due, day = next_occurrence(
            parse_hhmm(row.local_time),
            ZoneInfo(row.timezone),
            max(due, now - grace),
            day_filter(row.kind, protocol),
        )
    return Plan(tuple(found), (row.next_due_utc, due, day))
