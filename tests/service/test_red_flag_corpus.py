"""Every phrasing of the corpus, through the whole service, three ways: as a plain message, as
/symptom text and typed at an open pain keypad. A red flag must hold progression (the next
``/run pain 1`` is judged R1, refer); a benign message must not. Recall and false alarms are
printed; both must be perfect."""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable

import pytest
import pytest_asyncio

from bot.bootstrap import Coach, build
from bot.clock import ManualClock
from bot.service.replies import UserKey
from bot.settings import Settings
from bot.store.db import sqlite_url
from tests.conftest import START
from tests.service.red_flag_corpus import BENIGN, RED_FLAGS

Say = Callable[[str], Awaitable[str]]
Way = Callable[[Say, str], Awaitable[None]]


async def as_message(say: Say, text: str) -> None:
    await say(text)


async def as_symptom(say: Say, text: str) -> None:
    await say(f"/symptom {text}")


async def at_open_keypad(say: Say, text: str) -> None:
    assert "How much did the knee hurt" in await say("/run 20")
    await say(text)


WAYS: dict[str, Way] = {
    "message": as_message,
    "symptom": as_symptom,
    "keypad": at_open_keypad,
}


@pytest_asyncio.fixture(scope="module", loop_scope="module")
async def coach(tmp_path_factory: pytest.TempPathFactory) -> AsyncIterator[Coach]:
    settings = Settings(
        _env_file=None,  # type: ignore[call-arg]
        database_url=sqlite_url(tmp_path_factory.mktemp("corpus") / "coach.db"),
        telegram_bot_token=None,
    )
    built = await build(settings, ManualClock(START))
    yield built
    await built.close()


async def held_after(coach: Coach, runner: str, way: Way, text: str) -> bool:
    """Onboard a new runner, say ``text`` the given way, report a pain-free run: was it R1?"""
    who = UserKey("corpus", runner)

    async def say(message: str) -> str:
        return "\n".join(r.text for r in await coach.service.handle(who, message))

    await say("/start")
    await say("/screen none")
    await way(say, text)
    return "rule R1)" in await say("/run pain 1")


@pytest.mark.asyncio(loop_scope="module")
@pytest.mark.parametrize("way", WAYS)
async def test_every_red_flag_holds_and_no_benign_message_does(
    coach: Coach, way: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert len(RED_FLAGS) >= 100 and len(BENIGN) >= 50
    assert {flag for _text, flag in RED_FLAGS} == {f.id for f in coach.service.red_flags.flags}
    missed = [
        text
        for i, (text, _flag) in enumerate(RED_FLAGS)
        if not await held_after(coach, f"{way}-flag-{i}", WAYS[way], text)
    ]
    alarms = [
        text
        for i, text in enumerate(BENIGN)
        if await held_after(coach, f"{way}-benign-{i}", WAYS[way], text)
    ]
    with capsys.disabled():
        print(
            f"\nred flags as {way}: recall {len(RED_FLAGS) - len(missed)}/{len(RED_FLAGS)}, "
            f"false alarms {len(alarms)}/{len(BENIGN)}"
        )
    assert missed == []
    assert alarms == []


def test_each_phrase_raises_the_flag_it_describes(coach: Coach) -> None:
    vocabulary = coach.service.red_flags
    wrong = [
        (text, flag)
        for text, flag in RED_FLAGS
        if flag not in {f.id for f in vocabulary.find(text)}
    ]
    assert wrong == []
