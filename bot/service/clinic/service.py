"""The use cases the web calls for a signed-in clinician. Each checks that the runner lets
this clinician follow them *now* (a share allowed and not stopped), writes the access log,
and is one transaction."""

from __future__ import annotations

import contextlib
import logging
from collections.abc import AsyncIterator
from dataclasses import replace
from datetime import timedelta
from zoneinfo import ZoneInfo

from bot import texts
from bot.clock import Clock
from bot.coach import thresholds as t
from bot.coach.adherence import adherence
from bot.coach.protocol import ProtocolLibrary
from bot.coach.redflags import RedFlagVocabulary
from bot.service import progress
from bot.service.clinic import adjust, alerts, codes, outbox
from bot.service.clinic.accounts import Accounts
from bot.service.clinic.adjust import Change
from bot.service.clinic.views import (
    CaseloadLine,
    RunnerPage,
    caseload_line,
    ladder_lines,
    sort_caseload,
)
from bot.service.clinic_ports import ClinicianInfo, ShareInfo
from bot.service.context import Context
from bot.service.ports import OpensUnitsOfWork, UnitOfWork
from bot.service.replies import Attachment

log = logging.getLogger(__name__)

NOTE_MAX_CHARS = 2000
LABEL_MAX_CHARS = 80
ACTIONS_SHOWN = 50


