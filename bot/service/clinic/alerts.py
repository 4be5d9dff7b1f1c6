"""Alerts to a clinician's own chat (Telegram or Discord): linked with ``/clinician CODE``
(a code from their caseload page), sent at most once per runner a day, naming only the
runner (as on the clinician's list) and the kind of alert — never a health detail.

The alerts are read off the stored facts, not raised by the safety code: the bot's reminder
ticker runs :func:`sweep` every few minutes, which reads each linked clinician's caseload (the
same one query) and queues a message for every runner with an alert and none sent today.
"""

from __future__ import annotations

import logging
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from bot import texts
from bot.service.clinic import codes
from bot.service.clinic.views import caseload_line
from bot.service.context import Context
from bot.service.ports import OpensUnitsOfWork
from bot.service.replies import Reply

log = logging.getLogger(__name__)

ALERT = "alert"  # the kind of message (``bot.service.clinic.outbox``)
SWEEP_EVERY = timedelta(minutes=5)
LINK_CODE_LENGTH = 10


def new_link_code() -> str:
    return codes.new_code(LINK_CODE_LENGTH)


async def link(ctx: Context, args: str) -> list[Reply]:
    """``/clinician CODE``: this chat gets the clinician's alerts from now on."""
    code = codes.normalise_code(args)
    key = await ctx.uow.clinic.user_key(ctx.user.id)
    found = None
    if code and key:
        found = await ctx.uow.clinic.link_chat(codes.digest(code), *key)
    if found is None:
        return [Reply(texts.clinic.LINK_UNKNOWN)]
    await ctx.uow.reminders.stop_slots(ctx.user.id)  # a clinician's chat gets no coaching
    log.info("clinician chat linked", extra={"event": "clinician_linked", "user_id": ctx.user.id})
    return [Reply(texts.clinic.LINKED.format(clinician=found.signature))]


async def sweep(units: OpensUnitsOfWork, now: datetime) -> int:
    """Queue today's alerts for every linked clinician; how many were queued."""
    queued = 0
    async with units() as uow:
        for clinician in await uow.clinic.linked_clinicians():
            assert clinician.chat_channel and clinician.chat_external_id
            chat = await uow.clinic.chat_user(clinician.chat_channel, clinician.chat_external_id)
            if chat is None:
                continue
            for row in await uow.clinic.caseload(clinician.id, now.date()):
                today = now.astimezone(ZoneInfo(row.timezone)).date()
                line = caseload_line(row, "", today)
                if not line.alerts:
                    continue
                alert = await uow.clinic.add_alert(
                    clinician.id, row.user_id, now.date(), line.alerts[0], now
                )
                if alert is None:
                    continue
                await uow.clinic.queue_message(chat, ALERT, now, now.date(), alert_id=alert)
                queued += 1
    if queued:
        log.info("alerts queued: %d", queued, extra={"event": "clinician_alerts"})
    return queued


class Sweeps:
    """Runs :func:`sweep` at most every :data:`SWEEP_EVERY` (the reminder ticker calls it on
    every tick; the alerts it queues go out from the next tick on)."""

    def __init__(self) -> None:
        self.last: datetime | None = None

    async def run(self, units: OpensUnitsOfWork, now: datetime) -> None:
        if self.last is not None and now - self.last < SWEEP_EVERY:
            return
        self.last = now
        await sweep(units, now)


async def alert_message(ctx: Context, alert_id: int) -> list[Reply] | None:
    found = await ctx.uow.clinic.alert(alert_id)
    if found is None:
        return None  # the runner stopped sharing meanwhile: nothing to say
    kind, runner = found
    return [
        Reply(
            texts.clinic.ALERT.format(runner=runner, kind=texts.clinic.ALERT_KINDS.get(kind, kind))
        )
    ]
