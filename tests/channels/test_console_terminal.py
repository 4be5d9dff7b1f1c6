"""The interactive console, driven through a pseudo-terminal as a person would use it:
line editing with the arrow keys, Ctrl-C, a reminder arriving mid-line, Enter for a default."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pexpect
import pytest
from sqlalchemy import update

from bot.bootstrap import build
from bot.channels.console import CHANNEL, wrap
from bot.cli import files_dir
from bot.clock import SystemClock
from bot.service.replies import UserKey
from bot.settings import Settings
from bot.store import repo
from bot.store.db import sqlite_url
from bot.store.models import ReminderSlot

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="needs a pseudo-terminal")

ROOT = Path(__file__).resolve().parents[2]
LEFT = "\x1b[D"
CTRL_C = "\x03"
PROMPT = "you>"  # prompt_toolkit draws the space as a cursor move
WAIT = 30  # seconds: start-up imports and migrates the database


def _spawn(db: Path, columns: int = 100) -> pexpect.spawn:
    env = {
        **os.environ,
        "TERM": "xterm-256color",
        "PROMPT_TOOLKIT_NO_CPR": "1",  # the test terminal does not answer cursor queries
        "REMINDER_TICK_SECONDS": "1",
        "TELEGRAM_BOT_TOKEN": "",
    }
    child = pexpect.spawn(
        sys.executable,
        ["-m", "bot", "chat", "--db", str(db)],
        cwd=str(ROOT),
        env=env,
        encoding="utf-8",
        dimensions=(40, columns),
        timeout=WAIT,
    )
    child.expect_exact(PROMPT)
    return child


def _finish(child: pexpect.spawn) -> str:
    """Ctrl-D at the prompt (wait for it first: a key typed before the prompt is drawn can be
    taken by the terminal's cursor-position query and lost)."""
    child.sendcontrol("d")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    return child.before or ""


def test_arrow_keys_edit_the_line_before_it_is_sent(tmp_path: Path) -> None:
    child = _spawn(tmp_path / "c.db")
    child.send("/tday" + LEFT * 3 + "o\r")  # "/t|day" -> "/today"
    child.expect_exact("Today ·")
    child.expect_exact(PROMPT)
    rest = _finish(child)
    assert "I don't know" not in (child.before or "") + rest


def test_ctrl_c_leaves_at_once_without_a_traceback(tmp_path: Path) -> None:
    child = _spawn(tmp_path / "c.db")
    child.send("/start")  # half-typed: Ctrl-C must not wait for Enter
    child.send(CTRL_C)
    child.expect(pexpect.EOF, timeout=10)
    child.close()
    assert child.exitstatus == 0
    assert "Traceback" not in (child.before or "")


def test_enter_takes_the_questions_default(tmp_path: Path) -> None:
    child = _spawn(tmp_path / "c.db")
    child.send("/start\r")
    child.expect_exact("safety check")
    child.expect_exact(PROMPT)
    child.send("1\r")  # None of these
    child.expect_exact("Which programme?")
    child.expect_exact("(Enter: Hip strength with return to running)")
    child.expect_exact(PROMPT)
    child.send("\r")
    child.expect_exact("Programme: Hip strength with return to running.")
    child.expect_exact("Which knee hurts?")
    child.expect_exact(PROMPT)
    _finish(child)


async def _due_now(db: Path) -> None:
    """A console user whose first stretch reminder falls due two seconds from now."""
    settings = Settings(_env_file=None, database_url=sqlite_url(db))  # type: ignore[call-arg]
    coach = await build(settings, SystemClock())
    try:
        await coach.service.handle(UserKey(CHANNEL, "local"), "/start")
        async with coach.sessions() as session, session.begin():
            user = await repo.find_user(session, CHANNEL, "local")
            assert user is not None
            now = datetime.now(UTC)
            await session.execute(
                update(ReminderSlot)
                .where(ReminderSlot.user_id == user.id, ReminderSlot.kind == "stretch")
                .values(next_due_utc=now + timedelta(seconds=2), due_date=now.date())
            )
    finally:
        await coach.close()


async def test_a_reminder_prints_above_the_line_being_typed(tmp_path: Path) -> None:
    db = tmp_path / "c.db"
    await _due_now(db)
    child = _spawn(db)
    child.send("/tod")  # typing, not sent yet
    child.expect_exact("⏰ Stretch session")
    child.send("ay\r")  # the half-typed line survived the reminder
    child.expect_exact("Today ·")
    child.expect_exact(PROMPT)
    _finish(child)


@pytest.mark.parametrize("width", [20, 33, 60])
def test_text_wraps_at_word_boundaries(width: int) -> None:
    text = (
        "Welcome to ITB Coach. I'll take you through a hip-strength rehab for IT band "
        "syndrome.\n• Side-lying hip abduction: 1x15, right side"
    )
    wrapped = wrap(text, width)
    assert all(len(line) <= width for line in wrapped.splitlines())
    assert wrapped.split() == text.split()  # no word was cut or lost
    assert "hip-strength" in wrapped.split()


async def test_input_ending_while_a_reminder_is_due_exits_cleanly(tmp_path: Path) -> None:
    """Piped input that ends as the first tick sends a reminder: the tick finishes, the
    database closes, and nothing but the transcript is printed."""
    db = tmp_path / "c.db"
    await _due_now(db)
    env = {**os.environ, "REMINDER_TICK_SECONDS": "1", "TELEGRAM_BOT_TOKEN": ""}
    for _ in range(3):  # the end of input lands at a different point of the tick each time
        done = subprocess.run(
            [sys.executable, "-m", "bot", "chat", "--db", str(db)],
            input="/today\n",
            capture_output=True,
            text=True,
            cwd=ROOT,
            env=env,
            timeout=WAIT,
        )
        assert done.returncode == 0
        assert done.stderr == ""
        assert "> /today" in done.stdout and "Today ·" in done.stdout


def test_files_go_beside_the_database_unless_told() -> None:
    assert files_dir(sqlite_url("/srv/coach/itb.db")) == Path("/srv/coach/exports")
    assert files_dir(sqlite_url("data/itb-coach.db")) == Path("data/exports")
    assert files_dir("postgresql+asyncpg://u:p@db/itb") == Path("exports")
