"""find_red_flags: the red flags of CLINICAL.md §5, found from the words users write (§2)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.coach.redflags import RED_FLAGS, RED_FLAGS_BY_ID, RedFlag, find_red_flags

# CLINICAL.md §5, one id per red flag listed there.
CLINICAL_FLAGS = {
    "locked",  # knee locks or cannot straighten
    "gives-way",  # knee gives way
    "swelling",  # visible swelling
    "hot-red-fever",  # hot red knee with fever or feeling unwell (emergency)
    "no-weight",  # cannot bear weight
    "trauma",  # began with a fall, twist, blow or a "pop"
    "night-pain",  # night pain or pain at rest
    "bone-pain",  # pinpoint bone pain or pain when hopping
    "nerve",  # numbness, tingling or foot weakness
}


def ids(text: str) -> set[str]:
    return {flag.id for flag in find_red_flags(text)}


def test_catalogue_covers_clinical_md() -> None:
    assert set(RED_FLAGS_BY_ID) == CLINICAL_FLAGS
    assert len(RED_FLAGS) == len(CLINICAL_FLAGS)


@pytest.mark.parametrize("flag", RED_FLAGS, ids=lambda f: f.id)
def test_each_flag_has_a_reason_label_and_words(flag: RedFlag) -> None:
    assert flag.reason.strip()
    assert flag.label.strip()
    assert flag.patterns


def test_hot_red_knee_with_fever_is_urgent() -> None:
    assert RED_FLAGS_BY_ID["hot-red-fever"].urgent  # CLINICAL.md §5: emergency


@pytest.mark.parametrize(
    ("text", "flag"),
    [
        ("my knee locked", "locked"),
        ("I can't straighten my knee", "locked"),
        ("it gave way on the stairs", "gives-way"),
        ("the knee keeps giving way", "gives-way"),
        ("knee is swollen", "swelling"),
        ("some swelling above the kneecap", "swelling"),
        ("I have a fever and the knee is hot and red", "hot-red-fever"),
        ("can't put weight on it", "no-weight"),
        ("I cannot bear weight", "no-weight"),
        ("can’t bear weight", "no-weight"),  # curly apostrophe
        ("I can‘t bear weight", "no-weight"),  # left curly quote used as an apostrophe
        ("I fell", "trauma"),
        ("felt a pop in the knee", "trauma"),
        ("I twisted it on a root", "trauma"),
        ("night pain keeps me up", "night-pain"),
        ("it hurts even at rest", "night-pain"),
        ("pain when hopping", "bone-pain"),
        ("numbness in my foot", "nerve"),
        ("tingling down my shin", "nerve"),
        # the words of CLINICAL.md §2
        ("swollen", "swelling"),
        ("locked", "locked"),
        ("gave way", "gives-way"),
        ("numb", "nerve"),
        ("fell", "trauma"),
        ("fever", "hot-red-fever"),
        ("night pain", "night-pain"),
    ],
)
def test_flag_found_in_free_text(text: str, flag: str) -> None:
    assert flag in ids(text)
    assert flag in ids(text.upper())  # case does not hide it
    assert flag in ids(f"  Hi coach.\n{text}!  ")  # nor surrounding text and punctuation


def test_several_flags_in_catalogue_order() -> None:
    found = find_red_flags("I fell, the knee is swollen and it locked")
    assert {f.id for f in found} == {"trauma", "swelling", "locked"}
    order = [f.id for f in RED_FLAGS]
    assert [f.id for f in found] == sorted((f.id for f in found), key=order.index)


@pytest.mark.parametrize(
    "text",
    [
        "sore on the outside of my knee after 3 km",
        "tight outside of the knee on the downhill, 4/10",
        "did my clamshells and the hip hikes, felt fine",
        "Stiff this morning, better after walking",
        "ran 20 minutes, pain 2",
        "",
        "   ",
    ],
)
def test_ordinary_itbs_text_finds_none(text: str) -> None:
    assert find_red_flags(text) == ()


def test_five_thousand_emoji_find_none() -> None:
    assert find_red_flags("🏃" * 5000) == ()
    assert find_red_flags("🦵🔥😀" * 1667) == ()


@given(st.text(max_size=300))
def test_any_text_gives_known_flags_in_catalogue_order(text: str) -> None:
    found = find_red_flags(text)
    assert all(f in RED_FLAGS for f in found)
    positions = [RED_FLAGS.index(f) for f in found]
    assert positions == sorted(set(positions))


@given(st.text(max_size=100), st.text(max_size=100))
def test_surrounding_text_never_hides_a_flag(before: str, after: str) -> None:
    assert "swelling" in ids(f"{before} knee is swollen {after}")
