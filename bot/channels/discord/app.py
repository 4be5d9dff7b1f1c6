"""Running the Discord bot: ``itb-coach discord [--sync]``, against Discord or a local stand-in
(``DISCORD_API_BASE_URL``)."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import sys
from collections.abc import Iterator
from urllib.parse import urlsplit

import aiohttp
import discord
import yarl
from discord.gateway import DiscordWebSocket
from discord.http import Route

from bot.bootstrap import build
from bot.channels.discord.client import CHANNEL, CoachClient
from bot.ops.lifecycle import Process, run_process
from bot.settings import Settings

log = logging.getLogger(__name__)

API_VERSION_PATH = "/api/v10"
DRAIN_SECONDS = 20.0  # for the messages under way at SIGTERM (a supervisor kills after ~30 s)


@contextlib.contextmanager
def api_base(base_url: str | None) -> Iterator[None]:
    """Point discord.py's REST calls at ``<base_url>/api/v10`` and its gateway at
    ``<base_url>/gateway`` (ws:// for http://) while the body runs; Discord itself without it.
    discord.py keeps both as class attributes, so this is process-wide, and undone after.
    It has no public option for either: discord.py is pinned below 2.8 (pyproject.toml) and
    tests/channels/test_discord.py fails if a release stops reading them."""
    if not base_url:
        yield
        return
    base = base_url.rstrip("/")
    parts = urlsplit(base)
    scheme = "wss" if parts.scheme == "https" else "ws"
    saved = Route.BASE, DiscordWebSocket.DEFAULT_GATEWAY
    Route.BASE = base + API_VERSION_PATH
    DiscordWebSocket.DEFAULT_GATEWAY = yarl.URL(f"{scheme}://{parts.netloc}{parts.path}/gateway")
    try:
        yield
    finally:
        Route.BASE, DiscordWebSocket.DEFAULT_GATEWAY = saved


async def serve(settings: Settings, *, force_sync: bool = False) -> None:
    """Build the coach, log in and run until the connection ends or the task is cancelled."""
    await serve_until_stopped(Process("discord", settings), force_sync=force_sync)


async def serve_until_stopped(process: Process, *, force_sync: bool = False) -> None:
    """Log in and answer until SIGTERM or SIGINT (or the connection ends); then drain: the
    reminders stop after their sends under way, the messages being answered are finished
    (at most ``DRAIN_SECONDS``), the connection and the database are closed."""
    settings = process.settings
    assert settings.discord_bot_token is not None
    coach = await build(settings)
    client = CoachClient(coach, force_sync=force_sync)
    try:
        with api_base(settings.discord_api_base_url):
            log.info("discord starting", extra={"event": "discord_start", "channel": CHANNEL})
            connection = asyncio.create_task(
                client.start(settings.discord_bot_token.get_secret_value().strip())
            )
            stop = asyncio.create_task(process.stopped())
            client.on_ready_hooks.append(lambda: process.serving(coach.engine))
            await asyncio.wait({connection, stop}, return_when=asyncio.FIRST_COMPLETED)
            stop.cancel()
            if connection.done():
                connection.result()  # a failure to connect is raised here
            else:
                await client.drain(DRAIN_SECONDS)
    finally:
        await client.close()
        await coach.close()


def run_discord(settings: Settings, *, force_sync: bool = False) -> int:
    """Run the bot until SIGTERM or SIGINT. Returns the process exit code."""
    if settings.discord_bot_token is None:
        print("itb-coach: DISCORD_BOT_TOKEN is not set.", file=sys.stderr)
        return 2
    host = urlsplit(settings.discord_api_base_url or "https://discord.com").netloc
    try:
        return run_process(
            "discord", settings, lambda p: serve_until_stopped(p, force_sync=force_sync)
        )
    except discord.LoginFailure:
        print(
            "itb-coach: Discord refused DISCORD_BOT_TOKEN: check it and try again.", file=sys.stderr
        )
        return 2
    except discord.PrivilegedIntentsRequired:
        print("itb-coach: Discord refused the bot's intents: see the README.", file=sys.stderr)
        return 2
    except (aiohttp.ClientError, OSError, discord.GatewayNotFound) as exc:
        print(f"itb-coach: cannot reach Discord at {host} ({type(exc).__name__}).", file=sys.stderr)
        return 1
