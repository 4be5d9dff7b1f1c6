"""The storage the clinician's web view needs (``bot.service.clinic``), as the service names it.

``UnitOfWork.clinic`` gives these operations inside the same transaction as the rest;
``bot.store.clinic`` implements them on SQLAlchemy. Values come back as the frozen records
below, never as rows.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Protocol


@dataclass(frozen=True, slots=True)
class ClinicianInfo:
    id: int
    email: str
    name: str
    clinic: str | None
    has_password: bool
    disabled: bool
    session_epoch: int
    created_at: datetime
    chat_channel: str | None = None
    chat_external_id: str | None = None

    @property
    def signature(self) -> str:
        """How a runner sees them: "N (C)", or "N" with no clinic."""
        return f"{self.name} ({self.clinic})" if self.clinic else self.name


@dataclass(frozen=True, slots=True)
class Throttle:
    """Wrong passwords counted under one key since ``first_at``."""

    failures: int
    first_at: datetime
    locked_until: datetime | None


@dataclass(frozen=True, slots=True)
class ShareInfo:
    id: int
    user_id: int
    clinician_id: int | None
    runner_label: str | None
    created_at: datetime
    code_expires_at: datetime
    requested_at: datetime | None
    allowed_at: datetime | None
    refused_at: datetime | None
    stopped_at: datetime | None
    last_seen_at: datetime | None
    clinician: ClinicianInfo | None = None

    @property
    def following(self) -> bool:
        """The runner allowed it and has not stopped it."""
        return self.allowed_at is not None and self.stopped_at is None

    @property
    def waiting(self) -> bool:
        """The clinician entered the code; the runner has not answered."""
        return (
            self.requested_at is not None
            and self.allowed_at is None
            and self.refused_at is None
            and self.stopped_at is None
        )


@dataclass(frozen=True, slots=True)
class AccessEntry:
    at: datetime
    what: str
    clinician: str  # the clinician's signature


@dataclass(frozen=True, slots=True)
class ActionEntry:
    id: int
    at: datetime
    kind: str
    text: str | None
    clinician: str
    referral_id: int | None


@dataclass(frozen=True, slots=True)
class CaseloadRow:
    """One followed runner, as one query reads them (no replay)."""

    user_id: int
    share_id: int
    runner_label: str
    protocol_id: str
    timezone: str
    start_date: date
    phase: str | None  # of the latest run report
    stage: int | None
    last_report: date | None
    open_flags: int  # red flags neither cleared nor retracted
    open_referrals: int  # rule referrals (R2, R3, R7) open
    days_done_7: int  # days with something done in the last 7
    morning_mean_7: float | None
    morning_mean_prev_7: float | None
    days_with_data_30: int
    recent_rests: int = 0  # runs judged "rest" (R2, R3) in the last 3 days


@dataclass(frozen=True, slots=True)
class FlagInfo:
    """A referral as the clinician sees it: the runner's own words and the urgency."""

    id: int
    day: date
    cause: str
    source: str  # screen, symptom, message (red flags); run, rule (pain rules)
    reason: str
    urgency: str | None
    words: str | None
    words_language: str | None  # the language the words were written in
    cleared_on: date | None
    cleared_by: str | None
    cleared_source: str | None  # 'self' or 'clinician'
    retracted_on: date | None

    @property
    def open(self) -> bool:
        return self.cleared_on is None and self.retracted_on is None


@dataclass(frozen=True, slots=True)
class MessageInfo:
    """A message to a runner that the web caused, waiting for the bot to send it."""

    id: int
    user_id: int
    kind: str
    share_id: int | None
    action_id: int | None
    alert_id: int | None = None


