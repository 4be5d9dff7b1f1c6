"""Every language the coach offers is complete where its safety and its answers are data: a
catalogue, its own red-flag and ordinary-ITB vocabularies and its answers beside the English
(README, "A third language"). A language added to ``SUPPORTED`` without them fails here."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.protocol_files import ANSWER_LANGUAGES
from bot.texts import language
from bot.texts.catalog import po_path

PROTOCOLS = Path(__file__).resolve().parents[2] / "protocols"
OTHERS = [code for code in language.SUPPORTED if code != language.SOURCE]


def test_english_is_the_source_and_every_language_has_its_own_name() -> None:
    assert language.SOURCE in language.SUPPORTED
    assert set(language.NAMES) == set(language.SUPPORTED)
    assert all(language.normalise(name) == code for code, name in language.NAMES.items())


@pytest.mark.parametrize("code", OTHERS)
def test_a_language_has_its_catalogue_vocabularies_and_answers(code: str) -> None:
    assert po_path(code).is_file(), f"no catalogue for {code}: pybabel init -l {code}"
    for stem in ("red_flags", "itb_talk", "answers"):
        assert (PROTOCOLS / f"{stem}.{code}.yaml").is_file(), f"protocols/{stem}.{code}.yaml"
    assert code in ANSWER_LANGUAGES
