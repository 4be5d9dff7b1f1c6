"""The console has no client language: the welcome asks, by each language's own name, never
by a number (a number answers the safety check printed below it)."""

from __future__ import annotations

import io
from pathlib import Path
from zoneinfo import ZoneInfo

from bot import texts
from bot.bootstrap import Coach
from bot.channels.console import ConsoleChat, greet
from bot.texts import language


async def test_the_console_asks_the_language_by_name_and_a_number_stays_the_screens(
    coach: Coach, tmp_path: Path
) -> None:
    out = io.StringIO()
    chat = ConsoleChat(coach.service, "local", out, tmp_path, echo=False, interactive=False)
    await chat.say("/start")
    shown = out.getvalue()
    assert "type “Español”: Español" in shown and "1) None of these" in shown
    assert "1) English" not in shown and "2) Español" not in shown

    await chat.say("Español")
    with language.use("es"):
        assert texts.languages.LANGUAGE_SET.format(name="Español") in out.getvalue()
    await chat.say("1")  # the safety check's first choice, as the menu printed it
    async with coach.units() as uow:
        user = await uow.find_user("console", "local")
        assert user is not None and user.language == "es" and user.onboarding_step != "screen"
        assert await uow.open_referrals(user.id) == []  # "1" was "none of these", no flag


async def test_the_consoles_own_lines_follow_the_runners_language(
    coach: Coach, tmp_path: Path
) -> None:
    out = io.StringIO()
    chat = ConsoleChat(coach.service, "local", out, tmp_path, echo=False, interactive=False)
    for typed in ("/start", "Español", "1", "1", "izquierda", "Madrid", "mantener", "no"):
        await chat.say(typed)
    out.truncate(0)
    await chat.say("hice los estiramientos")
    with language.use("es"):
        word = texts.words.CONSOLE_UNDO_WORD
        assert texts.words.CONSOLE_WORD_CHOICE.format(word=word, label="Deshacer") in out.getvalue()
        saved = texts.channels.CONSOLE_FILE_SAVED.split("{")[0]
    assert word != "undo"
    await chat.say(word)  # the Spanish word chooses the button
    async with coach.units() as uow:
        user = await uow.find_user("console", "local")
        assert user is not None
        today = coach.service.clock.now().astimezone(ZoneInfo("Europe/Madrid")).date()
        assert await uow.completions_on(user.id, today) == set()  # undone
    await chat.say("/progreso")
    assert saved.strip() in out.getvalue() and saved.strip() != "[file saved:"


async def test_a_spanish_runner_reopening_the_console_is_greeted_in_spanish(
    coach: Coach, tmp_path: Path
) -> None:
    """ "Where you left off" with the open question, or the banner, in the stored language."""
    first = ConsoleChat(coach.service, "local", io.StringIO(), tmp_path, echo=False)
    for typed in ("/start", "Español"):
        await first.say(typed)
    out = io.StringIO()
    await greet(ConsoleChat(coach.service, "local", out, tmp_path, echo=False, interactive=True))
    with language.use("es"):
        where, screen = texts.channels.CONSOLE_WHERE_YOU_LEFT, texts.onboarding.ASK_SCREEN
        banner = texts.channels.CONSOLE_BANNER
    assert (
        where != texts.channels.CONSOLE_WHERE_YOU_LEFT and banner != texts.channels.CONSOLE_BANNER
    )
    shown = " ".join(out.getvalue().split())
    assert where in shown and " ".join(screen.split()) in shown  # the safety check, still open

    for typed in ("1", "1", "izquierda", "Madrid", "mantener", "no"):  # set up: nothing open
        await first.say(typed)
    out = io.StringIO()
    await greet(ConsoleChat(coach.service, "local", out, tmp_path, echo=False, interactive=True))
    assert " ".join(out.getvalue().split()) == banner
