"""Webhook mode at scale: the secret is checked before anything happens, the balancer has a
health check, and a stopping process finishes the updates it took."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import aiohttp
import pytest
from pydantic import SecretStr
from sqlalchemy import func, select

from bot.bootstrap import Coach
from bot.channels.telegram import build_application, channel_of, running
from bot.channels.telegram_webhook import SECRET_HEADER
from bot.settings import Settings
from bot.store.models import User
from tests.channels.fake_bot_api import FakeBotApi
from tests.channels.test_telegram_e2e import TOKEN, fast_limiter, free_port

SECRET = "s3cret-token"


@pytest.fixture
def options() -> dict[str, Any]:
    port = free_port()
    return {
        "listen": "127.0.0.1",
        "port": port,
        "url_path": "tg/hook",
        "secret_token": SECRET,
        "webhook_url": f"http://127.0.0.1:{port}/tg/hook",
    }


@pytest.fixture
async def fake() -> AsyncIterator[FakeBotApi]:
    api = await FakeBotApi().start()
    yield api
    await api.stop()


@pytest.fixture
def tg_settings(settings: Settings, fake: FakeBotApi) -> Settings:
    settings.telegram_bot_token = SecretStr(TOKEN)
    settings.telegram_api_base_url = fake.base_url
    return settings


@pytest.fixture
async def http() -> AsyncIterator[aiohttp.ClientSession]:
    async with aiohttp.ClientSession() as session:
        yield session


def app_for(tg_settings: Settings, coach: Coach) -> Any:
    return build_application(tg_settings, coach, rate_limiter=fast_limiter(), reminders=False)


def update(n: int, chat: int, text: str = "/start") -> dict[str, Any]:
    who = {"id": chat, "is_bot": False, "first_name": "Runner"}
    message = {
        "message_id": n,
        "date": 1_790_000_000,
        "chat": {"id": chat, "type": "private"},
        "from": who,
        "text": text,
        "entities": [{"type": "bot_command", "offset": 0, "length": len(text.split()[0])}],
    }
    return {"update_id": n, "message": message}


async def users(coach: Coach) -> int:
    async with coach.sessions() as session:
        return int(await session.scalar(select(func.count()).select_from(User)) or 0)


@pytest.mark.parametrize("secret", [None, "", "wrong-token", SECRET + "x"])
async def test_a_wrong_or_missing_secret_gets_403_and_changes_nothing(
    fake: FakeBotApi,
    tg_settings: Settings,
    coach: Coach,
    options: dict[str, Any],
    http: aiohttp.ClientSession,
    secret: str | None,
) -> None:
    app = app_for(tg_settings, coach)
    headers = {} if secret is None else {SECRET_HEADER: secret}
    async with running(app, webhook=options):
        url = options["webhook_url"]
        async with http.post(url, json=update(1, 4242), headers=headers) as response:
            assert response.status == 403
        assert app.update_queue.empty()
    assert await users(coach) == 0
    assert fake.calls_of("sendMessage") == []


async def test_the_right_secret_is_answered(
    fake: FakeBotApi,
    tg_settings: Settings,
    coach: Coach,
    options: dict[str, Any],
    http: aiohttp.ClientSession,
) -> None:
    async with running(app_for(tg_settings, coach), webhook=options):
        url, headers = options["webhook_url"], {SECRET_HEADER: SECRET}
        async with http.post(url, json=update(1, 4242), headers=headers) as response:
            assert response.status == 200
        await fake.wait_until(lambda: len(fake.calls_of("sendMessage")) >= 1)
    assert await users(coach) == 1


async def test_health_says_ok_while_serving_and_503_once_stopping(
    tg_settings: Settings, coach: Coach, options: dict[str, Any], http: aiohttp.ClientSession
) -> None:
    health = f"http://127.0.0.1:{options['port']}/healthz"
    app = app_for(tg_settings, coach)
    async with running(app, webhook=options):
        async with http.get(health) as response:
            assert (response.status, await response.json()) == (200, {"status": "ok"})
        server = channel_of(app).webhook_server
        assert server is not None
        server.drain()  # what a stopping process does first
        async with http.get(health) as response:
            assert (response.status, await response.json()) == (503, {"status": "stopping"})
        url, headers = options["webhook_url"], {SECRET_HEADER: SECRET}
        async with http.post(url, json=update(1, 4242), headers=headers) as response:
            assert response.status == 503  # Telegram sends it again, to a process that is up
    assert await users(coach) == 0


async def test_health_is_503_when_the_database_does_not_answer(
    tg_settings: Settings, coach: Coach, options: dict[str, Any], http: aiohttp.ClientSession
) -> None:
    health = f"http://127.0.0.1:{options['port']}/healthz"
    app = app_for(tg_settings, coach)
    async with running(app, webhook=options):
        server = channel_of(app).webhook_server
        assert server is not None

        async def unreachable() -> bool:
            return False

        server.healthy = unreachable
        async with http.get(health) as response:
            assert response.status == 503
            assert await response.json() == {"status": "database unreachable"}


async def test_a_stopping_process_finishes_the_updates_it_took(
    fake: FakeBotApi,
    tg_settings: Settings,
    coach: Coach,
    options: dict[str, Any],
    http: aiohttp.ClientSession,
) -> None:
    chats = list(range(7001, 7009))
    async with running(app_for(tg_settings, coach), webhook=options):
        url, headers = options["webhook_url"], {SECRET_HEADER: SECRET}
        for n, chat in enumerate(chats, 1):
            async with http.post(url, json=update(n, chat), headers=headers) as response:
                assert response.status == 200
        # Leaving the block is the stop: every update taken is still handled and answered.
    assert await users(coach) == len(chats)
    answered = {int(c.params["chat_id"]) for c in fake.calls_of("sendMessage")}
    assert answered == set(chats)
