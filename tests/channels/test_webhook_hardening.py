"""The webhook as an attacker or a careless network meets it (issue 18, finding 3): an update
sent twice is taken once, even by two processes; the secret is checked before any body is read;
the body is capped; slow requests are cut off; anything that is not an update gets 400; the
listen address comes from the settings."""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator
from datetime import timedelta
from typing import Any

import aiohttp
import pytest
from pydantic import SecretStr
from sqlalchemy import func, select

from bot.bootstrap import Coach
from bot.channels import telegram_webhook
from bot.channels.telegram import running, webhook_options
from bot.channels.telegram_webhook import MAX_BODY_BYTES, SECRET_HEADER
from bot.clock import ManualClock
from bot.settings import Settings
from bot.store.models import RunReport, SeenUpdate
from bot.store.seen_updates import KEPT, first_delivery
from tests.channels.fake_bot_api import FakeBotApi
from tests.channels.test_webhook import SECRET, app_for, fake, options, tg_settings, update, users

__all__ = ["fake", "options", "tg_settings"]  # fixtures shared with the webhook tests

HEADERS = {SECRET_HEADER: SECRET}


@pytest.fixture
async def http() -> AsyncIterator[aiohttp.ClientSession]:
    async with aiohttp.ClientSession() as session:
        yield session


async def post(http: aiohttp.ClientSession, url: str, body: Any, **headers: str) -> int:
    data = body if isinstance(body, bytes) else json.dumps(body).encode()
    async with http.post(url, data=data, headers=HEADERS | headers) as response:
        return response.status


async def runs(coach: Coach) -> int:
    async with coach.sessions() as session:
        return int(await session.scalar(select(func.count()).select_from(RunReport)) or 0)


async def test_an_update_sent_twice_records_one_run_even_in_two_processes(
    fake: FakeBotApi, tg_settings: Settings, coach: Coach, options: dict[str, Any], http: Any
) -> None:
    second_options = options | {"port": options["port"] + 1}
    first_url = options["webhook_url"]
    second_url = first_url.replace(str(options["port"]), str(second_options["port"]))
    async with (
        running(app_for(tg_settings, coach), webhook=options),
        running(app_for(tg_settings, coach), webhook=second_options),
    ):
        assert await post(http, first_url, update(1, 4242)) == 200
        await fake.wait_until(lambda: len(fake.calls_of("sendMessage")) >= 1)
        run = update(2, 4242, "/run 30 pain 1")
        assert await post(http, first_url, run) == 200
        assert await post(http, first_url, run) == 200  # Telegram's redelivery: still 200
        assert await post(http, second_url, run) == 200  # ... to another process
        await fake.wait_until(lambda: len(fake.calls_of("sendMessage")) >= 2)
    assert await runs(coach) == 1


async def test_seen_ids_expire(coach: Coach, clock: ManualClock) -> None:
    assert await first_delivery(coach.sessions, "telegram", 7, clock.now())
    assert not await first_delivery(coach.sessions, "telegram", 7, clock.now())
    clock.advance(KEPT + timedelta(minutes=1))
    assert await first_delivery(coach.sessions, "telegram", 8, clock.now())
    async with coach.sessions() as session:
        kept = (await session.scalars(select(SeenUpdate.update_id))).all()
    assert kept == [8]  # the old row went as a new one came


BAD_BODIES = [
    b"[1, 2, 3]",
    b'"just a string"',
    b"42",
    b"null",
    b"{not json",
    b"\xff\xfe\x00",
    b"{}",
    b'{"update_id": "1"}',
    b'{"update_id": 1, "message": "hello"}',
    b'{"update_id": 1, "message": {"chat": 5}}',
    b'{"update_id": 1, "callback_query": [1]}',
]


@pytest.mark.parametrize("body", BAD_BODIES)
async def test_a_malformed_body_gets_400_never_500(
    fake: FakeBotApi,
    tg_settings: Settings,
    coach: Coach,
    options: dict[str, Any],
    http: Any,
    body: bytes,
    caplog: pytest.LogCaptureFixture,
) -> None:
    async with running(app_for(tg_settings, coach), webhook=options):
        assert await post(http, options["webhook_url"], body) == 400
        assert await post(http, options["webhook_url"], update(1, 4242)) == 200  # still serving
    assert "Traceback" not in caplog.text


async def raw(port: int, request: bytes, *, wait: float = 5.0) -> bytes:
    """Send ``request`` bytes as they are; what came back before the server closed."""
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.write(request)
    await writer.drain()
    try:
        return await asyncio.wait_for(reader.read(), wait)
    finally:
        writer.close()


def head(path: str, secret: str, length: int) -> bytes:
    return (
        f"POST /{path} HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
        f"{SECRET_HEADER}: {secret}\r\nContent-Length: {length}\r\n\r\n"
    ).encode()


async def test_a_wrong_secret_is_refused_before_the_body_is_read(
    tg_settings: Settings, coach: Coach, options: dict[str, Any]
) -> None:
    async with running(app_for(tg_settings, coach), webhook=options):
        # 90 MB announced, none of it sent: the answer comes from the headers alone.
        answer = await raw(options["port"], head("tg/hook", "wrong", 90_000_000))
        assert answer.startswith(b"HTTP/1.1 403")
        answer = await raw(options["port"], head("tg/hook", SECRET, MAX_BODY_BYTES + 1))
        assert answer.startswith(b"HTTP/1.1 413")
    assert await users(coach) == 0


async def test_a_chunked_body_past_the_cap_is_refused(
    tg_settings: Settings, coach: Coach, options: dict[str, Any], http: Any
) -> None:
    async def chunks() -> AsyncIterator[bytes]:
        for _ in range(MAX_BODY_BYTES // 65536 + 2):
            yield b" " * 65536

    async with running(app_for(tg_settings, coach), webhook=options):
        with pytest.raises(aiohttp.ClientError):  # the server stops reading and closes
            async with http.post(options["webhook_url"], data=chunks(), headers=HEADERS) as r:
                assert r.status == 413
                raise aiohttp.ClientError("answered")
    assert await users(coach) == 0


async def test_a_slow_request_is_cut_off(
    tg_settings: Settings,
    coach: Coach,
    options: dict[str, Any],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(telegram_webhook, "READ_TIMEOUT", 0.5)
    async with running(app_for(tg_settings, coach), webhook=options):
        # Headers that never end, and a body that never comes: both closed, not kept open.
        unfinished = b"POST /tg/hook HTTP/1.1\r\nHost: x\r\n"
        assert await raw(options["port"], unfinished, wait=5) == b""
        slow_body = head("tg/hook", SECRET, 100) + b'{"update_id":'
        assert await raw(options["port"], slow_body, wait=5) == b""
    assert await users(coach) == 0


def test_the_listen_address_comes_from_the_settings(settings: Settings) -> None:
    settings.webhook_url = "https://coach.example/tg/hook"
    settings.webhook_secret = SecretStr("s")
    assert webhook_options(settings)["listen"] == "0.0.0.0"  # default: behind a balancer
    local = Settings(_env_file=None, webhook_host="127.0.0.1")  # type: ignore[call-arg]
    local.webhook_url, local.webhook_secret = settings.webhook_url, settings.webhook_secret
    assert webhook_options(local)["listen"] == "127.0.0.1"
