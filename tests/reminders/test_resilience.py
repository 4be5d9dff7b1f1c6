"""Downtime, crashes, 429 storms and blocked users: nothing lost, nothing sent twice beyond
what was in flight, nothing sent at the wrong time of day."""

from __future__ import annotations

from collections import Counter
from datetime import timedelta

import pytest
from sqlalchemy import select

from bot.bootstrap import Coach, build
from bot.clock import ManualClock
from bot.reminders.ticker import ReminderTicker
from bot.service.replies import Delivery, UserKey
from bot.settings import Settings
from bot.store.models import ReminderSlot, User
from tests.conftest import Talker
from tests.reminders.conftest import FakeNotifier, at, deliveries, travel


async def start_users(coach: Coach, count: int) -> list[str]:
    ids = [f"u{i}" for i in range(count)]
    for external_id in ids:
        await coach.service.handle(UserKey("test", external_id), "/start")
    return ids


# --- downtime and the grace window ------------------------------------------------------


async def test_up_to_the_grace_window_late_is_still_sent(
    talker: Talker, clock: ManualClock, ticker: ReminderTicker, notifier: FakeNotifier
) -> None:
    await talker.say("/start")
    await ticker.tick()
    clock.set(at(9, 30))  # down from 07:00 to 09:30: 08:00 is 90 minutes late
    await ticker.tick()
    assert [s.at for s in notifier.delivered] == [at(9, 30)]


async def test_later_than_the_grace_window_is_skipped_not_sent_at_the_wrong_time(
    coach: Coach,
    talker: Talker,
    clock: ManualClock,
    ticker: ReminderTicker,
    notifier: FakeNotifier,
) -> None:
    await talker.say("/start")
    await ticker.tick()
    clock.set(at(10, 30))  # 150 minutes late
    await ticker.tick()
    assert notifier.delivered == []
    await travel(clock, ticker, at(13, 5))
    assert [s.at for s in notifier.delivered] == [at(13)]
    rows = await deliveries(coach)
    assert [(r.slot, r.status, r.reason) for r in rows] == [
        (1, "skipped", "late"),
        (2, "sent", None),
    ]


async def test_days_of_downtime_send_only_what_is_within_the_window(
    talker: Talker, clock: ManualClock, ticker: ReminderTicker, notifier: FakeNotifier
) -> None:
    await talker.say("/start")
    await ticker.tick()
    clock.set(at(9, 0, day=2))  # down from Monday 07:00 to Wednesday 09:00
    await ticker.tick()
    assert [(s.at, s.replies[0].text.splitlines()[0]) for s in notifier.delivered] == [
        (at(9, 0, day=2), "⏰ Stretch session 1 of 3")
    ]


async def test_a_grace_setting_of_zero_sends_only_on_time(
    coach: Coach, talker: Talker, clock: ManualClock, notifier: FakeNotifier
) -> None:
    ticker = coach.ticker(notifier, grace_minutes=0)
    await talker.say("/start")
    clock.set(at(8) + timedelta(seconds=30))
    await ticker.tick()
    assert notifier.delivered == []
    await travel(clock, ticker, at(13), step=timedelta(minutes=60))
    assert [s.at for s in notifier.delivered] == [at(13)]


# --- crashes and restarts ----------------------------------------------------------------


class Crash(BaseException):
    """The process dies: nothing after it runs, not even exception handlers for Exception."""


DIED = (Crash, BaseExceptionGroup)  # as raised, or wrapped by the send batch's TaskGroup


async def restart(coach: Coach, settings: Settings, clock: ManualClock) -> Coach:
    await coach.close()
    return await build(settings, clock)


