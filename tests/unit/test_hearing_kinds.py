"""Hearing by kind (CLINICAL.md §5 v3), beside the corpora: each mechanism on words of its own
(none of them in a corpus), and the word index that keeps a long message fast."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.coach.bodytalk import Place
from bot.coach.redflags import _compile, _matches
from bot.protocol_files import default_itb_talk, load_red_flags

VOCABULARY = load_red_flags()
TALK = default_itb_talk()


def ids(text: str) -> set[str]:
    return {flag.id for flag in VOCABULARY.find(text)}


def place(text: str) -> Place:
    return TALK.place(VOCABULARY.matcher, text)


@pytest.mark.parametrize(
    ("text", "flag"),
    [
        # lost function: a verb of moving that the runner cannot do
        ("couldn't even shuffle to the bathroom", "no-weight"),
        ("I am not able to put weight through it", "no-weight"),
        ("can't bare wieght on it", "no-weight"),  # a homophone and a typo
        # foot drop described
        ("my foot won't clear the kerb any more", "foot-drop"),
        ("toes scuffing and I can't pull the foot up", "foot-drop"),
        # a knee that will not straighten, or gives way in other words
        ("the knee won't go fully straight", "locked"),
        ("knee keeps folding under me on the stairs", "gives-way"),
        ("my knee just cuts out when I turn", "gives-way"),
        # rest and night pain, in either order and at any distance in the clause
        ("the ache is there even when I'm resting on the couch", "night-pain"),
        ("knee throbbing all night long", "night-pain"),
        ("pain doesn't settle with rest at all", "night-pain"),
        # bone pain on pressing or hopping
        ("pressing on the shin bone makes me wince", "bone-pain"),
        ("single leg hopping is agony", "bone-pain"),
        # nerve sensations
        ("my toes feel fizzy", "nerve"),
        ("the outside of my calf has no feeling", "nerve"),
        ("prickly sensation down my shin", "nerve"),
        ("foot tingles like it's gone to sleep", "nerve"),  # "gone" here is not "it has passed"
        # regional English: "me" for "my", "us" for "me"; falls in idiom
        ("rolled me ankle and the knee went with it", "trauma"),
        ("me leg went from under us on the stairs", "gives-way"),
        ("went arse over tit on the ice", "trauma"),
        ("knee locked in a bent position for five minutes", "locked"),
        ("cannot put my heel down", "no-weight"),
    ],
)
def test_a_kind_is_heard_in_words_of_its_own(text: str, flag: str) -> None:
    assert flag in ids(text)


@pytest.mark.parametrize(
    "text",
    [
        "standing on that leg is impossible",  # no flag phrase, but lost function: held
        "got booted in the knee at football",
        "my leg feels wrong",
        "my leg feels heavy and odd on one side",  # a vague word is not made ordinary
    ],
)
def test_body_talk_the_coach_cannot_place_holds(text: str) -> None:
    assert ids(text) or place(text).holds


@pytest.mark.parametrize(
    "text",
    [
        "if the knee swells up what then",  # a question without "?": "if" is hypothetical
        "the wee one has growing pains at night",  # someone else, in two words
        "the traffic is killing me",  # a symptom word as a figure of speech
        "I was buzzing after that parkrun",
        "the fizzy drink at the finish was great",
        "hopped on the train to the start",
        "night shift tonight so I'll run tomorrow",
        "rest day today, knee feels fine",
        "legs feel heavy after the long run",
        "I fell for the marketing and bought new shoes",
        "knee's grand today, ran 5k no bother",
        "heard a snap of a twig on the trail, scared me",
        "the dog rolled the ball under the sofa",
        "my other half's knee is swollen after squash",
        "knocked it out of the park at parkrun",
    ],
)
def test_context_keeps_everyday_words_quiet(text: str) -> None:
    assert ids(text) == set()
    assert not place(text).holds


def test_a_pseudo_negation_does_not_negate() -> None:
    # "doing nothing" holds "nothing" but does not deny the ache that follows it.
    assert "night-pain" in ids("sat doing nothing and my knee aches")
    assert "night-pain" not in ids("lying down there's no ache")


WORDS = st.lists(
    st.sampled_from(
        [
            "my",
            "knee",
            "can't",
            "bear",
            "weight",
            "swolen",
            "the",
            "not",
            "foot",
            "drop",
            "hop",
            "hurts",
            "lying",
            "aches",
        ]
    ),
    max_size=12,
)


PARTS = [
    _compile(part)
    for flag in VOCABULARY.flags
    for phrase in flag.phrases
    for part in phrase.split(" & ")
]


@settings(max_examples=100, deadline=None)
@given(WORDS)
def test_the_index_finds_what_trying_every_word_finds(words: list[str]) -> None:
    matcher = VOCABULARY.matcher
    matcher.clauses("")  # a new message: no clause indexed
    for compiled in PARTS:
        assert matcher._at(words, compiled) == _matches(words, compiled, matcher.m)


def test_each_distinct_word_is_matched_once_however_long_the_message() -> None:
    vocabulary = load_red_flags()
    calls = []
    lexicon = vocabulary.matcher.lexicon
    typo = lexicon._fuzzy
    lexicon._fuzzy = lambda option, word: calls.append(word) or typo(option, word)  # type: ignore[method-assign]
    text = "ran an easy five k along the canal, legs tired but fine. "
    vocabulary.find(text)
    once = len(calls)
    vocabulary.find(text * 200)
    assert len(calls) == once  # remembered: a longer message adds no typo matching
