"""Clinicians' accounts: the operator's commands, the one-time set-password link, signing in
(Argon2, rate-limited per account and per address) and the session of a disabled account."""

from __future__ import annotations

import re
from datetime import timedelta
from pathlib import Path

import pytest

from bot.bootstrap import Coach
from bot.cli import main
from bot.clock import ManualClock
from bot.service.clinic.accounts import Accounts
from bot.store.db import sqlite_url
from tests.web.conftest import EMAIL, PASSWORD, Browser, add_clinician


def test_clinician_add_list_disable_on_the_command_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("DATABASE_URL", sqlite_url(tmp_path / "cli.db"))
    monkeypatch.setenv("WEB_BASE_URL", "https://clinic.example.org/")
    argv = ["clinician", "add", "--email", "Ann@Example.org", "--name", "Ann", "--clinic", "KC"]
    assert main(argv) == 0
    out = capsys.readouterr().out
    assert "Added Ann (KC) <ann@example.org>." in out
    assert re.search(r"https://clinic\.example\.org/set-password/[\w-]{40,}\n", out)
    assert main(argv) == 1  # the same email twice
    assert "exists already" in capsys.readouterr().out
    assert main(["clinician", "list"]) == 0
    assert "ann@example.org\tAnn (KC)\tinvited" in capsys.readouterr().out
    assert main(["clinician", "disable", "--email", "ann@example.org"]) == 0
    assert main(["clinician", "list"]) == 0
    assert capsys.readouterr().out.splitlines()[-1].endswith("disabled")
    assert main(["clinician", "disable", "--email", "bob@example.org"]) == 1


async def test_the_password_is_stored_as_an_argon2_hash(coach: Coach) -> None:
    await add_clinician(coach)
    async with coach.units() as uow:
        found = await uow.clinic.clinician_by_email(EMAIL)
    assert found is not None
    assert found[1] is not None and found[1].startswith("$argon2id$")
    assert PASSWORD not in found[1]


async def test_the_link_sets_the_password_once(coach: Coach, browser: Browser) -> None:
    added = await Accounts(coach.units, coach.clock).add(EMAIL, "Ann", None)
    assert added is not None
    link = f"/set-password/{added[1]}"
    page = await browser.get(link)
    assert page.status_code == 200 and "Set your password" in page.text
    page = await browser.post(link, {"password": "short", "again": "short"})
    assert page.status_code == 400 and "at least 10" in page.text
    page = await browser.post(link, {"password": PASSWORD, "again": PASSWORD})
    assert page.status_code == 200 and "Your password is set" in page.text
    # Used: the same link again, to read or to post, is refused.
    assert (await browser.get(link)).status_code == 410
    page = await browser.post(link, {"password": "another long one", "again": "another long one"})
    assert page.status_code == 410
    assert (await browser.sign_in()).status_code == 303
    assert (await browser.sign_in(password="another long one")).status_code == 401


async def test_a_link_older_than_24_hours_is_refused(
    coach: Coach, browser: Browser, clock: ManualClock
) -> None:
    added = await Accounts(coach.units, coach.clock).add(EMAIL, "Ann", None)
    assert added is not None
    clock.advance(timedelta(hours=24, minutes=1))
    assert (await browser.get(f"/set-password/{added[1]}")).status_code == 410
    assert (await browser.get("/set-password/not-a-token")).status_code == 410


async def test_sign_in_and_out(coach: Coach, browser: Browser) -> None:
    await add_clinician(coach)
    assert (await browser.get("/caseload")).status_code == 303  # not signed in
    page = await browser.sign_in()
    assert page.status_code == 303 and page.headers["location"] == "/caseload"
    cookie = page.headers["set-cookie"].lower()
    assert "httponly" in cookie and "samesite=strict" in cookie
    caseload = await browser.get("/caseload")
    assert caseload.status_code == 200 and "Ann Physio (Knee Clinic)" in caseload.text
    assert (await browser.post("/sign-out", {})).status_code == 303
    assert (await browser.get("/caseload")).status_code == 303


async def test_ten_wrong_passwords_lock_the_account_and_say_so(
    coach: Coach, browser: Browser, clock: ManualClock
) -> None:
    await add_clinician(coach)
    for _ in range(9):
        page = await browser.sign_in(password="wrong password")
        assert page.status_code == 401 and "Wrong email or password" in page.text
    page = await browser.sign_in(password="wrong password")
    assert page.status_code == 429 and "locked for 15 minutes" in page.text
    # Locked: even the right password is refused, and the page says why.
    page = await browser.sign_in()
    assert page.status_code == 429 and "Too many wrong attempts" in page.text
    clock.advance(timedelta(minutes=16))
    assert (await browser.sign_in()).status_code == 303


async def test_wrong_passwords_from_one_address_lock_it_for_every_account(
    coach: Coach, browser: Browser
) -> None:
    await add_clinician(coach)
    for n in range(10):
        await browser.sign_in(email=f"nobody{n}@example.org", password="guess")
    page = await browser.sign_in()
    assert page.status_code == 429 and "Too many wrong attempts" in page.text


async def test_a_disabled_clinicians_session_cookie_opens_nothing(
    coach: Coach, browser: Browser
) -> None:
    await add_clinician(coach)
    await browser.sign_in()
    assert (await browser.get("/caseload")).status_code == 200
    assert await Accounts(coach.units, coach.clock).disable(EMAIL)
    page = await browser.get("/caseload")
    assert page.status_code == 303 and page.headers["location"] == "/sign-in"
    assert (await browser.sign_in()).status_code == 401


async def test_healthz(browser: Browser) -> None:
    page = await browser.get("/healthz")
    assert page.status_code == 200 and page.text == "ok"
