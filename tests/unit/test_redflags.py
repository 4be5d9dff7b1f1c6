"""The red-flag vocabulary (protocols/red_flags.yaml) and how it reads a runner's words
(CLINICAL.md §5). The whole-service corpus is in tests/service/test_red_flag_corpus.py."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from hypothesis import given
from hypothesis import strategies as st

from bot.coach.redflags import RedFlagVocabulary, Urgency, most_urgent
from bot.protocol_files import ProtocolFileError, load_protocols, load_red_flags, protocols_dir

VOCABULARY = load_red_flags()

# CLINICAL.md §5: every flag of its table, with its urgency.
CLINICAL_FLAGS = {
    "hot-red-fever": Urgency.EMERGENCY,  # hot, red or swollen knee with fever
    "no-weight": Urgency.URGENT,  # cannot bear weight / cannot walk on the leg
    "foot-drop": Urgency.URGENT,  # cannot lift the foot, toes catch
    "locked": Urgency.SOON,  # knee locks or cannot straighten
    "gives-way": Urgency.SOON,
    "swelling": Urgency.SOON,
    "trauma": Urgency.SOON,  # a fall, twist, blow or a "pop"
    "night-pain": Urgency.SOON,  # night pain or pain at rest
    "bone-pain": Urgency.SOON,  # pinpoint bone pain or pain when hopping
    "nerve": Urgency.SOON,  # numbness or tingling
}


def ids(text: str) -> set[str]:
    return {flag.id for flag in VOCABULARY.find(text)}


def test_vocabulary_covers_clinical_md_with_its_urgency() -> None:
    assert {f.id: f.urgency for f in VOCABULARY.flags} == CLINICAL_FLAGS
    assert set(VOCABULARY.advice) == set(Urgency)


def test_the_vocabulary_is_not_read_as_a_protocol() -> None:
    assert "red_flags" not in {p.id for p in load_protocols()}


@pytest.mark.parametrize(
    ("text", "flag"),
    [
        ("my knee locked", "locked"),
        ("I can't straighten my knee", "locked"),
        ("it gave way on the stairs", "gives-way"),
        ("knee is swollen", "swelling"),
        ("knee is swolen", "swelling"),  # a typo
        ("I have a fever and the knee is hot and red", "hot-red-fever"),
        ("can’t bear weight", "no-weight"),  # curly apostrophe
        ("I can‘t bear weight", "no-weight"),  # left curly quote used as an apostrophe
        ("cannot put any weight on it", "no-weight"),  # a word between the phrase's words
        ("I fell", "trauma"),
        ("felt a pop in the knee", "trauma"),
        ("it hurts even at rest", "night-pain"),
        ("pain when hopping", "bone-pain"),
        ("pins & needles in my toes", "nerve"),
        ("toes keep catching on the ground", "foot-drop"),
    ],
)
def test_flag_found_in_free_text(text: str, flag: str) -> None:
    assert flag in ids(text)
    assert flag in ids(text.upper())  # case does not hide it
    assert flag in ids(f"  Hi coach.\n{text}!  ")  # nor surrounding text and punctuation


@pytest.mark.parametrize(
    "text",
    [
        "no swelling",
        "not swollen, not hot",
        "didn't give way",
        "it didnt buckle",  # no apostrophe
        "no numbness or tingling",
        "never woke me up",
        "hip hop class",
        "fall marathon next month",
        "locked out of the house",
        "popped to the shops",
        "woke up stiff, maybe 3",
        "hoping it hurts less tomorrow",
        "",
        "   ",
    ],
)
def test_negations_and_other_senses_find_none(text: str) -> None:
    assert ids(text) == set()


def test_negation_reaches_only_its_own_clause() -> None:
    assert ids("no swelling but it gave way twice") == {"gives-way"}
    assert ids("didn't run because the knee was swollen") == {"swelling"}


def test_uncertainty_is_not_a_negation() -> None:
    assert ids("not sure if it's swollen") == {"swelling"}


def test_several_flags_in_vocabulary_order() -> None:
    found = VOCABULARY.find("I fell, the knee is swollen and it locked")
    assert {f.id for f in found} == {"trauma", "swelling", "locked"}
    order = [f.id for f in VOCABULARY.flags]
    assert [f.id for f in found] == sorted((f.id for f in found), key=order.index)
    assert most_urgent(VOCABULARY.find("fever, and it gave way")) is Urgency.EMERGENCY


def test_five_thousand_emoji_find_none() -> None:
    assert VOCABULARY.find("🏃" * 5000) == ()
    assert VOCABULARY.find("🦵🔥😀" * 1667) == ()


@given(st.text(max_size=300))
def test_any_text_gives_known_flags_in_vocabulary_order(text: str) -> None:
    found = VOCABULARY.find(text)
    positions = [VOCABULARY.flags.index(f) for f in found]
    assert positions == sorted(set(positions))


@given(st.text(max_size=100), st.text(max_size=100))
def test_another_sentence_never_hides_a_flag(before: str, after: str) -> None:
    assert "swelling" in ids(f"{before}. My knee is swollen. {after}")


# --- the file is validated at load, like the protocols ------------------------------------


def _write(folder: Path, data: object) -> Path:
    (folder / "red_flags.yaml").write_text(yaml.safe_dump(data), encoding="utf-8")
    return folder


def _bundled() -> dict[str, object]:
    loaded = yaml.safe_load((protocols_dir() / "red_flags.yaml").read_text(encoding="utf-8"))
    assert isinstance(loaded, dict)
    return loaded


def test_a_folder_without_a_vocabulary_uses_the_bundled_one(tmp_path: Path) -> None:
    assert load_red_flags(tmp_path) == VOCABULARY


def test_a_phrase_added_to_the_file_is_heard(tmp_path: Path) -> None:
    data = _bundled()
    flags = data["flags"]
    assert isinstance(flags, list)
    flags[[f["id"] for f in flags].index("swelling")]["phrases"].append("like a melon")
    vocabulary = load_red_flags(_write(tmp_path, data))
    assert [f.id for f in vocabulary.find("my knee looks like a melon")] == ["swelling"]
    assert isinstance(vocabulary, RedFlagVocabulary)


@pytest.mark.parametrize(
    ("change", "field"),
    [
        (lambda d: d["flags"][0].update(urgency="whenever"), "flags.0.urgency"),
        (lambda d: d["flags"][1].update(phrases=[]), "flags.1.phrases"),
        (lambda d: d["advice"].pop("urgent"), None),
        (lambda d: d["flags"][2].update(id="Not An Id!"), "flags.2.id"),
    ],
)
def test_a_bad_vocabulary_fails_at_load_naming_the_field(
    tmp_path: Path, change: object, field: str | None
) -> None:
    data = _bundled()
    change(data)  # type: ignore[operator]
    with pytest.raises(ProtocolFileError) as caught:
        load_red_flags(_write(tmp_path, data))
    assert caught.value.path == tmp_path / "red_flags.yaml"
    if field is not None:
        assert caught.value.field == field
    assert caught.value.reason
