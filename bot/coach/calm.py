"""Why the calm phase's day count started again: the day that broke it and what it lacked.

Pure: the count of a day (``CoachState.calm_streak``) is the number of calm days in a row up
to yesterday, so the day before those is the one that was not calm.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from bot.coach import thresholds as t
from bot.coach.records import MorningRecord


class NotCalm(StrEnum):
    NO_MORNING = "no_morning"  # no morning check that day
    PAIN = "pain"  # morning pain above CALM_PAIN_MAX
    STAIRS_SORE = "stairs_sore"  # stairs or walking not pain-free
    STAIRS_UNSAID = "stairs_unsaid"  # the stairs question was not answered


@dataclass(frozen=True, slots=True)
class CalmBreak:
    day: date
    why: NotCalm
    pain: int | None = None


def calm_break(mornings: tuple[MorningRecord, ...], today: date, streak: int) -> CalmBreak:
    """The day, before today's ``streak`` calm days, that was not calm, and why."""
    day = today - timedelta(days=streak + 1)
    said = [m for m in mornings if m.day == day]
    if not said:
        return CalmBreak(day, NotCalm.NO_MORNING)
    worst = max(said, key=lambda m: m.pain)
    if worst.pain > t.CALM_PAIN_MAX:
        return CalmBreak(day, NotCalm.PAIN, worst.pain)
    if any(m.stairs_ok is False for m in said):
        return CalmBreak(day, NotCalm.STAIRS_SORE)
    return CalmBreak(day, NotCalm.STAIRS_UNSAID)
