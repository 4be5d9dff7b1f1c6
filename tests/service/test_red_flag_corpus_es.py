"""The Spanish corpus through the whole service, the three ways of ``test_red_flag_corpus.py``
(a plain message, /symptom text, typed at an open pain keypad), with every language's
vocabulary loaded as the coach runs. The tuning part (``red_flag_corpus_es.py``) must meet the
bar of CLINICAL.md §5: every flag and unplaced message holds, at most 2% of everyday messages
do, none gets emergency wording. The figures and every miss are printed."""

from __future__ import annotations

import pytest

from bot.bootstrap import Coach
from tests.service.red_flag_corpus_es import EVERYDAY_ES, RED_FLAGS_ES, UNPLACED_ES

# The module-scoped coach fixture is imported so this module gets its own coach.
from tests.service.test_red_flag_corpus import WAYS, coach, measure  # noqa: F401

EVERYDAY_SHARE = 0.02  # CLINICAL.md §5: at most 2% of everyday messages hold


def show(title: str, texts: list[str]) -> None:
    for text in texts:
        print(f"  {title}: {text}")


@pytest.mark.asyncio(loop_scope="module")
@pytest.mark.parametrize("way", WAYS)
async def test_the_spanish_tuning_set_meets_the_bar(
    coach: Coach,  # noqa: F811
    way: str,
    capsys: pytest.CaptureFixture[str],
) -> None:
    holding = [text for text, _flag in RED_FLAGS_ES] + list(UNPLACED_ES)
    with capsys.disabled():
        missed, alarms, emergencies = await measure(coach, way, "es-tuning", holding, EVERYDAY_ES)
        show("not held", missed)
        show("everyday held", alarms)
        show("everyday with emergency wording", emergencies)
    assert missed == []
    assert len(alarms) <= EVERYDAY_SHARE * len(EVERYDAY_ES)
    assert emergencies == []


def test_each_spanish_phrase_names_its_flag(coach: Coach) -> None:  # noqa: F811
    vocabulary = coach.service.red_flags
    assert {flag for _text, flag in RED_FLAGS_ES} == {f.id for f in vocabulary.flags}
    wrong = [
        (text, flag)
        for text, flag in RED_FLAGS_ES
        if flag not in {f.id for f in vocabulary.find(text)}
    ]
    assert wrong == []
