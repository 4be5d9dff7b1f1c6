"""The lines Telegram words itself, outside the service's answers, in the runner's language:
the location offer, the reply when a shared location has no time zone, and the failure reply.
The runner's stored language comes first, then what their client says, then English."""

from __future__ import annotations

import json
from typing import Any

import pytest

from bot import texts
from bot.bootstrap import Coach
from bot.channels.telegram import channel_of
from bot.settings import Settings
from tests.channels.fake_bot_api import FakeBotApi
from tests.channels.spanish import FAILED, es, failing, spanish_failure
from tests.channels.test_telegram_e2e import CHAT, Telegram, fake, tg_settings

__all__ = ["fake", "tg_settings"]  # fixtures of the Telegram end-to-end tests


@pytest.fixture
def tg_spanish(fake: FakeBotApi) -> FakeBotApi:
    fake.languages[CHAT] = "es"
    return fake


async def test_telegram_words_its_own_lines_in_the_runners_language(
    tg_spanish: FakeBotApi,
    tg_settings: Settings,
    coach: Coach,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    fake = tg_spanish
    async with Telegram(fake, tg_settings, coach) as tg:
        await tg.say("/start")
        await tg.press(es(lambda: texts.onboarding.SCREEN_NONE))
        mark = es(lambda: texts.onboarding.DEFAULT_MARK)
        newest = next(m.labels() for m in reversed(fake.bot_messages(CHAT)) if m.labels())
        await tg.press(next(b for b in newest if b.endswith(mark)))
        out = await tg.press(es(lambda: texts.onboarding.SIDES["left"]))
        # The offer after the time-zone question, and its one-tap button.
        assert out[-1].text == es(lambda: texts.channels.TELEGRAM_LOCATION_OFFER)
        offer: Any = fake.calls_of("sendMessage")[-1].params["reply_markup"]
        offer = json.loads(offer) if isinstance(offer, str) else offer
        share = es(lambda: texts.channels.TELEGRAM_SHARE_LOCATION)
        assert offer["keyboard"] == [[{"text": share, "request_location": True}]]

        # A shared location with no time zone (at sea).
        monkeypatch.setattr(channel_of(tg.app), "_zone_at", lambda lat, lng: None)
        out = await tg.processed_update(CHAT, lambda: fake.send_location(CHAT, 0.0, 0.0))
        value = "0.0000, 0.0000"
        assert [o.text for o in out] == [es(lambda: texts.account.BAD_TIMEZONE.format(value=value))]

        # A message that could not be answered: the stored language, whatever the client says.
        fake.languages[CHAT] = "en"
        failing(coach, monkeypatch)
        out = await tg.say(FAILED)
        assert [o.text for o in out] == [spanish_failure()]


async def test_telegram_tells_a_new_runner_of_a_failure_in_their_clients_language(
    tg_spanish: FakeBotApi,
    tg_settings: Settings,
    coach: Coach,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    failing(coach, monkeypatch)
    async with Telegram(tg_spanish, tg_settings, coach) as tg:
        out = await tg.say(FAILED)  # their very first message: nothing stored yet
    assert [o.text for o in out] == [spanish_failure()]
