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
import itertools
import time
from collections.abc import Callable
from types import TracebackType
from typing import Any, cast

from sqlalchemy import Float, Integer, Table, bindparam, case, delete, exists, func, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.exc import DBAPIError
from sqlalchemy.ext.asyncio import AsyncEngine, create_async_engine

from bot.reminders.coalesce import Coalesced
from bot.store.models import ChatPace, SendPace

PAUSE_ROW = -1
PACE = cast(Table, SendPace.__table__)
_holding: contextvars.ContextVar[int | None] = contextvars.ContextVar("pace_slot", default=None)


class SharedPace:
    """An async context manager entered around each send, like ``SlidingWindowPace``.

    Each step (take a row, give it back, a chat's turn, a pause) is one autocommit statement
    on connections of its own, without the pool's liveness ping: one round trip, so the time
    a send holds its row beyond the period is the request's own round trip, not the pace's."""

    def __init__(
        self,
        engine: AsyncEngine,
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
        self.engine = engine
        self.rate = rate
        self.period = period
        self.chat_interval = 1.0 / chat_rate if chat_rate > 0 else 0.0
        self.chat_burst = chat_burst
        self.lease = lease
        self.poll = poll
        self.now = now
        self.postgres = engine.dialect.name == "postgresql"
        self._own: AsyncEngine | None = None
        self._turn = asyncio.Lock()  # one task per process asks for rows at a time
        self._waiting = 0  # sends of this process waiting for a row
        self._pool: list[int] = []  # rows taken for sends waiting here, not yet handed out
        self.grab = max(1, rate // 10)
        self._give_back: Coalesced[tuple[int, float], bool] = Coalesced(self._free)
        self._turns: Coalesced[tuple[int, int], float] = Coalesced(self._reserve_turns)
        self._turn_numbers = itertools.count()
        self._ready = False
        self._chat_writes = 0
        self._take_stmt = _take_statement(rate, self.postgres)

    # --- the overall budget ---------------------------------------------------------------
    async def __aenter__(self) -> None:
        await self._ensure_rows()
        self._waiting += 1
        try:
            async with self._turn:
                while not self._pool:
                    now = self.now()
                    # One statement takes a row for every send waiting here (up to a tenth of
                    # the budget, so other processes get theirs): at 1,000/s one round trip
                    # serves many sends, at 30/s it is one row a send as before.
                    want = max(1, min(self._waiting, self.grab))
                    rows = await self._execute(
                        self._take_stmt, {"now": now, "hold": now + self.lease, "n": want}
                    )
                    if rows:
                        self._pool.extend(int(row[0]) for row in rows)
                        break
                    await asyncio.sleep(min(max(await self._wait(now), 0.001), self.poll))
                _holding.set(self._pool.pop())
        finally:
            self._waiting -= 1

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
        # The answer is in: free one period from now. Rows given back while an earlier give-back
        # is on its way go together in the next statement (its time the latest of theirs).
        await self._give_back.add((slot, self.now() + self.period))

    async def _free(self, slots: list[tuple[int, float]]) -> dict[tuple[int, float], bool]:
        free_at = max(at for _, at in slots)
        ids = [slot for slot, _ in slots]
        await self._execute(update(PACE).where(PACE.c.slot.in_(ids)).values(free_at=free_at))
        return dict.fromkeys(slots, True)

    async def _wait(self, now: float) -> float:
        """How long until a row may come free: the pause's end, or the soonest row's."""
        paused = func.max(case((PACE.c.slot == PAUSE_ROW, PACE.c.free_at)))
        soonest = func.min(case((PACE.c.slot >= 0, PACE.c.free_at)))
        [row] = await self._execute(select(paused, soonest).where(PACE.c.slot < self.rate))
        return max(float(row[0] or now), float(row[1] or now)) - now

    async def _ensure_rows(self) -> None:
        if self._ready:
            return
        dialect = postgresql if self.postgres else sqlite
        rows = [{"slot": n, "free_at": 0.0} for n in range(PAUSE_ROW, self.rate)]
        await self._execute(dialect.insert(SendPace).on_conflict_do_nothing(), rows)
        self._ready = True

    async def pause(self, seconds: float) -> None:
        """Telegram answered ``RetryAfter``: no process sends for ``seconds``."""
        await self._ensure_rows()
        until = self.now() + seconds
        await self._execute(
            update(PACE)
            .where(PACE.c.slot == PAUSE_ROW, PACE.c.free_at < until)
            .values(free_at=until)
        )

    # --- one chat -------------------------------------------------------------------------
    async def chat_turn(self, chat_id: int) -> None:
        """Wait until ``chat_id`` may be written to again: ``chat_burst`` at once, then one
        every ``1 / chat_rate`` seconds, counted over every process."""
        if self.chat_interval <= 0:
            return
        # Chats asking while an earlier upsert is on its way share the next statement.
        tat = await self._turns.add((chat_id, next(self._turn_numbers)))
        now = self.now()
        wait = float(tat or now) - self.chat_burst * self.chat_interval - now
        if wait > 0:
            await asyncio.sleep(wait)

    async def _reserve_turns(self, asks: list[tuple[int, int]]) -> dict[tuple[int, int], float]:
        """One upsert per round of distinct chats (a chat twice waits for the next round)."""
        now, turns = self.now(), dict[tuple[int, int], float]()
        while asks:
            seen: dict[int, tuple[int, int]] = {}
            later: list[tuple[int, int]] = []
            for ask in asks:
                if ask[0] in seen:
                    later.append(ask)
                else:
                    seen[ask[0]] = ask
            statement = _reserve_many(list(seen), now, self.chat_interval, self.postgres)
            rows = await self._execute(statement)
            for chat, tat in rows:
                turns[seen[int(chat)]] = float(tat)
            asks = later
        self._chat_writes += len(turns)
        if self._chat_writes >= 1000:  # forget chats quiet for a minute
            self._chat_writes = 0
            await self._execute(delete(ChatPace).where(ChatPace.tat < now - 60))
        return turns

    # --- the connections ------------------------------------------------------------------
    async def close(self) -> None:
        """Give back rows taken and not used; release the pace's connections (it opens them
        again if used after)."""
        if self._pool:
            pool, self._pool = self._pool, []
            await self._free([(slot, self.now()) for slot in pool])
        own, self._own = self._own, None
        if own is not None:
            await own.dispose()

    async def _execute(self, statement: Any, params: Any = None) -> list[Any]:
        """One autocommit statement. A connection found dead (the server restarted) is
        replaced and the statement tried once more: every step here is safe to repeat."""
        for attempt in (1, 2):
            try:
                async with self._engine().connect() as connection:
                    result = await connection.execute(statement, params)
                    return list(result.all()) if result.returns_rows else []
            except DBAPIError as exc:
                if attempt == 2 or not exc.connection_invalidated:
                    raise
        raise AssertionError("unreachable")

    def _engine(self) -> AsyncEngine:
        if self._own is None:
            url = self.engine.url
            if self.postgres:
                self._own = create_async_engine(
                    url, isolation_level="AUTOCOMMIT", pool_size=5, max_overflow=5
                )
            else:  # one process, tests: wait for SQLite's write lock like the app's engine
                self._own = create_async_engine(
                    url, isolation_level="AUTOCOMMIT", connect_args={"timeout": 5}
                )
        return self._own


def _take_statement(rate: int, postgres: bool) -> Any:
    """Hold the ``n`` free rows that came free first for ``hold``, unless a RetryAfter pause
    runs; returns their slots, or nothing. PostgreSQL skips rows another process is taking."""
    now: Any = bindparam("now", type_=Float())
    pause = PACE.alias("pause")
    paused = exists().where(pause.c.slot == PAUSE_ROW, pause.c.free_at > now)
    free = (
        select(PACE.c.slot)
        .where(PACE.c.slot >= 0, PACE.c.slot < rate, PACE.c.free_at <= now, ~paused)
        .order_by(PACE.c.free_at)
        .limit(bindparam("n", type_=Integer()))
    )
    if postgres:
        free = free.with_for_update(of=PACE, skip_locked=True)
    return (
        update(PACE)
        .where(PACE.c.slot.in_(free.scalar_subquery()))
        .values(free_at=bindparam("hold", type_=Float()))
        .returning(PACE.c.slot)
    )


def _reserve_many(chats: list[int], now: float, step: float, postgres: bool) -> Any:
    """Upsert each chat's theoretical arrival time: max(stored, now) + step, returned."""
    dialect = postgresql if postgres else sqlite
    stmt = dialect.insert(ChatPace).values([{"chat_id": c, "tat": now + step} for c in chats])
    stored = ChatPace.__table__.c.tat
    later = case((stored > now, stored), else_=now) + step
    return stmt.on_conflict_do_update(index_elements=["chat_id"], set_={"tat": later}).returning(
        ChatPace.chat_id, ChatPace.tat
    )
