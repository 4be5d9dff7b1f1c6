"""Console files in a shared folder (issue 18, finding 6): each runner's export is a new file
named by the runner and the time, readable by its owner alone, and a planted link is never
followed."""

from __future__ import annotations

import io
import json
import os
import stat
from pathlib import Path

import pytest

from bot.bootstrap import Coach
from bot.channels.console import ConsoleChat
from bot.channels.files import private_name

SHARED = "shared-exports"


def console(coach: Coach, user: str, folder: Path) -> tuple[ConsoleChat, io.StringIO]:
    out = io.StringIO()
    return ConsoleChat(coach.service, user, out, folder, echo=True), out


async def export(chat: ConsoleChat) -> None:
    for line in ("/start", "/export"):
        await chat.say(line)


def exports(folder: Path) -> list[Path]:
    return sorted(folder.glob("itb-coach-export-*.json"))


async def test_two_runners_in_one_folder_keep_their_own_files(coach: Coach, tmp_path: Path) -> None:
    folder = tmp_path / SHARED
    ana, _ = console(coach, "ana", folder)
    ben, _ = console(coach, "ben", folder)
    await export(ana)
    await export(ben)
    await ana.say("/export")  # again, the same second: a new file, the first one kept
    files = exports(folder)
    assert len(files) == 3, files
    owners = [json.loads(p.read_bytes())["user"]["external_id"] for p in files]
    assert sorted(owners) == ["ana", "ana", "ben"]
    assert all("-ana-" in p.name or "-ben-" in p.name for p in files)
    for path in files:
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, path


async def test_a_planted_link_is_not_followed(coach: Coach, tmp_path: Path) -> None:
    folder = tmp_path / SHARED
    folder.mkdir()
    victim = tmp_path / "victim.txt"
    victim.write_text("keep me")
    when = coach.clock.now()
    for day_name in ("itb-coach-export-2026-11-23.json", "itb-coach-export-2026-11-23-csv.zip"):
        os.symlink(victim, folder / private_name(day_name, "ana", when))
    chat, out = console(coach, "ana", folder)
    await export(chat)
    assert victim.read_text() == "keep me"
    saved = [p for p in folder.iterdir() if not p.is_symlink()]
    assert len(saved) == 2 and all(stat.S_IMODE(p.stat().st_mode) == 0o600 for p in saved)
    assert "[file saved:" in out.getvalue()


async def test_a_folder_that_is_a_link_is_refused(coach: Coach, tmp_path: Path) -> None:
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    os.symlink(elsewhere, tmp_path / SHARED)
    chat, out = console(coach, "ana", tmp_path / SHARED)
    await export(chat)
    assert list(elsewhere.iterdir()) == []
    assert "[file not saved:" in out.getvalue()


@pytest.mark.parametrize("runner", ["../../etc/passwd", "", "ana bob/ø"])
def test_a_runner_name_never_leaves_the_folder(runner: str, coach: Coach) -> None:
    name = private_name("itb-coach-report.pdf", runner, coach.clock.now())
    assert "/" not in name and name.startswith("itb-coach-report-") and name.endswith(".pdf")
