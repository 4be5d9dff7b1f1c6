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
from bot.settings import Settings

log = logging.getLogger(__name__)

API_VERSION_PATH = "/api/v10"


@contextlib.contextmanager
def api_base(base_url: str | None) -> Iterator[None]:
    """Point discord.py's REST calls at ``<base_url>/api/v10`` and its gateway at
    ``<base_url>/gateway`` (ws:// for http://) while the body runs; Discord itself without it.
    discord.py keeps both as class attributes, so this is process-wide, and undone after."""
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
    assert settings.discord_bot_token is not None
    coach = await build(settings)
    client = CoachClient(coach, force_sync=force_sync)
    try:
        with api_base(settings.discord_api_base_url):
            log.info("discord starting", extra={"event": "discord_start", "channel": CHANNEL})
            await client.start(settings.discord_bot_token.get_secret_value().strip())
    finally:
        await client.close()
        await coach.close()


def run_discord(settings: Settings, *, force_sync: bool = False) -> int:
    """Run the bot until interrupted. Returns the process exit code."""
    if settings.discord_bot_token is None:
        print("itb-coach: DISCORD_BOT_TOKEN is not set.", file=sys.stderr)
        return 2
    host = urlsplit(settings.discord_api_base_url or "https://discord.com").netloc
    try:
        asyncio.run(serve(settings, force_sync=force_sync))
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
    return 0
