"""Every phrasing of the corpus, through the whole service, three ways: as a plain message, as
/symptom text and typed at an open pain keypad. A red flag and unplaced body talk must hold
progression (the next ``/run pain 1`` is judged R1, refer); an everyday message must not, nor
get emergency wording. The tuning set must be perfect; the held-out set (written first, never
tuned against) is measured and held to the issue's bar: every flag and unplaced message held,
at most 2% of everyday messages. Both figures are printed."""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass

import pytest
import pytest_asyncio

from bot.bootstrap import Coach, build
from bot.clock import ManualClock
from bot.service.replies import UserKey
from bot.settings import Settings
from bot.store.db import sqlite_url
from tests.conftest import START
from tests.service.red_flag_corpus import BENIGN, RED_FLAGS, UNPLACED
from tests.service.red_flag_heldout import HELD_OUT_EVERYDAY, HELD_OUT_FLAGS, HELD_OUT_UNPLACED

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


EMERGENCY = "emergency department"


async def held_after(coach: Coach, runner: str, way: Way, text: str) -> tuple[bool, bool]:
    """Onboard a new runner, say ``text`` the given way, report a pain-free run: (was it R1,
    did anything said get emergency wording)?"""
    who = UserKey("corpus", runner)
    said: list[str] = []

    async def say(message: str) -> str:
        reply = "\n".join(r.text for r in await coach.service.handle(who, message))
        said.append(reply)
        return reply

    await say("/start")
    await say("/screen none")
    await way(say, text)
    held = "rule R1)" in await say("/run pain 1")
    return held, any(EMERGENCY in reply for reply in said)


async def measure(
    coach: Coach, way: str, name: str, holding: list[str], everyday: tuple[str, ...]
) -> tuple[list[str], list[str], list[str]]:
    """(holding messages that did not hold, everyday ones that did, everyday ones that got
    emergency wording); the figures are printed."""
    missed, alarms, emergencies = [], [], []
    for i, text in enumerate(holding):
        held, _ = await held_after(coach, f"{way}-{name}-hold-{i}", WAYS[way], text)
        if not held:
            missed.append(text)
    for i, text in enumerate(everyday):
        held, emergency = await held_after(coach, f"{way}-{name}-day-{i}", WAYS[way], text)
        if held:
            alarms.append(text)
        if emergency:
            emergencies.append(text)
    print(
        f"\n{name} as {way}: held {len(holding) - len(missed)}/{len(holding)}, "
        f"everyday held {len(alarms)}/{len(everyday)}, emergency wording {len(emergencies)}"
    )
    return missed, alarms, emergencies


@dataclass(frozen=True)
class Parts:
    """What of a set was not held or was held wrongly, by part."""

    flags: list[str]  # red flags not held
    unplaced: list[str]  # unplaced body talk not held
    everyday: list[str]  # everyday messages held
    emergency: list[str]  # everyday messages with emergency wording


async def measure_parts(
    coach: Coach,
    way: str,
    name: str,
    flags: list[str],
    unplaced: list[str],
    everyday: tuple[str, ...],
) -> Parts:
    """:func:`measure` by part, each figure and each miss printed."""
    missed, alarms, emergencies = await measure(coach, way, name, flags + unplaced, everyday)
    parts = Parts(
        [t for t in missed if t in flags],
        [t for t in missed if t not in flags],
        alarms,
        emergencies,
    )
    print(
        f"{name} as {way}: flags held {len(flags) - len(parts.flags)}/{len(flags)}, "
        f"unplaced held {len(unplaced) - len(parts.unplaced)}/{len(unplaced)}, "
        f"everyday held {len(alarms)}/{len(everyday)}, "
        f"emergency wording on everyday {len(emergencies)}"
    )
    for title, texts in (
        ("flag not held", parts.flags),
        ("unplaced not held", parts.unplaced),
        ("everyday held", parts.everyday),
        ("everyday with emergency wording", parts.emergency),
    ):
        for text in texts:
            print(f"  {title}: {text}")
    return parts


@pytest.mark.asyncio(loop_scope="module")
@pytest.mark.parametrize("way", WAYS)
async def test_every_red_flag_holds_and_no_benign_message_does(
    coach: Coach, way: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert len(RED_FLAGS) + len(HELD_OUT_FLAGS) >= 300
    assert len(BENIGN) + len(HELD_OUT_EVERYDAY) >= 150
    assert {flag for _text, flag in RED_FLAGS} == {f.id for f in coach.service.red_flags.flags}
    holding = [text for text, _flag in RED_FLAGS] + list(UNPLACED)
    with capsys.disabled():
        missed, alarms, emergencies = await measure(coach, way, "tuning", holding, BENIGN)
    assert missed == []
    assert alarms == []
    assert emergencies == []


@pytest.mark.asyncio(loop_scope="module")
@pytest.mark.parametrize("way", WAYS)
async def test_the_held_out_set_holds_to_the_bar(
    coach: Coach, way: str, capsys: pytest.CaptureFixture[str]
) -> None:
    holding = [text for text, _flag in HELD_OUT_FLAGS] + list(HELD_OUT_UNPLACED)
    with capsys.disabled():
        missed, alarms, emergencies = await measure(
            coach, way, "held-out", holding, HELD_OUT_EVERYDAY
        )
    everyday = len(BENIGN) + len(HELD_OUT_EVERYDAY)
    assert missed == []
    assert len(alarms) <= 0.02 * everyday
    assert emergencies == []


def test_each_phrase_raises_the_flag_it_describes(coach: Coach) -> None:
    vocabulary = coach.service.red_flags
    wrong = [
        (text, flag)
        for text, flag in RED_FLAGS
        if flag not in {f.id for f in vocabulary.find(text)}
    ]
    assert wrong == []


def test_held_out_flags_named_rightly_figure(
    coach: Coach, capsys: pytest.CaptureFixture[str]
) -> None:
    """How many held-out flags the vocabulary names rightly (the net holds the rest): a figure
    for the README, with a floor so it cannot quietly fall."""
    vocabulary = coach.service.red_flags
    right = sum(flag in {f.id for f in vocabulary.find(t)} for t, flag in HELD_OUT_FLAGS)
    with capsys.disabled():
        print(f"\nheld-out flags named rightly: {right}/{len(HELD_OUT_FLAGS)}")
    assert right >= 0.95 * len(HELD_OUT_FLAGS)
