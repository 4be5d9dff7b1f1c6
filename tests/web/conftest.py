"""The clinician's web view in process: the Starlette app on the test's coach (temporary
database, manual clock), driven over httpx's ASGI transport; the runner talks to the same coach
and the bot's reminder ticker sends what the web queued for them."""

from __future__ import annotations

import re
from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest

from bot.bootstrap import Coach
from bot.reminders.ticker import ReminderTicker
from bot.service.clinic.accounts import Accounts
from bot.service.replies import UserKey
from bot.web.app import make_app
from tests.conftest import Talker
from tests.reminders.conftest import FakeNotifier

PASSWORD = "correct horse battery"
EMAIL = "ann@example.org"
_CSRF = re.compile(r'name="csrf" value="([^"]+)"')


@pytest.fixture
def database_url(both_databases: str) -> str:
    return both_databases


def csrf_of(page: httpx.Response) -> str:
    found = _CSRF.search(page.text)
    assert found, f"no CSRF token in {page.text[:200]}"
    return found.group(1)


class Browser:
    """A clinician's browser without a browser: cookies kept, forms posted with their token."""

    def __init__(self, client: httpx.AsyncClient) -> None:
        self.client = client
        self.csrf = ""

    async def get(self, path: str) -> httpx.Response:
        page = await self.client.get(path)
        found = _CSRF.search(page.text)
        if found:
            self.csrf = found.group(1)
        return page

    async def post(
        self, path: str, data: dict[str, Any], *, csrf: str | None = None
    ) -> httpx.Response:
        if not self.csrf:
            await self.get("/sign-in")
        return await self.client.post(
            path, data={"csrf": self.csrf if csrf is None else csrf, **data}
        )

    async def sign_in(self, email: str = EMAIL, password: str = PASSWORD) -> httpx.Response:
        await self.get("/sign-in")
        page = await self.post("/sign-in", {"email": email, "password": password})
        if page.status_code == 303:
            await self.get("/caseload")
        return page


async def add_clinician(
    coach: Coach, email: str = EMAIL, name: str = "Ann Physio", clinic: str | None = "Knee Clinic"
) -> str:
    """A clinician with their password set; returns the token their link carried."""
    accounts = Accounts(coach.units, coach.clock)
    added = await accounts.add(email, name, clinic)
    assert added is not None
    assert await accounts.set_password(added[1], PASSWORD, PASSWORD) is None
    return added[1]


@pytest.fixture
async def app(coach: Coach) -> Any:
    return make_app(coach, "test-secret-test-secret-test-secret")


@pytest.fixture
async def browser(app: Any) -> AsyncIterator[Browser]:
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as client:
        yield Browser(client)


@pytest.fixture
def notifier(clock: Any) -> FakeNotifier:
    return FakeNotifier(clock)


@pytest.fixture
def ticker(coach: Coach, notifier: FakeNotifier) -> ReminderTicker:
    return coach.ticker(notifier)


@pytest.fixture
def runner(coach: Coach) -> Talker:
    return Talker(coach, UserKey("test", "runner-1"))


async def onboarded(runner: Talker) -> None:
    for text in ("/start", "/screen none"):
        await runner.say(text)


async def shared(
    runner: Talker,
    browser: Browser,
    ticker: ReminderTicker,
    notifier: FakeNotifier,
    label: str = "Jane Runner",
) -> int:
    """The runner shares with the signed-in clinician and allows it; their user id."""
    said = await runner.say("/share")
    code = re.search(r"code: (\w{4}-\w{4})", said)
    assert code, said
    page = await browser.post("/codes", {"code": code.group(1), "label": label})
    assert page.status_code == 303, page.text
    await ticker.tick()
    asked = notifier.to(runner.who.external_id)[-1]
    runner.last = asked.replies
    await runner.press("Allow")
    async with runner.coach.units() as uow:
        user = await uow.find_user(runner.who.channel, runner.who.external_id)
        assert user is not None
        return user.id


async def shared_with_clinician(
    coach: Coach, browser: Browser, runner: Talker, ticker: ReminderTicker, notifier: FakeNotifier
) -> int:
    """A signed-in clinician and an onboarded runner who shares with them; the runner's id."""
    await add_clinician(coach)
    await browser.sign_in()
    await onboarded(runner)
    return await shared(runner, browser, ticker, notifier)