class ClinicService:
    def __init__(
        self,
        units: OpensUnitsOfWork,
        clock: Clock,
        protocols: ProtocolLibrary,
        red_flags: RedFlagVocabulary,
    ) -> None:
        self.units = units
        self.clock = clock
        self.protocols = protocols
        self.red_flags = red_flags
        self.accounts = Accounts(units, clock)

    # --- consent ---------------------------------------------------------------------------
    async def enter_code(self, clinician: ClinicianInfo, code: str, label: str) -> bool:
        """The clinician typed a runner's code: the runner is asked in the chat. False when
        the code is unknown, used or expired."""
        now = self.clock.now()
        async with self.units() as uow:
            share = await uow.clinic.share_by_code(codes.digest(codes.normalise_code(code)), now)
            if share is None:
                return False
            name = " ".join(label.split())[:LABEL_MAX_CHARS] or f"Runner {share.user_id}"
            await uow.clinic.request_share(share.id, clinician.id, name, now)
            ctx = await self._context(uow, share.user_id)
            await uow.clinic.queue_message(
                share.user_id, outbox.CONSENT, now, ctx.today, share_id=share.id
            )
        log.info("share requested", extra={"event": "share_requested", "user_id": share.user_id})
        return True

    async def chat_link_code(self, clinician: ClinicianInfo) -> str:
        """A new code for ``/clinician CODE`` in the clinician's own chat (alerts there);
        an older code stops working."""
        code = alerts.new_link_code()
        async with self.units() as uow:
            await uow.clinic.link_code(clinician.id, codes.digest(code))
        return code

    # --- what the clinician sees -------------------------------------------------------------
    async def caseload(self, clinician: ClinicianInfo, sort: str = "name") -> list[CaseloadLine]:
        now = self.clock.now()
        async with self.units() as uow:
            rows = await uow.clinic.caseload(clinician.id, now.date())
            lines = []
            for row in rows:
                protocol = self.protocols.get(row.protocol_id) or self.protocols.default
                today = now.astimezone(ZoneInfo(row.timezone)).date()
                lines.append(caseload_line(row, protocol.name, today))
                await uow.clinic.touch_share(row.share_id, now)
                await uow.clinic.log_access(row.user_id, clinician.id, "caseload", now)
        return sort_caseload(lines, sort)

    async def runner_page(self, clinician: ClinicianInfo, user_id: int) -> RunnerPage | None:
        """A followed runner's page; None when they do not let this clinician follow them."""
        async with self._following(clinician, user_id, "runner") as found:
            if found is None:
                return None
            uow, share, ctx = found
            history = replace(await ctx.full_history(), paused_days=await progress.paused_days(ctx))
            state = await ctx.state(history)
            plan = await ctx.plan()
            done = await ctx.uow.completions_by_day(user_id, ctx.settings.start_date)
            return RunnerPage(
                user_id=user_id,
                label=share.runner_label or "",
                protocol_name=ctx.protocol.name,
                today=ctx.today,
                state=state,
                plan=plan,
                plan_text=texts.plan.plan_text(
                    plan, await ctx.done_today(), ctx.settings.side, paused_until=None
                ),
                ladder=ladder_lines(plan),
                history=history,
                flags=tuple(await uow.clinic.flags(user_id)),
                adherence=adherence(
                    ctx.protocol, ctx.settings.start_date, history, done, ctx.today
                ),
                actions=tuple(await uow.clinic.actions_of(user_id, ACTIONS_SHOWN)),
            )

    async def report(self, clinician: ClinicianInfo, user_id: int) -> Attachment | None:
        """The runner's PDF report, as ``/report`` makes it."""
        async with self._following(clinician, user_id, "report") as found:
            if found is None:
                return None
            replies = await progress.report(found[2], "")
        return next((r.document for r in replies if r.document), None)

    # --- actions ---------------------------------------------------------------------------
    async def clear_flag(self, clinician: ClinicianInfo, user_id: int, referral_id: int) -> bool:
        """A clinician's clearance of one open flag or referral (CLINICAL.md §5 v3: any flag,
        at any time), recorded as theirs; the runner is told and the plan steps back."""
        async with self._following(clinician, user_id, "clear") as found:
            if found is None:
                return False
            uow, _share, ctx = found
            flags = {f.id: f for f in await uow.clinic.flags(user_id)}
            flag = flags.get(referral_id)
            if flag is None or not flag.open:
                return False
            await uow.clinic.clear_referral(user_id, referral_id, clinician.id, ctx.today)
            action = await uow.clinic.add_action(
                user_id, clinician.id, "clear", ctx.now, text=flag.cause, referral_id=referral_id
            )
            long = (ctx.today - flag.day) > timedelta(days=t.CLEARANCE_LONG_REFERRAL_DAYS)
            kind = outbox.CLEARED_LONG if long else outbox.CLEARED
            await uow.clinic.queue_message(user_id, kind, ctx.now, ctx.today, action_id=action)
        log.info("flag cleared", extra={"event": "clinician_cleared", "user_id": user_id})
        return True

    async def note(self, clinician: ClinicianInfo, user_id: int, text: str) -> bool:
        """A note the runner receives in the chat."""
        text = text.strip()[:NOTE_MAX_CHARS]
        if not text:
            return False
        async with self._following(clinician, user_id, "note") as found:
            if found is None:
                return False
            uow, _share, ctx = found
            action = await uow.clinic.add_action(user_id, clinician.id, "note", ctx.now, text=text)
            await uow.clinic.queue_message(
                user_id, outbox.NOTE, ctx.now, ctx.today, action_id=action
            )
        log.info("note written", extra={"event": "clinician_note", "user_id": user_id})
        return True

    async def adjust(self, clinician: ClinicianInfo, user_id: int, change: Change) -> bool:
        """Set the stage or the strength step, or pause running, within the protocol's
        bounds; the runner is told. False when out of bounds or not followed."""
        async with self._following(clinician, user_id, change.kind) as found:
            if found is None:
                return False
            uow, _share, ctx = found
            state = await ctx.state()
            if not adjust.checked(change, ctx.protocol, state):
                return False
            action = await uow.clinic.add_action(
                user_id,
                clinician.id,
                change.kind,
                ctx.now,
                text=adjust.stored_value(change, state),
                day=ctx.today,
            )
            await uow.clinic.queue_message(
                user_id, change.kind, ctx.now, ctx.today, action_id=action
            )
        log.info("plan adjusted", extra={"event": "clinician_adjusted", "user_id": user_id})
        return True

    # --- helpers ---------------------------------------------------------------------------
    @contextlib.asynccontextmanager
    async def _following(
        self, clinician: ClinicianInfo, user_id: int, what: str
    ) -> AsyncIterator[tuple[UnitOfWork, ShareInfo, Context] | None]:
        """One transaction in which the clinician may see the runner (the look is logged),
        or None (nothing logged, nothing shown)."""
        async with self.units() as uow:
            share = await uow.clinic.following(clinician.id, user_id)
            if share is None:
                yield None
                return
            now = self.clock.now()
            await uow.clinic.touch_share(share.id, now)
            await uow.clinic.log_access(user_id, clinician.id, what, now)
            yield uow, share, await self._context(uow, user_id)

    async def _context(self, uow: UnitOfWork, user_id: int) -> Context:
        """The runner's context for a read (no snapshot written)."""
        key = await uow.clinic.user_key(user_id)
        user = await uow.find_user(*key) if key else None
        if user is None:
            raise LookupError(f"user {user_id} is gone")
        settings = await uow.settings(user_id)
        ctx = Context(
            uow, user, settings, self.protocols, self.clock.now(), red_flags=self.red_flags
        )
        ctx.save_snapshot = False
        return ctx
