"""One-time codes and tokens: made at random, stored only as hashes, compared by hash."""

from __future__ import annotations

import hashlib
import secrets

# No 0/O, 1/I/L: a code read aloud or copied by hand is typed right.
ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
SHARE_CODE_LENGTH = 8


def new_code(length: int = SHARE_CODE_LENGTH) -> str:
    return "".join(secrets.choice(ALPHABET) for _ in range(length))


def new_token() -> str:
    """A set-password link's token (256 bits)."""
    return secrets.token_urlsafe(32)


def normalise_code(typed: str) -> str:
    """What a person typed, as the code was issued: upper case, no spaces or dashes."""
    return "".join(ch for ch in typed.upper() if ch.isalnum())


def digest(secret: str) -> str:
    return hashlib.sha256(secret.encode()).hexdigest()


def pretty(code: str) -> str:
    """``ABCD-EFGH``: easier to read out; the dash is ignored when typed back."""
    return f"{code[:4]}-{code[4:]}" if len(code) == SHARE_CODE_LENGTH else code
