"""Where the ticker runs: one background job for all users (not one per user), the same for
every channel; the console chat prints what it sends."""

from __future__ import annotations

import asyncio
import io
from datetime import timedelta
from pathlib import Path

from bot.bootstrap import Coach
from bot.channels.console import ConsoleChat, ConsoleNotifier
from bot.channels.console import reminders as console_reminders
from bot.clock import ManualClock
from bot.reminders.ticker import ReminderTicker
from bot.service.replies import UserKey
from tests.reminders.conftest import MONDAY, FakeNotifier


async def test_one_background_job_sends_every_due_reminder_and_stops_on_leaving(
    coach: Coach, clock: ManualClock, notifier: FakeNotifier
) -> None:
    for i in range(20):
        await coach.service.handle(UserKey("test", f"u{i}"), "/start")
    clock.set(MONDAY + timedelta(hours=8))
    async with coach.reminders(notifier) as ticker:
        await asyncio.wait_for(ticker.ticked.wait(), timeout=30)  # the first tick runs at once
        assert len(notifier.delivered) == 20  # 20 users, one job: each got stretch 1
    assert ticker.stopping
    clock.set(MONDAY + timedelta(hours=13))  # stretch 2 is due, but the reminders stopped
    assert (await ticker.tick()).sent == 0
    assert len(notifier.calls) == 20


async def test_due_reminders_print_into_the_console_session(
    coach: Coach, clock: ManualClock, tmp_path: Path
) -> None:
    out = io.StringIO()
    chat = ConsoleChat(coach.service, "local", out, tmp_path, echo=True)
    await chat.say("/start")
    clock.set(MONDAY + timedelta(hours=8))
    ticker = ReminderTicker(coach.service, ConsoleNotifier(chat), only_external_id="local")
    result = await ticker.tick()
    assert result.sent == 1
    printed = out.getvalue()
    assert "⏰ Stretch session 1 of 3" in printed
    assert "1) Done" in printed and "5) Skip today" in printed
    await chat.say("1")  # press Done by its number: one line, not the whole plan card
    done = out.getvalue().rsplit("> 1", 1)[-1]
    assert "✓ Stretch session 1 of 3 done. Left today: stretch sessions 2 and 3" in done
    assert "Today ·" not in done


async def test_the_console_ticks_in_the_background(
    coach: Coach, clock: ManualClock, tmp_path: Path
) -> None:
    out = io.StringIO()
    chat = ConsoleChat(coach.service, "local", out, tmp_path, echo=False)
    await chat.say("/start")
    clock.set(MONDAY + timedelta(hours=8))
    async with console_reminders(coach, chat) as ticker:
        await asyncio.wait_for(ticker.ticked.wait(), timeout=30)  # the first background tick
    assert "⏰ Stretch session 1 of 3" in out.getvalue()
