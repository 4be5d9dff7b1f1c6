"""What a newcomer meets in the console: coming back to an open question shows it, an empty
Enter where there is no default asks again, and "(default)" is said once on a choice."""

from __future__ import annotations

import io
from pathlib import Path

from bot import texts
from bot.bootstrap import Coach
from bot.channels.console import ConsoleChat, greet


def _flat(text: str) -> str:
    """The text as read, whatever the terminal's width wrapped."""
    return " ".join(text.split())


def _terminal(coach: Coach, out: io.StringIO, tmp_path: Path) -> ConsoleChat:
    return ConsoleChat(coach.service, "local", out, tmp_path, echo=False, interactive=True)


async def test_reopening_with_a_question_open_shows_the_question(
    coach: Coach, tmp_path: Path
) -> None:
    first = _terminal(coach, io.StringIO(), tmp_path)
    for line in ("/start", "None of these", "1", "Left", "UTC", "Keep these times", "No event"):
        await first.say(line)
    await first.say("/run 20")  # the pain keypad is open when the console is closed

    out = io.StringIO()
    again = _terminal(coach, out, tmp_path)
    await greet(again)
    shown = _flat(out.getvalue())
    assert texts.channels.CONSOLE_BANNER not in shown
    assert texts.reports.ASK_RUN_PAIN in shown
    assert "[0] [1] [2]" in shown
    await again.say("2")  # the keypad printed on reopening is the menu a number answers
    assert "Did the pain make you stop the run?" in _flat(out.getvalue())


async def test_a_first_session_gets_the_banner(coach: Coach, tmp_path: Path) -> None:
    out = io.StringIO()
    await greet(_terminal(coach, out, tmp_path))
    assert _flat(out.getvalue()) == texts.channels.CONSOLE_BANNER


async def test_reopening_during_set_up_shows_the_open_step(coach: Coach, tmp_path: Path) -> None:
    await _terminal(coach, io.StringIO(), tmp_path).say("/start")
    out = io.StringIO()
    await greet(_terminal(coach, out, tmp_path))
    assert texts.onboarding.ASK_SCREEN in _flat(out.getvalue())
    assert "1) None of these" in out.getvalue()


async def test_an_empty_enter_at_the_safety_check_asks_again(coach: Coach, tmp_path: Path) -> None:
    out = io.StringIO()
    chat = _terminal(coach, out, tmp_path)
    await chat.say("/start")
    mark = len(out.getvalue())
    await chat.say("")
    answer = out.getvalue()[mark:]
    assert texts.channels.CONSOLE_NO_DEFAULT in _flat(answer)
    assert "1) None of these" in answer and "11) " in answer
    await chat.say("1")  # and the choices are still answered by number
    assert texts.onboarding.SCREEN_CLEAR in _flat(out.getvalue())


async def test_default_is_said_once_on_a_choice(coach: Coach, tmp_path: Path) -> None:
    out = io.StringIO()
    chat = _terminal(coach, out, tmp_path)
    await chat.say("/start")
    mark = len(out.getvalue())
    await chat.say("1")  # the safety check answered: the programme question follows
    question = _flat(out.getvalue()[mark:])
    assert question.count(texts.onboarding.DEFAULT_MARK.strip()) == 1, question
    assert "(Enter: Hip strength with return to running)" in question
    await chat.say("")  # Enter still takes it
    assert "Programme: Hip strength with return to running." in _flat(out.getvalue())
