"""The reminder writes a user's messages cause (``bot.service.ports.ReminderSchedule``), in
the message's own transaction: slots re-derived after a settings change, stopped when the user
blocked the bot, and today's delivery snoozed or skipped from a reminder's buttons.

Snoozing reopens today's delivery row with a later time, so a snooze moves that one
occurrence and the unique key still allows only one reminder per session a day.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy.ext.asyncio import AsyncSession

from bot.coach.protocol import Protocol
from bot.reminders import queue
from bot.reminders.slots import stop_slots, sync_slots
from bot.service.ports import DeliveryStatus, SettingsRecord, UserRecord


class SqlReminderSchedule:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def write_slots(
        self, user: UserRecord, settings: SettingsRecord, protocol: Protocol, now: datetime
    ) -> None:
        await sync_slots(self.session, user, settings, protocol, now)

    async def stop_slots(self, user_id: int) -> None:
        await stop_slots(self.session, user_id)

    async def snooze(self, user_id: int, kind: str, day: date, slot: int, until: datetime) -> bool:
        row = await queue.delivery_on(self.session, user_id, kind, day, slot)
        if row is None:
            return False
        row.status, row.reason, row.attempts = DeliveryStatus.PENDING, None, 0
        row.due_utc = row.next_attempt_at = until
        return True

    async def skip(self, user_id: int, kind: str, day: date, slot: int, now: datetime) -> None:
        """A snoozed reminder is cancelled; one not yet sent will not be (its delivery row
        exists now, so the ticker's insert finds it taken)."""
        row = await queue.delivery_on(self.session, user_id, kind, day, slot)
        if row is None:
            await queue.insert_deliveries(
                self.session,
                [
                    {
                        "user_id": user_id,
                        "kind": kind,
                        "local_date": day,
                        "slot": slot,
                        "status": DeliveryStatus.SKIPPED,
                        "reason": "user",
                        "due_utc": now,
                        "next_attempt_at": now,
                        "attempts": 0,
                        "created_at": now,
                        "sent_at": None,
                    }
                ],
            )
            row = await queue.delivery_on(self.session, user_id, kind, day, slot)
        if row is not None and row.status in (DeliveryStatus.PENDING, DeliveryStatus.SENDING):
            row.status, row.reason = DeliveryStatus.SKIPPED, "user"
