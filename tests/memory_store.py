"""The service's unit of work (``bot.service.ports``) in memory: plain dataclasses in dicts.

Fast service tests run the same stories on it as on SQLite and PostgreSQL (a test opts in
with the ``every_store`` fixture). A unit of work is one transaction: the data is copied when
it opens and put back if the block raises, so bad input changes nothing here either. One
unit of work at a time, like SQLite's single writer.
"""

from __future__ import annotations

import asyncio
import copy
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import asdict, dataclass, field, fields
from datetime import date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from bot.clock import Clock
from bot.coach import records as domain
from bot.coach.protocol import Protocol, ProtocolLibrary
from bot.protocol_files import load_protocols, load_red_flags
from bot.reminders.slots import earliest_after_pause, first_due, wanted_slots
from bot.service.coach import CoachService
from bot.service.ports import (
    AwaitingRun,
    DeliveryStatus,
    ExportedTable,
    NewReferral,
    NewRun,
    ReferralRecord,
    SettingsRecord,
    UnitOfWork,
    UserRecord,
)
from bot.settings import Settings
from bot.store.repo import referral_record, return_check_record, run_record


@dataclass
class User:
    id: int
    channel: str
    external_id: str
    created_at: datetime
    active: bool = True
    onboarding_step: str | None = None
    pending: dict[str, Any] | None = None
    announced: dict[str, Any] | None = None
    language: str | None = None


@dataclass
class UserSettings:
    user_id: int
    protocol_id: str
    start_date: date
    side: str
    timezone: str
    stretch_times: str
    strength_time: str
    paused_until: date | None = None
    paused_from: date | None = None  # the first day of the latest pause
    race_day: date | None = None
    race_distance: str | None = None


@dataclass
class RunReport:
    id: int
    user_id: int
    day: date
    reported_at: datetime
    minutes: int | None
    distance_km: float | None
    pain_during: int
    stopped: bool
    stage: int | None
    phase: str | None
    decision: str
    rule: str
    reason: str
    morning_pain: int | None = None


@dataclass
class MorningReport:
    id: int
    user_id: int
    day: date
    pain: int
    stairs_ok: bool | None = None


@dataclass
class StrengthReport:
    id: int
    user_id: int
    day: date
    pain: int


@dataclass
class ReturnCheck:
    id: int
    user_id: int
    day: date
    answered_at: datetime
    brisk_walk: bool
    single_leg_squats: bool
    single_leg_hops: bool


@dataclass
class Completion:
    id: int
    user_id: int
    day: date
    item: str
    done_at: datetime


@dataclass
class Referral:
    id: int
    user_id: int
    day: date
    raised_at: datetime
    cause: str
    source: str
    reason: str
    urgency: str | None
    words: str | None
    words_language: str | None = None
    cleared_on: date | None = None
    retracted_on: date | None = None
    cleared_by: str | None = None
    seen_on: date | None = None
    cleared_source: str | None = None
    cleared_clinician_id: int | None = None
    cleared_at: datetime | None = None


@dataclass
class Pause:
    id: int
    user_id: int
    first_day: date
    last_day: date  # inclusive


@dataclass
class ReminderSlot:
    id: int
    user_id: int
    kind: str
    slot: int
    local_time: str
    timezone: str
    next_due_utc: datetime | None
    due_date: date | None


@dataclass
class ReminderDelivery:
    id: int
    user_id: int
    kind: str
    local_date: date
    slot: int
    status: str  # pending, sending, sent, skipped
    reason: str | None
    due_utc: datetime
    next_attempt_at: datetime


# The store URL a test's settings name to run on this store (see ``every_store``).
MEMORY = "memory://"

# Table name -> rows by id, named as the SQL schema names them (the export uses the names).
TABLES: dict[str, type[Any]] = {
    "completions": Completion,
    "run_reports": RunReport,
    "morning_reports": MorningReport,
    "strength_reports": StrengthReport,
    "referrals": Referral,
    "reminder_slots": ReminderSlot,
    "reminder_deliveries": ReminderDelivery,
    "pauses": Pause,
    "return_checks": ReturnCheck,
}
UNDOABLE = {
    "run": "run_reports",
    "morning": "morning_reports",
    "strength": "strength_reports",
    "done": "completions",
}


