"""The runner's consent: ``/share`` gives a one-time code, the clinician enters it, the runner is
asked in the chat (sent by the bot's reminder queue) and nothing is visible before Allow;
``/sharing`` lists who follows them and stops any at once; ``/export`` and ``/delete`` cover it."""

from __future__ import annotations

import json
import re
from datetime import timedelta

from bot import texts
from bot.bootstrap import Coach
from bot.clock import ManualClock
from bot.reminders.ticker import ReminderTicker
from tests.conftest import Talker
from tests.reminders.conftest import FakeNotifier
from tests.web.conftest import Browser, add_clinician, onboarded, shared, shared_with_clinician


async def _code(runner: Talker) -> str:
    found = re.search(r"code: ([A-Z2-9]{4}-[A-Z2-9]{4})\n", await runner.say("/share"))
    assert found
    return found.group(1)


async def test_nothing_is_visible_before_the_runner_allows(
    coach: Coach,
    browser: Browser,
    runner: Talker,
    ticker: ReminderTicker,
    notifier: FakeNotifier,
) -> None:
    await add_clinician(coach)
    await browser.sign_in()
    await onboarded(runner)
    await runner.say("/pause 3")  # a message is sent while paused; a reminder would not be
    code = await _code(runner)
    page = await browser.post("/codes", {"code": code.lower().replace("-", " "), "label": "Jane"})
    assert page.status_code == 303
    caseload = await browser.get("/caseload")
    assert "Jane" not in caseload.text
    assert (await browser.get("/runners/1")).status_code == 404
    await ticker.tick()
    asked = notifier.to(runner.who.external_id)
    assert [s.text for s in asked] == [
        "Ann Physio (Knee Clinic) asks to follow your rehab: see your reports, flags and plan, "
        "and clear flags. Allow?"
    ]
    assert [b.label for b in asked[0].replies[0].all_buttons()] == ["Allow", "Don't allow"]
    await ticker.tick()
    assert len(notifier.to(runner.who.external_id)) == 1  # sent once
    runner.last = asked[0].replies
    assert "now follows your rehab" in await runner.press("Allow")
    caseload = await browser.get("/caseload")
    assert caseload.status_code == 200 and "Jane" in caseload.text
    # The code was used up: entering it again asks nobody.
    again = await browser.post("/codes", {"code": code, "label": "Jane again"})
    assert again.status_code == 400 and texts.clinic.CODE_UNKNOWN in again.text


async def test_a_refused_or_expired_code_shows_nothing(
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
    await browser.post("/codes", {"code": await _code(runner), "label": "Jane"})
    await ticker.tick()
    asked = notifier.to(runner.who.external_id)[-1].replies
    runner.last = asked
    assert "will not see anything" in await runner.press("Don't allow")
    assert "Jane" not in (await browser.get("/caseload")).text
    runner.last = asked
    assert "no longer open" in await runner.press("Allow")  # the old button does nothing now
    assert "Jane" not in (await browser.get("/caseload")).text
    late = await _code(runner)
    clock.advance(timedelta(days=7, minutes=1))
    page = await browser.post("/codes", {"code": late, "label": "Jane"})
    assert page.status_code == 400


async def test_another_runners_answer_cannot_allow(
    coach: Coach, browser: Browser, runner: Talker, ticker: ReminderTicker, notifier: FakeNotifier
) -> None:
    await add_clinician(coach)
    await browser.sign_in()
    await onboarded(runner)
    await browser.post("/codes", {"code": await _code(runner), "label": "Jane"})
    await ticker.tick()
    action = notifier.to(runner.who.external_id)[-1].replies[0].all_buttons()[0].action
    other = Talker(coach, runner.who.__class__("test", "someone-else"))
    await onboarded(other)
    assert "no longer open" in await other.say(action, pressed=True)
    assert "Jane" not in (await browser.get("/caseload")).text


async def test_sharing_lists_followers_and_stops_one_at_once(
    coach: Coach, browser: Browser, runner: Talker, ticker: ReminderTicker, notifier: FakeNotifier
) -> None:
    await add_clinician(coach)
    await browser.sign_in()
    await onboarded(runner)
    assert texts.clinic.NOBODY in await runner.say("/sharing")
    user_id = await shared(runner, browser, ticker, notifier)
    assert (await browser.get(f"/runners/{user_id}")).status_code == 200
    listed = await runner.say("/sharing")
    assert "• Ann Physio (Knee Clinic), since 2026-11-23 07:00; last looked: 2026-11-23" in listed
    assert "Ann Physio (Knee Clinic), looked at your page" in listed
    assert "stopped" not in listed
    assert "no longer follows you" in await runner.press("Stop Ann Physio")
    assert (await browser.get(f"/runners/{user_id}")).status_code == 404
    assert "Jane" not in (await browser.get("/caseload")).text
    assert (await browser.post(f"/runners/{user_id}/notes", {"text": "hi"})).status_code == 404
    assert texts.clinic.NOBODY in await runner.say("/sharing")


async def test_export_has_the_shares_and_the_access_log_and_delete_removes_them(
    coach: Coach, browser: Browser, runner: Talker, ticker: ReminderTicker, notifier: FakeNotifier
) -> None:
    user_id = await shared_with_clinician(coach, browser, runner, ticker, notifier)
    await browser.get("/caseload")
    await browser.get(f"/runners/{user_id}")
    await runner.say("/export")
    document = json.loads(runner.last[0].document.content)  # type: ignore[union-attr]
    assert [s["runner_label"] for s in document["shares"]] == ["Jane Runner"]
    assert document["shares"][0]["code_hash"] is None  # used up: not even its hash is kept
    assert {e["what"] for e in document["access_log"]} >= {"caseload", "runner"}
    await runner.say("/delete")
    await runner.press("Yes, delete everything")
    assert (await browser.get(f"/runners/{user_id}")).status_code == 404
    async with coach.units() as uow:
        assert await uow.clinic.shares_of(user_id) == []
        assert await uow.clinic.access_log(user_id, 10) == []
