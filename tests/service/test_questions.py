"""Questions a runner asks, answered through the whole service (CLINICAL.md §7, issue 19):
fixed answers from ``protocols/answers.yaml`` with their source, answers computed from the
plan checked against the plan itself, the one-tap /cleared, and a message not understood
that offers the nearest questions instead of a dead end."""

from __future__ import annotations

from datetime import timedelta

import pytest

from bot import texts
from bot.bootstrap import Coach
from bot.coach.plan import Running
from bot.coach.records import Phase
from bot.protocol_files import default_answers
from bot.texts.common import day_label
from tests.conftest import Talker
from tests.service.test_journey import onboard
from tests.service.test_rule_stories import Runner

BOOK = default_answers()
DEAD_END = "didn't catch"


def answer_text(answer_id: str) -> str:
    found = BOOK.get(answer_id)
    assert found is not None
    return found.text


@pytest.mark.parametrize(
    ("question", "answer_id"),
    [
        ("can I take ibuprofen before my run?", "medication"),
        ("would a cortisone injection help my knee", "medication"),
        ("should I foam roll my IT band", "foam-rolling"),
        ("is it ok to cycle?", "cycling"),
        ("can I do a spin class instead?", "cycling"),
        ("can i go swimming", "swimming"),
        ("what's aqua jogging", "aqua-jogging"),
        ("what is the build phase?", "phase-build"),
        ("what does R5 mean", "rule-r5"),
        ("what does hold mean?", "decisions"),
        ("how does the walk run ladder work", "ladder"),
        ("should i ice it", "icing"),
    ],
)
async def test_a_question_gets_its_answer_and_source(
    talker: Talker, question: str, answer_id: str
) -> None:
    await onboard(talker)
    reply = await talker.say(question)
    assert answer_text(answer_id) in reply
    assert "Source: " in reply and "seed" not in reply.lower()
    assert DEAD_END not in reply


async def test_pain_in_another_place_is_answered_and_heard_as_body_talk(talker: Talker) -> None:
    await onboard(talker)
    reply = await talker.say("the pain is on the inside of my knee")
    # The safety hearing's hold says it once, with the screen; a run is then judged by R1.
    assert texts.hearing.ELSEWHERE[:40] in reply
    assert answer_text("pain-elsewhere") not in reply
    assert "Which pain do you mean" not in reply
    assert "rule R1)" in await talker.say("/run pain 1")


async def test_a_question_asked_during_onboarding_is_answered(talker: Talker) -> None:
    await talker.say("/start")
    reply = await talker.say("is swimming ok?")
    assert answer_text("swimming") in reply
    assert DEAD_END not in reply


async def test_tomorrow_is_the_plan_for_tomorrow(talker: Talker, coach: Coach) -> None:
    await onboard(talker)
    await talker.say("/protocol maintenance")  # free running, strength three days a week
    await talker.say("/run 30 pain 1")  # so tomorrow is a rest day from running
    reply = await talker.say("so what should I do tomorrow?")
    coach.clock.advance(timedelta(days=1))  # type: ignore[attr-defined]
    plan = await coach.service.plan_for(talker.who)
    assert plan is not None
    assert day_label(plan.day) in reply
    assert plan.running is Running.REST_DAY and plan.rest_reason is None
    assert f"Running: {texts.answers.TOMORROW_REST_DAY}" in reply
    assert f"Stretches {plan.stretch_sessions}x" in reply
    assert not plan.has_strength  # the Tuesday of a Mon/Wed/Fri programme
    assert texts.answers.TOMORROW_NO_STRENGTH in reply


async def test_tomorrow_names_the_strength_level(talker: Talker, coach: Coach) -> None:
    await onboard(talker)
    reply = await talker.say("whats on tomorrow?")
    coach.clock.advance(timedelta(days=1))  # type: ignore[attr-defined]
    plan = await coach.service.plan_for(talker.who)
    assert plan is not None and plan.has_strength
    level = texts.answers.TOMORROW_STRENGTH.format(level=plan.strength_level + 1)
    assert level in reply and texts.plan.running_text(plan) in reply


async def test_when_can_i_run_matches_a_steady_recovery(coach: Coach) -> None:
    """The earliest first walk-run and continuous running the answer names (the race
    projection's) are the days a runner whose every report is green reaches them."""
    runner = Runner(coach)
    await runner.start()
    await runner.routine(pain=0, strength=0)
    answer = await runner.say("when can I run again?")
    assert "calm phase" in answer and DEAD_END not in answer
    reached: dict[str, str] = {}
    while "continuous" not in reached:
        plan = await runner.plan()
        if plan.phase is Phase.RETURN:
            reached.setdefault("return", day_label(plan.day))
            detail = plan.stage_detail
            if detail is not None and detail.walk_min == 0:
                reached["continuous"] = day_label(plan.day)  # the plan's first day at it
        if plan.running is Running.LADDER:
            await runner.run_as_prescribed(plan, 0)
        runner.next_day()
        await runner.routine(pain=0, strength=0)
        assert runner.day < 60, reached
    assert f"your first walk-run is on {reached['return']}" in answer
    assert f"continuous running comes on {reached['continuous']}" in answer


