"""The worker's aiohttp request class under PTB: the same calls, files and errors as httpx,
against the fake Bot API over real HTTP."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest
from telegram import InlineKeyboardButton, InlineKeyboardMarkup
from telegram.error import Forbidden, RetryAfter
from telegram.ext import ExtBot

from bot.channels.telegram_http import AiohttpRequest
from tests.channels.fake_bot_api import FakeBotApi

TOKEN = "123456:ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghij"
CHAT = 777


@pytest.fixture
async def bot() -> AsyncIterator[tuple[ExtBot[None], FakeBotApi]]:
    api = await FakeBotApi().start()
    bot: ExtBot[None] = ExtBot(TOKEN, base_url=api.base_url, request=AiohttpRequest(4))
    await bot.initialize()
    yield bot, api
    await bot.shutdown()
    await api.stop()


async def test_messages_buttons_and_files_arrive(bot: tuple[ExtBot[None], FakeBotApi]) -> None:
    client, api = bot
    markup = InlineKeyboardMarkup([[InlineKeyboardButton("Done", callback_data="/done x")]])
    sent = await client.send_message(
        CHAT, "<b>Stretch</b> &amp; go", parse_mode="HTML", reply_markup=markup
    )
    assert sent.chat_id == CHAT and sent.text == "Stretch & go"
    await client.send_document(CHAT, b"%PDF-1.4 report", filename="report.pdf", caption="Yours")
    [message, document] = api.bot_messages(CHAT)
    assert message.labels() == ["Done"]
    assert document.document is not None and document.document["file_name"] == "report.pdf"
    assert document.caption == "Yours"
    assert api.rejected() == []


async def test_errors_are_ptbs_own(bot: tuple[ExtBot[None], FakeBotApi]) -> None:
    client, api = bot
    api.fail_next(429, retry_after=3)
    with pytest.raises(RetryAfter):
        await client.send_message(CHAT, "flood")
    api.block(CHAT)
    with pytest.raises(Forbidden):
        await client.send_message(CHAT, "blocked")
