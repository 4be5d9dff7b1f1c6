"""Everything a Spanish runner types is understood, and Spanish screens read Spanish (issue 22):
the commands' words (/run dolor 4 paré, /done estiramientos, /race 14 de marzo, /race quitar),
the answers to the clearance, the red-flag check and the safety screen, the programme by its
Spanish name, and the examples the Spanish texts give, each typed as it is shown."""

from __future__ import annotations

import io
import re
from datetime import date, timedelta

import pytest
from pypdf import PdfReader

from bot import texts
from bot.coach.records import Decision
from bot.service import parse
from bot.service.race import parse_race
from bot.texts import language
from tests.conftest import Talker
from tests.service.test_journey import onboard
from tests.service.test_natural_reports import _stored
from tests.service.test_onboarding_checklist import _settings, _step, _to
from tests.service.test_red_flags import export, held
from tests.service.test_spanish_reports import Spanish, es

TODAY = date(2026, 11, 23)  # a Monday, as the test clock's first day
KNEE_GIVES_WAY = "my knee gave way on the stairs"


def _examples(text: str, command: str) -> list[str]:
    """Each ``/command ...`` example in ``text``, up to a bracket, comma, full stop or the
    Spanish "o"/"y" that joins two of them."""
    found = re.findall(rf"{command}(?: (?![oyu]\b)[\w/\-éá]+)*", text)
    return [example.strip() for example in found]


# --- the commands' words ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "run"),
    [
        ("/run 30 dolor 4", (30, 4, False)),
        ("/run 30 dolor 4 paré", (30, 4, True)),
        ("/run 25 min dolor 2 parado", (25, 2, True)),
        ("/run dolor 1", (None, 1, False)),
        ("/run media hora dolor cero", (30, 0, False)),
    ],
)
async def test_run_in_spanish_words(
    talker: Talker, typed: str, run: tuple[int | None, int, bool]
) -> None:
    await onboard(talker)
    await Spanish(talker).say(typed)
    [row] = (await _stored(talker))["runs"]
    assert (row.minutes, row.pain_during, row.stopped) == run


async def test_done_in_spanish_words(talker: Talker) -> None:
    await onboard(talker)
    runner = Spanish(talker)
    await runner.say("/done estiramientos")
    await runner.say("/done fuerza")
    await runner.say("/done almeja")
    await runner.say("/done Puente de gluteo sostenido")  # accents may be left out
    items = [c.item for c in (await _stored(talker))["done"]]
    assert items == ["stretch-1", "strength", "clamshell", "glute-bridge"]


async def test_howto_asked_in_spanish_names_the_exercise(talker: Talker) -> None:
    await onboard(talker)
    reply = await Spanish(talker).say("¿cómo hago la almeja?")
    assert reply.startswith("Almeja\n")
    assert "/howto" not in [b.action for r in talker.last for b in r.all_buttons()]


@pytest.mark.parametrize(
    ("typed", "day", "distance"),
    [
        ("14 de marzo media maratón", date(2027, 3, 14), "media maratón"),
        ("domingo 14 de marzo de 2027 10k", date(2027, 3, 14), "10k"),
        ("el 3 de enero", date(2027, 1, 3), None),
        ("maratón el 2 de mayo", date(2027, 5, 2), "maratón"),
        ("14 mar 10k", date(2027, 3, 14), "10k"),
        ("sábado 9 de enero", date(2027, 1, 9), None),
    ],
)
def test_race_dates_in_spanish(typed: str, day: date, distance: str | None) -> None:
    assert parse_race(typed, TODAY) == (day, distance)


async def test_race_set_and_removed_in_spanish(talker: Talker) -> None:
    await onboard(talker)
    runner = Spanish(talker)
    await runner.say("/race 14 de marzo media maratón")
    assert "14 mar 2027" in await runner.say("/race")
    assert es(texts.race.RACE_OFF) in await runner.say("/race quitar")
    assert es(texts.race.NO_RACE) in await runner.say("/race")


