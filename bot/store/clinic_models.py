"""ORM tables of the clinician's web view (migration 0014): clinicians and their set-password
tokens, the runner's shares (consent), the access log, clinician actions and notes, messages to
runners waiting for the bot to send them, and sign-in throttling.

Every row about a runner names them by ``user_id`` (ON DELETE CASCADE), so ``/export`` includes
it and ``/delete`` removes it; a clinician is named by ``clinician_id`` (SET NULL: a clinician
row is disabled, never deleted).
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, DateTime, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from bot.store.models import Base

STAMP = DateTime(timezone=True)


def _user_fk() -> Mapped[int]:
    return mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)


def _clinician_fk() -> Mapped[int | None]:
    return mapped_column(
        ForeignKey("clinicians.id", ondelete="SET NULL"), index=True, nullable=True
    )


class Clinician(Base):
    """A clinician's account. No password until they follow their one-time link."""

    __tablename__ = "clinicians"

    id: Mapped[int] = mapped_column(primary_key=True)
    email: Mapped[str] = mapped_column(String(254), unique=True)
    name: Mapped[str] = mapped_column(String(120))
    clinic: Mapped[str | None] = mapped_column(String(120), nullable=True)
    password_hash: Mapped[str | None] = mapped_column(String(255), nullable=True)  # Argon2
    created_at: Mapped[datetime] = mapped_column(STAMP)
    disabled_at: Mapped[datetime | None] = mapped_column(STAMP, nullable=True)
    # Raised when the password is set or the account disabled: older sessions stop working.
    session_epoch: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    chat_channel: Mapped[str | None] = mapped_column(String(16), nullable=True)
    chat_external_id: Mapped[str | None] = mapped_column(String(64), nullable=True)
    link_code: Mapped[str | None] = mapped_column(String(64), nullable=True, unique=True)


class ClinicianToken(Base):
    """A one-time set-password link; only a hash of its token is kept."""

    __tablename__ = "clinician_tokens"

    id: Mapped[int] = mapped_column(primary_key=True)
    clinician_id: Mapped[int] = mapped_column(
        ForeignKey("clinicians.id", ondelete="CASCADE"), index=True
    )
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    created_at: Mapped[datetime] = mapped_column(STAMP)
    expires_at: Mapped[datetime] = mapped_column(STAMP)
    used_at: Mapped[datetime | None] = mapped_column(STAMP, nullable=True)


class SignInThrottle(Base):
    """Wrong passwords counted per account (``account:<email>``) and per address
    (``address:<ip>``), shared by every web process."""

    __tablename__ = "sign_in_throttle"

    key: Mapped[str] = mapped_column(String(96), primary_key=True)
    failures: Mapped[int] = mapped_column(Integer)
    first_at: Mapped[datetime] = mapped_column(STAMP)
    locked_until: Mapped[datetime | None] = mapped_column(STAMP, nullable=True)


class Share(Base):
    """A runner's consent, from the code ``/share`` gave (only its hash kept) to Allow and to
    the moment they stop it."""

    __tablename__ = "shares"

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = _user_fk()
    clinician_id: Mapped[int | None] = _clinician_fk()  # who entered the code
    runner_label: Mapped[str | None] = mapped_column(String(80), nullable=True)  # on their list
    code_hash: Mapped[str | None] = mapped_column(String(64), nullable=True, unique=True)
    created_at: Mapped[datetime] = mapped_column(STAMP)
    code_expires_at: Mapped[datetime] = mapped_column(STAMP)
    requested_at: Mapped[datetime | None] = mapped_column(STAMP, nullable=True)
    allowed_at: Mapped[datetime | None] = mapped_column(STAMP, nullable=True)
    refused_at: Mapped[datetime | None] = mapped_column(STAMP, nullable=True)
    stopped_at: Mapped[datetime | None] = mapped_column(STAMP, nullable=True)
    last_seen_at: Mapped[datetime | None] = mapped_column(STAMP, nullable=True)


class AccessLogEntry(Base):
    """A clinician looked at or acted on a runner's data (the runner reads these)."""

    __tablename__ = "access_log"

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = _user_fk()
    clinician_id: Mapped[int | None] = _clinician_fk()
    at: Mapped[datetime] = mapped_column(STAMP)
    what: Mapped[str] = mapped_column(String(32))


class ClinicianAction(Base):
    """Something a clinician did for a runner: a clearance, a note."""

    __tablename__ = "clinician_actions"

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = _user_fk()
    clinician_id: Mapped[int | None] = _clinician_fk()
    at: Mapped[datetime] = mapped_column(STAMP)
    kind: Mapped[str] = mapped_column(String(24))
    day: Mapped[date | None] = mapped_column(Date, nullable=True)  # the runner's, when taken
    referral_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    text: Mapped[str | None] = mapped_column(Text, nullable=True)


class ClinicMessage(Base):
    """A chat message to a runner that the web caused; the bot sends it through the reminder
    queue (a delivery of kind ``clinic`` whose slot is this row's id)."""

    __tablename__ = "clinic_messages"

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = _user_fk()
    created_at: Mapped[datetime] = mapped_column(STAMP)
    kind: Mapped[str] = mapped_column(String(24))
    share_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    action_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    alert_id: Mapped[int | None] = mapped_column(Integer, nullable=True)


class ClinicianAlert(Base):
    """An alert about a runner sent to a clinician's own chat: at most one per runner a day."""

    __tablename__ = "clinician_alerts"
    __table_args__ = (UniqueConstraint("clinician_id", "user_id", "day"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = _user_fk()  # the runner the alert is about
    clinician_id: Mapped[int | None] = mapped_column(
        ForeignKey("clinicians.id", ondelete="CASCADE"), index=True, nullable=True
    )
    day: Mapped[date] = mapped_column(Date)
    kind: Mapped[str] = mapped_column(String(16))  # red-flag, referral, rest, silent
    created_at: Mapped[datetime] = mapped_column(STAMP)
