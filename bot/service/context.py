"""What every use case gets: the transaction, the user, their settings, protocol and today."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy.ext.asyncio import AsyncSession

from bot.coach.plan import DayPlan, today_plan
from bot.coach.progress import CoachState, derive_state
from bot.coach.protocol import Protocol, ProtocolLibrary
from bot.coach.records import History
from bot.coach.redflags import RedFlagVocabulary
from bot.protocol_files import default_red_flags
from bot.store import repo
from bot.store.models import User, UserSettings

DEFAULT_STRETCH_TIMES = "08:00,13:00,20:00"
DEFAULT_STRENGTH_TIME = "18:00"
# An open question older than this no longer waits for an answer: a later message is new.
QUESTION_LIFETIME = timedelta(hours=12)


@dataclass
class Context:
    session: AsyncSession
    user: User
    settings: UserSettings
    protocols: ProtocolLibrary
    now: datetime
    pressed: bool = False  # the message is a button press, not typed text
    red_flags: RedFlagVocabulary = field(default_factory=default_red_flags)

    @property
    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.settings.timezone)

    @property
    def today(self) -> date:
        """The user's local date."""
        return self.now.astimezone(self.zone).date()

    @property
    def protocol(self) -> Protocol:
        return self.protocols.get(self.settings.protocol_id) or self.protocols.default

    @property
    def stretch_times(self) -> tuple[time, ...]:
        return tuple(time.fromisoformat(t) for t in self.settings.stretch_times.split(","))

    @property
    def paused(self) -> bool:
        until = self.settings.paused_until
        return until is not None and self.today <= until

    async def history(self) -> History:
        return await repo.load_history(self.session, self.user.id)

    async def state(self, history: History | None = None) -> CoachState:
        history = history or await self.history()
        return derive_state(self.protocol, self.settings.start_date, history, self.today)

    async def plan(self) -> DayPlan:
        return today_plan(self.protocol, await self.state())

    async def done_today(self) -> set[str]:
        return await repo.completions_on(self.session, self.user.id, self.today)

    # --- pending questions -------------------------------------------------------------
    def ask(self, question: str, **data: Any) -> int:
        """Store a question awaiting an answer; returns its number for answer buttons."""
        previous = self.user.pending or {}
        last = previous.get("n", 0)
        number = (last if isinstance(last, int) else 0) % 9999 + 1
        self.user.pending = {"q": question, "n": number, "at": self.now.isoformat(), **data}
        return number

    def pending(self) -> dict[str, Any] | None:
        """The open question, or None when there is none or it is over 12 hours old."""
        pending = self.user.pending
        if not pending or not pending.get("q"):
            return None
        try:
            asked = datetime.fromisoformat(str(pending.get("at")))
        except ValueError:
            return None  # asked before questions carried a time: long expired
        return pending if self.now - asked <= QUESTION_LIFETIME else None

    def clear_pending(self) -> None:
        if self.user.pending is not None:
            # Keep the counter so a stale answer button cannot match a later question.
            self.user.pending = {"q": None, "n": self.user.pending.get("n", 0)}