async def test_restart_in_the_middle_of_a_batch(
    coach: Coach, settings: Settings, clock: ManualClock, notifier: FakeNotifier
) -> None:
    users = await start_users(coach, 6)
    clock.set(at(8))

    def crash_on_third(_who: str, n: int) -> Delivery:
        if n == 3:
            raise Crash  # the third message went out, then the process died
        return Delivery.SENT

    notifier.outcome = crash_on_third
    ticker = coach.ticker(notifier, concurrency=1)
    with pytest.raises(DIED):
        await ticker.tick()
    in_flight = notifier.calls[2].external_id
    assert len(notifier.calls) == 3

    coach = await restart(coach, settings, clock)
    try:
        notifier.outcome = lambda _who, _n: Delivery.SENT
        clock.set(at(8) + timedelta(seconds=30))
        result = await coach.ticker(notifier).tick()
        if coach.engine.dialect.name == "postgresql":
            # Another process may hold them: nothing is requeued at start, the leases run out.
            assert (result.requeued, result.sent) == (0, 0)
            clock.set(at(8) + timedelta(minutes=5, seconds=30))
            result = await coach.ticker(notifier).tick()
            assert result.sent == 4
        else:
            assert result.requeued == 4  # the one in flight and three never started
        counts = Counter(s.external_id for s in notifier.calls)
        assert counts == {u: (2 if u == in_flight else 1) for u in users}
        # Later ticks, and another restart, repeat nothing.
        coach = await restart(coach, settings, clock)
        await travel(clock, coach.ticker(notifier), at(12, 55))
        assert Counter(s.external_id for s in notifier.calls) == counts
    finally:
        await coach.close()


async def test_crash_after_claiming_before_sending_loses_nothing(
    coach: Coach, settings: Settings, clock: ManualClock, notifier: FakeNotifier
) -> None:
    users = await start_users(coach, 5)
    clock.set(at(8))
    await coach.ticker(notifier).claim_due()  # then the process dies
    clock.set(at(8, 40))
    coach = await restart(coach, settings, clock)
    try:
        await coach.ticker(notifier).tick()
        assert sorted(s.external_id for s in notifier.delivered) == users
        assert all(s.at == at(8, 40) for s in notifier.delivered)
    finally:
        await coach.close()


async def test_without_requeue_a_dead_process_lease_runs_out_then_it_is_sent_once(
    coach: Coach, settings: Settings, clock: ManualClock, notifier: FakeNotifier
) -> None:
    """What several PostgreSQL processes do: nobody takes a row another may be sending
    until its lease (5 minutes) runs out."""
    await start_users(coach, 2)
    clock.set(at(8))

    def crash(_who: str, _n: int) -> Delivery:
        raise Crash

    notifier.outcome = crash
    with pytest.raises(DIED):
        await coach.ticker(notifier, concurrency=1).tick()
    notifier.outcome = lambda _who, _n: Delivery.SENT
    ticker = coach.ticker(notifier, requeue_on_start=False)
    await travel(clock, ticker, at(8, 4), step=timedelta(minutes=1))
    assert notifier.delivered == []
    await travel(clock, ticker, at(8, 6), step=timedelta(minutes=1))
    assert len(notifier.delivered) == 2
    assert len(notifier.calls) == 3  # 1 in flight at the crash + 2


async def test_a_restart_does_not_resend_what_was_sent(
    coach: Coach, settings: Settings, clock: ManualClock, notifier: FakeNotifier
) -> None:
    await start_users(coach, 3)
    clock.set(at(8))
    await coach.ticker(notifier).tick()
    assert len(notifier.calls) == 3
    coach = await restart(coach, settings, clock)
    try:
        await travel(clock, coach.ticker(notifier), at(9))
        assert len(notifier.calls) == 3
    finally:
        await coach.close()


# --- 429 storms ---------------------------------------------------------------------------


async def test_a_429_storm_loses_nothing_and_duplicates_nothing(
    coach: Coach, clock: ManualClock, notifier: FakeNotifier
) -> None:
    users = await start_users(coach, 40)
    clock.set(at(8))
    # The channel reports FAILED (rate limited past its own retries) for the first 150
    # attempts, then every other one.
    notifier.outcome = lambda _who, n: Delivery.FAILED if n <= 150 or n % 2 else Delivery.SENT
    ticker = coach.ticker(notifier)
    await travel(clock, ticker, at(9, 30), step=timedelta(seconds=30))
    assert Counter(s.external_id for s in notifier.delivered) == dict.fromkeys(users, 1)
    assert all(s.at < at(10) for s in notifier.delivered)
    rows = await deliveries(coach)
    assert {r.status for r in rows} == {"sent"}


