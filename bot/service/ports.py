"""The storage the use cases need, as the service names it: a unit of work per message.

The service depends on these protocols only; ``bot.store.unit_of_work`` implements them on
SQLAlchemy (SQLite, PostgreSQL), ``tests/memory_store.py`` in memory for fast tests, and
``bot.bootstrap`` chooses. Opening a unit of work begins one transaction: leaving the block
normally commits it, an exception rolls everything back.

The user and their settings are read and changed as objects with the attributes below (at
run time the ORM rows, whose changes the SQL unit of work writes on commit); everything else
is written through a named operation, never by building rows.
"""

from __future__ import annotations

from contextlib import AbstractAsyncContextManager
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from typing import Any, Protocol

from bot.coach.protocol import Protocol as CoachProtocol
from bot.coach.records import History, Judgement, RunRecord
from bot.coach.state import CoachState
from bot.service.clinic_ports import ClinicStore


class ReminderKind(StrEnum):
    """What a reminder slot reminds of. A stretch slot is one of the day's sessions: slot N
    reminds of the completion item ``stretch-N`` (``bot.coach.plan.stretch_item``)."""

    STRETCH = "stretch"
    STRENGTH = "strength"
    WEEKLY = "weekly"  # the weekly summary: the chart and the coming week, Sunday evening


class DeliveryStatus(StrEnum):
    """Where one reminder's delivery stands (a row per user, kind, local date and slot)."""

    PENDING = "pending"  # due, or due again after a failure or a snooze
    SENDING = "sending"  # leased by a process that is sending it
    SENT = "sent"
    SKIPPED = "skipped"  # not sent: too late, done already, paused, or skipped by the user
    FAILED = "failed"  # the channel kept failing until the grace window ran out
    BLOCKED = "blocked"  # the user blocked the bot


# Reminder kinds a user's buttons name (``/snooze stretch-2 15``, ``/skip strength``).
STRETCH = ReminderKind.STRETCH
STRENGTH = ReminderKind.STRENGTH

# The reports an Undo button may remove, one row of the user's own each.
UNDOABLE = frozenset({"run", "morning", "strength", "done"})


class UserRecord(Protocol):
    """A person on one channel, as the use cases read and change them."""

    @property
    def id(self) -> int: ...
    @property
    def external_id(self) -> str: ...

    active: bool
    onboarding_step: str | None
    # A question waiting for an answer, so a restart does not lose it.
    pending: dict[str, Any] | None
    # The phase and calm-day count last announced (``bot.service.announce``).
    announced: dict[str, Any] | None
    # The runner's language (a code of ``bot.texts.language.SUPPORTED``); None: English,
    # never said (asked at onboarding).
    language: str | None


class SettingsRecord(Protocol):
    """A user's settings; changed in place by the settings use cases."""

    protocol_id: str
    start_date: date
    side: str
    timezone: str
    stretch_times: str  # "08:00,13:00,20:00"
    strength_time: str  # "18:00"
    race_day: date | None  # the race the runner trains toward (/race), if any
    race_distance: str | None  # its distance, as the runner wrote it

    @property
    def paused_until(self) -> date | None:
        """The last day of the latest pause (today is paused while today <= it); changed
        through ``UnitOfWork.pause`` and ``resume`` only."""

    @property
    def paused_from(self) -> date | None:
        """The first day of the latest pause (a pause may start tomorrow)."""


class ReferralRecord(Protocol):
    """An open hand-off to a clinician."""

    @property
    def id(self) -> int: ...
    @property
    def day(self) -> date: ...
    @property
    def cause(self) -> str: ...
    @property
    def urgency(self) -> str | None: ...
    @property
    def raised_at(self) -> datetime: ...


@dataclass(frozen=True, slots=True)
class NewRun:
    """A run report as judged when it arrived."""

    day: date
    reported_at: datetime
    minutes: int | None
    distance_km: float | None
    pain_during: int
    stopped: bool
    stage: int | None
    phase: str | None
    judgement: Judgement  # worded (bot.texts.reasons.worded): stored as the runner read it


@dataclass(frozen=True, slots=True)
class NewReferral:
    day: date
    raised_at: datetime
    cause: str  # red-flag id or rule id
    source: str  # screen, symptom, message, run, rule
    reason: str
    urgency: str
    words: str | None  # the runner's own words, already cut to length
    words_language: str | None = None  # the language they were written in


@dataclass(frozen=True, slots=True)
class AwaitingRun:
    """Yesterday's run with no next-morning answer yet (rule R4 revises it)."""

    id: int
    record: RunRecord


@dataclass(frozen=True, slots=True)
class ExportedTable:
    """One table's rows about a user, with every column named (for a CSV header)."""

    columns: tuple[str, ...]
    rows: list[dict[str, Any]]


class ReminderSchedule(Protocol):
    """The writes to a user's reminders that their messages cause."""

    async def write_slots(
        self,
        user: UserRecord,
        settings: SettingsRecord,
        protocol: CoachProtocol,
        now: datetime,
    ) -> None:
        """Make the user's reminder slots match their settings, protocol and pause."""

    async def stop_slots(self, user_id: int) -> None:
        """No reminders until :meth:`write_slots` runs again (the user blocked the bot)."""

    async def snooze(self, user_id: int, kind: str, day: date, slot: int, until: datetime) -> bool:
        """Send today's reminder ``kind``/``slot`` again at ``until``; False when there
        is no such reminder today."""

    async def skip(self, user_id: int, kind: str, day: date, slot: int, now: datetime) -> None:
        """Today's reminder ``kind``/``slot`` is not to be sent (or sent again)."""


