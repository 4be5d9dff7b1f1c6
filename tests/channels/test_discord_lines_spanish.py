"""The lines Discord words itself, outside the service's answers, in the runner's language:
the failure reply (typed, by slash, and when Discord refused the answer), the "your DMs are
closed" notice and the autocomplete choices. The runner's stored language comes first, then
their client's locale, then English."""

from __future__ import annotations

import pytest

from bot import texts
from bot.bootstrap import Coach
from tests.channels.fake_discord import FakeDiscord
from tests.channels.spanish import FAILED, es, failing, spanish_failure
from tests.channels.test_discord_e2e import USER, Discord, bot, escaped, fake
from tests.channels.test_discord_spanish_day import onboard_in_spanish

__all__ = ["bot", "fake"]  # fixtures of the Discord end-to-end tests


async def test_discord_words_its_own_lines_in_the_runners_language(
    fake: FakeDiscord, coach: Coach, monkeypatch: pytest.MonkeyPatch
) -> None:
    fake.locales[USER] = "es-ES"
    async with Discord(fake, coach) as bot:
        await onboard_in_spanish(bot)

        # Autocomplete for /done: the sessions named in Spanish.
        choices = fake.autocomplete(USER, "done", "what", "")
        await fake.wait_until(choices.done.is_set)
        names = [c["name"] for c in choices.autocomplete or []]
        assert es(lambda: texts.channels.DISCORD_DONE["stretch"]) in names
        assert texts.channels.DISCORD_DONE["stretch"] not in names

        # A mention in a server, answered by DM, but the runner's DMs are closed.
        fake.block(USER)
        await bot._after(USER, lambda: fake.send_text(USER, "/plan", server=True))
        notice = es(lambda: texts.channels.DISCORD_DM_CLOSED)
        assert notice != texts.channels.DISCORD_DM_CLOSED
        assert fake.in_server()[-1].content == notice
        fake.block(USER, blocked=False)

        # Failures, typed (a message carries no locale: the stored language) and by slash.
        failing(coach, monkeypatch)
        typed = await bot.say(FAILED)
        fake.locales[USER] = "en-GB"  # the client changed: the stored language still wins
        slashed = await bot.slash("symptom", text=FAILED)
        assert [m.content for m in typed + slashed] == [escaped(spanish_failure())] * 2

        # An answer Discord refused until discord.py gave up.
        fake.fail_next(5, retry_after=0.01)
        out = await bot.slash("plan")
        assert [m.content for m in out] == [spanish_failure()]
