"""Reports in Spanish plain words, through the service (issue 22, item 4): recorded as the
right report, asked back when unclear (with Spanish options that, pressed, record it), and
messages that are not reports change nothing. The runner speaks Spanish in every turn here."""

from __future__ import annotations

from typing import Any

import pytest

from bot import texts
from bot.texts import language
from bot.texts.catalog import tr
from tests.conftest import Talker
from tests.service.test_journey import onboard
from tests.service.test_natural_reports import _stored

RUNS: list[tuple[str, tuple[int | None, float | None, int, bool]]] = [
    ("corrí 5 km, dolor 3", (None, 5.0, 3, False)),
    ("Corri 10 km esta manana, dolor 1", (None, 10.0, 1, False)),
    ("troté 25 min, me dolió 2", (25, None, 2, False)),
    ("corrí media hora, rodilla 1", (30, None, 1, False)),
    ("corrí 3 km, dolor 5, tuve que parar", (None, 3.0, 5, True)),
    ("corrí 7,5 km, no me dolió", (None, 7.5, 0, False)),
]
MORNINGS = [("esta mañana 2", 2), ("rodilla 0 al levantarme", 0), ("dolio 3 esta manana", 3)]
ASKED = [
    ("corrí 5", texts.conversation.ASK_RUN_AMOUNT),
    ("40 minutos sin dolor", texts.conversation.ASK_PAIN_WHEN),
    ("hoy 30 min, me dolió 4", texts.conversation.ASK_PAIN_WHEN),
    ("dolor 3", texts.conversation.ASK_PAIN_WHEN),
    ("dolor 15", texts.conversation.PAIN_SCALE),
    ("corrí 5 km y estiré", texts.conversation.ONE_AT_A_TIME),
    ("corrí 5 km ayer, dolor 2", texts.conversation.TODAY_ONLY),
    ("me duele la rodilla hoy", texts.reports.ASK_MORNING),
    ("ya hice la fuerza", texts.reports.ASK_STRENGTH_PAIN),
]
NOT_REPORTS = ["mañana voy a correr 5 km", "no corrí hoy", "42", "hace buen tiempo"]


class Spanish:
    """The runner of ``talker``, speaking Spanish in each turn."""

    def __init__(self, talker: Talker) -> None:
        self.talker = talker

    async def say(self, text: str) -> str:
        with language.use("es"):
            return await self.talker.say(text)

    async def press(self, label: str) -> str:
        with language.use("es"):
            return await self.talker.press(label)


def es(text: str) -> str:
    """A text of the coach as the Spanish runner reads it."""
    with language.use("es"):
        return tr(text)


def _counts(stored: dict[str, list[Any]]) -> dict[str, int]:
    return {name: len(rows) for name, rows in stored.items()}


@pytest.mark.parametrize(("text", "run"), RUNS)
async def test_a_run_in_spanish(talker: Talker, text: str, run: tuple[Any, ...]) -> None:
    await onboard(talker)
    await Spanish(talker).say(text)
    [row] = (await _stored(talker))["runs"]
    assert (row.minutes, row.distance_km, row.pain_during, row.stopped) == run


@pytest.mark.parametrize(("text", "pain"), MORNINGS)
async def test_a_morning_in_spanish(talker: Talker, text: str, pain: int) -> None:
    await onboard(talker)
    await Spanish(talker).say(text)
    assert [r.pain for r in (await _stored(talker))["mornings"]] == [pain]


async def test_strength_and_stretches_in_spanish(talker: Talker) -> None:
    await onboard(talker)
    runner = Spanish(talker)
    await runner.say("hice la fuerza, dolor 2")
    await runner.say("hice los estiramientos")
    stored = await _stored(talker)
    assert [r.pain for r in stored["strength"]] == [2]
    assert [c.item for c in stored["done"]] == ["strength", "stretch-1"]


@pytest.mark.parametrize(("text", "question"), ASKED)
async def test_unclear_spanish_is_asked_back(talker: Talker, text: str, question: str) -> None:
    await onboard(talker)
    assert es(question) in await Spanish(talker).say(text)
    stored = await _stored(talker)
    assert stored["runs"] == stored["mornings"] == stored["strength"] == []


async def test_minutes_with_a_pain_are_asked_and_the_run_button_keeps_them(
    talker: Talker,
) -> None:
    await onboard(talker)
    runner = Spanish(talker)
    await runner.say("40 minutos sin dolor")
    actions = [b.action for r in talker.last for b in r.all_buttons()]
    assert actions == [
        "corrí 40 min, dolor 0",
        "rodilla esta mañana, dolor 0",
        "fuerza hecha, dolor 0",
    ]
    await runner.press(es(texts.conversation.PAIN_WHEN_LABELS[0]))
    [row] = (await _stored(talker))["runs"]
    assert (row.minutes, row.distance_km, row.pain_during) == (40, None, 0)


async def test_an_asked_morning_is_answered_with_a_spanish_score(talker: Talker) -> None:
    await onboard(talker)
    runner = Spanish(talker)
    await runner.say("me duele la rodilla hoy")
    await runner.say("dolor 3")
    assert [r.pain for r in (await _stored(talker))["mornings"]] == [3]


@pytest.mark.parametrize(("answer", "stopped"), [("sí", True), ("Si", True), ("no", False)])
async def test_the_stop_question_is_answered_in_spanish(
    talker: Talker, answer: str, stopped: bool
) -> None:
    await onboard(talker)
    runner = Spanish(talker)
    await runner.say("/run 20")
    assert es(texts.reports.ASK_RUN_STOPPED) in await runner.say("3")
    await runner.say(answer)
    [row] = (await _stored(talker))["runs"]
    assert (row.minutes, row.pain_during, row.stopped) == (20, 3, stopped)


async def test_listo_and_hola_are_requests(talker: Talker) -> None:
    await onboard(talker)
    runner = Spanish(talker)
    assert es(texts.conversation.HELLO) in await runner.say("hola")
    assert es(texts.conversation.YOU_ARE_WELCOME) in await runner.say("gracias")
    before = _counts(await _stored(talker))
    await runner.say("listo")
    assert _counts(await _stored(talker))["runs"] == before["runs"]


@pytest.mark.parametrize("text", NOT_REPORTS)
async def test_spanish_non_reports_change_nothing(talker: Talker, text: str) -> None:
    await onboard(talker)
    before = _counts(await _stored(talker))
    await Spanish(talker).say(text)
    assert _counts(await _stored(talker)) == before
