"""The protections of the web view, each failing if it is taken away: least privilege by share,
CSRF tokens on every form, the security headers, the Secure cookie over https, and logs that
carry neither health data nor codes, tokens or passwords."""

from __future__ import annotations

import logging
import re

import httpx
import pytest

from bot.bootstrap import Coach
from bot.reminders.ticker import ReminderTicker
from bot.service.clinic.accounts import Accounts
from bot.web.app import make_app
from tests.conftest import Talker
from tests.reminders.conftest import FakeNotifier
from tests.web.conftest import (
    PASSWORD,
    Browser,
    add_clinician,
    onboarded,
    shared,
    shared_with_clinician,
)


async def test_a_runner_who_did_not_share_with_this_clinician_is_not_found(
    coach: Coach,
    app: object,
    browser: Browser,
    runner: Talker,
    ticker: ReminderTicker,
    notifier: FakeNotifier,
) -> None:
    await add_clinician(coach)
    await add_clinician(coach, "bob@example.org", "Bob", None)
    await browser.sign_in()
    await onboarded(runner)
    user_id = await shared(runner, browser, ticker, notifier)
    assert (await browser.get(f"/runners/{user_id}")).status_code == 200
    other = Talker(coach, runner.who.__class__("test", "not-shared"))
    await onboarded(other)
    for path in (f"/runners/{user_id + 1}", f"/runners/{user_id + 1}/report.pdf", "/runners/999"):
        assert (await browser.get(path)).status_code == 404, path
    # Another clinician, signed in, sees nothing of Ann's runner.
    transport = httpx.ASGITransport(app=app)  # type: ignore[arg-type]
    async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as client:
        bob = Browser(client)
        assert (await bob.sign_in("bob@example.org")).status_code == 303
        assert "Jane" not in (await bob.get("/caseload")).text
        assert (await bob.get(f"/runners/{user_id}")).status_code == 404
        assert (await bob.get(f"/runners/{user_id}/report.pdf")).status_code == 404
        assert (await bob.post(f"/runners/{user_id}/notes", {"text": "hi"})).status_code == 404
        assert (await bob.post(f"/runners/{user_id}/flags/1/clear", {})).status_code == 404
    async with coach.units() as uow:
        assert {e.clinician for e in await uow.clinic.access_log(user_id, 50)} == {
            "Ann Physio (Knee Clinic)"
        }


@pytest.mark.parametrize("token", [None, "wrong"])
async def test_every_form_needs_this_sessions_csrf_token(
    coach: Coach,
    browser: Browser,
    runner: Talker,
    ticker: ReminderTicker,
    notifier: FakeNotifier,
    token: str | None,
) -> None:
    user_id = await shared_with_clinician(coach, browser, runner, ticker, notifier)
    await runner.say("my knee is swollen")
    async with coach.units() as uow:
        flag = (await uow.clinic.flags(user_id))[0]
    code = re.search(r"code: (\S+)", await runner.say("/share"))
    assert code
    added = await Accounts(coach.units, coach.clock).add("cy@example.org", "Cy", None)
    assert added is not None
    forms = [
        (f"/runners/{user_id}/notes", {"text": "a note"}),
        (f"/runners/{user_id}/flags/{flag.id}/clear", {}),
        ("/codes", {"code": code.group(1), "label": "Again"}),
        (f"/set-password/{added[1]}", {"password": PASSWORD, "again": PASSWORD}),
        ("/sign-in", {"email": "ann@example.org", "password": PASSWORD}),
        ("/sign-out", {}),
    ]
    for path, data in forms:
        if token is None:
            page = await browser.client.post(path, data=data)
        else:
            page = await browser.post(path, data, csrf=token)
        assert page.status_code == 403, path
        assert "This form has expired" in page.text
    # Nothing happened: the flag is open, no note, the code and the link still work.
    async with coach.units() as uow:
        assert (await uow.clinic.flags(user_id))[0].open
        assert await uow.clinic.actions_of(user_id, 10) == []
    assert (await browser.get("/caseload")).status_code == 200  # still signed in
    assert (await browser.post("/codes", {"code": code.group(1), "label": "x"})).status_code == 303


async def test_security_headers_on_every_page(coach: Coach, browser: Browser) -> None:
    await add_clinician(coach)
    for path in ("/sign-in", "/healthz", "/runners/1", "/static/style.css"):
        page = await browser.get(path)
        csp = page.headers["content-security-policy"]
        assert "frame-ancestors 'none'" in csp and "default-src 'none'" in csp, path
        assert "script-src" not in csp  # no script may run at all
        assert page.headers["x-frame-options"] == "DENY"
        assert page.headers["x-content-type-options"] == "nosniff"
        assert page.headers["referrer-policy"] == "no-referrer"


async def test_the_session_cookie_is_secure_when_the_base_url_is_https(coach: Coach) -> None:
    await add_clinician(coach)
    coach.settings.web_base_url = "https://clinic.example.org"
    app = make_app(coach, "secret-secret-secret-secret")
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="https://testserver") as client:
        page = await Browser(client).sign_in()
    cookie = page.headers["set-cookie"].lower()
    assert "; secure" in cookie and "httponly" in cookie and "samesite=strict" in cookie
    assert "max-age=31536000" in page.headers["strict-transport-security"]


async def test_logs_carry_no_health_data_codes_tokens_or_passwords(
    coach: Coach,
    browser: Browser,
    runner: Talker,
    ticker: ReminderTicker,
    notifier: FakeNotifier,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.INFO)  # what a deployment logs (aiosqlite's SQL debug is off)
    caplog.set_level(logging.DEBUG, logger="bot")
    token = await add_clinician(coach)
    await browser.sign_in()
    await browser.sign_in(password="a wrong password here")
    await onboarded(runner)
    shared_code = re.search(r"code: (\S+)", await runner.say("/share"))
    assert shared_code
    user_id = await shared(runner, browser, ticker, notifier, label="Jane Secretname")
    await runner.say("my knee is swollen and hot")
    await browser.get("/caseload")
    await browser.get(f"/runners/{user_id}")
    await browser.post(f"/runners/{user_id}/notes", {"text": "private advice xyz"})
    async with coach.units() as uow:
        flag = (await uow.clinic.flags(user_id))[0]
    await browser.post(f"/runners/{user_id}/flags/{flag.id}/clear", {})
    await ticker.tick()
    logged = "\n".join(
        f"{r.getMessage()} {sorted((k, str(v)) for k, v in vars(r).items())}"
        for r in caplog.records
    )
    assert "share_requested" in logged and "clinician_cleared" in logged  # events are logged
    for secret in (
        token,
        PASSWORD,
        "a wrong password here",
        shared_code.group(1),
        shared_code.group(1).replace("-", ""),
        "swollen",
        "Secretname",
        "private advice",
        "ann@example.org",
    ):
        assert secret not in logged, secret


async def test_an_oversized_form_is_not_read(coach: Coach, browser: Browser) -> None:
    await add_clinician(coach)
    await browser.sign_in()
    page = await browser.post("/codes", {"code": "x" * 100_000, "label": "y"})
    assert page.status_code == 403
    assert (await browser.get("/caseload")).status_code == 200