class UnitOfWork(Protocol):
    """One transaction's named operations on a user's data."""

    @property
    def reminders(self) -> ReminderSchedule: ...

    @property
    def clinic(self) -> ClinicStore:
        """The clinician's web view's operations, in this same transaction."""

    # --- users and settings --------------------------------------------------------------
    async def find_user(self, channel: str, external_id: str) -> UserRecord | None: ...

    async def lock_user(self, channel: str, external_id: str) -> UserRecord | None:
        """The user, their row locked until the transaction ends, so one user's messages
        are handled one after another in any number of processes."""

    async def add_user(self, channel: str, external_id: str, now: datetime) -> UserRecord | None:
        """A new user, or None when another process created them first."""

    async def add_settings(
        self,
        user_id: int,
        *,
        protocol_id: str,
        start_date: date,
        side: str,
        timezone: str,
        stretch_times: str,
        strength_time: str,
    ) -> SettingsRecord: ...

    async def settings(self, user_id: int) -> SettingsRecord: ...

    async def pause(self, settings: SettingsRecord, user_id: int, first: date, until: date) -> None:
        """Pause coaching from ``first`` (today or a later day) to ``until`` (inclusive)."""

    async def resume(self, settings: SettingsRecord, user_id: int, today: date) -> None:
        """End a pause: today is not paused (days already paused stay so)."""

    async def paused_days(self, user_id: int, since: date, today: date) -> frozenset[date]: ...

    async def export_tables(self, user_id: int) -> dict[str, ExportedTable]:
        """Every stored row about the user, by table name (``users`` included)."""

    async def delete_user(self, user_id: int) -> None:
        """Remove the user and everything stored about them."""

    # --- reports ---------------------------------------------------------------------------
    async def history(self, user_id: int, since: date | None = None) -> History:
        """What the rules need about one user, oldest first: every report, or those dated
        ``since`` or later (see ``History.complete_from``), and every referral."""

    async def load_snapshot(
        self, user_id: int, protocol: CoachProtocol, start: date
    ) -> CoachState | None:
        """The user's stored state snapshot (the state at the start of its day), or None when
        there is none or it no longer matches the protocol or the start date."""

    async def save_snapshot(self, user_id: int, protocol: CoachProtocol, state: CoachState) -> None:
        """Keep ``state`` as the user's snapshot, unless this transaction wrote a report dated
        before its day; any later write dated before it drops it in the same transaction."""

    async def record_run(self, user_id: int, run: NewRun) -> int:
        """Store a run report; its id."""

    async def latest_run_id(self, user_id: int) -> int | None: ...

    async def runs_awaiting_morning(self, user_id: int, today: date) -> list[AwaitingRun]:
        """Runs from the day before ``today`` with no next-morning answer yet."""

    async def revise_run(self, run_id: int, morning_pain: int, revised: Judgement | None) -> None:
        """Record the next morning's pain on a run, and its new judgement if R4 changed it."""

    async def save_morning(self, user_id: int, day: date, pain: int) -> None:
        """The morning pain of ``day`` (a second answer replaces the first)."""

    async def morning_id(self, user_id: int, day: date) -> int | None: ...

    async def note_stairs(self, user_id: int, day: date, ok: bool) -> bool:
        """Stairs pain-free on ``day``'s morning report; False when there is none."""

    async def record_return_check(
        self, user_id: int, day: date, at: datetime, answers: tuple[bool, bool, bool]
    ) -> None:
        """The return-to-run check's answers: brisk walk, single-leg squats, hops (§3 v3)."""

    async def record_strength(self, user_id: int, day: date, pain: int) -> None:
        """The pain after ``day``'s strength session (a second answer replaces the first)."""

    async def strength_id(self, user_id: int, day: date) -> int | None: ...

    async def completions_on(self, user_id: int, day: date) -> set[str]: ...

    async def add_completion(self, user_id: int, day: date, item: str, now: datetime) -> bool:
        """Mark ``item`` done on ``day``; False when it already was."""

    async def completion_id(self, user_id: int, day: date, item: str) -> int | None: ...

    async def completions_by_day(self, user_id: int, since: date) -> dict[date, frozenset[str]]:
        """Items marked done on each local date from ``since`` on."""

    async def delete_own(self, user_id: int, kind: str, row_id: int) -> bool:
        """Delete the user's own report ``row_id`` of ``kind`` (one of ``UNDOABLE``); False
        when there is no such report of theirs."""

    # --- referrals -------------------------------------------------------------------------
    async def open_referrals(self, user_id: int) -> list[ReferralRecord]:
        """Referrals neither cleared nor retracted."""

    async def open_referral(self, user_id: int, referral: NewReferral) -> ReferralRecord: ...

    async def retract_referrals(self, user_id: int, ids: list[int], day: date) -> None:
        """The user's own open referrals among ``ids`` taken back on ``day``."""

    async def clear_referrals(
        self, user_id: int, ids: list[int], *, day: date, who: str, seen: date, at: datetime
    ) -> None:
        """The user's own referrals among ``ids`` cleared at ``at`` by the runner's own word
        that a clinician (``who``) saw them on ``seen``: stored as self-reported
        (``cleared_source`` "self"; a linked clinician's clearance is "clinician")."""


class OpensUnitsOfWork(Protocol):
    """What the service is given: opens one unit of work (one transaction) per message."""

    def __call__(self) -> AbstractAsyncContextManager[UnitOfWork]: ...
