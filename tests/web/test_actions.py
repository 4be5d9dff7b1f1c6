"""What a clinician sees and does: a red flag the runner typed is red on the caseload and in
their words on the runner's page; the clinician clears it (recorded as theirs, the runner told,
the plan steps back) and writes notes the runner receives; everything is in the access log."""

from __future__ import annotations

from datetime import timedelta

from bot.bootstrap import Coach
from bot.clock import ManualClock
from bot.reminders.ticker import ReminderTicker
from tests.conftest import Talker
from tests.reminders.conftest import FakeNotifier
from tests.web.conftest import Browser, add_clinician, onboarded, shared, shared_with_clinician

WORDS = "my knee gave way on the stairs and it is swollen"


async def _flagged(
    coach: Coach, browser: Browser, runner: Talker, ticker: ReminderTicker, notifier: FakeNotifier
) -> int:
    user_id = await shared_with_clinician(coach, browser, runner, ticker, notifier)
    await runner.say("/morning 2")
    await runner.say(WORDS)
    await runner.press("Yes")
    return user_id


async def test_a_red_flag_is_red_on_the_caseload_with_the_runners_words(
    coach: Coach, browser: Browser, runner: Talker, ticker: ReminderTicker, notifier: FakeNotifier
) -> None:
    calm = Talker(coach, runner.who.__class__("test", "runner-2"))
    await add_clinician(coach)
    await browser.sign_in()
    await onboarded(calm)
    await shared(calm, browser, ticker, notifier, label="Carl Calm")
    await onboarded(runner)
    user_id = await shared(runner, browser, ticker, notifier, label="Jane Runner")
    await runner.say(WORDS)
    page = await browser.get("/caseload")
    rows = page.text.split("<tr")[2:]
    # Open flags first and in red, whatever the sort.
    assert 'class="red"' in rows[0] and "Jane Runner" in rows[0]
    assert 'class="red"' not in rows[1] and "Carl Calm" in rows[1]
    assert "red-flag" in rows[0] and ">1 alert<" in page.text
    runner_page = await browser.get(f"/runners/{user_id}")
    assert f"“{WORDS}”" in runner_page.text
    assert "urgent" in runner_page.text or "soon" in runner_page.text
    assert "Clear this flag" in runner_page.text


async def test_the_clinician_clears_a_flag_the_runner_is_told_and_the_plan_steps_back(
    coach: Coach, browser: Browser, runner: Talker, ticker: ReminderTicker, notifier: FakeNotifier
) -> None:
    user_id = await _flagged(coach, browser, runner, ticker, notifier)
    view = await coach.service.look(runner.who)
    assert view is not None and view.plan.referral_reason is not None
    async with coach.units() as uow:
        flags = await uow.clinic.flags(user_id)
    assert flags and all(f.open for f in flags)
    for flag in flags:  # same day, urgent or not: a linked clinician may clear any flag
        page = await browser.post(f"/runners/{user_id}/flags/{flag.id}/clear", {})
        assert page.status_code == 303
    await ticker.tick()
    told = notifier.to(runner.who.external_id)[-1].text
    assert "Ann Physio (Knee Clinic) cleared your flag" in told
    assert "Coaching resumes a step back" in told
    view = await coach.service.look(runner.who)
    assert view is not None and view.plan.referral_reason is None
    async with coach.units() as uow:
        cleared = await uow.clinic.flags(user_id)
        actions = await uow.clinic.actions_of(user_id, 10)
    assert {(f.cleared_source, f.cleared_by) for f in cleared} == {("clinician", "clinician")}
    assert {a.kind for a in actions} == {"clear"}
    assert all(a.clinician == "Ann Physio (Knee Clinic)" for a in actions)
    page = await browser.get(f"/runners/{user_id}")
    assert "cleared 2026-11-23 (by a clinician here)" in page.text
    # Cleared already: a second clearance of it is refused.
    assert (
        await browser.post(f"/runners/{user_id}/flags/{flags[0].id}/clear", {})
    ).status_code == 404