@dataclass
class Data:
    users: dict[int, User] = field(default_factory=dict)
    settings: dict[int, UserSettings] = field(default_factory=dict)
    tables: dict[str, dict[int, Any]] = field(default_factory=lambda: {n: {} for n in TABLES})
    last_id: int = 0

    def next_id(self) -> int:
        self.last_id += 1
        return self.last_id

    def rows(self, table: str, user_id: int, **match: Any) -> list[Any]:
        """The user's rows of ``table`` whose fields equal ``match``, oldest first."""
        return [
            row
            for row in self.tables[table].values()
            if row.user_id == user_id and all(getattr(row, k) == v for k, v in match.items())
        ]

    def add(self, table: str, **values: Any) -> Any:
        row = TABLES[table](id=self.next_id(), **values)
        self.tables[table][row.id] = row
        return row


class MemoryReminders:
    """Reminder slots and deliveries in memory (no ticker sends them)."""

    def __init__(self, data: Data) -> None:
        self.data = data

    async def write_slots(
        self, user: UserRecord, settings: SettingsRecord, protocol: Protocol, now: datetime
    ) -> None:
        zone = ZoneInfo(settings.timezone)
        after = earliest_after_pause(settings, zone, now)
        slots = self.data.tables["reminder_slots"]
        for row in self.data.rows("reminder_slots", user.id):
            del slots[row.id]
        for spec in wanted_slots(settings, protocol):
            due, day = first_due(spec, zone, protocol, after)
            self.data.add(
                "reminder_slots",
                user_id=user.id,
                kind=spec.kind,
                slot=spec.slot,
                local_time=spec.local_time,
                timezone=settings.timezone,
                next_due_utc=due,
                due_date=day,
            )

    async def stop_slots(self, user_id: int) -> None:
        for row in self.data.rows("reminder_slots", user_id):
            row.next_due_utc = row.due_date = None

    def _delivery(self, user_id: int, kind: str, day: date, slot: int) -> Any | None:
        found = self.data.rows("reminder_deliveries", user_id, kind=kind, local_date=day, slot=slot)
        return found[0] if found else None

    async def snooze(self, user_id: int, kind: str, day: date, slot: int, until: datetime) -> bool:
        row = self._delivery(user_id, kind, day, slot)
        if row is None:
            return False
        row.status, row.reason = DeliveryStatus.PENDING, None
        row.due_utc = row.next_attempt_at = until
        return True

    async def skip(self, user_id: int, kind: str, day: date, slot: int, now: datetime) -> None:
        row = self._delivery(user_id, kind, day, slot)
        if row is None:
            self.data.add(
                "reminder_deliveries",
                user_id=user_id,
                kind=kind,
                local_date=day,
                slot=slot,
                status=DeliveryStatus.SKIPPED,
                reason="user",
                due_utc=now,
                next_attempt_at=now,
            )
        elif row.status in (DeliveryStatus.PENDING, DeliveryStatus.SENDING):
            row.status, row.reason = DeliveryStatus.SKIPPED, "user"


