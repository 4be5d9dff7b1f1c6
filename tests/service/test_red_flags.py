"""Red flags through the service (CLINICAL.md §5): heard first whatever question is open,
recorded at once, taken back only by an explicit no, urgent wording, clearance with care,
questions that expire, and the clinician report."""

from __future__ import annotations

import io
import json
from datetime import timedelta
from typing import Any

import pytest
from pypdf import PdfReader

from bot import texts
from bot.clock import ManualClock
from tests.conftest import Talker
from tests.service.test_journey import onboard


@pytest.fixture
def database_url(every_store: str) -> str:
    """These stories run on SQLite, PostgreSQL and the in-memory unit of work."""
    return every_store


SWOLLEN = "my knee has swollen up"


async def export(talker: Talker) -> dict[str, Any]:
    await talker.say("/export")
    document = talker.last[0].document
    assert document is not None
    data: dict[str, Any] = json.loads(document.content)
    return data


async def held(talker: Talker) -> bool:
    return "rule R1)" in await talker.say("/run pain 1")


def clock_of(talker: Talker) -> ManualClock:
    clock = talker.coach.clock
    assert isinstance(clock, ManualClock)
    return clock


async def test_a_flag_is_recorded_with_the_runners_words_before_any_answer(
    talker: Talker,
) -> None:
    await onboard(talker)
    reply = await talker.say(SWOLLEN)
    assert "Visible swelling of the knee" in reply
    assert texts.safety.FLAG_ASK in reply
    assert [b.label for b in talker.last[-1].all_buttons()] == [
        texts.common.YES,
        texts.safety.FLAG_NOT_MEANT,
    ]
    [referral] = (await export(talker))["referrals"]
    assert referral["words"] == SWOLLEN
    assert referral["urgency"] == "soon"
    assert referral["retracted_on"] is None
    assert await held(talker)


async def test_yes_typed_at_the_question_keeps_the_flag(talker: Talker) -> None:
    await onboard(talker)
    await talker.say(SWOLLEN)
    assert "It stays recorded" in await talker.say("yes")
    assert await held(talker)


@pytest.mark.parametrize("answer", ["hmm", "maybe later", "ok thanks", "what?"])
async def test_any_answer_but_an_explicit_no_keeps_it(talker: Talker, answer: str) -> None:
    await onboard(talker)
    await talker.say(SWOLLEN)
    await talker.say(answer)
    assert await held(talker)


@pytest.mark.parametrize("answer", ["no", "No, I didn't mean that", "not that", "nope, wrong"])
async def test_only_an_explicit_no_takes_it_back_and_that_is_recorded(
    talker: Talker, answer: str
) -> None:
    await onboard(talker)
    await talker.say(SWOLLEN)
    assert "taken back" in await talker.say(answer)
    [referral] = (await export(talker))["referrals"]
    assert referral["retracted_on"] is not None
    assert referral["words"] == SWOLLEN
    assert not await held(talker)
    assert "Referred" not in await talker.say("/today")


async def test_the_no_button_takes_it_back(talker: Talker) -> None:
    await onboard(talker)
    await talker.say(SWOLLEN)
    assert "taken back" in await talker.press(texts.safety.FLAG_NOT_MEANT)
    assert not await held(talker)


async def test_several_flags_in_one_message_are_all_recorded(talker: Talker) -> None:
    await onboard(talker)
    await talker.say("I fell, and now it's swollen and locks")
    causes = {r["cause"] for r in (await export(talker))["referrals"]}
    assert causes == {"trauma", "swelling", "locked"}


# --- heard at every open question ----------------------------------------------------------

OPEN_QUESTIONS = [
    # (how the question is opened, its text, an answer it accepts)
    (["/run 20"], texts.reports.ASK_RUN_PAIN, "2"),
    (["/run 20", "2"], texts.reports.ASK_RUN_STOPPED, "no"),
    (["/morning"], texts.reports.ASK_MORNING, "2"),
    (["/strength"], texts.reports.ASK_STRENGTH_PAIN, "1"),
    (["/timezone"], "Europe/London", "Europe/Paris"),  # in both ways of asking for a zone
    (["/delete"], texts.account.DELETE_CONFIRM, "no"),
    (["/morning 1"], texts.reports.ASK_STAIRS, "yes"),
]


@pytest.mark.parametrize(("opening", "question", "answer"), OPEN_QUESTIONS)
async def test_a_flag_typed_at_an_open_question_is_a_flag_and_the_question_comes_back(
    talker: Talker, opening: list[str], question: str, answer: str
) -> None:
    await onboard(talker)
    for message in opening:
        await talker.say(message)
    assert question in talker.last[-1].text
    reply = await talker.say("it gave way again on the stairs")
    assert "The knee gives way" in reply
    assert not any(
        t in reply
        for t in (texts.account.BAD_PAIN, texts.account.BAD_YES_NO, texts.account.DELETED)
    )
    again = await talker.say("yes")
    assert texts.safety.ASKING_AGAIN in again and question in again
    await talker.say(answer)  # the question still takes its answer
    assert texts.account.STALE_ANSWER not in talker.last[0].text
    assert await held(talker)


async def test_an_answer_to_the_earlier_question_is_taken_and_the_flag_kept(
    talker: Talker,
) -> None:
    await onboard(talker)
    await talker.say("/run 20")
    await talker.say("a bit of tingling in my toes")
    await talker.say("3")  # not yes, not no: the flag stays, and 3 answers the pain question
    assert texts.reports.ASK_RUN_STOPPED in talker.last[-1].text
    assert "rule R1)" in await talker.say("no")


