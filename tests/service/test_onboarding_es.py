"""Onboarding answered in Spanish words (issue 22): the safety check, the side, the time zone,
the reminder times ("a las 8"), and no race, each typed as a Spanish-speaking runner would."""

from __future__ import annotations

import pytest

from tests.conftest import Talker
from tests.service.test_onboarding_checklist import _settings, _step, _to
from tests.service.test_spanish_reports import Spanish


@pytest.mark.parametrize("answer", ["ninguno", "Ninguna de estas", "nada"])
async def test_the_safety_check_answered_in_spanish(talker: Talker, answer: str) -> None:
    await talker.say("/start")
    await Spanish(talker).say(answer)
    assert await _step(talker) == "protocol"


@pytest.mark.parametrize(
    ("answer", "side"), [("izquierda", "left"), ("la derecha", "right"), ("ambas", "both")]
)
async def test_the_side_answered_in_spanish(talker: Talker, answer: str, side: str) -> None:
    await _to(talker, "side")
    await Spanish(talker).say(answer)
    assert (await _settings(talker))[1] == side


@pytest.mark.parametrize(
    ("answer", "times"),
    [
        ("vale", "08:00,13:00,20:00"),
        ("así está bien", "08:00,13:00,20:00"),
        ("a las 7:30, a las 13 y a las 21", "07:30,13:00,21:00"),
        ("a las 8, a las 2 de la tarde y a las 9 de la noche", "08:00,14:00,21:00"),
    ],
)
async def test_the_times_answered_in_spanish(talker: Talker, answer: str, times: str) -> None:
    await _to(talker, "times")
    await Spanish(talker).say(answer)
    assert (await _settings(talker))[3] == times
    assert await _step(talker) == "race"


async def test_a_whole_onboarding_in_spanish_words(talker: Talker) -> None:
    runner = Spanish(talker)
    await talker.say("/start")
    for answer in ("ninguno", "1", "izquierda", "Madrid", "a las 8, a las 13 y a las 20", "no"):
        await runner.say(answer)
    assert await _step(talker) is None
    assert (await _settings(talker))[1:] == ("left", "Europe/Madrid", "08:00,13:00,20:00")
