"""Queries. Each takes the use case's session and returns rows or domain values."""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import delete, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from bot.coach import records as domain
from bot.store.clinic_models import ClinicianAction
from bot.store.models import (
    Base,
    ChatPace,
    Completion,
    MorningReport,
    Referral,
    ReturnCheck,
    RunReport,
    StrengthReport,
    User,
    UserSettings,
)


async def find_user(session: AsyncSession, channel: str, external_id: str) -> User | None:
    return await session.scalar(
        select(User).where(User.channel == channel, User.external_id == external_id)
    )


async def lock_user(session: AsyncSession, channel: str, external_id: str) -> User | None:
    """The user, their row locked until the transaction ends: one user's messages are then
    handled one after another, in any number of processes, and none of their
    read-modify-writes (open question, settings, completions) is lost.

    PostgreSQL: ``SELECT ... FOR UPDATE``. SQLite serialises writers already, but its driver
    runs reads before a transaction's first write outside the write lock; a write that
    changes nothing, first, takes that lock for the whole transaction (other writers wait
    on ``busy_timeout``)."""
    return await _locked(session, User.channel == channel, User.external_id == external_id)


async def lock_user_id(session: AsyncSession, user_id: int) -> User | None:
    """As :func:`lock_user`, by id: a reminder that asks a question writes to the user's row
    too, so it waits for their message under way (and they for it)."""
    return await _locked(session, User.id == user_id)


async def _locked(session: AsyncSession, *where: Any) -> User | None:
    if session.get_bind().dialect.name == "sqlite":
        await session.execute(
            update(User)
            .where(*where)
            .values(id=User.id)
            .execution_options(synchronize_session=False)
        )
    return await session.scalar(select(User).where(*where).with_for_update())


async def add_user(
    session: AsyncSession, channel: str, external_id: str, now: datetime
) -> User | None:
    """A new user, or None when another process created them first (their first two
    messages landed in two processes at once): :func:`lock_user` then finds theirs."""
    user = User(channel=channel, external_id=external_id, created_at=now, active=True)
    try:
        async with session.begin_nested():
            session.add(user)
            await session.flush()
    except IntegrityError:
        return None
    return user


async def user_settings(session: AsyncSession, user_id: int) -> UserSettings:
    row = await session.get(UserSettings, user_id)
    if row is None:  # pragma: no cover - created with the user in one transaction
        raise LookupError(f"user {user_id} has no settings")
    return row


def _judgement(row: RunReport) -> domain.Judgement:
    return domain.Judgement(domain.Decision(row.decision), row.rule, row.reason)


def return_check_record(row: ReturnCheck) -> domain.ReturnCheckRecord:
    return domain.ReturnCheckRecord(
        row.day, row.brisk_walk, row.single_leg_squats, row.single_leg_hops
    )


def referral_record(row: Referral) -> domain.Referral:
    return domain.Referral(
        row.day,
        row.cause,
        row.reason,
        cleared_on=row.cleared_on,
        retracted_on=row.retracted_on,
        words=row.words,
        urgency=row.urgency,
        cleared_by=row.cleared_by,
        seen_on=row.seen_on,
        cleared_source=row.cleared_source,
    )


def run_record(row: RunReport) -> domain.RunRecord:
    return domain.RunRecord(
        day=row.day,
        pain_during=row.pain_during,
        stopped=row.stopped,
        judgement=_judgement(row),
        minutes=row.minutes,
        stage=row.stage,
        morning_pain=row.morning_pain,
        distance_km=row.distance_km,
    )


def _dated(query: Any, model: Any, user_id: int, since: date | None) -> Any:
    query = query.where(model.user_id == user_id)
    return query if since is None else query.where(model.day >= since)


async def run_rows(
    session: AsyncSession, user_id: int, since: date | None = None
) -> list[RunReport]:
    """The user's run reports in the order reported: all, or those dated ``since`` or later
    and the latest one before (what /plan's "last run" line names)."""
    result = await session.scalars(
        _dated(select(RunReport), RunReport, user_id, since).order_by(RunReport.id)
    )
    rows = list(result)
    if since is not None and not rows:
        latest = await session.scalar(
            select(RunReport).where(RunReport.user_id == user_id).order_by(RunReport.id.desc())
        )
        rows = [latest] if latest is not None else []
    return rows


