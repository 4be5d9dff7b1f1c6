"""A wave of reminders that the pace cannot send on time: how late it runs, told once.

Reminders go out oldest due first, across processes (each lease takes the oldest open rows)
and within a batch, so when a wave is bigger than the pace can send on time every runner of
it is late by about as much as the ones due with them, in order of their due time; none is
passed over for a later one. What the operator needs is the size of that lateness and the
pace that would remove it: :class:`WaveWatch` works both out from the backlog (due slots not
yet claimed plus open deliveries whose time has come) and the bot's pace, sets two gauges,
and logs one WARNING line when a wave starts to run late (one INFO line when it has caught
up). Counts only: no user, chat or text.
"""

from __future__ import annotations

import logging
import math
from dataclasses import dataclass
from datetime import datetime, timedelta

from bot import metrics

log = logging.getLogger(__name__)

# A reminder sent within this long of its slot is on time.
ON_TIME = timedelta(minutes=1)
# How often a long tick looks at the backlog again.
LOOK_EVERY = timedelta(seconds=30)


@dataclass(frozen=True, slots=True)
class Forecast:
    backlog: int  # reminders due by now and not sent yet
    lateness: float  # seconds after its slot the last of them is expected to go
    pace_needed: int  # messages per second that would send them all on time

    @property
    def late(self) -> bool:
        return self.lateness > ON_TIME.total_seconds()


def forecast(backlog: int, oldest_due: datetime | None, now: datetime, pace: float) -> Forecast:
    """The last of ``backlog`` goes out ``backlog / pace`` seconds from now. It is due by now,
    so that is at least how late it will be. To be on time, the whole backlog has to go within
    ``ON_TIME`` of the oldest's slot (or of now, if that has passed already)."""
    if backlog <= 0 or oldest_due is None:
        return Forecast(0, 0.0, 0)
    lateness = backlog / pace
    left = max((oldest_due + ON_TIME - now).total_seconds(), ON_TIME.total_seconds())
    return Forecast(backlog, lateness, math.ceil(backlog / left))


class WaveWatch:
    def __init__(self, pace: float) -> None:
        self.pace = pace
        self.late = False
        self.looked: datetime | None = None

    def due(self, now: datetime) -> bool:
        return self.looked is None or now - self.looked >= LOOK_EVERY

    def saw(self, backlog: int, oldest_due: datetime | None, now: datetime) -> Forecast:
        self.looked = now
        found = forecast(backlog, oldest_due, now, self.pace)
        metrics.WAVE_LATENESS.set(found.lateness)
        metrics.WAVE_PACE_NEEDED.set(found.pace_needed)
        if found.late and not self.late:
            log.warning(
                "reminder wave behind: %d due, the last about %d s late at %g/s; "
                "%d/s would send them on time",
                found.backlog,
                round(found.lateness),
                self.pace,
                found.pace_needed,
                extra={"event": "reminder_wave_late"},
            )
        elif self.late and not found.late:
            log.info("reminder wave caught up", extra={"event": "reminder_wave_on_time"})
        self.late = found.late
        return found
