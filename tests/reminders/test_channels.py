"""Where the ticker runs: PTB's JobQueue (one job, not one per user) and the console chat."""

from __future__ import annotations

import asyncio
import io
from datetime import timedelta
from pathlib import Path

from telegram.ext import ApplicationBuilder

from bot.bootstrap import Coach
from bot.channels.console import ConsoleChat
from bot.clock import ManualClock
from bot.reminders.console import ConsoleNotifier, console_reminders
from bot.reminders.runner import JOB_NAME, start_reminders
from bot.reminders.ticker import ReminderTicker
from bot.service.replies import UserKey
from bot.settings import Settings
from tests.reminders.conftest import MONDAY, FakeNotifier

TOKEN = "123456789:" + "A" * 35


async def test_start_reminders_registers_one_repeating_job(
    coach: Coach, notifier: FakeNotifier
) -> None:
    for i in range(20):
        await coach.service.handle(UserKey("test", f"u{i}"), "/start")
    application = ApplicationBuilder().token(TOKEN).build()
    ticker = start_reminders(application, coach, notifier)
    jobs = application.job_queue.jobs()
    assert [job.name for job in jobs] == [JOB_NAME]  # 20 users, one job
    assert jobs[0].job.trigger.interval == timedelta(seconds=coach.settings.reminder_tick_seconds)
    assert application.bot_data["reminder_ticker"] is ticker
    assert isinstance(ticker, ReminderTicker)


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
    await chat.say("1")  # press Done by its number
    assert "✓○○" in out.getvalue().rsplit("Today ·", 1)[-1]


async def test_the_console_ticks_in_the_background(
    coach: Coach, clock: ManualClock, tmp_path: Path
) -> None:
    out = io.StringIO()
    chat = ConsoleChat(coach.service, "local", out, tmp_path, echo=False)
    await chat.say("/start")
    clock.set(MONDAY + timedelta(hours=8))
    settings = Settings(_env_file=None, database_url=coach.settings.database_url)  # type: ignore[call-arg]
    async with console_reminders(chat, settings) as ticker:
        await asyncio.wait_for(ticker.ticked.wait(), timeout=30)  # the first background tick
    assert "⏰ Stretch session 1 of 3" in out.getvalue()