async def runs_awaiting_morning(
    session: AsyncSession, user_id: int, today: date
) -> list[RunReport]:
    """Run reports from the day before ``today`` with no next-morning answer yet: the runs a
    morning report revises by rule R4."""
    result = await session.scalars(
        select(RunReport)
        .where(
            RunReport.user_id == user_id,
            RunReport.day == today - timedelta(days=1),
            RunReport.morning_pain.is_(None),
        )
        .order_by(RunReport.id)
    )
    return list(result)


async def load_history(
    session: AsyncSession, user_id: int, since: date | None = None
) -> domain.History:
    """What the rules need about one user, oldest first: every report, or those dated
    ``since`` or later (``complete_from``), plus the latest run whatever its day; always
    every referral (a handful)."""
    runs = await run_rows(session, user_id, since)
    mornings = await session.scalars(
        _dated(select(MorningReport), MorningReport, user_id, since).order_by(MorningReport.day)
    )
    strength = await session.scalars(
        _dated(select(StrengthReport), StrengthReport, user_id, since).order_by(StrengthReport.day)
    )
    referrals = await session.scalars(
        select(Referral).where(Referral.user_id == user_id).order_by(Referral.id)
    )
    checks = await session.scalars(
        _dated(select(ReturnCheck), ReturnCheck, user_id, since).order_by(ReturnCheck.id)
    )
    adjustments = await session.scalars(
        select(ClinicianAction)
        .where(ClinicianAction.user_id == user_id, ClinicianAction.kind.in_(ADJUSTMENTS))
        .order_by(ClinicianAction.id)
    )
    return domain.History(
        return_checks=tuple(return_check_record(c) for c in checks),
        complete_from=since or date.min,
        runs=tuple(run_record(r) for r in runs),
        mornings=tuple(domain.MorningRecord(m.day, m.pain, m.stairs_ok) for m in mornings),
        strength=tuple(domain.StrengthRecord(s.day, s.pain) for s in strength),
        referrals=tuple(referral_record(r) for r in referrals),
        adjustments=tuple(adjustment_record(a) for a in adjustments),
    )


# A clinician's plan changes (``clinician_actions.kind``), each with its value as text.
ADJUSTMENTS = ("stage", "strength", "pause-running", "hold")


def adjustment_record(row: ClinicianAction) -> domain.Adjustment:
    day, value = row.day or row.at.date(), row.text or ""
    if row.kind == "stage":
        return domain.Adjustment(day, stage=int(value))
    if row.kind == "strength":
        return domain.Adjustment(day, strength_level=int(value))
    if row.kind == "hold":  # {"until": day, "stage": n or null, "level": n}
        held = json.loads(value)
        return domain.Adjustment(
            day,
            stage=held["stage"],
            strength_level=held["level"],
            hold_until=date.fromisoformat(held["until"]),
        )
    return domain.Adjustment(day, no_running_until=date.fromisoformat(value))


async def completions_on(session: AsyncSession, user_id: int, day: date) -> set[str]:
    result = await session.scalars(
        select(Completion.item).where(Completion.user_id == user_id, Completion.day == day)
    )
    return set(result)


async def add_completion(
    session: AsyncSession, user_id: int, day: date, item: str, now: datetime
) -> bool:
    """Mark ``item`` done on ``day``; False when it already was."""
    if item in await completions_on(session, user_id, day):
        return False
    session.add(Completion(user_id=user_id, day=day, item=item, done_at=now))
    return True


async def morning_on(session: AsyncSession, user_id: int, day: date) -> MorningReport | None:
    return await session.scalar(
        select(MorningReport).where(MorningReport.user_id == user_id, MorningReport.day == day)
    )


async def save_morning(session: AsyncSession, user_id: int, day: date, pain: int) -> MorningReport:
    row = await morning_on(session, user_id, day)
    if row is None:
        row = MorningReport(user_id=user_id, day=day, pain=pain)
        session.add(row)
    else:
        row.pain = pain
    return row


