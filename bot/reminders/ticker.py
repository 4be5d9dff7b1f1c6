"""One tick over the reminder tables: claim due slots, then send what is due.

A tick, in order:
1. (first tick only, SQLite) deliveries left ``sending`` by a process that died are requeued;
2. claim: in batches, each one transaction, due slots become delivery rows (pending, or
   skipped when more than the grace window late) and advance to their next occurrence;
3. send: open deliveries whose time has come are leased in batches, oldest due first; each
   is checked again (done already, paused, late, blocked) and built from the runner's state
   snapshot, a chunk in one transaction (``bot.reminders.batch``), then sent through the
   channel's ``Notifier``; the row is then marked sent (with the others that finished at the
   same moment, one statement), or left pending to retry on FAILED (a 429 storm loses
   nothing), or the user is marked inactive on BLOCKED. A wave the pace cannot send on time
   is reported (``bot.reminders.wave``).
A delivery row is written before its send, so a crash loses nothing and repeats at most the
sends that were in flight.
"""

from __future__ import annotations

import asyncio
import logging
import time as perf
from collections import defaultdict
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING, Any

from sqlalchemy import text

from bot import metrics
from bot.reminders import batch, batch_queue, queue
from bot.reminders.claim_plan import Plan, SlotRow, plan_slot
from bot.reminders.coalesce import Coalesced
from bot.reminders.schedule import jitter_minutes
from bot.reminders.slots import as_utc
from bot.reminders.wave import WaveWatch
from bot.service.clinic import alerts as clinic_alerts
from bot.service.ports import DeliveryStatus
from bot.service.replies import Delivery, Notifier, Reply, UserKey
from bot.store.unit_of_work import SqlUnitsOfWork

if TYPE_CHECKING:
    from bot.service.coach import CoachService

log = logging.getLogger(__name__)

KEEP_DELIVERIES_DAYS = 8  # long enough for "sent today" checks and a week of debugging
PRUNE_EVERY = timedelta(hours=1)
ZERO = timedelta(0)


@dataclass
class TickResult:
    claimed: int = 0  # slot occurrences taken off the schedule
    sent: int = 0
    skipped: int = 0  # not sent: done already, late, paused, inactive, nothing to say
    retrying: int = 0  # the channel failed; left pending for a later tick
    failed: int = 0  # still failing when the grace window closed
    blocked: int = 0
    requeued: int = 0  # in flight when a previous process died
    handed_back: int = 0  # leased, not started, when this process was told to stop
    claim_seconds: list[float] = field(default_factory=list)  # one entry per claim batch


