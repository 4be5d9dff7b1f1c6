"""The whole path in a real browser: Debian's headless Chromium driven by Playwright, against
``itb-coach web``'s app served by uvicorn, while the runner talks to a real PTB bot over the fake
Bot API, on one database.

Operator adds a clinician (the real command) -> the clinician sets a password -> the runner
sends /share -> the clinician enters the code -> the runner allows -> the caseload shows them ->
a red flag the runner types appears in red with their words -> the clinician clears it -> the
runner is told, and the plan steps back. Screenshots of the caseload and the runner's page are
written to ``docs/``.
"""

from __future__ import annotations

import asyncio
import os
import re
import shutil
import socket
import subprocess
import sys
from collections.abc import AsyncIterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
import uvicorn

from bot.bootstrap import Coach
from bot.clock import ManualClock
from bot.service.replies import UserKey
from bot.web.app import make_app
from tests.channels.fake_bot_api import FakeBotApi
from tests.channels.test_telegram_e2e import CHAT, Telegram, fake, onboard, tg_settings

CHROMIUM = shutil.which("chromium")
pytestmark = pytest.mark.skipif(
    CHROMIUM is None, reason="Debian's chromium is not installed (apt-get install chromium)"
)
playwright_api = pytest.importorskip("playwright.async_api", reason="pip install playwright")

ROOT = Path(__file__).resolve().parents[2]
# ITB_SCREENSHOTS=1 writes the screenshots into docs/ (as they are committed); else a temp dir.
DOCS = ROOT / "docs" if os.environ.get("ITB_SCREENSHOTS") == "1" else None
PASSWORD = "a long clinic password"
WORDS = "my knee gave way on the stairs and now it's swollen"
__all__ = ["fake", "tg_settings"]  # fixtures of the Telegram end-to-end tests


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture
async def web(coach: Coach) -> AsyncIterator[str]:
    """The web view served by uvicorn on a free port, in this event loop."""
    port = _free_port()
    config = uvicorn.Config(
        make_app(coach, "browser-test-secret-browser-test"),
        host="127.0.0.1",
        port=port,
        log_config=None,
        access_log=False,
        lifespan="off",
    )
    server = uvicorn.Server(config)
    task = asyncio.create_task(server.serve())
    while not server.started:
        await asyncio.sleep(0.02)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    await task


@pytest.fixture
async def page() -> AsyncIterator[Any]:
    async with playwright_api.async_playwright() as p:
        browser = await p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        context = await browser.new_context(viewport={"width": 1280, "height": 800})
        yield await context.new_page()
        await browser.close()


def operator_adds_clinician(database_url: str) -> str:
    """``itb-coach clinician add``, as the operator runs it; the link it prints."""
    command = Path(sys.executable).with_name("itb-coach")
    env = {**os.environ, "DATABASE_URL": database_url, "WEB_BASE_URL": "http://x.invalid"}
    done = subprocess.run(
        [
            str(command),
            "clinician",
            "add",
            "--email",
            "ann@example.org",
            "--name",
            "Ann Physio",
            "--clinic",
            "Knee Clinic",
        ],
        env=env,
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    )
    found = re.search(r"http://x\.invalid(/set-password/\S+)", done.stdout)
    assert found, done.stdout
    return found.group(1)


async def a_few_days(tg: Telegram, clock: ManualClock) -> None:
    """Some days of reports, so the pages show series."""
    for n, pain in enumerate((3, 2, 2, 1)):
        clock.advance(timedelta(days=1))
        await tg.say(f"/morning {pain}")
        await tg.say("/done stretch")
        await tg.say(f"/strength {pain}")
        if n % 2:
            await tg.say(f"/run 20 pain {pain + 2}")


async def test_the_whole_path_in_chromium(
    coach: Coach,
    fake: FakeBotApi,
    tg_settings: Any,
    web: str,
    page: Any,
    clock: ManualClock,
    tmp_path: Path,
) -> None:
    shots = DOCS or tmp_path
    link = operator_adds_clinician(coach.settings.database_url)
    async with Telegram(fake, tg_settings, coach) as tg:
        sender = coach.ticker(tg.notifier)  # the bot's own reminder queue sends the web's messages
        await onboard(tg)
        await a_few_days(tg, clock)

        # The clinician sets a password and signs in.
        await page.goto(web + link)
        await page.fill("input[name=password]", PASSWORD)
        await page.fill("input[name=again]", PASSWORD)
        await page.click("button[type=submit]")
        await page.wait_for_selector("text=Your password is set")
        await page.fill("input[name=email]", "ann@example.org")
        await page.fill("input[name=password]", PASSWORD)
        await page.click("main button[type=submit]")
        await page.wait_for_selector("h1:has-text('Caseload')")

        # The runner shares; the clinician enters the code; the runner allows.
        said = (await tg.say("/share"))[0].text
        code = re.search(r"code: (\S+)", said)
        assert code, said
        await page.fill("input[name=code]", code.group(1))
        await page.fill("input[name=label]", "Jane Runner")
        await page.click("text=Ask the runner")
        await page.wait_for_selector("text=The runner has been asked")
        assert await page.locator("tr[data-runner]").count() == 0  # nothing before Allow
        await sender.tick()
        asked = fake.bot_messages(CHAT)[-1]
        assert asked.text.startswith("Ann Physio (Knee Clinic) asks to follow your rehab")
        await tg.press("Allow")
        await page.goto(web + "/caseload")
        row = page.locator("tr[data-runner]")
        assert await row.count() == 1
        assert "Jane Runner" in await row.inner_text()
        assert await row.get_attribute("class") != "red"

        # A red flag the runner types is red on the caseload, in their words on their page.
        await tg.say(WORDS)
        await tg.press("Yes")
        await page.goto(web + "/caseload")
        assert await row.get_attribute("class") == "red"
        colour = await row.locator("td").first.evaluate("e => getComputedStyle(e).color")
        assert colour == "rgb(155, 28, 28)"
        await page.screenshot(path=str(shots / "web-caseload.png"), full_page=True)
        await page.click("text=Jane Runner")
        assert WORDS in await page.locator("tr.red td.words").first.inner_text()
        await page.screenshot(path=str(shots / "web-runner.png"), full_page=True)
        assert (shots / "web-caseload.png").stat().st_size > 10_000

        # The clinician clears every open flag; the runner is told; the plan steps back.
        while await page.locator("text=Clear this flag").count():
            await page.locator("text=Clear this flag").first.click()
            await page.wait_for_selector("text=Flag cleared")
        assert "by a clinician here" in await page.locator("table.flags").inner_text()
        await sender.tick()
        told = [m.text or "" for m in fake.bot_messages(CHAT)]
        assert any("Ann Physio (Knee Clinic) cleared your flag" in t for t in told)
        assert any("Coaching resumes a step back" in t for t in told)
        view = await coach.service.look(UserKey("telegram", str(CHAT)))
        assert view is not None and view.plan.referral_reason is None
