"""The runner's language: taken from the client at the first message only, asked at the
welcome when the client gives none, changed with /language (a code, the language's own name,
a button, the Spanish alias /idioma), stored, exported and deleted with the rest, and every
reply of a turn worded in it."""

from __future__ import annotations

import io
import json
import zipfile
from typing import Any

import pytest

from bot import texts
from bot.bootstrap import Coach
from bot.service.commands import ALIASES, COMMANDS, canonical, menus
from bot.service.replies import Reply, UserKey
from bot.texts import language
from tests.conftest import Talker


@pytest.fixture
def database_url(every_store: str) -> str:
    """These stories run on SQLite, PostgreSQL and the in-memory unit of work."""
    return every_store


async def stored_language(talker: Talker) -> Any:
    """The language in the runner's export (their last replies are kept for a press)."""
    last = talker.last
    await talker.say("/export")
    document = talker.last[0].document
    talker.last = last
    assert document is not None
    return json.loads(document.content)["user"]["language"]


async def help_in(talker: Talker, typed: str) -> str:
    await talker.say(typed)
    return talker.last[0].text


def spoken(monkeypatch: pytest.MonkeyPatch) -> None:
    """/help answers with the language its words were looked up in."""
    monkeypatch.setattr(texts.account, "help_text", lambda _names: f"in {language.current()}")


async def test_the_clients_language_is_taken_at_the_first_message_only(coach: Coach) -> None:
    spanish = Talker(coach, UserKey("test", "ana", language="es-419"))
    await spanish.say("/start")
    assert not spanish.last[0].buttons  # the client said it: no language to ask
    assert await stored_language(spanish) == "es"
    later = Talker(coach, UserKey("test", "ana", language="en-GB"))
    await later.say("/today")
    assert await stored_language(later) == "es"  # never changed silently later


async def test_a_client_language_the_coach_does_not_speak_is_english(coach: Coach) -> None:
    german = Talker(coach, UserKey("test", "jonas", language="de"))
    await german.say("/start")
    assert [b.action for b in german.last[0].all_buttons()] == ["/language en", "/language es"]
    assert await stored_language(german) is None


async def test_no_language_from_the_client_is_asked_at_the_welcome_in_one_tap(
    talker: Talker, monkeypatch: pytest.MonkeyPatch
) -> None:
    await talker.say("/start")
    welcome = talker.last[0]
    assert texts.languages.choose_first() in welcome.text
    assert [b.label for b in welcome.all_buttons()] == ["English", "Español"]
    screen = talker.last[1].all_buttons()
    assert screen[0].action == "/screen none"  # the safety check is still asked at once
    assert await stored_language(talker) is None

    await talker.press("Español")
    assert await stored_language(talker) == "es"
    with language.use("es"):
        said = texts.languages.LANGUAGE_SET.format(name="Español")
        assert talker.last[0].text == said
        # the open step asked again, now in Spanish: the safety check
        assert talker.last[1].text == texts.onboarding.ASK_SCREEN
    assert [b.action for b in talker.last[1].all_buttons()] == [b.action for b in screen]
    spoken(monkeypatch)
    assert await help_in(talker, "/help") == "in es"


@pytest.mark.parametrize(
    "typed", ["/language es", "/language Español", "/idioma spanish", "español"]
)
async def test_language_by_code_own_name_alias_or_name_alone(
    typed: str, talker: Talker, monkeypatch: pytest.MonkeyPatch
) -> None:
    await talker.say("/start")
    await talker.say(typed)
    assert await stored_language(talker) == "es"
    spoken(monkeypatch)
    assert await help_in(talker, "/help") == "in es"
    await talker.say("/language en")
    assert await stored_language(talker) == "en"
    assert await help_in(talker, "/help") == "in en"


async def test_language_without_a_choice_shows_the_buttons_and_unknown_changes_nothing(
    talker: Talker,
) -> None:
    await talker.say("/start")
    await talker.say("/language es")
    await talker.say("/language")
    with language.use("es"):
        assert talker.last[0].text == texts.languages.LANGUAGE_NOW.format(name="Español")
    assert [b.label for b in talker.last[0].all_buttons()] == ["English", "✓ Español"]
    await talker.say("/language klingon")
    refused = talker.last[0].text
    assert "“klingon”" in refused and "English, Español" in refused
    assert await stored_language(talker) == "es"


async def test_the_language_is_in_both_exports_and_gone_after_delete(talker: Talker) -> None:
    await talker.say("/start")
    await talker.say("/language es")
    await talker.say("/export")
    csv_zip = talker.last[1].document
    assert csv_zip is not None
    with zipfile.ZipFile(io.BytesIO(csv_zip.content)) as archive:
        header, row = archive.read("users.csv").decode("utf-8-sig").splitlines()[:2]
    assert row.split(",")[header.split(",").index("language")] == "es"

    await talker.say("/delete")
    with language.use("es"):
        yes = texts.account.DELETE_YES  # the button as the runner reads it
    await talker.press(yes)
    await talker.say("/start")  # someone new: nothing of the old runner is left
    assert await stored_language(talker) is None


