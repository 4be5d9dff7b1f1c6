"""The Spanish red-flag corpus has the shape issue 22 asks for: enough messages of each kind,
every flag of ``protocols/red_flags.yaml`` in both parts, no message twice, and no message in both
the tuning part and the held-out part (a held-out message that is also tuned on measures
nothing)."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import yaml

from tests.service.red_flag_corpus_es import EVERYDAY_ES, RED_FLAGS_ES, UNPLACED_ES
from tests.service.red_flag_corpus_es_heldout import (
    HELD_OUT_EVERYDAY_ES,
    HELD_OUT_FLAGS_ES,
    HELD_OUT_UNPLACED_ES,
)

RED_FLAGS_FILE = Path(__file__).resolve().parents[2] / "protocols" / "red_flags.yaml"


def flag_ids() -> set[str]:
    data = yaml.safe_load(RED_FLAGS_FILE.read_text(encoding="utf-8"))
    return {
        entry["id"]
        for value in data.values()
        if isinstance(value, list)
        for entry in value
        if isinstance(entry, dict) and "id" in entry
    }


def messages(flags: tuple[tuple[str, str], ...], *others: tuple[str, ...]) -> list[str]:
    return [text for text, _flag in flags] + [text for group in others for text in group]


def test_the_flag_file_names_the_ten_flags() -> None:
    assert len(flag_ids()) == 10


def test_the_tuning_part_is_big_enough_and_has_every_flag_ten_times() -> None:
    assert len(RED_FLAGS_ES) >= 120
    assert len(UNPLACED_ES) >= 20
    assert len(EVERYDAY_ES) >= 60
    counts = Counter(flag for _text, flag in RED_FLAGS_ES)
    assert set(counts) == flag_ids()
    assert min(counts.values()) >= 10, counts


def test_the_held_out_part_is_big_enough_and_has_every_flag_three_times() -> None:
    assert len(HELD_OUT_FLAGS_ES) >= 40
    assert len(HELD_OUT_UNPLACED_ES) >= 8
    assert len(HELD_OUT_EVERYDAY_ES) >= 25
    counts = Counter(flag for _text, flag in HELD_OUT_FLAGS_ES)
    assert set(counts) == flag_ids()
    assert min(counts.values()) >= 3, counts


def test_no_message_is_empty_or_twice_in_a_part() -> None:
    for part in (
        messages(RED_FLAGS_ES, UNPLACED_ES, EVERYDAY_ES),
        messages(HELD_OUT_FLAGS_ES, HELD_OUT_UNPLACED_ES, HELD_OUT_EVERYDAY_ES),
    ):
        folded = [text.strip().casefold() for text in part]
        assert all(folded)
        repeated = [text for text, seen in Counter(folded).items() if seen > 1]
        assert not repeated


def test_no_message_is_in_both_parts() -> None:
    tuning = {text.strip().casefold() for text in messages(RED_FLAGS_ES, UNPLACED_ES, EVERYDAY_ES)}
    held_out = {
        text.strip().casefold()
        for text in messages(HELD_OUT_FLAGS_ES, HELD_OUT_UNPLACED_ES, HELD_OUT_EVERYDAY_ES)
    }
    assert not tuning & held_out, sorted(tuning & held_out)
