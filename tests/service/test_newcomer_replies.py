"""Replies a newcomer noticed: the open safety check lists its eleven choices once, then is
reminded in a line; "the knee was fine" is asked, never stored as 0/10; "zero pain" is 0; the
time-zone question invites a shared location (a channel that can, offers it)."""

from __future__ import annotations

from bot import texts
from tests.conftest import Talker
from tests.service.test_journey import onboard
from tests.service.test_natural_reports import _stored


async def test_the_open_safety_check_lists_its_choices_once(talker: Talker) -> None:
    await talker.say("/start")
    await talker.say("/today")
    assert talker.last[-1].text == texts.conversation.SCREEN_STILL_OPEN
    assert len(talker.last[-1].all_buttons()) == 11
    for command in ("/howto", "/plan", "/today"):
        await talker.say(command)
        assert talker.last[-1].text == texts.conversation.SCREEN_STILL_OPEN_SHORT
        assert talker.last[-1].buttons == ()
    reply = await talker.say("none of these")  # the short line's way of answering works
    assert texts.onboarding.SCREEN_CLEAR in reply


async def test_knee_was_fine_is_asked_not_stored_as_zero(talker: Talker) -> None:
    await onboard(talker)
    reply = await talker.say("knee was fine")
    assert texts.conversation.ASK_PAIN_WHEN in reply
    assert (await _stored(talker))["mornings"] == []
    reply = await talker.say("ran 30 min, knee was fine")
    assert "How much did the knee hurt" in reply
    assert (await _stored(talker))["runs"] == []


async def test_zero_pain_is_read_as_zero(talker: Talker) -> None:
    await onboard(talker)
    await talker.say("ran 30 min, zero pain")
    [run] = (await _stored(talker))["runs"]
    assert (run.minutes, run.pain_during) == (30, 0)
    await talker.say("hip work done, zero pain")
    [strength] = (await _stored(talker))["strength"]
    assert strength.pain == 0


async def test_the_time_zone_question_invites_a_location(talker: Talker) -> None:
    await talker.say("/start")
    for label in ("None of these", "Hip strength with return to running (default)", "Left"):
        await talker.press(label)
    asked = talker.last[-1]
    assert asked.text == texts.onboarding.ASK_TIMEZONE
    assert asked.asks_location
    assert [b.label for b in asked.all_buttons()] == ["Keep UTC"]
    reply = await talker.say("berlin")  # the typed city still answers it
    assert "Time zone: Europe/Berlin" in reply