async def test_a_flag_during_onboarding_is_heard_and_onboarding_goes_on(
    talker: Talker,
) -> None:
    first = await talker.say("hi, my knee locked on the stairs")
    assert "not medical advice" in first and "The knee locks" in first
    assert await held(talker)


# --- urgency -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("message", "advice"),
    [
        ("knee is hot and red and I have a fever", "Go to urgent care or an emergency"),
        ("I can't put any weight on my leg", "See a doctor today."),
        ("my toes keep catching, can't lift my foot", "See a doctor today."),
        ("it keeps locking", "See a physio or doctor before any more running"),
    ],
)
async def test_each_flag_gets_the_wording_of_its_urgency(
    talker: Talker, message: str, advice: str
) -> None:
    await onboard(talker)
    assert advice in await talker.say(message)


# --- clearance -----------------------------------------------------------------------------


async def test_an_urgent_flag_cannot_be_cleared_on_the_day_it_was_raised(talker: Talker) -> None:
    await onboard(talker)
    await talker.say("I can't bear weight on it")
    refused = await talker.say("/cleared")
    assert "can't be cleared before" in refused  # §5 v3: not within 6 hours of the flag
    assert await held(talker)
    clock_of(talker).advance(timedelta(days=1))
    assert texts.safety.ASK_CLEARED_BY in await talker.say("/cleared")
    assert texts.safety.ASK_CLEARED_WHEN in await talker.press("Doctor")
    assert texts.ladder.ASK_CLEARED_OK in await talker.press("Today")
    assert "Cleared by your Doctor" in await talker.press("Yes")
    assert not await held(talker)


async def test_clearance_records_who_and_when_and_is_exported(talker: Talker) -> None:
    await onboard(talker)
    await talker.say(SWOLLEN)
    clock_of(talker).advance(timedelta(days=3))
    await talker.say("/cleared")
    await talker.say("my physio")
    assert texts.safety.BAD_PAST_DAY in await talker.say("next week")  # not understood, not stored
    await talker.say("yesterday")
    [referral] = (await export(talker))["referrals"]
    assert referral["cleared_by"] == "physio"
    seen = clock_of(talker).now().date() - timedelta(days=1)
    assert referral["seen_on"] == seen.isoformat()
    assert referral["cleared_on"] is not None


async def test_a_visit_before_the_flag_cannot_clear_it(talker: Talker) -> None:
    await onboard(talker)
    await talker.say(SWOLLEN)
    await talker.say("/cleared")
    await talker.say("doctor")
    assert "on or after that day" in await talker.say("3 days ago")
    assert await held(talker)


# --- questions expire ----------------------------------------------------------------------


async def test_an_open_question_expires_after_twelve_hours(talker: Talker) -> None:
    await onboard(talker)
    await talker.say("/run 20")
    clock_of(talker).advance(timedelta(hours=11))
    assert texts.reports.ASK_RUN_STOPPED in await talker.say("2")  # still open at 11 hours
    clock_of(talker).advance(timedelta(hours=13))
    reply = await talker.say("no")
    assert "Run recorded" not in reply  # a day later, "no" is a new message
    assert (await export(talker))["run_reports"] == []


# --- the clinician report ------------------------------------------------------------------


async def test_the_report_shows_words_retractions_clearances_and_daily_pain(
    talker: Talker,
) -> None:
    await onboard(talker)
    await talker.say("/morning 2")
    await talker.say("no")  # stairs
    await talker.say("/strength 1")
    await talker.say("the knee feels numb")
    await talker.say("no, I didn't mean that")
    await talker.say(SWOLLEN)
    clock_of(talker).advance(timedelta(days=2))
    for message in ("/cleared", "physio", "yesterday", "/report"):
        await talker.say(message)
    pdf = talker.last[0].document
    assert pdf is not None
    text = " ".join(
        " ".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf.content)).pages).split()
    )
    assert "“the knee feels numb”" in text and "taken back by the runner" in text
    assert f"“{SWOLLEN}”" in text and "cleared" in text and "Physio" in text
    assert "Pain by day" in text and "M 2" in text and "S 1" in text


@pytest.mark.parametrize("message", ["my knee feels weird today", "sore hip after the run"])
async def test_body_talk_the_coach_cannot_place_holds_and_asks_the_screen(
    talker: Talker, message: str
) -> None:
    """CLINICAL.md §5 v3: never comfort, never "not a red flag": the hold, and the screen."""
    await onboard(talker)
    reply = await talker.say(message)
    assert "I can't place that" in reply and "red flag" not in reply
    labels = [b.label for row in talker.last[-1].buttons for b in row]
    assert labels[0] == "None of these" and "The knee gives way" in labels
    assert await held(talker)


@pytest.mark.parametrize("message", ["outside of my knee is tight", "glutes sore from bridges"])
async def test_ordinary_itb_talk_is_acknowledged_and_changes_nothing(
    talker: Talker, message: str
) -> None:
    await onboard(talker)
    reply = await talker.say(message)
    assert "usual complaints" in reply and "see a physio or doctor" in reply
    assert not await held(talker)


async def test_after_a_clearance_strength_resumes_two_steps_lower(talker: Talker) -> None:
    await onboard(talker)
    clock = clock_of(talker)
    for _day in range(12):  # daily pain-free strength work: the dose steps up at its pace
        await talker.say("/strength 1")
        clock.advance(timedelta(days=1))
    before = int((await talker.say("/today")).split("Strength, level ")[1].split()[0])
    assert before >= 3
    await talker.say("it locked on the stairs")
    clock.advance(timedelta(days=1))
    for message in ("/cleared", "physio", "today"):
        await talker.say(message)
    assert "2 steps lower" in talker.last[0].text
    after = int((await talker.say("/today")).split("Strength, level ")[1].split()[0])
    assert after == before - 2