async def test_a_note_reaches_the_runner_and_is_logged(
    coach: Coach,
    browser: Browser,
    runner: Talker,
    ticker: ReminderTicker,
    notifier: FakeNotifier,
    clock: ManualClock,
) -> None:
    user_id = await shared_with_clinician(coach, browser, runner, ticker, notifier)
    clock.advance(timedelta(minutes=5))
    page = await browser.post(
        f"/runners/{user_id}/notes", {"text": "Keep the hip work <b>going</b>"}
    )
    assert page.status_code == 303
    await ticker.tick()
    assert notifier.to(runner.who.external_id)[-1].text == (
        "A note from Ann Physio (Knee Clinic):\nKeep the hip work <b>going</b>"
    )
    page = await browser.get(f"/runners/{user_id}")
    assert "Keep the hip work &lt;b&gt;going&lt;/b&gt;" in page.text  # escaped on the page
    assert "wrote you a note" in await runner.say("/sharing")
    assert (await browser.post(f"/runners/{user_id}/notes", {"text": "  "})).status_code == 400


async def test_the_pdf_report_downloads(
    coach: Coach, browser: Browser, runner: Talker, ticker: ReminderTicker, notifier: FakeNotifier
) -> None:
    user_id = await _flagged(coach, browser, runner, ticker, notifier)
    page = await browser.get(f"/runners/{user_id}/report.pdf")
    assert page.status_code == 200 and page.content.startswith(b"%PDF")
    assert page.headers["content-type"] == "application/pdf"
    assert "downloaded your report" in await runner.say("/sharing")


async def test_the_clinician_sets_the_strength_level_and_pauses_running(
    coach: Coach,
    browser: Browser,
    runner: Talker,
    ticker: ReminderTicker,
    notifier: FakeNotifier,
    clock: ManualClock,
) -> None:
    user_id = await shared_with_clinician(coach, browser, runner, ticker, notifier)
    view = await coach.service.look(runner.who)
    assert view is not None and view.plan.strength_level == 0
    page = await browser.post(f"/runners/{user_id}/plan", {"kind": "strength", "value": "3"})
    assert page.status_code == 303
    await ticker.tick()
    told = notifier.to(runner.who.external_id)[-1].text
    assert told == "Ann Physio (Knee Clinic) set your strength to level 3. /today shows it."
    view = await coach.service.look(runner.who)
    assert view is not None and view.plan.strength_level == 2  # level 3, counted from 0
    clock.advance(timedelta(days=2))
    view = await coach.service.look(runner.who)
    assert view is not None and view.plan.strength_level == 2  # it holds on later days
    # Out of bounds, or a stage outside the return phase: refused, nothing recorded.
    for kind, value in (("strength", "99"), ("strength", "0"), ("stage", "2"), ("x", "1")):
        page = await browser.post(f"/runners/{user_id}/plan", {"kind": kind, "value": value})
        assert page.status_code == 400, (kind, value)
    page = await browser.post(f"/runners/{user_id}/plan", {"kind": "pause-running", "value": "3"})
    assert page.status_code == 303
    await ticker.tick()
    assert "paused your running up to and including 2026-11-27" in (
        notifier.to(runner.who.external_id)[-1].text
    )
    page = await browser.post(f"/runners/{user_id}/plan", {"kind": "hold", "value": "7"})
    assert page.status_code == 303
    await ticker.tick()
    assert "holds your plan where it is up to and including 2026-12-01" in (
        notifier.to(runner.who.external_id)[-1].text
    )
    async with coach.units() as uow:
        kinds = [a.kind for a in await uow.clinic.actions_of(user_id, 10)]
    assert kinds == ["hold", "pause-running", "strength"]
    assert "set your strength level" in await runner.say("/sharing")


async def test_the_runners_page_shows_the_return_to_run_check(
    coach: Coach, browser: Browser, runner: Talker, ticker: ReminderTicker, notifier: FakeNotifier
) -> None:
    user_id = await shared_with_clinician(coach, browser, runner, ticker, notifier)
    assert "Return-to-run check" in (page := await browser.get(f"/runners/{user_id}")).text
    assert "Not taken yet" in page.text
    now = coach.clock.now()
    async with coach.units() as uow:
        await uow.record_return_check(user_id, now.date(), now, (True, True, False))
    page = await browser.get(f"/runners/{user_id}")
    assert "<td>yes</td><td>yes</td><td>no</td><td>not yet</td>" in page.text
