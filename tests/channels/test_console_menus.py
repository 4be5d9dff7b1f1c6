"""Console choices that cannot misfire: a bare number answers only the newest menu printed, a
number for a menu that is no longer current says so and names the current one, and Undo or
Delete are chosen by their word, never by a number."""

from __future__ import annotations

import io
from datetime import timedelta
from pathlib import Path

from bot.bootstrap import Coach
from bot.channels.console import ConsoleChat, ConsoleNotifier
from bot.clock import ManualClock
from bot.reminders.ticker import ReminderTicker
from tests.reminders.conftest import MONDAY

ONBOARD = ["/start", "None of these", "1", "Left", "UTC", "Keep these times", "No event"]


async def _chat(coach: Coach, out: io.StringIO, tmp_path: Path) -> ConsoleChat:
    chat = ConsoleChat(coach.service, "local", out, tmp_path, echo=True)
    for line in ONBOARD:
        await chat.say(line)
    return chat


def _since(out: io.StringIO, mark: int) -> str:
    return out.getvalue()[mark:]


async def test_a_number_meant_for_the_reminder_does_not_undo_the_newest_report(
    coach: Coach, clock: ManualClock, tmp_path: Path
) -> None:
    out = io.StringIO()
    chat = await _chat(coach, out, tmp_path)
    clock.set(MONDAY + timedelta(hours=8))
    ticker = ReminderTicker(coach.service, ConsoleNotifier(chat), only_external_id="local")
    assert (await ticker.tick()).sent == 1
    await chat.say("ran 20 min, knee 1")
    heard = _since(out, 0).rsplit("> ran 20 min", 1)[1]
    assert "1) Undo" not in heard and "type “undo”: Undo" in heard
    mark = out.tell()
    await chat.say("1")  # meant: the reminder's Done
    said = _since(out, mark)
    assert "Undone" not in said
    assert "Nothing was done: choice 1 was in an earlier menu (“⏰ Stretch session 1" in said
    assert "The newest menu is “Heard: a run" in said and "“undo”" in said
    mark = out.tell()
    await chat.say("undo")  # the word: the run was still there to remove
    assert "Undone: that run report is removed." in _since(out, mark)


async def test_a_number_after_a_reply_without_a_menu_is_not_sent_on(
    coach: Coach, tmp_path: Path
) -> None:
    out = io.StringIO()
    chat = await _chat(coach, out, tmp_path)
    await chat.say("/howto")
    await chat.say("/progress")  # a reply without buttons: no menu is current
    mark = out.tell()
    await chat.say("2")
    said = _since(out, mark)
    assert "no longer current" in said and "No menu is open now" in said


async def test_delete_needs_its_word(coach: Coach, tmp_path: Path) -> None:
    out = io.StringIO()
    chat = await _chat(coach, out, tmp_path)
    mark = out.tell()
    await chat.say("/delete")
    asked = _since(out, mark)
    assert "1) No, keep it" in asked and "type “delete”: Yes, delete everything" in asked
    mark = out.tell()
    await chat.say("2")
    said = _since(out, mark)
    assert "Nothing was done: choice 2 was in an earlier menu (“Today ·" in said
    assert "The newest menu is “This deletes everything" in said and "type 1 or" in said
    await chat.say("1")
    assert "Nothing was deleted." in _since(out, mark)
    await chat.say("/delete")
    mark = out.tell()
    await chat.say("delete")
    assert "Everything about you is deleted." in _since(out, mark)
