"""Every message heard in full (issue 18, finding 4): a long message is read to its end by the
red-flag check or refused with the reason, never cut; ``ans <n>`` is a button's, not typed
words; a plain report that cannot be stored says why."""

from __future__ import annotations

from sqlalchemy import func, select

from bot import texts
from bot.service.hearing import MAX_HEARD_CHARS, MAX_READ_CHARS
from bot.store.models import Referral, User
from tests.conftest import Talker
from tests.service.test_journey import onboard, runs
from tests.service.test_red_flags import export

FILLER = "Went for a walk by the river and the knee felt a little tight at first. "
FEVER = "Tonight I have a fever and my knee is hot and swollen."


async def test_a_flag_past_the_first_4096_characters_is_heard(talker: Talker) -> None:
    await onboard(talker)
    long = FILLER * (MAX_READ_CHARS // len(FILLER) + 5) + FEVER
    assert len(long) > MAX_READ_CHARS
    reply = await talker.say(long)
    assert texts.safety.FLAG_ASK in reply
    referrals = (await export(talker))["referrals"]
    assert referrals and all(r["words"] == long for r in referrals)  # kept whole, the end too


async def test_a_long_message_without_flags_is_said_to_be_too_long(talker: Talker) -> None:
    await onboard(talker)
    long = FILLER * (MAX_READ_CHARS // len(FILLER) + 5) + "ran 5 km, knee 2/10"
    reply = await talker.say(long)
    assert f"{len(long):,} characters long" in reply
    assert "checked all of it" in reply
    assert await runs(talker) == []  # said so, and nothing half-read was stored


async def test_a_message_too_long_to_hear_is_refused_and_nothing_is_kept(talker: Talker) -> None:
    huge = FEVER + FILLER * (MAX_HEARD_CHARS // len(FILLER) + 1)
    reply = await talker.say(huge)
    assert f"more than the {MAX_HEARD_CHARS:,}" in reply
    async with talker.coach.sessions() as session:
        assert await session.scalar(select(func.count()).select_from(User)) == 0
        assert await session.scalar(select(func.count()).select_from(Referral)) == 0


async def test_typed_ans_is_words_and_heard_for_flags_first(talker: Talker) -> None:
    await onboard(talker)
    await talker.say("/morning")
    reply = await talker.say("ans 3 my knee gave way on the stairs")
    assert texts.account.STALE_ANSWER not in reply
    assert "The knee gives way" in reply
    [referral] = (await export(talker))["referrals"]
    assert referral["words"] == "ans 3 my knee gave way on the stairs"


async def test_a_pressed_ans_is_still_an_answer(talker: Talker) -> None:
    await onboard(talker)
    await talker.say("/morning")
    await talker.press("2")
    assert "2/10" in talker.last[0].text


async def test_a_run_that_cannot_be_stored_says_why(talker: Talker) -> None:
    await onboard(talker)
    for said in ("ran 500 km, knee 2/10", "ran for 900 minutes, knee 1"):
        reply = await talker.say(said)
        assert reply.startswith("I can't record that run: a run is 1 to 600 minutes")
        assert "Noted." not in reply
    assert await runs(talker) == []