# --- answers to questions -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("who", "seen", "cleared_by"),
    [
        ("mi fisio", "hace 3 días", "physio"),
        ("Médico", "ayer", "doctor"),
        ("otra persona", "hoy", "other"),
    ],
)
async def test_clearance_answered_in_spanish(
    talker: Talker, who: str, seen: str, cleared_by: str
) -> None:
    await onboard(talker)
    await talker.say(KNEE_GIVES_WAY)
    talker.coach.clock.advance(timedelta(days=4))  # type: ignore[attr-defined]
    runner = Spanish(talker)
    await runner.say("/cleared")
    assert es(texts.safety.BAD_CLINICIAN) not in await runner.say(who)
    assert es(texts.safety.BAD_PAST_DAY) not in await runner.say(seen)
    assert not await held(talker)
    [referral] = (await export(talker))["referrals"]
    assert referral["cleared_by"] == cleared_by


@pytest.mark.parametrize(
    ("typed", "seen"),
    [
        ("hoy", TODAY),
        ("Ayer", TODAY - timedelta(days=1)),
        ("hace 3 días", TODAY - timedelta(days=3)),
        ("hace tres dias", TODAY - timedelta(days=3)),
        ("20 de noviembre", date(2026, 11, 20)),
        ("20 nov", date(2026, 11, 20)),
        ("1 de octubre de 2026", date(2026, 10, 1)),
        ("3 days ago", TODAY - timedelta(days=3)),
        ("November 20", date(2026, 11, 20)),
    ],
)
def test_past_days_in_spanish(typed: str, seen: date) -> None:
    assert parse.past_day(typed, TODAY) == seen


def test_a_future_spanish_day_is_refused() -> None:
    with pytest.raises(parse.BadInput):
        parse.past_day("30 de noviembre", TODAY)


@pytest.mark.parametrize("answer", ["sí", "Si", "claro", "sí, eso es"])
async def test_a_red_flag_confirmed_in_spanish_is_kept_and_answered(
    talker: Talker, answer: str
) -> None:
    await onboard(talker)
    await talker.say(KNEE_GIVES_WAY)
    reply = await Spanish(talker).say(answer)
    assert reply.startswith(es(texts.safety.FLAG_KEPT).split("(")[0])
    assert es(texts.answers.NEAREST).split("{")[0] not in reply  # not a message misread
    assert await held(talker)


@pytest.mark.parametrize("answer", ["no", "No, no quería decir eso", "no, me has entendido mal"])
async def test_a_red_flag_denied_in_spanish_is_taken_back(talker: Talker, answer: str) -> None:
    await onboard(talker)
    await talker.say(KNEE_GIVES_WAY)
    await Spanish(talker).say(answer)
    assert not await held(talker)


async def test_a_denial_that_adds_in_spanish_keeps_the_flag(talker: Talker) -> None:
    await onboard(talker)
    await talker.say(KNEE_GIVES_WAY)
    await Spanish(talker).say("no, es peor y sigue fallando")
    assert await held(talker)


async def test_nada_de_esto_releases_unplaced_body_talk(talker: Talker) -> None:
    await onboard(talker)
    runner = Spanish(talker)
    await runner.say("my shin feels funny")  # held until answered
    reply = await runner.say(es(texts.onboarding.SCREEN_NONE))  # "Nada de esto", typed
    assert es(texts.hearing.RELEASED) in reply
    assert not await held(talker)


async def test_the_programme_typed_by_its_spanish_name(talker: Talker) -> None:
    await _to(talker, "protocol")
    with language.use("es"):
        name = texts.catalog.gettext("Home strength programme")
    assert name != "Home strength programme"
    await Spanish(talker).say(name.lower())
    assert await _step(talker) == "side"
    assert (await _settings(talker))[0] == "home-strength"


# --- Spanish screens read Spanish ---------------------------------------------------------


async def test_a_heard_run_names_its_amount_in_spanish(talker: Talker) -> None:
    await onboard(talker)
    reply = await Spanish(talker).say("corrí 20 min, dolor 2")
    assert reply.startswith("Entendido: una carrera de 20 min, dolor 2/10.")


