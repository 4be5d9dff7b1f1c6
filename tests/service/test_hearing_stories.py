"""Hearing three ways and retraction (CLINICAL.md §5 v3), told as a runner lives them: a "no"
that worsens keeps the flag; a no in doubt is asked again with two buttons; body talk the coach
cannot place holds at once and asks the safety screen, whose "None of these" releases the hold
and whose flag raises it; ordinary ITB talk changes nothing."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest

from tests.conftest import Talker
from tests.service.test_journey import onboard
from tests.service.test_red_flags import clock_of, export, held

GAVE_WAY = "my knee gave way on the stairs"


@pytest.mark.parametrize(
    "reply",
    [
        "no it's worse than that, it keeps happening",
        "no - both knees",
        "no I haven't seen anyone yet",
    ],
)
async def test_a_no_that_adds_or_worsens_keeps_the_flag(talker: Talker, reply: str) -> None:
    await onboard(talker)
    assert "Did I read that right?" in await talker.say(GAVE_WAY)
    answer = await talker.say(reply)
    assert "taken back" not in answer and "stays recorded" in answer
    referral = (await export(talker))["referrals"][0]
    assert referral["cause"] == "gives-way" and referral["retracted_on"] is None
    clock_of(talker).advance(timedelta(days=1))
    assert await held(talker)  # the next run, a day later, is still judged R1


async def test_a_no_in_doubt_is_asked_again_with_two_buttons(talker: Talker) -> None:
    await onboard(talker)
    await talker.say(GAVE_WAY)
    again = await talker.say("no, it just feels a bit off")
    assert "not sure I follow" in again and "taken back" not in again
    labels = [b.label for reply in talker.last for b in reply.all_buttons()]
    assert labels == ["Yes, I have this", "No, I didn't mean that"]
    assert "taken back" in await talker.press("No, I didn't mean that")
    assert not await held(talker)


async def test_yes_i_have_this_keeps_it(talker: Talker) -> None:
    await onboard(talker)
    await talker.say(GAVE_WAY)
    await talker.say("nah, sort of")
    assert "stays recorded" in await talker.press("Yes, I have this")
    assert await held(talker)


def _referrals(data: dict[str, Any]) -> list[dict[str, Any]]:
    return list(data["referrals"])


async def test_unplaced_body_talk_holds_at_once(talker: Talker) -> None:
    await onboard(talker)
    reply = await talker.say("my shin feels funny")
    assert "isn't where IT band pain usually is" in reply
    assert "emergency" not in reply
    (referral,) = _referrals(await export(talker))
    assert referral["cause"] == "unplaced" and referral["words"] == "my shin feels funny"
    assert await held(talker)


async def test_none_of_these_releases_the_hold_at_once(talker: Talker) -> None:
    await onboard(talker)
    assert "I can't place that" in await talker.say("knee's doing something strange")
    assert "hold is released" in await talker.press("None of these")
    (referral,) = _referrals(await export(talker))
    assert referral["retracted_on"] is not None  # recorded, and taken back
    assert not await held(talker)


async def test_a_screen_choice_that_names_a_flag_raises_it(talker: Talker) -> None:
    await onboard(talker)
    await talker.say("something's not right with my foot")
    reply = await talker.press("You cannot lift your foot, or your toes catch")
    assert "See a doctor today" in reply
    causes = {r["cause"]: r["retracted_on"] for r in _referrals(await export(talker))}
    assert causes["foot-drop"] is None and causes["unplaced"] is not None
    assert await held(talker)


async def test_unplaced_talk_at_an_open_keypad_holds_and_the_keypad_comes_back(
    talker: Talker,
) -> None:
    await onboard(talker)
    await talker.say("/run 20")
    assert "I can't place that" in await talker.say("hmm the leg feels really odd")
    assert "How much did the knee hurt" in await talker.press("None of these")


@pytest.mark.parametrize(
    "say",
    [
        "inside of my knee aches on the stairs, 3/10 after 5k",
        "/symptom inside of my knee aches on the stairs, 3/10 after 5k",
    ],
)
async def test_a_scored_report_of_pain_in_another_place_is_kept_and_holds(
    talker: Talker, say: str
) -> None:
    await onboard(talker)
    reply = await talker.say(say)
    assert "isn't where IT band pain usually is" in reply
    data = await export(talker)
    (referral,) = _referrals(data)
    assert referral["cause"] == "unplaced" and referral["retracted_on"] is None
    if not say.startswith("/"):
        runs = data["run_reports"]
        assert [r["pain_during"] for r in runs] == [3]  # the run and its score are kept
    assert await held(talker)


async def test_a_scored_report_at_the_keypad_with_pain_elsewhere_holds(talker: Talker) -> None:
    await onboard(talker)
    await talker.say("/run 30")
    reply = await talker.say("3/10 but it's the back of the knee this time")
    assert "isn't where IT band pain usually is" in reply
    assert await held(talker)


async def test_foot_drop_keeps_its_own_urgency(talker: Talker) -> None:
    await onboard(talker)
    reply = await talker.say("toes keep catching the kerb, the foot won't pull up")
    assert "See a doctor today" in reply and "locks" not in reply


@pytest.mark.parametrize(
    "message",
    ["my mate fell at parkrun", "what if it swells?", "twisting the lid off a jar", "fever dream"],
)
async def test_context_is_not_a_flag(talker: Talker, message: str) -> None:
    await onboard(talker)
    reply = await talker.say(message)
    assert "red flag" not in reply and "emergency" not in reply
    assert not await held(talker)


async def test_a_worsening_no_keeps_the_flag_and_is_never_not_understood(talker: Talker) -> None:
    """At an onboarding step and at an open pain keypad, "no, it's worse than that" keeps the
    flag and the earlier question comes back; no "I didn't catch that"."""
    await talker.say("/start")
    await talker.say("my knee swelled up like a balloon overnight")
    reply = await talker.say("no its worse than that")
    assert "It stays recorded" in reply and "didn't catch" not in reply
    assert "rule R1)" in await talker.say("/run pain 1")


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        # read as a pain report with no score, but in vague words: not asked back, held
        ("my hip feels odd, not pain as such, just wrong", "I can't place that"),
        # the stairs in words, but the pain is in another place
        ("the front of my knee aches on the stairs", "isn't where IT band pain usually is"),
    ],
)
async def test_a_vague_report_holds_instead_of_being_asked_back(
    talker: Talker, text: str, asked: str
) -> None:
    await onboard(talker)
    assert asked in await talker.say(text)
    assert await held(talker)


async def test_a_plain_sore_knee_is_still_asked_about(talker: Talker) -> None:
    await onboard(talker)
    assert "Which pain do you mean?" in await talker.say("knee sore")
