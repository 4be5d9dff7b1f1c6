"""The fifth unseen set (``red_flag_corpus_unseen5.py``: written by someone who had read
neither the vocabularies, the code nor the other sets) through the whole service, the three ways
of ``test_red_flag_corpus.py``. It was measured once, after the hearing was finished (the first
four unseen sets tuned on, Spanish added); the floors below are the figures of that one
measurement, so the test guards against regression without claiming a bar the coach did not
meet. The figures and every miss are printed."""

from __future__ import annotations

import pytest

from bot.bootstrap import Coach
from tests.service.red_flag_corpus_unseen5 import UNSEEN5_EVERYDAY as UNSEEN_EVERYDAY
from tests.service.red_flag_corpus_unseen5 import UNSEEN5_FLAGS as UNSEEN_FLAGS
from tests.service.red_flag_corpus_unseen5 import UNSEEN5_UNPLACED as UNSEEN_UNPLACED

# The module-scoped coach fixture is imported so this module gets its own coach.
from tests.service.test_red_flag_corpus import WAYS, coach, measure  # noqa: F401

# Measured once, 2026-12-07 (flags held /100, unplaced held /20, everyday held /60, emergency
# wording on everyday): message 97, 18, 7, 0; symptom 98, 19, 9, 0; keypad 97, 18, 9, 0; flags
# named rightly by the vocabulary 89/100. These are floors, not the bar of CLINICAL.md §5 (every
# flag and unplaced message held, at most 2% of everyday messages, none with emergency wording):
# on this fresh text the coach does not meet it.
FLAGS_HELD = {"message": 97, "symptom": 98, "keypad": 97}
UNPLACED_HELD = {"message": 18, "symptom": 19, "keypad": 18}
EVERYDAY_HELD = {"message": 7, "symptom": 9, "keypad": 9}
EVERYDAY_EMERGENCY = {"message": 0, "symptom": 0, "keypad": 0}
NAMED_RIGHTLY = 89


def show(title: str, texts: list[str]) -> None:
    for text in texts:
        print(f"  {title}: {text}")


@pytest.mark.asyncio(loop_scope="module")
@pytest.mark.parametrize("way", WAYS)
async def test_the_fifth_unseen_set_through_the_service(
    coach: Coach,  # noqa: F811
    way: str,
    capsys: pytest.CaptureFixture[str],
) -> None:
    flags = [text for text, _flag in UNSEEN_FLAGS]
    with capsys.disabled():
        missed, alarms, emergencies = await measure(
            coach, way, "unseen5", flags + list(UNSEEN_UNPLACED), UNSEEN_EVERYDAY
        )
        missed_flags = [text for text in missed if text in flags]
        missed_unplaced = [text for text in missed if text not in flags]
        print(
            f"fifth unseen as {way}: flags held {len(flags) - len(missed_flags)}/{len(flags)}, "
            f"unplaced held {len(UNSEEN_UNPLACED) - len(missed_unplaced)}/"
            f"{len(UNSEEN_UNPLACED)}, everyday held {len(alarms)}/{len(UNSEEN_EVERYDAY)}, "
            f"emergency wording on everyday {len(emergencies)}"
        )
        show("flag not held", missed_flags)
        show("unplaced not held", missed_unplaced)
        show("everyday held", alarms)
        show("everyday with emergency wording", emergencies)
    assert len(UNSEEN_FLAGS) == 100
    assert len(UNSEEN_UNPLACED) == 20
    assert len(UNSEEN_EVERYDAY) == 60
    assert len(flags) - len(missed_flags) >= FLAGS_HELD[way]
    assert len(UNSEEN_UNPLACED) - len(missed_unplaced) >= UNPLACED_HELD[way]
    assert len(alarms) <= EVERYDAY_HELD[way]
    assert len(emergencies) <= EVERYDAY_EMERGENCY[way]


def test_fifth_unseen_flags_named_rightly_figure(
    coach: Coach,  # noqa: F811
    capsys: pytest.CaptureFixture[str],
) -> None:
    vocabulary = coach.service.red_flags
    wrong = [
        (text, flag)
        for text, flag in UNSEEN_FLAGS
        if flag not in {f.id for f in vocabulary.find(text)}
    ]
    with capsys.disabled():
        right = len(UNSEEN_FLAGS) - len(wrong)
        print(f"\nfifth unseen flags named rightly: {right}/{len(UNSEEN_FLAGS)}")
        for text, flag in wrong:
            named = sorted(f.id for f in vocabulary.find(text))
            print(f"  not named {flag} (named {named}): {text}")
    assert {flag for _text, flag in UNSEEN_FLAGS} == {f.id for f in vocabulary.flags}
    assert right >= NAMED_RIGHTLY
