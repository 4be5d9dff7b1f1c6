"""Progress views: the chart (PNG) and the report for a clinician (PDF).

Both are drawn from one :class:`ProgressData` the service assembles; nothing here touches the
database or the clock, so the same history always draws the same files.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from bot.coach.adherence import Adherence, PhaseSpan
from bot.coach.protocol import Protocol
from bot.coach.records import History
from bot.coach.state import CoachState


@dataclass(frozen=True, slots=True)
class ProgressData:
    protocol: Protocol
    start: date
    today: date
    history: History
    state: CoachState  # where the user stands at the start of today
    adherence: Adherence
    phases: tuple[PhaseSpan, ...]
    side: str = "both"
    # Each referral's cause in words, in the runner's language (``Context.cause_label``): a
    # cause missing here is shown by its id.
    causes: dict[str, str] = field(default_factory=dict)