async def test_a_named_day_is_asked_back_with_its_spanish_name(talker: Talker) -> None:
    await onboard(talker)
    talker.coach.clock.advance(timedelta(days=2))  # type: ignore[attr-defined]  # Wednesday
    runner = Spanish(talker)
    reply = await runner.say("hice la fuerza el martes")
    example = re.search(r"“(.+?)”", reply)
    assert example is not None and example[1] == "la fuerza del martes fue 2"
    await runner.say(example[1])  # the example, typed as shown, is understood
    assert [r.pain for r in (await _stored(talker))["strength"]] == [2]


async def test_questions_offered_in_spanish_open_with_a_question_mark(talker: Talker) -> None:
    await onboard(talker)
    await Spanish(talker).say("qwerty zxcv")
    asked = [b.label for r in talker.last for b in r.all_buttons() if b.action.startswith("/ask")]
    assert asked and all(label.startswith("¿") and label.endswith("?") for label in asked)
    pressed = await Spanish(talker).say(asked[-1])  # typed as the button shows it
    assert "Fuente" in pressed


# --- the Spanish texts' examples, typed as shown ------------------------------------------


async def test_the_spanish_run_examples_are_understood(talker: Talker) -> None:
    await onboard(talker)
    with language.use("es"):
        shown = texts.reports.RUN_USAGE + "\n" + texts.account.help_text(["run"])
    examples = _examples(shown, "/run")
    assert "/run 30 dolor 7 paré" in examples and "/run dolor 4" in examples
    runner = Spanish(talker)
    for example in examples:
        assert es(texts.reports.RUN_USAGE) not in await runner.say(example), example
        talker.coach.clock.advance(timedelta(days=1))  # type: ignore[attr-defined]


async def test_the_spanish_done_and_race_examples_are_understood(talker: Talker) -> None:
    await onboard(talker)
    with language.use("es"):
        shown = texts.plan.BAD_DONE + "\n" + texts.account.help_text(["done", "race"])
    done = [e for e in _examples(shown, "/done") if e != "/done"]
    assert "/done estiramientos" in done and "/done fuerza" in done
    runner = Spanish(talker)
    for example in done:
        assert "“" not in await runner.say(example), example  # BAD_DONE quotes the value
    race = _examples(shown, "/race")
    assert "/race quitar" in race
    for example in race:
        assert es(texts.race.BAD_RACE).split("“")[0] not in await runner.say(example), example


def test_the_spanish_day_and_clinician_examples_are_understood() -> None:
    with language.use("es"):
        days, clinicians = texts.safety.BAD_PAST_DAY, texts.safety.BAD_CLINICIAN
    listed = re.search(r": (.+?) o una fecha como (\S+?) ", days)
    assert listed is not None
    for typed in [*listed[1].split(", "), listed[2]]:
        assert parse.past_day(typed, TODAY) <= TODAY, typed
    said = re.search(r"Responde (.+)\.", clinicians)
    assert said is not None
    names = re.split(r", | u | o ", said[1])
    assert [parse.clinician(name) for name in names] == ["physio", "doctor", "other"]


def test_the_spanish_race_examples_parse() -> None:
    with language.use("es"):
        shown = texts.race.BAD_RACE
    examples = _examples(shown, "/race")
    assert len(examples) == 3
    for example in examples:
        assert parse_race(example.removeprefix("/race "), TODAY) is not None, example


async def test_the_spanish_report_names_each_decision_in_spanish(talker: Talker) -> None:
    await onboard(talker)
    runner = Spanish(talker)
    await runner.say("corrí 20 min, dolor 2")
    await runner.say("/report")
    [pdf] = [r.document for r in talker.last if r.document is not None]
    text = "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf.content)).pages)
    [row] = [line for line in text.splitlines() if line.endswith(" R6")]
    assert row.endswith(f"{es(texts.common.DECISIONS[Decision.HOLD])} R6")
    assert " hold " not in f" {row} "
