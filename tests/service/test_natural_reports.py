"""Reports in plain words, through the service: recorded as the right report (distance as
distance), confirmed in one line with an Undo that removes exactly that report, or asked back;
and messages that are not reports change nothing."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import select

from bot import texts
from bot.store import repo
from bot.store.models import Completion, MorningReport, RunReport, StrengthReport
from tests.conftest import Talker
from tests.service.test_journey import onboard

MILES_2 = 3.22
MILES_3 = 4.83

RUNS: list[tuple[str, tuple[int | None, float | None, int, bool]]] = [
    ("ran 5k, knee 3/10", (None, 5.0, 3, False)),
    ("Ran 10 km this morning, pain 1", (None, 10.0, 1, False)),
    ("jogged 25 min, knee 2", (25, None, 2, False)),
    ("30 min easy, pain 2, had to stop at 4 km", (30, 4.0, 2, True)),
    ("did the walk-run, no pain", (None, None, 0, False)),
    ("2 miles on the treadmill, pain 1/10", (None, MILES_2, 1, False)),
    ("ran 40 minutes, knee was about 4", (40, None, 4, False)),
    ("easy 6k, pain free", (None, 6.0, 0, False)),
    ("long run 90 min, had to stop, knee 6", (90, None, 6, True)),
    ("parkrun done, 5 km, pain 2", (None, 5.0, 2, False)),
    ("ran for half an hour, knee 1", (30, None, 1, False)),
    ("ran 7.5 km, didn't hurt", (None, 7.5, 0, False)),
    ("jog 20 mins, knee 3, kept going", (20, None, 3, False)),
    ("ran 3 miles, pain 5, stopped early", (None, MILES_3, 5, True)),
    ("intervals 45 min, pain 0", (45, None, 0, False)),
    ("8k run, knee sore 2", (None, 8.0, 2, False)),
    ("ran 1 hour, knee 2 out of 10", (60, None, 2, False)),
]
MORNINGS = [
    ("knee 2 this morning", 2),
    ("woke up stiff, maybe 3", 3),
    ("this morning the knee is 1/10", 1),
    ("knee pain 4 today", 4),
    ("morning: knee 0", 0),
    ("woke up with no pain", 0),
    ("sore knee right now, 5/10", 5),
]
STRENGTH = [
    ("finished the hip exercises, 1/10", 1),
    ("strength done, pain 3", 3),
    ("did my strength, no pain", 0),
    ("clams and bridges done, knee 2", 2),
    ("completed strength, pain 0/10", 0),
]
STRETCHES = ["did my stretches", "stretches done", "stretched", "finished stretching"]
ASKED = [
    ("ran 5", texts.conversation.ASK_RUN_AMOUNT),
    ("ran 12, pain 2", texts.conversation.ASK_RUN_AMOUNT),
    ("ran 30 min", "How much did the knee hurt"),
    ("knee feels fine this morning", texts.reports.ASK_MORNING),  # fine is not a score
    ("5k", "How much did the knee hurt"),
    ("my knee hurts a bit today", texts.reports.ASK_MORNING),
    ("did my strength", texts.reports.ASK_STRENGTH_PAIN),
    ("pain 3", texts.conversation.ASK_PAIN_WHEN),
    ("knee 4/10", texts.conversation.ASK_PAIN_WHEN),
    ("pain 15", texts.conversation.PAIN_SCALE),
    ("ran 5k and stretched", texts.conversation.ONE_AT_A_TIME),
    ("ran 5k yesterday, pain 2", texts.conversation.TODAY_ONLY),
]
REQUESTS = [
    ("today", "Today ·"),
    ("what's my plan", "Today ·"),
    ("help", "What I understand"),
    ("hi", texts.conversation.HELLO),
    ("how am I doing", "Your progress"),
    ("thanks", texts.conversation.YOU_ARE_WELCOME),
]
NOT_REPORTS = [
    "I will run 5k tomorrow",
    "going to stretch later",
    "didn't run today",
    "no run today",
    "should I run today?",
    "can I do strength now?",
    "42",
    "7",
    "the weather is nice",
    "ok",
    "lol",
    "my friend said hello",
    "skipped my stretches",
    "haven't done strength yet",
    "planning to jog 20 min",
    "what is ITB syndrome?",
    "stage 3 looks hard",
    "I want to stretch",
    "never again",
    "banana",
    "is 5k too far?",
    "will do my stretches tonight",
]


async def _stored(talker: Talker) -> dict[str, list[Any]]:
    async with talker.coach.sessions() as session:
        user = await repo.find_user(session, talker.who.channel, talker.who.external_id)
        assert user is not None
        out: dict[str, list[Any]] = {}
        for name, model in (
            ("runs", RunReport),
            ("mornings", MorningReport),
            ("strength", StrengthReport),
            ("done", Completion),
        ):
            rows = await session.scalars(select(model).where(model.user_id == user.id))
            out[name] = list(rows)
        return out


def _heard(talker: Talker) -> str:
    first = talker.last[0]
    assert first.text.startswith("Heard:") or first.text.startswith("✓")
    assert "\n" not in first.text  # one line
    assert [b.label for b in first.all_buttons()] == [texts.conversation.UNDO_BUTTON]
    return first.text


@pytest.mark.parametrize(("text", "run"), RUNS)
async def test_a_run_in_plain_words(talker: Talker, text: str, run: tuple[Any, ...]) -> None:
    await onboard(talker)
    await talker.say(text)
    _heard(talker)
    assert any(", rule R" in r.text for r in talker.last)
    [row] = (await _stored(talker))["runs"]
    assert (row.minutes, row.distance_km, row.pain_during, row.stopped) == run


@pytest.mark.parametrize(("text", "pain"), MORNINGS)
async def test_a_morning_check_in_plain_words(talker: Talker, text: str, pain: int) -> None:
    await onboard(talker)
    await talker.say(text)
    assert texts.conversation.HEARD_MORNING.format(pain=pain) == _heard(talker)
    [row] = (await _stored(talker))["mornings"]
    assert row.pain == pain


@pytest.mark.parametrize(("text", "pain"), STRENGTH)
async def test_strength_in_plain_words(talker: Talker, text: str, pain: int) -> None:
    await onboard(talker)
    await talker.say(text)
    assert texts.conversation.HEARD_STRENGTH.format(pain=pain) == _heard(talker)
    stored = await _stored(talker)
    assert [r.pain for r in stored["strength"]] == [pain]
    assert [c.item for c in stored["done"]] == ["strength"]


@pytest.mark.parametrize("text", STRETCHES)
async def test_stretches_in_plain_words(talker: Talker, text: str) -> None:
    await onboard(talker)
    await talker.say(text)
    assert "Stretch session 1 of 3 done" in _heard(talker)
    assert [c.item for c in (await _stored(talker))["done"]] == ["stretch-1"]


@pytest.mark.parametrize(("text", "question"), ASKED)
async def test_unclear_reports_are_asked_back(talker: Talker, text: str, question: str) -> None:
    await onboard(talker)
    reply = await talker.say(text)
    assert question in reply
    stored = await _stored(talker)
    assert stored["runs"] == stored["mornings"] == stored["strength"] == []


@pytest.mark.parametrize(("text", "answer"), REQUESTS)
async def test_plain_requests(talker: Talker, text: str, answer: str) -> None:
    await onboard(talker)
    assert answer in await talker.say(text)


@pytest.mark.parametrize("text", NOT_REPORTS)
async def test_not_a_report_changes_nothing(talker: Talker, text: str) -> None:
    await onboard(talker)
    before = await _stored(talker)
    reply = await talker.say(text)
    assert "Heard:" not in reply and "recorded" not in reply
    after = await _stored(talker)
    assert {k: len(v) for k, v in after.items()} == {k: len(v) for k, v in before.items()}


async def test_an_asked_back_amount_is_answered_by_its_button(talker: Talker) -> None:
    await onboard(talker)
    await talker.say("ran 5, pain 2")
    await talker.press(texts.conversation.RUN_AMOUNT_LABELS[1])
    [row] = (await _stored(talker))["runs"]
    assert (row.minutes, row.distance_km, row.pain_during) == (None, 5.0, 2)


async def test_a_distance_survives_the_pain_questions(talker: Talker) -> None:
    await onboard(talker)
    await talker.say("ran 6.5 km")
    await talker.press("2")
    await talker.press(texts.common.NO)
    [row] = (await _stored(talker))["runs"]
    assert (row.minutes, row.distance_km, row.pain_during, row.stopped) == (None, 6.5, 2, False)


async def test_undo_removes_exactly_the_report_it_names(talker: Talker) -> None:
    await onboard(talker)
    await talker.say("/run 20 pain 1")
    await talker.say("did my stretches")
    await talker.say("ran 5k, pain 2")
    undo_run = talker.last[0].all_buttons()[0].action
    await talker.say("knee 1 this morning")
    before = await _stored(talker)
    assert len(before["runs"]) == 2
    reply = await talker.press(texts.conversation.UNDO_BUTTON)  # the newest: the morning check
    assert reply == texts.conversation.UNDONE["morning"]
    reply = await talker.say(undo_run, pressed=True)
    assert reply == texts.conversation.UNDONE["run"]
    after = await _stored(talker)
    assert [(r.minutes, r.pain_during) for r in after["runs"]] == [(20, 1)]
    assert after["mornings"] == []
    assert [c.item for c in after["done"]] == ["stretch-1"]
    assert await talker.say(undo_run, pressed=True) == texts.conversation.NOTHING_TO_UNDO


async def test_undo_of_stretches_and_strength(talker: Talker) -> None:
    await onboard(talker)
    await talker.say("did my stretches")
    await talker.press(texts.conversation.UNDO_BUTTON)
    await talker.say("strength done, pain 2")
    await talker.press(texts.conversation.UNDO_BUTTON)
    stored = await _stored(talker)
    assert stored["done"] == [] and stored["strength"] == []


async def test_no_one_can_undo_another_runners_report(talker: Talker) -> None:
    await onboard(talker)
    await talker.say("ran 5k, pain 2")
    undo = talker.last[0].all_buttons()[0].action
    other = Talker(talker.coach, talker.who.__class__("test", "runner-2"))
    await onboard(other)
    assert await other.say(undo, pressed=True) == texts.conversation.NOTHING_TO_UNDO
    assert len((await _stored(talker))["runs"]) == 1
    assert await other.say("/undo everything") == texts.conversation.BAD_UNDO


async def test_an_unknown_command_suggests_the_closest(talker: Talker) -> None:
    await onboard(talker)
    reply = await talker.say("/tday")
    assert reply == texts.conversation.DID_YOU_MEAN.format(value="/tday", options="/today")
    assert "Today ·" in await talker.press("/today")


async def test_a_message_not_understood_offers_likely_meanings(talker: Talker) -> None:
    await onboard(talker)
    reply = await talker.say("blorp")
    assert reply.startswith("I'm not sure what you mean.") and "didn't catch" not in reply
    assert "\n" not in reply
    rows = talker.last[-1].buttons
    assert [len(row) for row in rows[:-1]] == [1, 1, 1]  # the nearest questions, one a row
    assert 2 <= len(rows[-1]) <= 3  # then the likeliest commands


async def test_a_command_that_replaces_an_owed_pain_rating_says_so(talker: Talker) -> None:
    await onboard(talker)
    await talker.say("/done strength")
    reply = await talker.say("/run")
    assert "How much did the knee hurt during the run" in talker.last[0].text
    assert "/strength 0-10" in talker.last[-1].text and "set aside" in talker.last[-1].text
    assert "/strength 0-10" in reply
    reply = await talker.say("/today")
    assert "/run pain 0-10" in reply


async def test_a_command_that_answers_the_owed_rating_says_nothing_extra(talker: Talker) -> None:
    await onboard(talker)
    await talker.say("/done strength")
    reply = await talker.say("/strength 2")
    assert "set aside" not in reply