class ReminderTicker:
    def __init__(
        self,
        service: CoachService,
        notifier: Notifier,
        *,
        grace_minutes: int = 120,
        jitter_minutes: int = 0,
        claim_batch: int = 250,
        send_batch: int = 100,
        concurrency: int = 32,
        lease_seconds: int = 300,
        only_external_id: str | None = None,
        requeue_on_start: bool | None = None,
        pace_per_second: float | None = None,
    ) -> None:
        self.service = service
        if not isinstance(service.units, SqlUnitsOfWork):
            raise TypeError("the reminder ticker claims and sends in SQL: it needs the SQL store")
        self.units = service.units
        self.sessions = service.units.sessions
        self.clock = service.clock
        self.protocols = service.protocols
        self.notifier = notifier
        self.channels = (notifier.channel,)
        self.grace = timedelta(minutes=grace_minutes)
        self.jitter = jitter_minutes
        self.claim_batch = claim_batch
        self.send_batch = send_batch
        self.lease = timedelta(seconds=lease_seconds)
        self.only = only_external_id
        self.requeue_on_start = requeue_on_start
        self._limit = asyncio.Semaphore(concurrency)
        # The channel's pace, if known: a chunk built at once is about half a second of sends,
        # so the leases it renews stay fresh however slow the pace.
        self.pace = pace_per_second
        self.prepare_chunk = send_batch
        if pace_per_second:
            self.prepare_chunk = max(10, min(send_batch, int(pace_per_second // 2)))
        self._marks: Coalesced[int, bool] = Coalesced(self._mark_sent)
        self.wave = WaveWatch(pace_per_second) if pace_per_second else None
        self._lock = asyncio.Lock()
        self._started = False
        self._stopping = False
        self._dying = False
        self._last_prune: datetime | None = None
        self._alerts = clinic_alerts.Sweeps()  # clinicians' chat alerts, every few minutes
        self.ticked = asyncio.Event()  # set after each tick: lets a caller wait for one

    # --- the tick --------------------------------------------------------------------------
    async def tick(self) -> TickResult:
        """Claim and send everything due now. Ticks never overlap: one that starts while
        another runs returns an empty result at once."""
        result = TickResult()
        if self._lock.locked():
            return result
        async with self._lock:
            if not self._started:
                result.requeued = await self._requeue_in_flight()
                self._started = True
            if self._stopping:
                return result
            # One claim batch, then one send batch, in turn: the first reminders of a large
            # wave leave after one claim, not after all of them, and a long send phase does
            # not delay new claims.
            while not self._stopping:
                await self._watch_wave()
                claimed = await self._claim_batch(result)
                sent = await self._send_batch(result)
                if not claimed and not sent:
                    break
            await self._prune()
            await self._alerts.run(self.units, self.clock.now())
        self.ticked.set()
        return result

    def stop(self) -> None:
        """Graceful stop: sends already started finish and are recorded; deliveries leased
        but not started are handed back at once (another process takes them on its next
        tick); no further tick claims or sends anything."""
        self._stopping = True

    @property
    def stopping(self) -> bool:
        return self._stopping

    async def tick_logged(self) -> None:
        """For a scheduler: a failing tick is logged and the next one tries again."""
        try:
            result = await self.tick()
        except Exception:
            log.exception("reminder tick failed", extra={"event": "reminder_tick_failed"})
            return
        metrics.delivery_outcomes(
            claimed=result.claimed,
            sent=result.sent,
            skipped=result.skipped,
            retried=result.retrying,
            failed=result.failed,
            blocked=result.blocked,
        )
        if result.claimed or result.sent or result.retrying or result.blocked:
            log.info(
                "reminder tick: claimed %d sent %d skipped %d retrying %d blocked %d",
                result.claimed,
                result.sent,
                result.skipped,
                result.retrying,
                result.blocked,
                extra={"event": "reminder_tick"},
            )

    # --- claim -----------------------------------------------------------------------------
    async def claim_due(self, result: TickResult | None = None) -> int:
        """Claim every due slot, batch after batch. Returns how many were taken."""
        result = result or TickResult()
        claimed = 0
        while count := await self._claim_batch(result):
            claimed += count
            if count < self.claim_batch:
                break
        return claimed

    async def _watch_wave(self) -> None:
        """Now and then during a long tick: is the backlog more than the pace sends on time?"""
        now = self.clock.now()
        if self.wave is None or not self.wave.due(now):
            return
        async with self.sessions() as session:
            count, oldest = await batch_queue.backlog(session, now)
        self.wave.saw(count, None if oldest is None else as_utc(oldest), now)

    async def _claim_batch(self, result: TickResult) -> int:
        started = perf.perf_counter()
        count = await self.claim_batch_once(self.clock.now())
        result.claim_seconds.append(perf.perf_counter() - started)
        result.claimed += count
        if count == self.claim_batch:
            await self._checkpoint()
        return count

    async def _checkpoint(self) -> None:
        """SQLite: copy the write-ahead log into the database between claim batches, outside
        any transaction, so a large wave does not make one claim's commit pay for it (an
        automatic checkpoint runs inside the commit that crosses 1000 pages, with an fsync)."""
        async with self.sessions() as session:
            if not queue.is_postgres(session):
                await session.execute(text("PRAGMA wal_checkpoint(PASSIVE)"))

    async def claim_batch_once(self, now: datetime) -> int:
        """One transaction: take up to ``claim_batch`` due slots, write their deliveries,
        advance them. Returns how many slots were taken."""
        async with self.sessions() as session, session.begin():
            rows = await queue.due_slots(session, now, self.claim_batch, self.channels, self.only)
            occurrences: dict[queue.Occurrence, list[int]] = defaultdict(list)
            moves: dict[tuple[datetime, datetime, date], list[int]] = defaultdict(list)
            # Slots due at one popular minute share their zone, time and due instant: their
            # occurrences are worked out once per batch, not once per row.
            plans: dict[tuple[Any, ...], Plan] = {}
            for row in rows:
                values: tuple[Any, ...] = tuple(row)
                slot_id, user_id, key = values[0], values[1], values[2:]
                plan = plans.get(key)
                if plan is None:
                    plan = plans[key] = plan_slot(SlotRow(*key), now, self.grace, self.protocols)
                for occurrence in plan.occurrences:
                    if self.jitter:
                        offset = timedelta(minutes=jitter_minutes(user_id, self.jitter))
                        occurrence = replace(occurrence, due_utc=occurrence.due_utc + offset)
                    occurrences[occurrence].append(slot_id)
                moves[plan.move].append(slot_id)
            await queue.record_occurrences(session, occurrences, now)
            await queue.move_slots(session, moves)
        return len(rows)

    # --- send ------------------------------------------------------------------------------
    async def _send_batch(self, result: TickResult) -> bool:
        now = self.clock.now()
        async with self.sessions() as session, session.begin():
            leased = await queue.lease(
                session, now, now + self.lease, self.send_batch, self.channels, self.only
            )
        if not leased:
            return False
        # One task per user, their reminders in order: a user never gets two at once. Each
        # user's first is built with the chunk's others in one transaction (bot.reminders.batch).
        by_user: dict[int, list[queue.Leased]] = {}
        for delivery in leased:  # oldest due first; a user's own in order
            by_user.setdefault(delivery.user_id, []).append(delivery)
        groups = list(by_user.values())
        for start in range(0, len(groups), self.prepare_chunk):
            chunk = groups[start : start + self.prepare_chunk]
            if self._stopping:
                await self._hand_back([d for group in chunk for d in group], result)
                continue
            ready = await self._prepare_chunk([group[0] for group in chunk], result)
            async with asyncio.TaskGroup() as tasks:
                for mine in chunk:
                    tasks.create_task(self._deliver_all(mine, result, ready))
        return True

    async def _prepare_chunk(
        self, deliveries: list[queue.Leased], result: TickResult
    ) -> batch.Ready | None:
        try:
            ready, skipped = await batch.prepare(self, deliveries)
        except Exception:
            # Nothing of the batch was written (one transaction): one at a time instead, so
            # one user's bad row stops only their own reminder.
            log.exception("reminder batch failed", extra={"event": "reminder_batch_error"})
            return None
        result.skipped += skipped
        return ready

    async def _deliver_all(
        self, deliveries: list[queue.Leased], result: TickResult, ready: batch.Ready | None
    ) -> None:
        async with self._limit:
            for n, delivery in enumerate(deliveries):
                if self._dying:
                    return  # another send raised what ends the process: start no more
                if self._stopping:
                    await self._hand_back(deliveries[n:], result)
                    return
                try:
                    if n == 0 and ready is not None:  # built with the batch, or not to send
                        if delivery.id in ready:
                            await self._send(delivery, *ready[delivery.id], result)
                    else:
                        await self.deliver(delivery, result)
                except BaseException as exc:
                    if not isinstance(exc, Exception):
                        self._dying = not isinstance(exc, asyncio.CancelledError)
                        raise
                    # One user's bad row must not stop everyone else's reminders; the lease
                    # runs out and the row is tried again.
                    log.exception(
                        "reminder failed",
                        extra={"event": "reminder_error", "user_id": delivery.user_id},
                    )

    async def deliver(self, delivery: queue.Leased, result: TickResult) -> None:
        prepared = await self._prepare(delivery, result)
        if prepared is not None:
            await self._send(delivery, *prepared, result)

    async def _send(
        self, delivery: queue.Leased, external_id: str, replies: list[Reply], result: TickResult
    ) -> None:
        try:
            outcome = await self.notifier.send(external_id, replies)
        except Exception:
            log.exception(
                "notifier raised",
                extra={"event": "reminder_send_error", "user_id": delivery.user_id},
            )
            outcome = Delivery.FAILED
        await self._record(delivery, external_id, outcome, result)

    async def _prepare(
        self, delivery: queue.Leased, result: TickResult
    ) -> tuple[str, list[Reply]] | None:
        ready, skipped = await batch.prepare_one(self, delivery)
        result.skipped += skipped
        return ready

    async def _record(
        self, delivery: queue.Leased, external_id: str, outcome: Delivery, result: TickResult
    ) -> None:
        now = self.clock.now()
        if outcome is Delivery.BLOCKED:
            await self.service.mark_inactive(UserKey(self.notifier.channel, external_id))
        if outcome is Delivery.SENT:
            values, counter = {"status": DeliveryStatus.SENT, "sent_at": now}, "sent"
        elif outcome is Delivery.BLOCKED:  # its slots stopped: mark_inactive
            values, counter = {"status": DeliveryStatus.BLOCKED, "reason": "blocked"}, "blocked"
        elif now - as_utc(delivery.due_utc) >= self.grace:
            values, counter = {"status": DeliveryStatus.FAILED, "reason": "gave-up"}, "failed"
        else:
            retry_at = now + _backoff(delivery.attempts)
            values, counter = (
                {"status": DeliveryStatus.PENDING, "next_attempt_at": retry_at},
                "retrying",
            )
        if outcome is Delivery.SENT:  # with the other sends finishing now: one statement
            recorded = bool(await self._marks.add(delivery.id))
        else:
            async with self.sessions() as session:
                recorded = await queue.record_outcome(session, delivery.id, values)
        if recorded:
            setattr(result, counter, getattr(result, counter) + 1)
        if outcome is Delivery.SENT:
            metrics.DELIVERY_LAG.observe((now - as_utc(delivery.due_utc)).total_seconds())

    async def _mark_sent(self, ids: list[int]) -> dict[int, bool]:
        async with self.sessions() as session:
            return dict.fromkeys(await batch_queue.mark_sent(session, ids, self.clock.now()), True)

    async def _hand_back(self, deliveries: list[queue.Leased], result: TickResult) -> None:
        async with self.sessions() as session, session.begin():
            count = await queue.hand_back(session, [d.id for d in deliveries], self.clock.now())
        result.handed_back += count

    # --- housekeeping ----------------------------------------------------------------------
    async def _requeue_in_flight(self) -> int:
        async with self.sessions() as session, session.begin():
            requeue = self.requeue_on_start
            if requeue is None:
                requeue = not queue.is_postgres(session)  # elsewhere leases run out instead
            if not requeue:
                return 0
            count = await queue.release_leases(
                session, self.clock.now(), self.lease, self.channels, self.only
            )
        if count:
            log.warning("requeued %d in-flight reminders", count, extra={"event": "requeued"})
        return count

    async def _prune(self) -> None:
        now = self.clock.now()
        if self._last_prune is not None and now - self._last_prune < PRUNE_EVERY:
            return
        self._last_prune = now
        before = now.date() - timedelta(days=KEEP_DELIVERIES_DAYS)
        async with self.sessions() as session, session.begin():
            await queue.prune(session, before, limit=20_000)


def _backoff(attempts: int) -> timedelta:
    """30 s, 1, 2, 4, 8 min, then every 10 min: a 429 storm is ridden out, not hammered."""
    return timedelta(seconds=min(30 * 2 ** max(attempts - 1, 0), 600))
