"""Chat messages the web causes (a clinician's request, clearance or note): stored with the
runner's other data and sent by the bot through its reminder queue (a delivery of kind
``clinic`` whose slot is the message's id), since the web process has no bot of its own.

Each is worded when it is sent, from the facts stored: a request the runner has answered or
that was stopped meanwhile is not sent.
"""

from __future__ import annotations

from bot import texts
from bot.service.clinic.adjust import shown_value
from bot.service.clinic.alerts import ALERT, alert_message
from bot.service.clinic.chat import ask_allow
from bot.service.context import Context
from bot.service.replies import Reply

CLINIC = "clinic"  # the delivery kind (``bot.store.clinic.CLINIC_KIND``)

CONSENT = "consent"
CLEARED = "cleared"
CLEARED_LONG = "cleared-long"  # the referral lasted over 14 days: back to stage 1
NOTE = "note"


async def clinic_message(ctx: Context, message_id: int) -> list[Reply] | None:
    """The runner's message ``message_id`` worded now, or None when it is no longer due."""
    clinic = ctx.uow.clinic
    message = await clinic.message(message_id)
    if message is None or message.user_id != ctx.user.id:
        return None
    if message.kind == ALERT and message.alert_id is not None:
        return await alert_message(ctx, message.alert_id)
    if message.kind == CONSENT and message.share_id is not None:
        share = await clinic.share(message.share_id)
        return [ask_allow(share)] if share is not None and share.waiting else None
    action = await clinic.action(message.action_id) if message.action_id else None
    if action is None:
        return None
    if message.kind == NOTE:
        return [Reply(texts.clinic.NOTE.format(clinician=action.clinician, text=action.text))]
    if message.kind in texts.clinic.ADJUSTED:
        value = shown_value(message.kind, action.text or "")
        template = texts.clinic.ADJUSTED[message.kind]
        return [Reply(template.format(clinician=action.clinician, value=value))]
    if message.kind in (CLEARED, CLEARED_LONG):
        flag = ctx.flags.get(action.text or "")
        return [
            Reply(
                texts.clinic.CLEARED.format(
                    clinician=action.clinician,
                    flag=flag.label if flag else action.text,
                    back=texts.safety.step_back(message.kind == CLEARED_LONG),
                )
            )
        ]
    return None
