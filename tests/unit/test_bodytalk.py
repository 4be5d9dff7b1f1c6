"""Hearing three ways (CLINICAL.md §5 v3) and context, in the domain: ``ItbTalk.place`` sorts a
message with no known flag; ``context_rules`` keeps someone else's body, hypotheticals and
figures of speech from being flags."""

from __future__ import annotations

import pytest

from bot.coach.bodytalk import Place
from bot.protocol_files import default_itb_talk, load_red_flags

VOCABULARY = load_red_flags()
TALK = default_itb_talk()


def place(text: str) -> Place:
    return TALK.place(VOCABULARY.matcher, text)


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("outside of the knee is tight again", Place.ORDINARY),
        ("glutes are sore from the bridges", Place.ORDINARY),
        ("twinge in the knee but it eased off", Place.ORDINARY),
        ("my knee feels weird", Place.UNPLACED),
        ("there's a funny clunk in my hip", Place.UNPLACED),
        ("the inside of my knee aches", Place.ELSEWHERE),
        ("outside is fine but the shin is sore", Place.ELSEWHERE),
        ("no pain in my shin any more", Place.NONE),
        ("my daughter's knee hurts", Place.NONE),
        ("hip", Place.NONE),  # one word: perhaps an answer to the open question
        ("booked a massage for Friday", Place.NONE),
    ],
)
def test_three_ways(text: str, where: Place) -> None:
    assert place(text) is where


@pytest.mark.parametrize(
    "text",
    [
        "my nephew twisted his knee at rugby",
        "should I stop if it swells?",
        "in case it gives way, what do I do",
        "the queue swelled at the expo",
        "twisted the cap off my water bottle",
        "red hot tempo session today",
        "gave way to a pram on the towpath",
    ],
)
def test_context_is_not_a_flag(text: str) -> None:
    assert VOCABULARY.find(text) == ()


@pytest.mark.parametrize(
    ("text", "flag"),
    [
        ("the dog barrelled into me and I twisted my knee", "trauma"),
        ("fell on the ice", "trauma"),
        ("my knee swelled up", "swelling"),
        ("toes catch the kerb and the foot won't pull up", "foot-drop"),
    ],
)
def test_the_runners_own_body_is_a_flag(text: str, flag: str) -> None:
    assert flag in {f.id for f in VOCABULARY.find(text)}
