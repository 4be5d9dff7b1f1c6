"""Alerts: on the caseload (a red flag heard, a rule referral, a run stopped by pain, 5 days
silent), and in a clinician's own chat once they link it with ``/clinician CODE`` — at most
once per runner a day, with the runner's name and the kind of alert only."""

from __future__ import annotations

import re
from datetime import timedelta

from bot.bootstrap import Coach
from bot.clock import ManualClock
from bot.reminders.ticker import ReminderTicker
from bot.service.replies import UserKey
from tests.conftest import Talker
from tests.reminders.conftest import FakeNotifier
from tests.web.conftest import Browser, add_clinician, onboarded, shared


async def _linked(browser: Browser, coach: Coach) -> Talker:
    page = await browser.post("/chat-link", {})
    code = re.search(r"/clinician ([A-Z2-9]{10})", page.text)
    assert code, page.text
    chat = Talker(coach, UserKey("test", "ann-chat"))
    assert "This chat now gets your caseload alerts" in await chat.say(
        f"/clinician {code.group(1)}"
    )
    assert "not valid" in await chat.say(f"/clinician {code.group(1)}")  # once only
    return chat


async def test_a_red_flag_alerts_the_linked_clinicians_chat_once_a_day(
    coach: Coach,
    browser: Browser,
    runner: Talker,
    ticker: ReminderTicker,
    notifier: FakeNotifier,
    clock: ManualClock,
) -> None:
    await add_clinician(coach)
    await browser.sign_in()
    chat = await _linked(browser, coach)
    await onboarded(runner)
    await shared(runner, browser, ticker, notifier, label="Jane Runner")
    await runner.say("/morning 1")
    clock.advance(timedelta(minutes=10))
    await ticker.tick()
    await ticker.tick()
    assert notifier.to(chat.who.external_id) == []  # nothing to alert about
    await runner.say("my knee is swollen and hot, and I feel feverish")
    clock.advance(timedelta(minutes=10))
    await ticker.tick()  # the sweep queues it
    await ticker.tick()  # and the next tick sends it
    alerts = [s.text for s in notifier.to(chat.who.external_id)]
    assert "swollen" not in alerts[0]
    assert alerts == [
        "ITB Coach: Jane Runner needs a look (red flag heard). Open your caseload for details."
    ]
    for _ in range(3):
        clock.advance(timedelta(hours=2))
        await ticker.tick()
    assert len(notifier.to(chat.who.external_id)) == 1  # once per runner a day
    clock.advance(timedelta(days=1))
    await ticker.tick()
    await ticker.tick()
    assert len(notifier.to(chat.who.external_id)) == 2  # still open the next day


async def test_silence_and_a_painful_run_are_alerts_on_the_caseload(
    coach: Coach,
    browser: Browser,
    runner: Talker,
    ticker: ReminderTicker,
    notifier: FakeNotifier,
    clock: ManualClock,
) -> None:
    await add_clinician(coach)
    await browser.sign_in()
    await onboarded(runner)
    await shared(runner, browser, ticker, notifier)
    await runner.say("/morning 1")
    page = await browser.get("/caseload")
    assert ">0 alerts<" in page.text
    await runner.say("/run pain 7 stopped")
    page = await browser.get("/caseload")
    assert 'class="tag rest"' in page.text and ">1 alert<" in page.text
    clock.advance(timedelta(days=5))
    page = await browser.get("/caseload")
    assert 'class="tag silent"' in page.text and 'class="tag rest"' not in page.text
