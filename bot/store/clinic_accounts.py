"""Clinicians' accounts, set-password tokens and sign-in throttling on SQLAlchemy (the
account half of ``bot.service.clinic_ports.ClinicStore``)."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from bot.service.clinic_ports import ClinicianInfo, Throttle
from bot.store import app_state
from bot.store.clinic_models import Clinician, ClinicianToken, SignInThrottle


def clinician_info(row: Clinician) -> ClinicianInfo:
    return ClinicianInfo(
        id=row.id,
        email=row.email,
        name=row.name,
        clinic=row.clinic,
        has_password=row.password_hash is not None,
        disabled=row.disabled_at is not None,
        session_epoch=row.session_epoch or 0,
        created_at=aware(row.created_at),
        chat_channel=row.chat_channel,
        chat_external_id=row.chat_external_id,
    )


class SqlClinicAccounts:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    # --- accounts --------------------------------------------------------------------------
    async def add_clinician(
        self, email: str, name: str, clinic: str | None, now: datetime
    ) -> ClinicianInfo | None:
        row = Clinician(email=email, name=name, clinic=clinic, created_at=now, session_epoch=0)
        try:
            async with self.session.begin_nested():
                self.session.add(row)
                await self.session.flush()
        except IntegrityError:
            return None
        return clinician_info(row)

    async def clinicians(self) -> list[ClinicianInfo]:
        rows = await self.session.scalars(select(Clinician).order_by(Clinician.id))
        return [clinician_info(r) for r in rows]

    async def clinician(self, clinician_id: int) -> ClinicianInfo | None:
        row = await self.session.get(Clinician, clinician_id)
        return clinician_info(row) if row else None

    async def clinician_by_email(self, email: str) -> tuple[ClinicianInfo, str | None] | None:
        row = await self.session.scalar(select(Clinician).where(Clinician.email == email))
        return (clinician_info(row), row.password_hash) if row else None

    async def disable_clinician(self, email: str, now: datetime) -> bool:
        row = await self.session.scalar(select(Clinician).where(Clinician.email == email))
        if row is None:
            return False
        row.disabled_at = row.disabled_at or now
        row.session_epoch = (row.session_epoch or 0) + 1
        return True

    async def add_token(
        self, clinician_id: int, token_hash: str, now: datetime, expires: datetime
    ) -> None:
        self.session.add(
            ClinicianToken(
                clinician_id=clinician_id, token_hash=token_hash, created_at=now, expires_at=expires
            )
        )
        await self.session.flush()

    async def _token(self, token_hash: str, now: datetime) -> ClinicianToken | None:
        row = await self.session.scalar(
            select(ClinicianToken).where(ClinicianToken.token_hash == token_hash)
        )
        if row is None or row.used_at is not None or aware(row.expires_at) <= now:
            return None
        return row

    async def token_owner(self, token_hash: str, now: datetime) -> ClinicianInfo | None:
        row = await self._token(token_hash, now)
        return await self.clinician(row.clinician_id) if row else None

    async def use_token(self, token_hash: str, now: datetime) -> int | None:
        row = await self._token(token_hash, now)
        if row is None:
            return None
        # Only the first of two concurrent uses changes the row.
        result: Any = await self.session.execute(
            update(ClinicianToken)
            .where(ClinicianToken.id == row.id, ClinicianToken.used_at.is_(None))
            .values(used_at=now)
            .execution_options(synchronize_session=False)
        )
        return row.clinician_id if result.rowcount == 1 else None

    async def set_password(self, clinician_id: int, password_hash: str) -> None:
        row = await self.session.get(Clinician, clinician_id)
        if row is not None:
            row.password_hash = password_hash
            row.session_epoch = (row.session_epoch or 0) + 1

    async def throttle(self, key: str) -> Throttle | None:
        row = await self.session.get(SignInThrottle, key)
        if row is None:
            return None
        locked = aware(row.locked_until) if row.locked_until else None
        return Throttle(row.failures, aware(row.first_at), locked)

    async def save_throttle(self, key: str, throttle: Throttle) -> None:
        row = await self.session.get(SignInThrottle, key)
        if row is None:
            row = SignInThrottle(key=key)
            self.session.add(row)
        row.failures, row.first_at = throttle.failures, throttle.first_at
        row.locked_until = throttle.locked_until
        await self.session.flush()

    async def forget_throttle(self, key: str) -> None:
        row = await self.session.get(SignInThrottle, key)
        if row is not None:
            await self.session.delete(row)

    async def link_code(self, clinician_id: int, code_hash: str) -> None:
        row = await self.session.get(Clinician, clinician_id)
        if row is not None:
            row.link_code = code_hash

    async def link_chat(
        self, code_hash: str, channel: str, external_id: str
    ) -> ClinicianInfo | None:
        row = await self.session.scalar(select(Clinician).where(Clinician.link_code == code_hash))
        if row is None or row.disabled_at is not None:
            return None
        row.chat_channel, row.chat_external_id, row.link_code = channel, external_id, None
        return clinician_info(row)

    async def deployment_secret(self, key: str, candidate: str, now: datetime) -> str:
        stored = await app_state.get(self.session, key)
        if stored is not None:
            return stored
        try:
            async with self.session.begin_nested():
                await app_state.put(self.session, key, candidate, now)
                await self.session.flush()
        except IntegrityError:  # another process stored one first
            return await app_state.get(self.session, key) or candidate
        return candidate


def aware(moment: datetime) -> datetime:
    """SQLite gives back naive datetimes; they were stored in UTC."""
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def maybe_aware(moment: datetime | None) -> datetime | None:
    return None if moment is None else aware(moment)