class MemoryUnitOfWork:
    def __init__(self, data: Data) -> None:
        self.data = data
        self._reminders = MemoryReminders(data)

    @property
    def reminders(self) -> MemoryReminders:
        return self._reminders

    # --- users and settings ----------------------------------------------------------------
    async def find_user(self, channel: str, external_id: str) -> UserRecord | None:
        key = (channel, external_id)
        users = self.data.users.values()
        return next((u for u in users if (u.channel, u.external_id) == key), None)

    async def lock_user(self, channel: str, external_id: str) -> UserRecord | None:
        return await self.find_user(channel, external_id)  # one unit of work at a time

    async def add_user(self, channel: str, external_id: str, now: datetime) -> UserRecord | None:
        if await self.find_user(channel, external_id) is not None:
            return None
        user = User(self.data.next_id(), channel, external_id, now)
        self.data.users[user.id] = user
        return user

    async def add_settings(self, user_id: int, **values: Any) -> SettingsRecord:
        settings = UserSettings(user_id=user_id, **values)
        self.data.settings[user_id] = settings
        return settings

    async def settings(self, user_id: int) -> SettingsRecord:
        return self.data.settings[user_id]

    async def pause(self, settings: SettingsRecord, user_id: int, first: date, until: date) -> None:
        self.data.settings[user_id].paused_until = until
        spans = self.data.rows("pauses", user_id)
        current = next((s for s in spans if s.first_day <= first <= s.last_day), None)
        if current is None:
            self.data.add("pauses", user_id=user_id, first_day=first, last_day=until)
            self.data.settings[user_id].paused_from = first
        else:
            current.last_day = until
            self.data.settings[user_id].paused_from = current.first_day

    async def resume(self, settings: SettingsRecord, user_id: int, today: date) -> None:
        self.data.settings[user_id].paused_until = None
        self.data.settings[user_id].paused_from = None
        for span in self.data.rows("pauses", user_id):
            if span.last_day < today:
                continue
            if span.first_day >= today:
                del self.data.tables["pauses"][span.id]
            else:
                span.last_day = today - timedelta(days=1)

    async def paused_days(self, user_id: int, since: date, today: date) -> frozenset[date]:
        days: set[date] = set()
        for span in self.data.rows("pauses", user_id):
            day = max(span.first_day, since)
            while day <= min(span.last_day, today):
                days.add(day)
                day += timedelta(days=1)
        return frozenset(days)

    async def export_tables(self, user_id: int) -> dict[str, ExportedTable]:
        def table(kind: type[Any], rows: list[Any]) -> ExportedTable:
            return ExportedTable(tuple(f.name for f in fields(kind)), [asdict(r) for r in rows])

        out = {
            "users": table(User, [self.data.users[user_id]]),
            "user_settings": table(UserSettings, [self.data.settings[user_id]]),
        }
        for name, kind in TABLES.items():
            out[name] = table(kind, self.data.rows(name, user_id))
        return out

    async def delete_user(self, user_id: int) -> None:
        for rows in self.data.tables.values():
            for row in [r for r in rows.values() if r.user_id == user_id]:
                del rows[row.id]
        self.data.settings.pop(user_id, None)
        self.data.users.pop(user_id, None)

    # --- reports -----------------------------------------------------------------------------
    # Snapshots are not kept here: every replay starts from the first day, which is what a
    # snapshot must equal (tests/unit/test_snapshot.py, tests/service/test_state_snapshots.py).
    async def load_snapshot(self, user_id: int, protocol: Any, start: date) -> Any:
        return None

    async def save_snapshot(self, user_id: int, protocol: Any, state: Any) -> None:
        return None

    async def history(self, user_id: int, since: date | None = None) -> domain.History:
        mornings = sorted(self.data.rows("morning_reports", user_id), key=lambda m: m.day)
        strength = sorted(self.data.rows("strength_reports", user_id), key=lambda s: s.day)
        return domain.History(
            runs=tuple(run_record(r) for r in self.data.rows("run_reports", user_id)),
            mornings=tuple(domain.MorningRecord(m.day, m.pain, m.stairs_ok) for m in mornings),
            strength=tuple(domain.StrengthRecord(s.day, s.pain) for s in strength),
            referrals=tuple(
                referral_record(r)  # a row with the ORM row's fields
                for r in self.data.rows("referrals", user_id)
            ),
            return_checks=tuple(
                return_check_record(c)  # a row with the ORM row's fields
                for c in self.data.rows("return_checks", user_id)
            ),
        )

    async def record_return_check(
        self, user_id: int, day: date, at: datetime, answers: tuple[bool, bool, bool]
    ) -> None:
        walk, squats, hops = answers
        self.data.add(
            "return_checks",
            user_id=user_id,
            day=day,
            answered_at=at,
            brisk_walk=walk,
            single_leg_squats=squats,
            single_leg_hops=hops,
        )

    async def record_run(self, user_id: int, run: NewRun) -> int:
        row = self.data.add(
            "run_reports",
            user_id=user_id,
            day=run.day,
            reported_at=run.reported_at,
            minutes=run.minutes,
            distance_km=run.distance_km,
            pain_during=run.pain_during,
            stopped=run.stopped,
            stage=run.stage,
            phase=run.phase,
            decision=run.judgement.decision.value,
            rule=run.judgement.rule,
            reason=run.judgement.reason,
        )
        return int(row.id)

    async def latest_run_id(self, user_id: int) -> int | None:
        runs = self.data.rows("run_reports", user_id)
        return runs[-1].id if runs else None

    async def runs_awaiting_morning(self, user_id: int, today: date) -> list[AwaitingRun]:
        yesterday = today - timedelta(days=1)
        runs = self.data.rows("run_reports", user_id, day=yesterday, morning_pain=None)
        return [AwaitingRun(r.id, run_record(r)) for r in runs]

    async def revise_run(
        self, run_id: int, morning_pain: int, revised: domain.Judgement | None
    ) -> None:
        row = self.data.tables["run_reports"][run_id]
        row.morning_pain = morning_pain
        if revised is not None:
            row.decision, row.rule = revised.decision.value, revised.rule
            row.reason = revised.reason

    def _one(self, table: str, user_id: int, **match: Any) -> Any | None:
        found = self.data.rows(table, user_id, **match)
        return found[0] if found else None

    async def save_morning(self, user_id: int, day: date, pain: int) -> None:
        row = self._one("morning_reports", user_id, day=day)
        if row is None:
            self.data.add("morning_reports", user_id=user_id, day=day, pain=pain)
        else:
            row.pain = pain

    async def morning_id(self, user_id: int, day: date) -> int | None:
        row = self._one("morning_reports", user_id, day=day)
        return None if row is None else int(row.id)

    async def note_stairs(self, user_id: int, day: date, ok: bool) -> bool:
        row = self._one("morning_reports", user_id, day=day)
        if row is None:
            return False
        row.stairs_ok = ok
        return True

    async def record_strength(self, user_id: int, day: date, pain: int) -> None:
        row = self._one("strength_reports", user_id, day=day)
        if row is None:
            self.data.add("strength_reports", user_id=user_id, day=day, pain=pain)
        else:
            row.pain = pain

    async def strength_id(self, user_id: int, day: date) -> int | None:
        row = self._one("strength_reports", user_id, day=day)
        return None if row is None else int(row.id)

    async def completions_on(self, user_id: int, day: date) -> set[str]:
        return {c.item for c in self.data.rows("completions", user_id, day=day)}

    async def add_completion(self, user_id: int, day: date, item: str, now: datetime) -> bool:
        if self._one("completions", user_id, day=day, item=item) is not None:
            return False
        self.data.add("completions", user_id=user_id, day=day, item=item, done_at=now)
        return True

    async def completion_id(self, user_id: int, day: date, item: str) -> int | None:
        row = self._one("completions", user_id, day=day, item=item)
        return None if row is None else int(row.id)

    async def completions_by_day(self, user_id: int, since: date) -> dict[date, frozenset[str]]:
        by_day: dict[date, set[str]] = {}
        for row in self.data.rows("completions", user_id):
            if row.day >= since:
                by_day.setdefault(row.day, set()).add(row.item)
        return {day: frozenset(items) for day, items in by_day.items()}

    async def delete_own(self, user_id: int, kind: str, row_id: int) -> bool:
        rows = self.data.tables[UNDOABLE[kind]]
        row = rows.get(row_id)
        if row is None or row.user_id != user_id:
            return False
        del rows[row_id]
        return True

    # --- referrals -----------------------------------------------------------------------------
    async def open_referrals(self, user_id: int) -> list[ReferralRecord]:
        return list(self.data.rows("referrals", user_id, cleared_on=None, retracted_on=None))

    async def open_referral(self, user_id: int, referral: NewReferral) -> ReferralRecord:
        row: Referral = self.data.add("referrals", user_id=user_id, **asdict(referral))
        return row

    async def retract_referrals(self, user_id: int, ids: list[int], day: date) -> None:
        for row in self.data.rows("referrals", user_id, cleared_on=None, retracted_on=None):
            if row.id in ids:
                row.retracted_on = day

    async def clear_referrals(
        self, user_id: int, ids: list[int], *, day: date, who: str, seen: date, at: datetime
    ) -> None:
        for row in self.data.rows("referrals", user_id):
            if row.id in ids:
                row.cleared_on, row.cleared_by, row.seen_on = day, who, seen
                row.cleared_source, row.cleared_at = domain.CLEARED_BY_RUNNER, at


