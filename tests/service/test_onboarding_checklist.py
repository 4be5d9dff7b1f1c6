"""Onboarding is a checklist, not a corridor: every step answered by button, number, label or
words, asked again when not understood, resumed by /start or any message; the safety check
stays open, and reminded, until it is answered."""

from __future__ import annotations

import pytest

from bot import texts
from bot.store import repo
from tests.conftest import Talker


async def _step(talker: Talker) -> str | None:
    async with talker.coach.sessions() as session:
        user = await repo.find_user(session, talker.who.channel, talker.who.external_id)
        assert user is not None
        return user.onboarding_step


async def _settings(talker: Talker) -> tuple[str, str, str, str]:
    async with talker.coach.sessions() as session:
        user = await repo.find_user(session, talker.who.channel, talker.who.external_id)
        assert user is not None
        s = await repo.user_settings(session, user.id)
        return s.protocol_id, s.side, s.timezone, s.stretch_times


async def _to(talker: Talker, step: str) -> None:
    """Answer the steps before ``step`` by their numbers."""
    answers = {"protocol": ["1"], "side": ["1", "1"], "timezone": ["1", "1", "1"]}
    answers["times"] = [*answers["timezone"], "1"]
    answers["race"] = [*answers["times"], "1"]
    await talker.say("/start")
    for answer in answers.get(step, []):
        await talker.say(answer)
    assert await _step(talker) == step


def _asked(talker: Talker, question: str) -> bool:
    return any(question in r.text for r in talker.last)


async def test_the_issue_case_a_typo_at_the_side_then_right(talker: Talker) -> None:
    await talker.say("/start")
    await talker.say("1")  # None of these
    await talker.say("1")  # the default programme
    assert _asked(talker, texts.onboarding.ASK_SIDE)
    reply = await talker.say("the outer bit")
    assert texts.conversation.STEP_NOT_UNDERSTOOD in reply and _asked(
        talker, texts.onboarding.ASK_SIDE
    )
    reply = await talker.say("right")
    assert "Painful side: Right." in reply
    assert _asked(talker, "Which time zone")
    reply = await talker.say("/start")  # resumed, not "welcome back" and stranded
    assert texts.conversation.WELCOME_BACK_SETUP in reply and _asked(talker, "Which time zone")
    await talker.say("Europe/Berlin")
    assert _asked(talker, "Stretch reminders come at")
    await talker.say("keep")
    assert _asked(talker, texts.race.ASK_RACE)
    await talker.say("no")
    assert _asked(talker, texts.onboarding.ONBOARDED)
    assert await _step(talker) is None


async def test_two_answers_the_side_by_its_number(talker: Talker) -> None:
    await _to(talker, "side")
    await talker.say("rihgt side of the road")
    await talker.say("2")
    assert (await _settings(talker))[1] == "right"


SIDE_ANSWERS = [("2", "right"), ("Right", "right"), ("rigth", "right"), ("my left knee", "left")]
SIDE_ANSWERS += [("both of them", "both"), ("left and right", "both"), ("l", "left")]


@pytest.mark.parametrize(("answer", "side"), SIDE_ANSWERS)
async def test_the_side_after_a_bad_answer(talker: Talker, answer: str, side: str) -> None:
    await _to(talker, "side")
    await talker.say("dunno")
    assert _asked(talker, texts.onboarding.ASK_SIDE)
    await talker.say(answer)
    assert (await _settings(talker))[1] == side
    assert await _step(talker) == "timezone"


PROTOCOL_ANSWERS = [
    ("3", "home-strength"),
    ("Maintenance", "maintenance"),
    ("Hip strength with return to running (default)", "hip-strength-return"),
    ("the default", "hip-strength-return"),
    ("glute and core", "strength-routine"),
    ("fredericson", "fredericson-six-week"),
]


@pytest.mark.parametrize(("answer", "protocol"), PROTOCOL_ANSWERS)
async def test_the_programme_after_a_bad_answer(talker: Talker, answer: str, protocol: str) -> None:
    await _to(talker, "protocol")
    await talker.say("hip")  # two programmes say "hip": asked again, not guessed
    assert _asked(talker, "Which programme")
    await talker.say(answer)
    assert (await _settings(talker))[0] == protocol
    assert await _step(talker) == "side"


@pytest.mark.parametrize(
    ("answer", "zone"),
    [("1", "UTC"), ("keep", "UTC"), ("Keep UTC", "UTC"), ("new york", "America/New_York")],
)
async def test_the_time_zone_after_a_bad_answer(talker: Talker, answer: str, zone: str) -> None:
    await _to(talker, "timezone")
    await talker.say("Atlantis/Nowhere")
    assert _asked(talker, "Which time zone")
    await talker.say(answer)
    assert (await _settings(talker))[2] == zone
    assert await _step(talker) == "times"