async def save_strength(session: AsyncSession, user_id: int, day: date, pain: int) -> None:
    row = await session.scalar(
        select(StrengthReport).where(StrengthReport.user_id == user_id, StrengthReport.day == day)
    )
    if row is None:
        session.add(StrengthReport(user_id=user_id, day=day, pain=pain))
    else:
        row.pain = pain


async def active_referrals(session: AsyncSession, user_id: int) -> list[Referral]:
    result = await session.scalars(
        select(Referral).where(
            Referral.user_id == user_id,
            Referral.cleared_on.is_(None),
            Referral.retracted_on.is_(None),
        )
    )
    return list(result)


async def referrals_by_id(session: AsyncSession, user_id: int, ids: list[int]) -> list[Referral]:
    """The user's own referrals among ``ids`` (ids of another user's are ignored)."""
    if not ids:
        return []
    result = await session.scalars(
        select(Referral).where(Referral.user_id == user_id, Referral.id.in_(ids))
    )
    return list(result)


async def latest_run(session: AsyncSession, user_id: int) -> RunReport | None:
    await session.flush()
    return await session.scalar(
        select(RunReport).where(RunReport.user_id == user_id).order_by(RunReport.id.desc())
    )


async def strength_on(session: AsyncSession, user_id: int, day: date) -> StrengthReport | None:
    await session.flush()
    return await session.scalar(
        select(StrengthReport).where(StrengthReport.user_id == user_id, StrengthReport.day == day)
    )


async def completion_on(
    session: AsyncSession, user_id: int, day: date, item: str
) -> Completion | None:
    await session.flush()
    return await session.scalar(
        select(Completion).where(
            Completion.user_id == user_id, Completion.day == day, Completion.item == item
        )
    )


# What an undo may name: one row of the user's own, by table.
UNDOABLE: dict[str, type[RunReport | MorningReport | StrengthReport | Completion]] = {
    "run": RunReport,
    "morning": MorningReport,
    "strength": StrengthReport,
    "done": Completion,
}


async def delete_own(session: AsyncSession, user_id: int, kind: str, row_id: int) -> bool:
    """Delete the user's own row ``row_id`` of ``kind`` (a key of ``UNDOABLE``); False when
    there is no such row of theirs."""
    model = UNDOABLE[kind]
    row = await session.get(model, row_id)
    if row is None or getattr(row, "user_id", None) != user_id:
        return False
    await session.delete(row)
    return True


def user_tables() -> list[Any]:
    """Every mapped table with a ``user_id`` column (the users table itself excluded)."""
    return [t for t in Base.metadata.sorted_tables if "user_id" in t.c and t.name != "users"]


def _chat_of(user: User | None) -> int | None:
    """The Telegram chat the user talks in (a private chat's id is the user's), or None."""
    if user is None or user.channel != "telegram":
        return None
    digits = user.external_id.removeprefix("-")
    return int(user.external_id) if digits.isdigit() else None


async def export_rows(session: AsyncSession, user_id: int) -> dict[str, list[dict[str, Any]]]:
    """Every stored row about the user, table by table, as plain dicts (ids kept), and the
    send pace kept for their chat (when it may next be written to)."""
    user = await session.get(User, user_id)
    out: dict[str, list[dict[str, Any]]] = {
        "users": [{c.name: getattr(user, c.key) for c in User.__table__.columns}]
    }
    for table in user_tables():
        rows = await session.execute(select(table).where(table.c.user_id == user_id))
        out[table.name] = [dict(r._mapping) for r in rows]
    pace = ChatPace.__table__
    rows = await session.execute(select(pace).where(pace.c.chat_id == _chat_of(user)))
    out[ChatPace.__tablename__] = [dict(r._mapping) for r in rows]
    return out


async def delete_user(session: AsyncSession, user_id: int) -> None:
    """Remove the user and every row that names them, table by table (not only by cascade,
    so a database without foreign-key enforcement is cleaned too), and their chat's pace."""
    chat = _chat_of(await session.get(User, user_id))
    if chat is not None:
        await session.execute(delete(ChatPace).where(ChatPace.chat_id == chat))
    for table in reversed(user_tables()):
        await session.execute(delete(table).where(table.c.user_id == user_id))
    await session.execute(delete(User).where(User.id == user_id))
