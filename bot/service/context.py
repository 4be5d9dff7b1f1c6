"""What every use case gets: the unit of work, the user, their settings, protocol and today."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from bot.coach.answers import AnswerBook
from bot.coach.bodytalk import ItbTalk
from bot.coach.plan import DayPlan, today_plan
from bot.coach.protocol import Protocol, ProtocolLibrary
from bot.coach.records import History
from bot.coach.redflags import RedFlagVocabulary
from bot.coach.state import LOOKBACK_DAYS, CoachState, derive_state, state_at_start_of
from bot.protocol_files import default_answers, default_itb_talk, default_red_flags
from bot.service.pending import AnswerData, Pending, Question
from bot.service.ports import SettingsRecord, UnitOfWork, UserRecord
from bot.texts import language

DEFAULT_STRETCH_TIMES = "08:00,13:00,20:00"
DEFAULT_STRENGTH_TIME = "18:00"
# An open question older than this no longer waits for an answer: a later message is new.
QUESTION_LIFETIME = timedelta(hours=12)
# The stored state snapshot is of a day this far back: a morning report revises yesterday's
# run (R4) and a change of time zone can move "today" back up to two days, so no ordinary
# write is dated before it (one that is, a deleted report say, drops the snapshot).
SNAPSHOT_LAG = timedelta(days=3)
# ... and it moves forward once it is this much older than that: one write a week per user.
SNAPSHOT_REFRESH = timedelta(days=7)


@dataclass
class Context:
    uow: UnitOfWork  # this message's transaction
    user: UserRecord
    settings: SettingsRecord
    protocols: ProtocolLibrary
    now: datetime
    pressed: bool = False  # the message is a button press, not typed text
    red_flags: RedFlagVocabulary = field(default_factory=default_red_flags)
    answers: AnswerBook = field(default_factory=default_answers)
    itb_talk: ItbTalk = field(default_factory=default_itb_talk)  # hearing three ways
    snapshots: bool = True  # start the replay from the stored state snapshot
    save_snapshot: bool = True  # False for a read-only look: it writes nothing

    @property
    def flags(self) -> RedFlagVocabulary:
        """The red flags in the runner's language, as shown and said to them; like
        ``red_flags``, they hear a message in every language."""
        return self.red_flags.speaking(language.current())

    def cause_label(self, cause: str, otherwise: str | None = None) -> str:
        """A referral's cause in words, in the runner's language: a red flag by its label
        ("Can't bear weight"), as the safety screen names it; a rule's referral (R2, R7) has
        no label and is ``otherwise`` or its rule id."""
        flag = self.flags.get(cause)
        return flag.label if flag else (otherwise or cause)

    def cause_labels(self, history: History) -> dict[str, str]:
        """:meth:`cause_label` of each cause in ``history``'s referrals, by cause."""
        return {r.cause: self.cause_label(r.cause) for r in history.referrals}

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
        until, first = self.settings.paused_until, self.settings.paused_from
        return until is not None and (first is None or first <= self.today) and self.today <= until

    async def history(self) -> History:
        """The user's history: from the stored snapshot's window on when there is one (what
        every rule reads about today, see ``LOOKBACK_DAYS``), else all of it."""
        return await self._history_from(await self._snapshot())

    async def _history_from(self, snapshot: CoachState | None) -> History:
        if snapshot is None:
            return await self.uow.history(self.user.id)
        since = min(snapshot.day, self.today) - timedelta(days=LOOKBACK_DAYS)
        return await self.uow.history(self.user.id, since)

    async def full_history(self) -> History:
        return await self.uow.history(self.user.id)

    async def state(self, history: History | None = None, day: date | None = None) -> CoachState:
        """The state on ``day`` (default today), replayed from the stored snapshot, which is
        moved forward when it has grown old."""
        day = day or self.today
        snapshot = await self._snapshot()
        history = history or await self._history_from(snapshot)
        if not _covers(history, snapshot, self.settings.start_date, day):
            # The snapshot was dropped by a write since, or is of a later day than asked.
            snapshot, history = None, await self.full_history()
        state = derive_state(self.protocol, self.settings.start_date, history, day, snapshot)
        await self._advance_snapshot(history, snapshot)
        return state

    async def _snapshot(self) -> CoachState | None:
        if not self.snapshots:
            return None
        # Read each time, not kept: a write earlier in this message may have dropped it.
        return await self.uow.load_snapshot(self.user.id, self.protocol, self.settings.start_date)

    async def _advance_snapshot(self, history: History, snapshot: CoachState | None) -> None:
        day = self.today - SNAPSHOT_LAG
        if not (self.snapshots and self.save_snapshot) or day <= self.settings.start_date:
            return
        if snapshot is not None and snapshot.day >= day - SNAPSHOT_REFRESH:
            return
        start = self.settings.start_date
        state = state_at_start_of(self.protocol, start, history, day, snapshot)
        await self.uow.save_snapshot(self.user.id, self.protocol, state)

    async def plan(self) -> DayPlan:
        return today_plan(self.protocol, await self.state())

    async def done_today(self) -> set[str]:
        return await self.uow.completions_on(self.user.id, self.today)

    async def write_slots(self) -> None:
        """Reminders re-derived from the settings: the last line of each settings change."""
        await self.uow.reminders.write_slots(self.user, self.settings, self.protocol, self.now)

    # --- pending questions -------------------------------------------------------------
    def ask(self, question: Question, data: AnswerData | None = None) -> int:
        """Store a question awaiting an answer; returns its number for answer buttons."""
        previous = self.user.pending or {}
        last = previous.get("n", 0)
        number = (last if isinstance(last, int) else 0) % 9999 + 1
        self.user.pending = Pending(question, number, self.now, data).to_stored()
        return number

    def pending(self) -> Pending | None:
        """The open question, or None when there is none or it is over 12 hours old."""
        pending = Pending.stored(self.user.pending)
        if pending is None or self.now - pending.asked_at > QUESTION_LIFETIME:
            return None
        return pending

    def clear_pending(self) -> None:
        if self.user.pending is not None:
            # Keep the counter so a stale answer button cannot match a later question.
            self.user.pending = {"q": None, "n": self.user.pending.get("n", 0)}


def _covers(history: History, snapshot: CoachState | None, start: date, day: date) -> bool:
    """Whether ``history`` holds what the replay to ``day`` reads: from ``snapshot`` when it
    is of ``day`` or earlier, else from the start."""
    if history.complete_from <= start:
        return True
    if snapshot is None or snapshot.day > day:
        return False
    return history.complete_from <= snapshot.day - timedelta(days=LOOKBACK_DAYS)