@pytest.mark.parametrize(
    ("answer", "times"),
    [
        ("1", "08:00,13:00,20:00"),
        ("Keep these times", "08:00,13:00,20:00"),
        ("ok", "08:00,13:00,20:00"),
        ("07:30 12:30 21:00", "07:30,12:30,21:00"),
    ],
)
async def test_the_times_after_a_bad_answer(talker: Talker, answer: str, times: str) -> None:
    await _to(talker, "times")
    await talker.say("whenever")
    assert _asked(talker, "Stretch reminders come at")
    await talker.say(answer)
    assert (await _settings(talker))[3] == times
    assert await _step(talker) == "race"


@pytest.mark.parametrize("answer", ["1", "None of these", "none of these", "nope", "no"])
async def test_the_safety_check_after_a_bad_answer(talker: Talker, answer: str) -> None:
    await talker.say("/start")
    await talker.say("maybe")
    assert _asked(talker, texts.onboarding.ASK_SCREEN)
    reply = await talker.say(answer)
    assert texts.onboarding.SCREEN_CLEAR in reply
    assert await _step(talker) == "protocol"


async def test_a_first_message_that_is_a_command_keeps_the_check_open(talker: Talker) -> None:
    reply = await talker.say("/today")
    assert "not medical advice" in reply and "Stretches, 3x today" in reply
    assert (
        talker.last[-1].text == texts.onboarding.ASK_SCREEN
    )  # asked last: its buttons are the choices
    reply = await talker.say("/howto")
    assert (
        talker.last[-1].text == texts.conversation.SCREEN_STILL_OPEN
    )  # a one-line reminder, with buttons
    assert talker.last[-1].all_buttons()[0].label == texts.onboarding.SCREEN_NONE
    reply = await talker.say("1")  # the screen's first answer, not a stretch ticked
    assert texts.onboarding.SCREEN_CLEAR in reply
    plan = await talker.say("/today")
    assert "Stretches, 3x today ○○○" in plan  # nothing was ticked by that "1"
    assert texts.conversation.SCREEN_STILL_OPEN not in plan


async def test_start_then_today_shows_the_plan_and_reminds_the_check(talker: Talker) -> None:
    await talker.say("/start")
    plan = await talker.say("/today")
    assert "Stretches, 3x today" in plan
    assert talker.last[-1].text == texts.conversation.SCREEN_STILL_OPEN
    await talker.press(texts.onboarding.SCREEN_NONE)
    assert await _step(talker) == "protocol"
    assert texts.conversation.SCREEN_STILL_OPEN not in await talker.say("/today")


async def test_a_flag_is_understood_while_the_check_is_open(talker: Talker) -> None:
    await talker.say("/today")
    await talker.say("/done stretch")
    reply = await talker.press("Visible swelling of the knee")
    assert "physio or doctor" in reply
    assert await _step(talker) == "protocol"


async def test_delete_then_a_command_starts_over_with_the_check(talker: Talker) -> None:
    await talker.say("/start")
    await talker.say("none of these")
    await talker.say("/delete")
    await talker.press(texts.account.DELETE_YES)
    reply = await talker.say("/today")
    assert "Welcome to ITB Coach" in reply and "Stretches, 3x today" in reply
    assert talker.last[-1].text == texts.onboarding.ASK_SCREEN
    reply = await talker.say("None of these")
    assert texts.onboarding.SCREEN_CLEAR in reply


async def test_a_question_open_keeps_its_buttons_and_the_reminder_is_a_line(
    talker: Talker,
) -> None:
    await talker.say("/start")
    await talker.say("/run")
    assert talker.last[-1].text == texts.conversation.SCREEN_STILL_OPEN_SHORT
    assert talker.last[-1].buttons == ()
    assert [b.label for b in talker.last[0].all_buttons()][:3] == ["0", "1", "2"]


async def test_defaults_are_said_for_every_step_but_the_check(talker: Talker) -> None:
    await talker.say("/start")
    assert talker.last[-1].default is None  # the safety check has no default
    await talker.say("1")
    labels = []
    while await _step(talker) is not None:
        question = talker.last[-1]
        assert question.default is not None
        labels.append(question.default.label)
        await talker.say(question.default.action, pressed=True)
    assert labels == [
        "Hip strength with return to running (default)",
        "Both",
        "Keep UTC",
        "Keep these times",
        "No event",
    ]
    assert (await _settings(talker)) == ("hip-strength-return", "both", "UTC", "08:00,13:00,20:00")


@pytest.mark.parametrize("answer", ["1", "No event", "no", "skip", "none"])
async def test_the_race_question_after_a_bad_answer(talker: Talker, answer: str) -> None:
    await _to(talker, "race")
    await talker.say("the 45th of Smarch")
    assert _asked(talker, texts.race.ASK_RACE)
    await talker.say(answer)
    assert _asked(talker, texts.onboarding.ONBOARDED)
    assert await _step(talker) is None
