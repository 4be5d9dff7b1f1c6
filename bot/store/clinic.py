"""The clinician's web view's storage (``bot.service.clinic_ports.ClinicStore``) on SQLAlchemy."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.exc import IntegrityError

from bot.coach.records import CLEARED_BY_CLINICIAN
from bot.service.clinic_ports import (
    AccessEntry,
    ActionEntry,
    CaseloadRow,
    ClinicianInfo,
    FlagInfo,
    MessageInfo,
    ShareInfo,
)
from bot.service.ports import DeliveryStatus
from bot.store.clinic_accounts import SqlClinicAccounts, aware, clinician_info, maybe_aware
from bot.store.clinic_caseload import caseload_query
from bot.store.clinic_models import (
    AccessLogEntry,
    Clinician,
    ClinicianAction,
    ClinicianAlert,
    ClinicMessage,
    Share,
)
from bot.store.models import Referral, ReminderDelivery, User

CLINIC_KIND = "clinic"  # the reminder queue's kind for a message the web caused


def _share(row: Share, label: str | None, clinician: Clinician | None = None) -> ShareInfo:
    return ShareInfo(
        id=row.id,
        user_id=row.user_id,
        clinician_id=row.clinician_id,
        runner_label=label,
        created_at=aware(row.created_at),
        code_expires_at=aware(row.code_expires_at),
        requested_at=maybe_aware(row.requested_at),
        allowed_at=maybe_aware(row.allowed_at),
        refused_at=maybe_aware(row.refused_at),
        stopped_at=maybe_aware(row.stopped_at),
        last_seen_at=maybe_aware(row.last_seen_at),
        clinician=clinician_info(clinician) if clinician else None,
    )


class SqlClinicStore(SqlClinicAccounts):
    """Shares, the access log, the caseload, actions and messages to runners."""

    # --- shares ----------------------------------------------------------------------------
    async def new_share(
        self, user_id: int, code_hash: str, now: datetime, expires: datetime
    ) -> int:
        row = Share(user_id=user_id, code_hash=code_hash, created_at=now, code_expires_at=expires)
        self.session.add(row)
        await self.session.flush()
        return row.id

    async def share_by_code(self, code_hash: str, now: datetime) -> ShareInfo | None:
        row = await self.session.scalar(select(Share).where(Share.code_hash == code_hash))
        if row is None or row.requested_at is not None or row.stopped_at is not None:
            return None
        if aware(row.code_expires_at) <= now:
            return None
        return _share(row, None)

    async def request_share(
        self, share_id: int, clinician_id: int, runner_label: str, now: datetime
    ) -> None:
        row = await self.session.get(Share, share_id)
        if row is not None:
            # The code is used up: its hash goes, so it can never be entered again.
            row.clinician_id, row.requested_at, row.code_hash = clinician_id, now, None
            row.runner_label = runner_label

    async def share(self, share_id: int) -> ShareInfo | None:
        found = (
            await self.session.execute(
                select(Share, Clinician)
                .outerjoin(Clinician, Clinician.id == Share.clinician_id)
                .where(Share.id == share_id)
            )
        ).first()
        return _share(found[0], found[0].runner_label, found[1]) if found else None

    async def shares_of(self, user_id: int) -> list[ShareInfo]:
        found = await self.session.execute(
            select(Share, Clinician)
            .outerjoin(Clinician, Clinician.id == Share.clinician_id)
            .where(Share.user_id == user_id)
            .order_by(Share.id)
        )
        return [_share(s, s.runner_label, c) for s, c in found.all()]

    async def answer_share(self, user_id: int, share_id: int, allow: bool, now: datetime) -> bool:
        row = await self.session.get(Share, share_id)
        if row is None or row.user_id != user_id or not _share(row, None).waiting:
            return False
        if allow:
            row.allowed_at = now
            # One share in force per clinician and runner: an older one of theirs ends.
            await self.session.execute(
                update(Share)
                .where(
                    Share.user_id == user_id,
                    Share.clinician_id == row.clinician_id,
                    Share.id != row.id,
                    Share.stopped_at.is_(None),
                )
                .values(stopped_at=now)
                .execution_options(synchronize_session=False)
            )
        else:
            row.refused_at = now
        return True

    async def stop_share(self, user_id: int, share_id: int, now: datetime) -> bool:
        row = await self.session.get(Share, share_id)
        if row is None or row.user_id != user_id or row.stopped_at is not None:
            return False
        row.stopped_at, row.code_hash = now, None
        return True

    async def following(self, clinician_id: int, user_id: int) -> ShareInfo | None:
        row = await self.session.scalar(
            select(Share)
            .where(
                Share.clinician_id == clinician_id,
                Share.user_id == user_id,
                Share.allowed_at.is_not(None),
                Share.stopped_at.is_(None),
            )
            .order_by(Share.id.desc())
            .limit(1)
        )
        return _share(row, row.runner_label) if row else None

    async def followers(self, user_id: int) -> list[ShareInfo]:
        return [s for s in await self.shares_of(user_id) if s.following]

    async def touch_share(self, share_id: int, now: datetime) -> None:
        row = await self.session.get(Share, share_id)
        if row is not None:
            row.last_seen_at = now

    async def log_access(self, user_id: int, clinician_id: int, what: str, now: datetime) -> None:
        self.session.add(
            AccessLogEntry(user_id=user_id, clinician_id=clinician_id, at=now, what=what)
        )
        await self.session.flush()

    async def access_log(self, user_id: int, limit: int) -> list[AccessEntry]:
        found = await self.session.execute(
            select(AccessLogEntry, Clinician)
            .outerjoin(Clinician, Clinician.id == AccessLogEntry.clinician_id)
            .where(AccessLogEntry.user_id == user_id)
            .order_by(AccessLogEntry.id.desc())
            .limit(limit)
        )
        return [
            AccessEntry(aware(e.at), e.what, clinician_info(c).signature if c else "?")
            for e, c in found.all()
        ]

    # --- the caseload and actions ----------------------------------------------------------
    async def caseload(self, clinician_id: int, today: date) -> list[CaseloadRow]:
        rows = await self.session.execute(caseload_query(clinician_id, today))
        found = []
        for row in rows:
            values = dict(row._mapping)
            for mean in ("morning_mean_7", "morning_mean_prev_7"):  # PostgreSQL: a Decimal
                values[mean] = None if values[mean] is None else float(values[mean])
            found.append(CaseloadRow(**values))
        return found

    async def flags(self, user_id: int) -> list[FlagInfo]:
        rows = await self.session.scalars(
            select(Referral).where(Referral.user_id == user_id).order_by(Referral.id.desc())
        )
        return [
            FlagInfo(
                id=r.id,
                day=r.day,
                cause=r.cause,
                source=r.source,
                reason=r.reason,
                urgency=r.urgency,
                words=r.words,
                words_language=r.words_language,
                cleared_on=r.cleared_on,
                cleared_by=r.cleared_by,
                cleared_source=r.cleared_source,
                retracted_on=r.retracted_on,
            )
            for r in rows
        ]

    async def user_key(self, user_id: int) -> tuple[str, str] | None:
        row = await self.session.get(User, user_id)
        return (row.channel, row.external_id) if row else None

    async def clear_referral(
        self, user_id: int, referral_id: int, clinician_id: int, day: date
    ) -> str | None:
        row = await self.session.get(Referral, referral_id)
        if row is None or row.user_id != user_id:
            return None
        if row.cleared_on is not None or row.retracted_on is not None:
            return None
        row.cleared_on, row.seen_on, row.cleared_by = day, day, "clinician"
        row.cleared_source, row.cleared_clinician_id = CLEARED_BY_CLINICIAN, clinician_id
        return row.cause

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
    ) -> int:
        row = ClinicianAction(
            user_id=user_id,
            clinician_id=clinician_id,
            at=now,
            kind=kind,
            day=day,
            text=text,
            referral_id=referral_id,
        )
        self.session.add(row)
        await self.session.flush()
        return row.id

    async def action(self, action_id: int) -> ActionEntry | None:
        found = (
            await self.session.execute(self._actions().where(ClinicianAction.id == action_id))
        ).first()
        return _action(found[0], found[1]) if found else None

    async def actions_of(self, user_id: int, limit: int) -> list[ActionEntry]:
        found = await self.session.execute(
            self._actions()
            .where(ClinicianAction.user_id == user_id)
            .order_by(ClinicianAction.id.desc())
            .limit(limit)
        )
        return [_action(a, c) for a, c in found.all()]

    @staticmethod
    def _actions() -> Any:
        return select(ClinicianAction, Clinician).outerjoin(
            Clinician, Clinician.id == ClinicianAction.clinician_id
        )

    # --- messages to runners ---------------------------------------------------------------
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
        message = ClinicMessage(
            user_id=user_id,
            created_at=now,
            kind=kind,
            share_id=share_id,
            action_id=action_id,
            alert_id=alert_id,
        )
        self.session.add(message)
        await self.session.flush()
        # The bot's reminder queue sends it: a delivery whose slot is the message's id.
        self.session.add(
            ReminderDelivery(
                user_id=user_id,
                kind=CLINIC_KIND,
                local_date=local_date,
                slot=message.id,
                status=DeliveryStatus.PENDING,
                due_utc=now,
                next_attempt_at=now,
                attempts=0,
                created_at=now,
            )
        )
        await self.session.flush()
        return message.id

    async def message(self, message_id: int) -> MessageInfo | None:
        row = await self.session.get(ClinicMessage, message_id)
        if row is None:
            return None
        return MessageInfo(row.id, row.user_id, row.kind, row.share_id, row.action_id, row.alert_id)

    # --- alerts to a clinician's own chat ---------------------------------------------------
    async def linked_clinicians(self) -> list[ClinicianInfo]:
        rows = await self.session.scalars(
            select(Clinician).where(
                Clinician.chat_external_id.is_not(None), Clinician.disabled_at.is_(None)
            )
        )
        return [clinician_info(r) for r in rows]

    async def add_alert(
        self, clinician_id: int, user_id: int, day: date, kind: str, now: datetime
    ) -> int | None:
        row = ClinicianAlert(
            clinician_id=clinician_id, user_id=user_id, day=day, kind=kind, created_at=now
        )
        try:
            async with self.session.begin_nested():
                self.session.add(row)
                await self.session.flush()
        except IntegrityError:  # one a day: sent already, maybe by another process
            return None
        return row.id

    async def alert(self, alert_id: int) -> tuple[str, str] | None:
        row = await self.session.get(ClinicianAlert, alert_id)
        if row is None or row.clinician_id is None:
            return None
        share = await self.following(row.clinician_id, row.user_id)
        return (row.kind, share.runner_label or "") if share else None

    async def chat_user(self, channel: str, external_id: str) -> int | None:
        row = await self.session.scalar(
            select(User.id).where(User.channel == channel, User.external_id == external_id)
        )
        return row


def _action(row: ClinicianAction, clinician: Clinician | None) -> ActionEntry:
    who = clinician_info(clinician).signature if clinician else "?"
    return ActionEntry(row.id, aware(row.at), row.kind, row.text, who, row.referral_id)
