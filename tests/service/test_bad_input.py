"""Bad input gets a clear reply saying what is accepted, and the stored state is unchanged."""

from __future__ import annotations

import json

import pytest

from tests.conftest import Talker
from tests.service.test_journey import onboard


@pytest.fixture
def database_url(every_store: str) -> str:
    """These stories run on SQLite, PostgreSQL and the in-memory unit of work."""
    return every_store


EMOJI = "🏃" * 4000  # long, but under the 4,096 read in full (longer: test_heard_in_full)


async def snapshot(talker: Talker) -> dict[str, object]:
    await talker.say("/export")
    document = talker.last[0].document
    assert document is not None
    data = json.loads(document.content)
    data.pop("exported_at")
    data["user"].pop("pending")  # the open question is conversation state, not user data
    return data


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        ("/morning 11", "0 (none) to 10"),
        ("/morning -1", "0 (none) to 10"),
        ("/morning seven", "0 (none) to 10"),
        ("/morning ٣", "0 (none) to 10"),
        ("/strength 11", "0 (none) to 10"),
        ("/run pain 11", "0 (none) to 10"),
        ("/run pain", "Report a run like this"),
        ("/run lots", "Report a run like this"),
        ("/run 9999", "Report a run like this"),
        ("/times 25:00", "HH:MM"),
        ("/times 8", "HH:MM"),
        ("/times 08:00 08:00 20:00", "different times"),
        ("/strengthtime 18:61", "HH:MM"),
        ("/strengthtime noon", "HH:MM"),
        ("/timezone Mars/Olympus", "IANA name"),
        ("/timezone " + EMOJI, "IANA name"),
        ("/howto foo", "no exercise"),
        ("/protocol foo", "don't know the programme"),
        ("/done foo", "can mark"),
        ("/pause 0", "1 to 90"),
        ("/pause forever", "1 to 90"),
        ("/frobnicate", "/help"),
        (EMOJI, "/help"),
        ("/symptom " + EMOJI, "see a physio or doctor if you have any of these"),
    ],
)
async def test_bad_input_is_answered_and_changes_nothing(
    talker: Talker, message: str, expected: str
) -> None:
    await onboard(talker)
    await talker.say("/run pain 2")
    before = await snapshot(talker)
    reply = await talker.say(message)
    assert expected in reply
    assert len(reply) < 400  # a short reply, not an echo of the input
    assert await snapshot(talker) == before


@pytest.mark.parametrize("answer", ["11", "-1", "seven", "٣", "   "])
async def test_bad_answer_to_pain_question_keeps_the_question_open(
    talker: Talker, answer: str
) -> None:
    await onboard(talker)
    await talker.say("/run")
    reply = await talker.say(answer)
    if answer.strip():
        assert "0 (none) to 10" in reply
    reply = await talker.say("3")  # the question is still open and now answered
    assert "stop" in reply


async def test_empty_message_is_answered(talker: Talker) -> None:
    await onboard(talker)
    assert "/help" in await talker.say("")
