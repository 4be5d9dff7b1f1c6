"""Clinicians' passwords, hashed with Argon2id (argon2-cffi's defaults, RFC 9106's low-memory
choice)."""

from __future__ import annotations

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from bot import texts

MIN_LENGTH = 10
MAX_LENGTH = 256
_HASHER = PasswordHasher()
# Verified against when the email is unknown, so a wrong email costs the same time.
_DUMMY = _HASHER.hash("not a password of anyone")


def hash_password(password: str) -> str:
    return _HASHER.hash(password)


def verify(stored: str | None, password: str) -> bool:
    try:
        return _HASHER.verify(stored or _DUMMY, password) and stored is not None
    except (VerificationError, InvalidHashError):
        return False


def problem(password: str, again: str) -> str | None:
    """Why a new password cannot be used, or None."""
    if password != again:
        return texts.clinic.PASSWORDS_DIFFER
    if not MIN_LENGTH <= len(password) <= MAX_LENGTH:
        return texts.clinic.PASSWORD_LENGTH.format(least=MIN_LENGTH, most=MAX_LENGTH)
    return None
