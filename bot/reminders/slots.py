"""A user's reminder slots, derived from their settings and protocol.

Written through the service's unit of work (``ReminderSchedule.write_slots``, see
``bot.reminders.user_schedule``) at the end of every use case that changes what or when to
remind (start, protocol, time zone, times, strength time, pause, resume), in that use case's
transaction.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import delete, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from bot.coach.plan import is_strength_day
from bot.coach.protocol import Protocol
from bot.reminders.schedule import DayFilter, local_instant, next_occurrence, parse_hhmm
from bot.service.ports import STRENGTH, STRETCH, ReminderKind, SettingsRecord, UserRecord
from bot.store.models import ReminderSlot

WEEKLY = ReminderKind.WEEKLY
DERIVED_KINDS = (STRETCH, STRENGTH, WEEKLY)
WEEKLY_SUMMARY_TIME = "19:00"  # Sunday evening in the user's zone [default]
SUNDAY = 6


@dataclass(frozen=True, slots=True)
class SlotSpec:
    kind: str
    slot: int
    local_time: str  # "HH:MM"


def wanted_slots(settings: SettingsRecord, protocol: Protocol) -> list[SlotSpec]:
    """The protocol's rhythm on the user's times: one stretch slot per session of the day
    (maintenance: once a day, the first time), one strength slot when it has strength work,
    and the weekly summary."""
    times = [t.strip() for t in settings.stretch_times.split(",") if t.strip()]
    sessions = min(protocol.stretch_sessions_per_day, len(times))
    specs = [SlotSpec(STRETCH, i + 1, times[i]) for i in range(sessions)]
    if protocol.strength_days_per_week > 0:
        specs.append(SlotSpec(STRENGTH, 1, settings.strength_time))
    specs.append(SlotSpec(WEEKLY, 1, WEEKLY_SUMMARY_TIME))
    return specs


def day_filter(kind: str, protocol: Protocol) -> DayFilter | None:
    """Strength reminders only on the protocol's strength days, the summary on Sundays;
    stretches every day."""
    if kind == STRENGTH and protocol.strength_days_per_week < 7:
        return lambda day: is_strength_day(protocol, day)
    if kind == WEEKLY:
        return lambda day: day.weekday() == SUNDAY
    return None


def earliest_after_pause(settings: SettingsRecord, zone: ZoneInfo, now: datetime) -> datetime:
    """The instant reminders may resume from: now, or the local midnight after the pause
    (now while a pause that starts on a later day has not begun: the ticker skips its days)."""
    first = settings.paused_from
    if settings.paused_until is None or (first is not None and now.astimezone(zone).date() < first):
        return now
    resume_day = settings.paused_until + timedelta(days=1)
    return max(now, local_instant(resume_day, time(0, 0), zone) - timedelta(microseconds=1))


def first_due(
    spec: SlotSpec, zone: ZoneInfo, protocol: Protocol, after: datetime
) -> tuple[datetime, date]:
    return next_occurrence(
        parse_hhmm(spec.local_time), zone, after, day_filter(spec.kind, protocol)
    )


def as_utc(value: datetime) -> datetime:
    """SQLite hands back naive datetimes; everything stored is UTC."""
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


async def sync_slots(
    session: AsyncSession,
    user: UserRecord,
    settings: SettingsRecord,
    protocol: Protocol,
    now: datetime,
) -> None:
    """Make the user's stretch and strength slots match their settings and protocol.

    A slot whose time and zone did not change keeps an occurrence that is already due but not
    yet picked up by the ticker, so changing another setting at 13:00:10 does not lose the
    13:00 reminder. Anything else is scheduled from now (or from the end of a pause).
    """
    zone = ZoneInfo(settings.timezone)
    after = earliest_after_pause(settings, zone, now)
    rows = await session.scalars(
        select(ReminderSlot).where(
            ReminderSlot.user_id == user.id, ReminderSlot.kind.in_(DERIVED_KINDS)
        )
    )
    existing = {(r.kind, r.slot): r for r in rows}
    specs = wanted_slots(settings, protocol)
    stale = [r.id for key, r in existing.items() if key not in {(s.kind, s.slot) for s in specs}]
    if stale:
        await session.execute(delete(ReminderSlot).where(ReminderSlot.id.in_(stale)))
    for spec in specs:
        due, day = first_due(spec, zone, protocol, after)
        row = existing.get((spec.kind, spec.slot))
        if row is None:
            session.add(
                ReminderSlot(
                    user_id=user.id,
                    kind=spec.kind,
                    slot=spec.slot,
                    local_time=spec.local_time,
                    timezone=settings.timezone,
                    next_due_utc=due,
                    due_date=day,
                )
            )
            continue
        unchanged = row.local_time == spec.local_time and row.timezone == settings.timezone
        waiting = row.next_due_utc is not None and as_utc(row.next_due_utc) <= now
        if unchanged and waiting and after == now:
            continue
        row.local_time, row.timezone = spec.local_time, settings.timezone
        row.next_due_utc, row.due_date = due, day


async def stop_slots(session: AsyncSession, user_id: int) -> None:
    """No more reminders for this user until their slots are synced again (e.g. /start)."""
    await session.execute(
        update(ReminderSlot)
        .where(ReminderSlot.user_id == user_id)
        .values(next_due_utc=None, due_date=None)
    )