class MemoryUnitsOfWork:
    """Opens one :class:`MemoryUnitOfWork` at a time; a block that raises leaves the data
    as it was before it opened."""

    def __init__(self) -> None:
        self.data = Data()
        self._one_at_a_time = asyncio.Lock()

    @asynccontextmanager
    async def __call__(self) -> AsyncIterator[UnitOfWork]:
        async with self._one_at_a_time:
            before = copy.deepcopy(self.data)
            try:
                yield MemoryUnitOfWork(self.data)
            except BaseException:
                self.data = before
                raise


@dataclass
class MemoryCoach:
    """What a test uses of ``bot.bootstrap.Coach``, on the in-memory store."""

    settings: Settings
    clock: Clock
    protocols: ProtocolLibrary
    service: CoachService
    units: MemoryUnitsOfWork

    async def close(self) -> None:
        """Nothing to release."""


def memory_coach(settings: Settings, clock: Clock) -> MemoryCoach:
    """The coach as ``bot.bootstrap.build`` wires it, on the in-memory store."""
    protocols = load_protocols(settings.protocols_dir)
    red_flags = load_red_flags(settings.protocols_dir)
    units = MemoryUnitsOfWork()
    service = CoachService(units, clock, protocols, settings.default_timezone, red_flags)
    return MemoryCoach(settings, clock, protocols, service, units)
