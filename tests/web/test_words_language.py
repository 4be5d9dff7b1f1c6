"""The clinician's page stays in the clinician's language (English) and shows a runner's own
words as written, with the language they were written in marked beside them."""

from __future__ import annotations

from bot.bootstrap import Coach
from bot.reminders.ticker import ReminderTicker
from tests.conftest import Talker
from tests.reminders.conftest import FakeNotifier
from tests.web.conftest import Browser, shared_with_clinician

WORDS = "tengo la rodilla muy hinchada"


async def test_a_spanish_runners_words_are_marked_es_on_an_english_page(
    coach: Coach, browser: Browser, runner: Talker, ticker: ReminderTicker, notifier: FakeNotifier
) -> None:
    user_id = await shared_with_clinician(coach, browser, runner, ticker, notifier)
    await runner.say("/idioma es")
    await runner.say(WORDS)
    page = (await browser.get(f"/runners/{user_id}")).text
    assert f'<span lang="es">“{WORDS}”</span> <span class="muted language">(es)</span>' in page
    assert "Clear this flag" in page and "In their words" in page  # the page's own: English