async def test_a_red_flags_words_are_stored_with_their_language(talker: Talker) -> None:
    await talker.say("/start")
    await talker.say("/language es")
    await talker.say("my knee has swollen up")
    await talker.say("/export")
    document = talker.last[0].document
    assert document is not None
    referrals = json.loads(document.content)["referrals"]
    assert [(r["words"], r["words_language"]) for r in referrals] == [
        ("my knee has swollen up", "es")
    ]


async def test_spanish_aliases_are_the_commands_they_name(
    talker: Talker, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert set(ALIASES) <= set(language.SUPPORTED)
    for table in ALIASES.values():
        assert set(table.values()) <= set(COMMANDS) | {"start"}
        assert not set(table) & set(COMMANDS)  # an alias never hides a command
    assert canonical("mañana") == "morning" and canonical("Progreso") == "progress"
    await talker.say("/start")
    await talker.press(texts.onboarding.SCREEN_NONE)
    assert await talker.say("/hoy") == await talker.say("/today")
    spoken(monkeypatch)
    assert await help_in(talker, "/ayuda") == "in en"


async def test_a_mistyped_command_is_offered_in_the_runners_language(talker: Talker) -> None:
    """ "/idoma" offers a Spanish runner /idioma, "/progres" offers them /progreso; an English
    runner is offered /progress."""
    await talker.say("/start")
    await talker.press(texts.onboarding.SCREEN_NONE)
    await talker.say("/progres")
    assert [b.action for b in talker.last[0].all_buttons()][:1] == ["/progress"]
    await talker.say("/idioma es")
    for typed, meant in (("/idoma", "/idioma"), ("/progres", "/progreso")):
        await talker.say(typed)
        offered = [b.action for b in talker.last[0].all_buttons()]
        assert offered[:1] == [meant], typed
        await talker.press(meant)  # the offer, pressed, is the command it names


def test_the_menus_are_worded_in_each_language_with_the_same_commands() -> None:
    worded = menus()
    assert list(worded) == list(language.SUPPORTED)
    names = [[name for name, _ in menu] for menu in worded.values()]
    assert all(n == names[0] for n in names) and "language" in names[0]
    for code, menu in worded.items():
        with language.use(code):
            assert dict(menu)["language"] == texts.account.COMMAND_HELP["language"]


async def test_the_pdf_report_is_drawn_in_the_runners_language(
    talker: Talker, monkeypatch: pytest.MonkeyPatch
) -> None:
    import bot.render.pdf

    drawn: list[str] = []

    def report_pdf(_data: Any) -> bytes:  # drawn in a worker thread
        drawn.append(language.current())
        return b"%PDF-1.4"

    monkeypatch.setattr(bot.render.pdf, "report_pdf", report_pdf)
    await talker.say("/start")
    await talker.say("/idioma es")
    await talker.say("/informe")
    assert drawn == ["es"]


async def test_a_message_too_long_to_read_is_refused_in_the_runners_language(
    talker: Talker, monkeypatch: pytest.MonkeyPatch
) -> None:
    from bot.service import hearing

    await talker.say("/start")
    await talker.say("/idioma es")
    refuse = hearing.unheard
    monkeypatch.setattr(
        hearing, "unheard", lambda text: refuse(text) and Reply(f"in {language.current()}")
    )
    assert await talker.say("x" * (hearing.MAX_HEARD_CHARS + 1)) == "in es"


@pytest.mark.parametrize(
    ("speaks", "words"),
    [
        ("es", "my knee gave way on the stairs and it is swollen"),
        ("en", "tengo la rodilla hinchada"),
    ],
)
async def test_a_red_flag_is_heard_in_any_language_whatever_the_runner_speaks(
    speaks: str, words: str, coach: Coach
) -> None:
    runner = Talker(coach, UserKey("test", "ana", language=speaks))
    await runner.say("/start")
    await runner.say("/screen none")
    await runner.say(words)
    with language.use(speaks):
        assert talker_heard(runner)
    await runner.say("/export")
    document = runner.last[0].document
    assert document is not None
    referrals = json.loads(document.content)["referrals"]
    assert "swelling" in {r["cause"] for r in referrals}
    assert {r["words_language"] for r in referrals} == {speaks}


def talker_heard(runner: Talker) -> bool:
    """The runner's last replies start with the red flag's words, in their language."""
    return runner.last[0].text.startswith(texts.safety.FLAG_HEARD.split("{", 1)[0])
