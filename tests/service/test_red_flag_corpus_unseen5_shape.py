"""The shape of the fifth unseen set (``red_flag_corpus_unseen5.py``): its counts, its flag ids
against the flag file, and that no message repeats, within the set or from the other sets. The
set itself is measured once through the service, after the matcher is finished; this file only
keeps it honest as data."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import yaml

from tests.service.red_flag_corpus import BENIGN, RED_FLAGS, UNPLACED
from tests.service.red_flag_corpus_es import EVERYDAY_ES, RED_FLAGS_ES, UNPLACED_ES
from tests.service.red_flag_corpus_es_heldout import (
    HELD_OUT_EVERYDAY_ES,
    HELD_OUT_FLAGS_ES,
    HELD_OUT_UNPLACED_ES,
)
from tests.service.red_flag_corpus_unseen import UNSEEN_EVERYDAY, UNSEEN_FLAGS, UNSEEN_UNPLACED
from tests.service.red_flag_corpus_unseen2 import (
    UNSEEN2_EVERYDAY,
    UNSEEN2_FLAGS,
    UNSEEN2_UNPLACED,
)
from tests.service.red_flag_corpus_unseen3 import (
    UNSEEN3_EVERYDAY,
    UNSEEN3_FLAGS,
    UNSEEN3_UNPLACED,
)
from tests.service.red_flag_corpus_unseen4 import (
    UNSEEN4_EVERYDAY,
    UNSEEN4_FLAGS,
    UNSEEN4_UNPLACED,
)
from tests.service.red_flag_corpus_unseen5 import (
    UNSEEN5_EVERYDAY,
    UNSEEN5_FLAGS,
    UNSEEN5_UNPLACED,
)
from tests.service.red_flag_heldout import HELD_OUT_EVERYDAY, HELD_OUT_FLAGS, HELD_OUT_UNPLACED

RED_FLAGS_FILE = Path(__file__).resolve().parents[2] / "protocols" / "red_flags.yaml"


def _flag_ids() -> set[str]:
    """Every ``id`` of a listed item in the flag file, wherever the list sits at the top."""
    data = yaml.safe_load(RED_FLAGS_FILE.read_text(encoding="utf-8"))
    lists = data.values() if isinstance(data, dict) else [data]
    return {
        item["id"]
        for entries in lists
        if isinstance(entries, list)
        for item in entries
        if isinstance(item, dict) and "id" in item
    }


def _key(text: str) -> str:
    return " ".join(text.casefold().split())


def _own_messages() -> list[str]:
    return [text for text, _ in UNSEEN5_FLAGS] + list(UNSEEN5_UNPLACED) + list(UNSEEN5_EVERYDAY)


def _other_messages() -> set[str]:
    earlier = (*RED_FLAGS, *HELD_OUT_FLAGS, *UNSEEN_FLAGS, *UNSEEN2_FLAGS, *UNSEEN3_FLAGS)
    earlier += (*UNSEEN4_FLAGS, *RED_FLAGS_ES, *HELD_OUT_FLAGS_ES)
    flagged = [text for text, _ in earlier]
    plain = [*BENIGN, *UNPLACED, *HELD_OUT_UNPLACED, *HELD_OUT_EVERYDAY]
    unseen = [*UNSEEN_UNPLACED, *UNSEEN_EVERYDAY, *UNSEEN2_UNPLACED, *UNSEEN2_EVERYDAY]
    unseen += [*UNSEEN3_UNPLACED, *UNSEEN3_EVERYDAY, *UNSEEN4_UNPLACED, *UNSEEN4_EVERYDAY]
    unseen += [*UNPLACED_ES, *EVERYDAY_ES, *HELD_OUT_UNPLACED_ES, *HELD_OUT_EVERYDAY_ES]
    return {_key(text) for text in [*flagged, *plain, *unseen]}


def test_counts() -> None:
    assert len(UNSEEN5_FLAGS) == 100
    assert len(UNSEEN5_UNPLACED) == 20
    assert len(UNSEEN5_EVERYDAY) == 60


def test_ten_messages_for_every_flag_in_the_flag_file() -> None:
    ids = _flag_ids()
    assert len(ids) == 10
    assert Counter(flag for _, flag in UNSEEN5_FLAGS) == {flag: 10 for flag in ids}


def test_messages_are_plain_nonempty_text() -> None:
    for text in _own_messages():
        assert isinstance(text, str)
        assert text.strip() == text
        assert text


def test_no_message_repeats_within_the_set() -> None:
    keys = [_key(text) for text in _own_messages()]
    repeated = [key for key, count in Counter(keys).items() if count > 1]
    assert repeated == []


def test_no_message_is_taken_from_another_set() -> None:
    shared = sorted(set(map(_key, _own_messages())) & _other_messages())
    assert shared == []
