"""``itb-coach worker``: the reminder ticker alone, for Telegram, with no updates.

A deployment runs one poller or several webhook processes for the users' messages, plus any
number of workers: all share the reminder work through the database (``FOR UPDATE SKIP
LOCKED`` on PostgreSQL) and one send pace (:mod:`bot.reminders.shared_pace`).

SIGTERM or SIGINT stops a worker gracefully: the sends it has started finish and are recorded,
the deliveries it leased but did not start go back to the queue at once, then it exits.
"""

from __future__ import annotations

import asyncio
import logging
import sys
from typing import Any

from telegram.error import NetworkError
from telegram.ext import ExtBot

from bot.bootstrap import Coach, build
from bot.channels.telegram import _file_url, unreachable
from bot.channels.telegram_http import AiohttpRequest
from bot.channels.telegram_pace import PacedRateLimiter, paced_rate_limiter
from bot.channels.telegram_render import CHANNEL, TelegramNotifier
from bot.clock import Clock
from bot.ops.lifecycle import Process, run_process
from bot.settings import Settings

log = logging.getLogger(__name__)


# Sends run concurrently (the ticker's concurrency): a pool of one connection, PTB's default
# for a bare Bot, would queue them and time them out.
CONNECTIONS = 64


def worker_bot(
    settings: Settings, coach: Coach, rate_limiter: PacedRateLimiter | None = None
) -> ExtBot[Any]:
    """A Bot API client with the channel's pace; it never asks for updates."""
    assert settings.telegram_bot_token is not None
    token = settings.telegram_bot_token.get_secret_value().strip()
    limiter = rate_limiter or paced_rate_limiter(coach)
    request = AiohttpRequest(CONNECTIONS)  # lighter per request than httpx: a wave's cost
    base = settings.telegram_api_base_url
    if base:
        return ExtBot(
            token,
            base_url=base,
            base_file_url=_file_url(base),
            request=request,
            rate_limiter=limiter,
        )
    return ExtBot(token, request=request, rate_limiter=limiter)


async def work(
    settings: Settings,
    stop: asyncio.Event,
    *,
    clock: Clock | None = None,
    ticker_options: dict[str, int] | None = None,
    process: Process | None = None,
) -> None:
    """Tick every ``REMINDER_TICK_SECONDS`` until ``stop`` is set; then stop gracefully."""
    coach = await build(settings, clock)
    bot = worker_bot(settings, coach)
    try:
        await bot.initialize()
        paid = settings.telegram_paid_broadcast
        notifier = TelegramNotifier(bot, coach.service, paid_broadcast=paid)
        log.info("worker started", extra={"event": "worker_started", "channel": CHANNEL})
        # Leaving lets a tick under way finish its started sends and hand the rest back.
        async with coach.reminders(notifier, **(ticker_options or {})):
            if process is not None:
                process.serving(coach.engine)
            await stop.wait()
        log.info("worker stopped", extra={"event": "worker_stopped", "channel": CHANNEL})
    finally:
        await bot.shutdown()
        await coach.close()


async def _serve(process: Process) -> None:
    await work(process.settings, process.stop_requested, process=process)


def run_worker(settings: Settings) -> int:
    """Run until SIGTERM or SIGINT. Returns the process exit code."""
    problem = settings.token_problem()
    if problem:
        print(f"itb-coach: {problem}", file=sys.stderr)
        return 2
    try:
        return run_process("worker", settings, _serve)
    except NetworkError as exc:
        print(f"itb-coach: {unreachable(settings, exc)}", file=sys.stderr)
        return 1