async def test_a_race_day_gets_what_the_rules_allow_by_then(talker: Talker) -> None:
    await onboard(talker)
    reply = await talker.say("can I run my half marathon in 3 days?")
    assert reply.startswith("Not realistic: even with every report pain-free")
    assert "a physio can judge" in reply
    later = await talker.say("will I be ready for my marathon in 6 months?")
    assert later.startswith("Realistic: you can reach continuous running by")
    no_day = await talker.say("should I pull out of my race?")
    assert texts.answers.RACE_NO_DAY in no_day and "calm phase" in no_day


async def test_a_race_set_with_race_is_the_one_asked_about(talker: Talker) -> None:
    await onboard(talker)
    await talker.say("/race 2027-06-12 marathon")
    reply = await talker.say("should I pull out of my race?")
    assert reply.startswith("Realistic:") and texts.answers.RACE_NO_DAY not in reply


async def test_physio_says_fine_with_a_flag_open_starts_cleared_in_one_tap(
    talker: Talker,
) -> None:
    await onboard(talker)
    await talker.say("my knee is swollen")
    await talker.press("Yes")
    reply = await talker.say("my physio saw me and said I'm fine")
    assert "/cleared" in reply and "open referral" in reply
    buttons = [b for r in talker.last for b in r.all_buttons()]
    assert [(b.label, b.action) for b in buttons] == [(texts.answers.CLEARED_BUTTON, "/cleared")]
    started = await talker.press(texts.answers.CLEARED_BUTTON)
    assert texts.safety.ASK_CLEARED_BY in started


async def test_physio_says_fine_without_a_flag_is_noted(talker: Talker) -> None:
    await onboard(talker)
    reply = await talker.say("the doctor said I'm fine to run")
    assert texts.answers.CLINICIAN_NOTHING_OPEN in reply
    assert all(not r.buttons for r in talker.last)


async def test_why_hold_explains_the_last_run(talker: Talker) -> None:
    await onboard(talker)
    assert texts.answers.NO_RUNS in await talker.say("why did you say hold?")
    await talker.say("/run 20 pain 4")
    reply = await talker.say("why did you say hold?")
    assert "pain 4/10" in reply and "by rule R5" in reply
    assert answer_text("rule-r5") in reply


async def test_how_to_comes_from_the_protocol(talker: Talker) -> None:
    await onboard(talker)
    reply = await talker.say("how do I do the rope stretch?")
    protocol = talker.coach.protocols.default
    rope = protocol.exercise("lying-rope-hip-stretch")
    assert rope is not None
    assert rope.name in reply and all(step in reply for step in rope.steps)
    clams = await talker.say("how do clams work")
    assert "Clamshell" in clams
    which = await talker.say("how do I do the exercises properly?")
    assert texts.answers.HOWTO_WHICH in which
    assert len([b for r in talker.last for b in r.all_buttons()]) == len(protocol.exercises)


async def test_a_message_not_understood_offers_the_nearest_questions(talker: Talker) -> None:
    await onboard(talker)
    reply = await talker.say("qwerty zxcv")
    assert DEAD_END not in reply
    assert "nearest questions" in reply and "/help" in reply
    actions = [b.action for r in talker.last for b in r.all_buttons()]
    assert actions[:3] == ["/ask when-run", "/ask tomorrow", "/ask cross-training"]
    assert "/today" in actions and "/run" in actions
    pressed = await talker.press(BOOK.get("cross-training").label + "?")  # type: ignore[union-attr]
    assert answer_text("cross-training") in pressed


async def test_ask_by_command(talker: Talker) -> None:
    await onboard(talker)
    assert answer_text("swimming") in await talker.say("/ask swimming")
    assert answer_text("cycling") in await talker.say("/ask can i ride my bike")
    missed = await talker.say("/ask blorp")
    assert "nearest questions" in missed


async def test_a_red_flag_in_a_question_is_heard_first(talker: Talker) -> None:
    await onboard(talker)
    reply = await talker.say("can I take ibuprofen? my knee gave way on the stairs")
    assert texts.safety.FLAG_ASK in reply
    assert answer_text("medication") not in reply


async def test_a_question_while_a_keypad_is_open_is_answered_then_asked_again(
    talker: Talker,
) -> None:
    await onboard(talker)
    await talker.say("/run 20")  # the run's pain keypad opens
    reply = await talker.say("what's an amber run?")
    assert answer_text("rule-r5") in reply
    assert texts.safety.ASKING_AGAIN in reply
    assert "Recorded" not in reply
    assert texts.reports.ASK_RUN_STOPPED in await talker.say("2")  # the keypad still counts
