"""Clinicians' accounts: added by the operator with a one-time set-password link, signed in
with a password (Argon2), rate-limited per account and per address, disabled by the operator.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime, timedelta

from bot import texts
from bot.clock import Clock
from bot.service.clinic import codes, passwords
from bot.service.clinic_ports import ClinicianInfo, ClinicStore, Throttle
from bot.service.ports import OpensUnitsOfWork

log = logging.getLogger(__name__)

LINK_LIFETIME = timedelta(hours=24)
# After this many wrong passwords within the window, signing in is locked for LOCK_TIME.
MAX_FAILURES = 10
FAILURE_WINDOW = timedelta(minutes=15)
LOCK_TIME = timedelta(minutes=15)


@dataclass(frozen=True, slots=True)
class SignIn:
    clinician: ClinicianInfo | None
    problem: str | None  # what the page says when ``clinician`` is None


class Accounts:
    def __init__(self, units: OpensUnitsOfWork, clock: Clock) -> None:
        self.units = units
        self.clock = clock

    async def add(
        self, email: str, name: str, clinic: str | None
    ) -> tuple[ClinicianInfo, str] | None:
        """A new clinician and their one-time token (24 h); None when the email is taken."""
        now = self.clock.now()
        async with self.units() as uow:
            added = await uow.clinic.add_clinician(email.strip().lower(), name, clinic, now)
            if added is None:
                return None
            token = await self._token(uow.clinic, added.id, now)
        log.info("clinician added", extra={"event": "clinician_added", "clinician_id": added.id})
        return added, token

    async def new_link(self, email: str) -> str | None:
        """A fresh one-time token for an enabled clinician (a lost or stale link)."""
        now = self.clock.now()
        async with self.units() as uow:
            found = await uow.clinic.clinician_by_email(email.strip().lower())
            if found is None or found[0].disabled:
                return None
            return await self._token(uow.clinic, found[0].id, now)

    @staticmethod
    async def _token(clinic: ClinicStore, clinician_id: int, now: datetime) -> str:
        token = codes.new_token()
        await clinic.add_token(clinician_id, codes.digest(token), now, now + LINK_LIFETIME)
        return token

    async def all(self) -> list[ClinicianInfo]:
        async with self.units() as uow:
            return await uow.clinic.clinicians()

    async def disable(self, email: str) -> bool:
        async with self.units() as uow:
            done = await uow.clinic.disable_clinician(email.strip().lower(), self.clock.now())
        log.info("clinician disabled", extra={"event": "clinician_disabled"})
        return done

    async def link_owner(self, token: str) -> ClinicianInfo | None:
        async with self.units() as uow:
            return await uow.clinic.token_owner(codes.digest(token), self.clock.now())

    async def set_password(self, token: str, password: str, again: str) -> str | None:
        """Use the one-time link: None when the password is set, else why not."""
        problem = passwords.problem(password, again)
        if problem:
            return problem
        hashed = passwords.hash_password(password)
        async with self.units() as uow:
            clinician_id = await uow.clinic.use_token(codes.digest(token), self.clock.now())
            if clinician_id is None:
                return texts.clinic.LINK_UNUSABLE
            await uow.clinic.set_password(clinician_id, hashed)
        log.info("password set", extra={"event": "password_set", "clinician_id": clinician_id})
        return None

    async def current(self, clinician_id: int, epoch: int) -> ClinicianInfo | None:
        """The signed-in clinician of a session, or None when the account is disabled or the
        session is older than its last password change."""
        async with self.units() as uow:
            found = await uow.clinic.clinician(clinician_id)
        if found is None or found.disabled or found.session_epoch != epoch:
            return None
        return found

    async def sign_in(self, email: str, password: str, address: str) -> SignIn:
        now = self.clock.now()
        keys = (f"account:{email.strip().lower()[:80]}", f"address:{address[:80]}")
        async with self.units() as uow:
            locked = [await _locked(uow.clinic, key, now) for key in keys]
            if any(locked):
                minutes = max(m for m in locked if m)
                return SignIn(None, texts.clinic.SIGN_IN_LOCKED.format(minutes=minutes))
            found = await uow.clinic.clinician_by_email(email.strip().lower())
        clinician, stored = found if found else (None, None)
        ok = passwords.verify(stored, password) and clinician is not None
        async with self.units() as uow:
            if ok and clinician is not None and not clinician.disabled:
                await uow.clinic.forget_throttle(keys[0])
                log.info("signed in", extra={"event": "sign_in", "clinician_id": clinician.id})
                return SignIn(clinician, None)
            now_locked = [await _fail(uow.clinic, key, now) for key in keys]
        log.info("sign-in refused", extra={"event": "sign_in_refused"})
        if any(now_locked):
            minutes = max(m for m in now_locked if m)
            return SignIn(None, texts.clinic.SIGN_IN_LOCKED.format(minutes=minutes))
        return SignIn(None, texts.clinic.SIGN_IN_WRONG)


async def _locked(clinic: ClinicStore, key: str, now: datetime) -> int:
    """Minutes (rounded up) until ``key`` may try again; 0 when it may now."""
    found = await clinic.throttle(key)
    if found is None or found.locked_until is None or found.locked_until <= now:
        return 0
    return max(1, -(-int((found.locked_until - now).total_seconds()) // 60))


async def _fail(clinic: ClinicStore, key: str, now: datetime) -> int:
    """Count a wrong password under ``key``; minutes locked when this one locks it, else 0."""
    found = await clinic.throttle(key)
    if found is None or now - found.first_at > FAILURE_WINDOW:
        found = Throttle(0, now, None)
    failures = found.failures + 1
    locked_until = now + LOCK_TIME if failures >= MAX_FAILURES else None
    if locked_until is not None:
        failures = 0  # the lock is the penalty; the count starts again after it
    await clinic.save_throttle(key, Throttle(failures, found.first_at, locked_until))
    return int(LOCK_TIME.total_seconds() // 60) if locked_until else 0
