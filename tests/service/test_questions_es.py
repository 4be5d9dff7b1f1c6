"""Questions asked in Spanish, through the whole service (issue 22): each finds its answer in
``protocols/answers.es.yaml``, with its source; a question is heard in either language and
answered in the runner's language; the physio's word in Spanish starts /cleared in one tap."""

from __future__ import annotations

import pytest

from bot import texts
from bot.protocol_files import default_answers
from bot.texts import language
from bot.texts.catalog import tr
from tests.conftest import Talker
from tests.service.test_journey import onboard
from tests.service.test_natural_reports import _stored
from tests.service.test_spanish_reports import Spanish

BOOK = default_answers()


def spanish_text(answer_id: str) -> str:
    found = BOOK.in_language("es").get(answer_id)
    assert found is not None
    return found.text


def english_text(answer_id: str) -> str:
    found = BOOK.get(answer_id)
    assert found is not None
    return found.text


@pytest.mark.parametrize(
    ("question", "answer_id"),
    [
        ("¿puedo tomar ibuprofeno antes de correr?", "medication"),
        ("¿me pongo una infiltración de cortisona?", "medication"),
        ("¿puedo usar el rodillo de espuma en la cintilla?", "foam-rolling"),
        ("¿puedo nadar?", "swimming"),
        ("¿qué significa R5?", "rule-r5"),
        ("can I take ibuprofen before my run?", "medication"),  # English, answered in Spanish
    ],
)
async def test_a_question_is_answered_in_spanish_with_its_source(
    talker: Talker, question: str, answer_id: str
) -> None:
    await onboard(talker)
    reply = await Spanish(talker).say(question)
    assert spanish_text(answer_id) in reply
    assert english_text(answer_id) not in reply
    assert "CLINICAL.md" in reply  # the source, the same in both languages


async def test_a_spanish_question_from_an_english_runner_is_answered_in_english(
    talker: Talker,
) -> None:
    await onboard(talker)
    reply = await talker.say("¿puedo usar el rodillo de espuma en la cintilla?")
    assert english_text("foam-rolling") in reply


async def test_a_half_marathon_in_ten_days_gets_what_the_plan_allows(talker: Talker) -> None:
    await onboard(talker)
    reply = await Spanish(talker).say("¿puedo correr una media maratón en 10 días?")
    assert spanish_text("race-day") in reply
    assert texts.answers.RACE_NO_DAY not in reply  # the day is heard: 10 days from today


async def test_pain_on_the_inside_is_heard_as_body_talk_and_not_taken_as_a_report(
    talker: Talker,
) -> None:
    await onboard(talker)
    runner = Spanish(talker)
    reply = await runner.say("el dolor es por dentro de la rodilla")
    # As in English: the safety hearing's hold says it once, with the screen, in Spanish.
    with language.use("es"):
        assert tr(texts.hearing.ELSEWHERE)[:40] in reply
        assert tr(texts.conversation.ASK_PAIN_WHEN) not in reply
    assert (await _stored(talker))["mornings"] == []
    assert "R1)" in await runner.say("/run pain 1")


async def test_the_physios_word_in_spanish_starts_cleared_in_one_tap(talker: Talker) -> None:
    await onboard(talker)
    await talker.say("my knee is swollen")
    await talker.press("Yes")
    reply = await Spanish(talker).say("mi fisio me vio y dice que estoy bien")
    assert spanish_text("clinician-says-fine") in reply
    buttons = [b for r in talker.last for b in r.all_buttons()]
    assert [b.action for b in buttons] == ["/cleared"]


async def test_the_physios_word_without_a_flag_is_noted(talker: Talker) -> None:
    await onboard(talker)
    reply = await Spanish(talker).say("mi fisio me vio y dice que estoy bien")
    assert spanish_text("clinician-says-fine") in reply
    assert all(not r.buttons for r in talker.last)


async def test_a_spanish_message_not_understood_offers_spanish_questions(talker: Talker) -> None:
    await onboard(talker)
    await Spanish(talker).say("qwerty zxcv")
    labels = [b.label for r in talker.last for b in r.all_buttons()]
    question = BOOK.in_language("es").get("when-run").label  # type: ignore[union-attr]
    assert f"¿{question}?" in labels  # Spanish opens a question too
