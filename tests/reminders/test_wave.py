"""A wave bigger than the pace: sent oldest due first, and the operator told how late it runs
and what pace would make it on time (one WARNING line, two gauges, no user data)."""

from __future__ import annotations

import logging
from datetime import timedelta

import pytest
from prometheus_client import REGISTRY

from bot.bootstrap import Coach
from bot.clock import ManualClock
from bot.reminders.wave import ON_TIME, forecast
from bot.service.replies import UserKey
from tests.reminders.conftest import FakeNotifier, at

USERS = 6


async def staggered_wave(coach: Coach) -> list[str]:
    """u0..u5 started in that order (ascending ids), their first stretch due in the reverse
    order: u5 at 08:00, u4 at 08:01, ... u0 at 08:05."""
    ids = [f"u{i}" for i in range(USERS)]
    for n, external_id in enumerate(ids):
        key = UserKey("test", external_id)
        await coach.service.handle(key, "/start")
        await coach.service.handle(key, f"/times 08:0{USERS - 1 - n} 13:00 20:00")
    return ids


async def test_a_wave_goes_out_oldest_due_first_not_by_user(
    coach: Coach, clock: ManualClock, notifier: FakeNotifier
) -> None:
    ids = await staggered_wave(coach)
    clock.set(at(8, 6))  # every one due, within the grace window
    await coach.ticker(notifier, concurrency=1).tick()
    assert [s.external_id for s in notifier.delivered] == list(reversed(ids))


async def test_a_late_wave_is_told_once_in_the_logs_and_the_gauges(
    coach: Coach, clock: ManualClock, notifier: FakeNotifier, caplog: pytest.LogCaptureFixture
) -> None:
    ids = await staggered_wave(coach)
    clock.set(at(8, 6))
    ticker = coach.ticker(notifier, pace_per_second=0.05)  # 6 reminders take 120 s
    with caplog.at_level(logging.INFO, logger="bot.reminders.wave"):
        await ticker.tick()
        warnings = [r for r in caplog.records if r.levelno == logging.WARNING]
        assert [r.getMessage() for r in warnings] == [
            "reminder wave behind: 6 due, the last about 120 s late at 0.05/s; "
            "1/s would send them on time"
        ]
        assert REGISTRY.get_sample_value("itb_reminder_wave_lateness_seconds") == 120.0
        assert REGISTRY.get_sample_value("itb_reminder_wave_pace_needed") == 1.0
        await ticker.tick()  # still the same wave: nothing more said
        clock.advance(timedelta(seconds=31))
        await ticker.tick()  # all sent: caught up, said once at INFO
    assert len([r for r in caplog.records if r.levelno == logging.WARNING]) == 1
    assert [r.getMessage() for r in caplog.records if r.levelno == logging.INFO] == [
        "reminder wave caught up"
    ]
    assert REGISTRY.get_sample_value("itb_reminder_wave_lateness_seconds") == 0.0
    for record in caplog.records:  # counts only: no runner, chat or text
        assert not any(i in record.getMessage() for i in ids)
        assert not hasattr(record, "user_id")


def test_the_forecast() -> None:
    now = at(8, 0)
    assert forecast(0, None, now, 30).late is False
    on_time = forecast(1_500, now, now, 30)  # 50 s at 30/s
    assert (on_time.lateness, on_time.late, on_time.pace_needed) == (50.0, False, 25)
    morning = forecast(250_000, now, now, 30)  # the 08:00 wave in one time zone
    assert morning.late and round(morning.lateness) == 8333  # over two hours
    assert morning.pace_needed == 250_000 // int(ON_TIME.total_seconds()) + 1
    assert forecast(250_000, now, now, 1000).lateness == 250.0  # paid broadcast: 4 min
