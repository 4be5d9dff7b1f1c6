"""The stored coach-state snapshot of each user, and what keeps it true.

A snapshot of day S is the state at the start of S (``state_at_start_of``): it depends only
on the reports dated before S and on the referrals raised before S (tested as a property in
``tests/unit/test_snapshot.py``). So every flush that adds, changes or deletes a run,
morning or strength report dated before a user's S, or any referral raised before it, deletes
their snapshot in the same flush, whichever module made the write (a session event, not a
call each use case must remember). A snapshot is only ever saved from a history read in a
transaction with no such write, and it is ignored when its format, the protocol or the start
date no longer match. Deleting a user deletes it with their other rows; /export includes it.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import fields
from datetime import date
from typing import Any

from sqlalchemy import delete, event, insert, inspect, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import Session, UOWTransaction

from bot.coach.protocol import Protocol
from bot.coach.records import MorningRecord, Phase
from bot.coach.rules import RestPeriod
from bot.coach.state import CoachState
from bot.store.models import (
    MorningReport,
    Referral,
    ReturnCheck,
    RunReport,
    StateSnapshot,
    StrengthReport,
)

# Bump when CoachState's fields change: stored snapshots of another format are ignored.
FORMAT = 2
_REPORTS = (RunReport, MorningReport, StrengthReport, Referral, ReturnCheck)
# session.info key: the earliest report day each user's writes touched in this session.
_TOUCHED = "snapshot_touched"


def protocol_key(protocol: Protocol) -> str:
    """The protocol's id and a hash of its content: an edited protocol file invalidates."""
    digest = hashlib.sha256(protocol.model_dump_json().encode()).hexdigest()[:32]
    return f"{protocol.id}:{digest}"


# --- the state as JSON -----------------------------------------------------------------------

_DATES = {
    "day",
    "start",
    "strength_since",
    "phase_since",
    "no_running_until",
    "last_run",
    "last_green",
    "build_until",
    "back_to_build_on",
    "check_failed_on",
}
_PLAIN = {
    "strength_level",
    "strength_count",
    "strength_rest",
    "strength_held_sore",
    "stage",
    "greens_at_stage",
    "ambers_in_row",
    "calm_streak",
    "good_strength_days",
    "strength_sessions",
    "return_check_due",
    "check_retry_at",
}
# Not stored: the open referral is read as it stands now, on every message.
_NOT_STORED = {"referral"}


def _day(value: Any) -> date | None:
    return None if value is None else date.fromisoformat(value)


def to_json(state: CoachState) -> dict[str, Any]:
    out: dict[str, Any] = {name: getattr(state, name) for name in _PLAIN}
    out.update({name: _iso(getattr(state, name)) for name in _DATES})
    out["phase"] = state.phase.value if state.phase else None
    rest, morning = state.rest, state.latest_morning
    out["rest"] = None if rest is None else {"since": _iso(rest.since), "baseline": rest.baseline}
    out["latest_morning"] = (
        None
        if morning is None
        else {"day": _iso(morning.day), "pain": morning.pain, "stairs_ok": morning.stairs_ok}
    )
    return out


def from_json(data: dict[str, Any]) -> CoachState:
    rest, morning = data["rest"], data["latest_morning"]
    values: dict[str, Any] = {name: data[name] for name in _PLAIN}
    values.update({name: _day(data[name]) for name in _DATES})
    return CoachState(
        **values,
        phase=Phase(data["phase"]) if data["phase"] else None,
        rest=None
        if rest is None
        else RestPeriod(date.fromisoformat(rest["since"]), rest["baseline"]),
        latest_morning=(
            None
            if morning is None
            else MorningRecord(
                date.fromisoformat(morning["day"]), morning["pain"], morning["stairs_ok"]
            )
        ),
    )


def stored_fields() -> set[str]:
    """Every field of CoachState this format stores (the tests hold it to the dataclass)."""
    return _DATES | _PLAIN | {"phase", "rest", "latest_morning"}


def unstored_fields() -> set[str]:
    return {f.name for f in fields(CoachState)} - stored_fields()


def _iso(value: date | None) -> str | None:
    return None if value is None else value.isoformat()


# --- read and write --------------------------------------------------------------------------


async def load(
    session: AsyncSession, user_id: int, protocol: Protocol, start: date
) -> CoachState | None:
    """The user's snapshot, or None when there is none or it no longer matches."""
    row = (
        await session.execute(
            select(
                StateSnapshot.format,
                StateSnapshot.protocol_key,
                StateSnapshot.start_date,
                StateSnapshot.state,
            ).where(StateSnapshot.user_id == user_id)
        )
    ).first()
    if row is None or row.format != FORMAT or row.start_date != start:
        return None
    if row.protocol_key != protocol_key(protocol):
        return None
    return from_json(row.state)


async def save(session: AsyncSession, user_id: int, protocol: Protocol, state: CoachState) -> bool:
    """Store ``state`` (a snapshot of the start of ``state.day``) as the user's snapshot,
    unless this session wrote a report dated before that day (the history it was derived
    from may predate that write). Returns whether it was stored."""
    await session.flush()  # pending writes first, so _TOUCHED knows them
    touched = session.sync_session.info.get(_TOUCHED, {}).get(user_id)
    if touched is not None and touched < state.day:
        return False
    await session.execute(delete(StateSnapshot).where(StateSnapshot.user_id == user_id))
    await session.execute(
        insert(StateSnapshot).values(
            user_id=user_id,
            day=state.day,
            format=FORMAT,
            protocol_key=protocol_key(protocol),
            start_date=state.start,
            state=to_json(state),
        )
    )
    return True


# --- invalidation ----------------------------------------------------------------------------


def _days(obj: Any) -> Iterable[date]:
    """The day of a report row, before and after this flush's change."""
    history = inspect(obj).attrs.day.history
    for value in (*history.added, *history.deleted, *history.unchanged):
        if isinstance(value, date):
            yield value


@event.listens_for(Session, "before_flush")
def _drop_outdated_snapshots(session: Session, _flush: UOWTransaction, _instances: Any) -> None:
    earliest: dict[int, date] = {}
    changed = [*session.new, *session.deleted]
    changed += [o for o in session.dirty if session.is_modified(o, include_collections=False)]
    for obj in changed:
        if isinstance(obj, _REPORTS) and obj.user_id is not None:
            for day in _days(obj):
                earliest[obj.user_id] = min(day, earliest.get(obj.user_id, day))
    if not earliest:
        return
    touched: dict[int, date] = session.info.setdefault(_TOUCHED, {})
    connection = session.connection()
    for user_id, day in earliest.items():
        touched[user_id] = min(day, touched.get(user_id, day))
        connection.execute(
            delete(StateSnapshot).where(StateSnapshot.user_id == user_id, StateSnapshot.day > day)
        )