class ClinicStore(Protocol):
    """One transaction's operations on clinicians, shares and what they did."""

    # --- accounts --------------------------------------------------------------------------
    async def add_clinician(
        self, email: str, name: str, clinic: str | None, now: datetime
    ) -> ClinicianInfo | None:
        """A new clinician; None when the email is taken."""

    async def clinicians(self) -> list[ClinicianInfo]: ...
    async def clinician(self, clinician_id: int) -> ClinicianInfo | None: ...
    async def clinician_by_email(self, email: str) -> tuple[ClinicianInfo, str | None] | None:
        """The clinician and their password hash."""

    async def disable_clinician(self, email: str, now: datetime) -> bool: ...
    async def add_token(
        self, clinician_id: int, token_hash: str, now: datetime, expires: datetime
    ) -> None: ...
    async def token_owner(self, token_hash: str, now: datetime) -> ClinicianInfo | None:
        """The clinician of an unused, unexpired token."""

    async def use_token(self, token_hash: str, now: datetime) -> int | None:
        """Mark the token used; its clinician's id, or None when unusable."""

    async def set_password(self, clinician_id: int, password_hash: str) -> None:
        """Store the hash; older sessions of the account stop working."""

    async def throttle(self, key: str) -> Throttle | None: ...
    async def save_throttle(self, key: str, throttle: Throttle) -> None: ...
    async def forget_throttle(self, key: str) -> None: ...

    async def link_code(self, clinician_id: int, code_hash: str) -> None: ...
    async def link_chat(
        self, code_hash: str, channel: str, external_id: str
    ) -> ClinicianInfo | None: ...

    async def deployment_secret(self, key: str, candidate: str, now: datetime) -> str:
        """The secret stored under ``key``, or ``candidate`` once stored there (every process
        of the deployment then reads the same one)."""

    # --- shares ----------------------------------------------------------------------------
    async def new_share(
        self, user_id: int, code_hash: str, now: datetime, expires: datetime
    ) -> int: ...
    async def share_by_code(self, code_hash: str, now: datetime) -> ShareInfo | None:
        """An unexpired code no clinician has entered yet."""

    async def request_share(
        self, share_id: int, clinician_id: int, runner_label: str, now: datetime
    ) -> None:
        """The clinician entered the code: it is used up; the runner is asked."""

    async def share(self, share_id: int) -> ShareInfo | None: ...
    async def shares_of(self, user_id: int) -> list[ShareInfo]: ...
    async def answer_share(self, user_id: int, share_id: int, allow: bool, now: datetime) -> bool:
        """The runner's answer to a waiting share of theirs; False when there is none."""

    async def stop_share(self, user_id: int, share_id: int, now: datetime) -> bool: ...
    async def following(self, clinician_id: int, user_id: int) -> ShareInfo | None:
        """The share that lets the clinician see the runner now, or None."""

    async def followers(self, user_id: int) -> list[ShareInfo]:
        """The runner's shares in force, with their clinicians."""

    async def touch_share(self, share_id: int, now: datetime) -> None: ...
    async def log_access(
        self, user_id: int, clinician_id: int, what: str, now: datetime
    ) -> None: ...
    async def access_log(self, user_id: int, limit: int) -> list[AccessEntry]: ...

    # --- the caseload and actions ------------------------------------------------------------
    async def caseload(self, clinician_id: int, today: date) -> list[CaseloadRow]:
        """Every runner following the clinician, in one query."""

    async def flags(self, user_id: int) -> list[FlagInfo]:
        """Every referral of the runner, newest first."""

    async def user_key(self, user_id: int) -> tuple[str, str] | None:
        """(channel, external id) of a user."""

    async def clear_referral(
        self, user_id: int, referral_id: int, clinician_id: int, day: date
    ) -> str | None:
        """A clinician's clearance of the runner's open referral; its cause, or None."""

    async def add_action(
        self,
        user_id: int,
        clinician_id: int,
        kind: str,
        now: datetime,
        *,
        text: str | None = None,
        referral_id: int | None = None,
        day: date | None = None,
    ) -> int: ...
    async def action(self, action_id: int) -> ActionEntry | None: ...
    async def actions_of(self, user_id: int, limit: int) -> list[ActionEntry]: ...

    # --- messages to runners ----------------------------------------------------------------
    async def queue_message(
        self,
        user_id: int,
        kind: str,
        now: datetime,
        local_date: date,
        *,
        share_id: int | None = None,
        action_id: int | None = None,
        alert_id: int | None = None,
    ) -> int:
        """Store the message and queue its delivery (the bot's reminder queue sends it)."""

    async def message(self, message_id: int) -> MessageInfo | None: ...

    # --- alerts to a clinician's own chat -------------------------------------------------
    async def linked_clinicians(self) -> list[ClinicianInfo]:
        """Enabled clinicians who linked a chat account."""

    async def add_alert(
        self, clinician_id: int, user_id: int, day: date, kind: str, now: datetime
    ) -> int | None:
        """Record an alert; None when the clinician had one about the runner that day."""

    async def alert(self, alert_id: int) -> tuple[str, str] | None:
        """(kind, the runner's name on the clinician's list) of an alert."""

    async def chat_user(self, channel: str, external_id: str) -> int | None: ...