async def test_a_storm_longer_than_the_grace_window_gives_up_never_sends_late(
    coach: Coach, clock: ManualClock, notifier: FakeNotifier
) -> None:
    await start_users(coach, 3)
    clock.set(at(8))
    notifier.outcome = lambda _who, _n: Delivery.FAILED
    ticker = coach.ticker(notifier)
    await travel(clock, ticker, at(10, 30), step=timedelta(minutes=1))
    assert notifier.delivered == []
    assert max(s.at for s in notifier.calls) <= at(10)
    rows = await deliveries(coach)
    assert {(r.status, r.reason) for r in rows} <= {("failed", "gave-up"), ("skipped", "late")}
    # The storm passes: the next reminder goes out on time.
    notifier.outcome = lambda _who, _n: Delivery.SENT
    await travel(clock, ticker, at(13), step=timedelta(minutes=30))
    assert [s.at for s in notifier.delivered] == [at(13)] * 3


# --- blocked users ------------------------------------------------------------------------


async def test_a_blocked_user_is_marked_inactive_and_their_slots_stop(
    coach: Coach, clock: ManualClock, notifier: FakeNotifier
) -> None:
    await start_users(coach, 3)
    clock.set(at(8))
    notifier.outcome = lambda who, _n: Delivery.BLOCKED if who == "u1" else Delivery.SENT
    ticker = coach.ticker(notifier)
    result = await ticker.tick()
    assert (result.sent, result.blocked) == (2, 1)
    async with coach.sessions() as session:
        u1 = await session.scalar(select(User).where(User.external_id == "u1"))
        assert u1 is not None and u1.active is False
        slots = list(
            await session.scalars(select(ReminderSlot).where(ReminderSlot.user_id == u1.id))
        )
        assert slots and all(s.next_due_utc is None for s in slots)
    await travel(clock, ticker, at(8, 30, day=1), step=timedelta(minutes=30))
    assert not [c for c in notifier.calls[3:] if c.external_id == "u1"]
    # Back with /start: reminders resume.
    await coach.service.handle(UserKey("test", "u1"), "/start")
    notifier.outcome = lambda _who, _n: Delivery.SENT
    await travel(clock, ticker, at(13, 0, day=1), step=timedelta(minutes=30))
    assert [s.at for s in notifier.to("u1")] == [at(13, 0, day=1)]


async def test_a_block_seen_by_a_channel_stops_slots_and_any_message_revives_them(
    coach: Coach, clock: ManualClock, notifier: FakeNotifier
) -> None:
    await start_users(coach, 1)
    await coach.service.mark_inactive(UserKey("test", "u0"))  # e.g. Telegram's Forbidden
    ticker = coach.ticker(notifier)
    await travel(clock, ticker, at(13, 30), step=timedelta(minutes=30))
    assert notifier.to("u0") == []
    async with coach.sessions() as session:
        slots = list(await session.scalars(select(ReminderSlot)))
        assert slots and all(s.next_due_utc is None for s in slots)
    await coach.service.handle(UserKey("test", "u0"), "/today")  # back, without /start
    await travel(clock, ticker, at(20, 0), step=timedelta(minutes=30))
    assert [s.at for s in notifier.to("u0")] == [at(18, 0), at(20, 0)]  # strength, stretch


# --- pause and resume ---------------------------------------------------------------------


async def test_pause_stops_reminders_until_the_date_and_resume_brings_them_back(
    talker: Talker, clock: ManualClock, ticker: ReminderTicker, notifier: FakeNotifier
) -> None:
    await talker.say("/start")
    await talker.say("/pause 2")  # Monday and Tuesday
    await travel(clock, ticker, at(8, 30, day=2), step=timedelta(minutes=30))
    assert [s.at for s in notifier.delivered] == [at(8, day=2)]

    await talker.say("/pause 3")  # Wednesday to Friday
    clock.set(at(10, day=3))
    await talker.say("/resume")  # on Thursday morning
    await travel(clock, ticker, at(13, 30, day=3), step=timedelta(minutes=30))
    assert [s.at for s in notifier.delivered] == [at(8, day=2), at(13, day=3)]
