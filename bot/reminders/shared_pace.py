"""The bot's send pace, shared through the database by every process that sends.

Telegram's ~30 messages/s is a limit per **bot**: three processes each pacing themselves to
30/s would send 90/s. :class:`SharedPace` keeps the budget in the ``send_pace`` table, one row
per message a period may carry. A send takes a free row (``FOR UPDATE SKIP LOCKED`` on
PostgreSQL, so processes never take the same one) and holds it from the moment it starts until
a period after its answer came back — the rule of :class:`bot.reminders.pacing.SlidingWindowPace`,
now across processes: no period-long window at the server can hold more than ``rate`` sends,
however the processes and the network delay them. A process that dies holding a row frees it
after ``lease`` seconds.

``RetryAfter`` seen by any process pauses every process (row -1), and :meth:`chat_turn` paces
each private chat (~1 message/s after a small burst) across processes with one upsert.
Time is seconds since the epoch from ``now`` (the hosts' clocks, kept by NTP).
"""

from __future__ import annotations

import asyncio
import contextvars
import time
from collections.abc import Callable
from types import TracebackType
from typing import Any

from sqlalchemy import Float, bindparam, case, delete, func, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.store.models import ChatPace, SendPace

PAUSE_ROW = -1
_holding: contextvars.ContextVar[int | None] = contextvars.ContextVar("pace_slot", default=None)


class SharedPace:
    """An async context manager entered around each send, like ``SlidingWindowPace``."""

    def __init__(
        self,
        sessions: async_sessionmaker[AsyncSession],
        *,
        rate: int = 30,
        period: float = 1.0,
        chat_rate: float = 1.0,
        chat_burst: int = 3,
        lease: float = 30.0,
        poll: float = 0.02,
        now: Callable[[], float] = time.time,
    ) -> None:
        if rate < 1 or period <= 0 or lease <= period:
            raise ValueError("rate >= 1, period > 0 and lease > period")
        self.sessions = sessions
        self.rate = rate
        self.period = period
        self.chat_interval = 1.0 / chat_rate if chat_rate > 0 else 0.0
        self.chat_burst = chat_burst
        self.lease = lease
        self.poll = poll
        self.now = now
        self._turn = asyncio.Lock()  # one task per process asks the database at a time
        self._ready = False
        self._chat_writes = 0

    # --- the overall budget ---------------------------------------------------------------
    async def __aenter__(self) -> None:
        await self._ensure_rows()
        async with self._turn:
            while True:
                slot, wait = await self._take()
                if slot is not None:
                    _holding.set(slot)
                    return
                await asyncio.sleep(min(max(wait, 0.001), self.poll))

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        slot = _holding.get()
        if slot is None:
            return
        _holding.set(None)
        async with self.sessions() as session, session.begin():
            await session.execute(
                update(SendPace)
                .where(SendPace.slot == slot)
                .values(free_at=self.now() + self.period)
            )

    async def _ensure_rows(self) -> None:
        if self._ready:
            return
        async with self.sessions() as session, session.begin():
            dialect = postgresql if _is_postgres(session) else sqlite
            rows = [{"slot": n, "free_at": 0.0} for n in range(PAUSE_ROW, self.rate)]
            await session.execute(dialect.insert(SendPace).on_conflict_do_nothing(), rows)
        self._ready = True

    async def _take(self) -> tuple[int | None, float]:
        """A free row, now held for ``lease`` seconds; else None and how long to wait."""
        now = self.now()
        async with self.sessions() as session, session.begin():
            paused_until = await session.scalar(
                select(SendPace.free_at).where(SendPace.slot == PAUSE_ROW)
            )
            if paused_until is not None and paused_until > now:
                return None, paused_until - now
            free = (
                select(SendPace.slot)
                .where(SendPace.slot >= 0, SendPace.slot < self.rate, SendPace.free_at <= now)
                .order_by(SendPace.free_at)
                .limit(1)
            )
            if _is_postgres(session):
                free = free.with_for_update(skip_locked=True)
            slot = await session.scalar(
                update(SendPace)
                .where(SendPace.slot == free.scalar_subquery())
                .values(free_at=now + self.lease)
                .returning(SendPace.slot)
            )
            if slot is not None:
                return slot, 0.0
            soonest = await session.scalar(
                select(func.min(SendPace.free_at)).where(
                    SendPace.slot >= 0, SendPace.slot < self.rate
                )
            )
        return None, (soonest or now) - now

    async def pause(self, seconds: float) -> None:
        """Telegram answered ``RetryAfter``: no process sends for ``seconds``."""
        await self._ensure_rows()
        until = self.now() + seconds
        async with self.sessions() as session, session.begin():
            await session.execute(
                update(SendPace)
                .where(SendPace.slot == PAUSE_ROW, SendPace.free_at < until)
                .values(free_at=until)
            )

    # --- one chat -------------------------------------------------------------------------
    async def chat_turn(self, chat_id: int) -> None:
        """Wait until ``chat_id`` may be written to again: ``chat_burst`` at once, then one
        every ``1 / chat_rate`` seconds, counted over every process."""
        if self.chat_interval <= 0:
            return
        now = self.now()
        async with self.sessions() as session, session.begin():
            values = {"chat": chat_id, "now": now, "step": self.chat_interval}
            tat = await session.scalar(_reserve(_is_postgres(session)), values)
            self._chat_writes += 1
            if self._chat_writes % 1000 == 0:  # forget chats quiet for a minute
                await session.execute(delete(ChatPace).where(ChatPace.tat < now - 60))
        wait = float(tat or now) - self.chat_burst * self.chat_interval - now
        if wait > 0:
            await asyncio.sleep(wait)


def _is_postgres(session: AsyncSession) -> bool:
    return session.get_bind().dialect.name == "postgresql"


def _reserve(postgres: bool) -> Any:
    """Upsert a chat's theoretical arrival time: max(stored, now) + step, returned."""
    now: Any = bindparam("now", type_=Float())
    step: Any = bindparam("step", type_=Float())
    dialect = postgresql if postgres else sqlite
    stmt = dialect.insert(ChatPace).values(chat_id=bindparam("chat"), tat=now + step)
    stored = ChatPace.__table__.c.tat
    later = case((stored > now, stored), else_=now) + step
    return stmt.on_conflict_do_update(index_elements=["chat_id"], set_={"tat": later}).returning(
        ChatPace.tat
    )
