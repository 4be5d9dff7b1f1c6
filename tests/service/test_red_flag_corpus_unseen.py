"""The once-unseen set (``red_flag_corpus_unseen.py``: written after the matcher was finished,
by someone who had not read its vocabulary) through the whole service, the three ways of
``test_red_flag_corpus.py``. It was measured once unseen (the first figures below); it has been
tuned on since 2026-12-07 (hearing by kind: lost function, foot drop described, rest pain,
sensations, context), so it is now a tuning set and its floors are the figures after that tuning.
An honest figure for fresh text needs a set nobody has tuned on. The figures and every miss are
printed."""

from __future__ import annotations

import pytest

from bot.bootstrap import Coach
from tests.service.red_flag_corpus_unseen import UNSEEN_EVERYDAY, UNSEEN_FLAGS, UNSEEN_UNPLACED

# The module-scoped coach fixture is imported so this module gets its own coach.
from tests.service.test_red_flag_corpus import WAYS, coach, measure  # noqa: F401

# Unseen, measured once on 2026-12-07 (flags held /100, unplaced held /20, everyday held /60,
# emergency wording on everyday): message 85, 15, 2, 0; symptom 86, 17, 3, 0; keypad 86, 17, 2,
# 0; flags named rightly 69/100. Tuned on since 2026-12-07, the same run
# (`.venv/bin/pytest -q -s tests/service/test_red_flag_corpus_unseen.py`) gives, every way:
# 100, 20, 0, 0; named rightly 100/100. These are the floors: a seen set cannot claim the bar of
# CLINICAL.md §5 for unseen text.
FLAGS_HELD = {"message": 100, "symptom": 100, "keypad": 100}
UNPLACED_HELD = {"message": 20, "symptom": 20, "keypad": 20}
EVERYDAY_HELD = {"message": 0, "symptom": 0, "keypad": 0}
EVERYDAY_EMERGENCY = {"message": 0, "symptom": 0, "keypad": 0}
NAMED_RIGHTLY = 100


def show(title: str, texts: list[str]) -> None:
    for text in texts:
        print(f"  {title}: {text}")


@pytest.mark.asyncio(loop_scope="module")
@pytest.mark.parametrize("way", WAYS)
async def test_the_unseen_set_through_the_service(
    coach: Coach,  # noqa: F811
    way: str,
    capsys: pytest.CaptureFixture[str],
) -> None:
    flags = [text for text, _flag in UNSEEN_FLAGS]
    with capsys.disabled():
        missed, alarms, emergencies = await measure(
            coach, way, "unseen", flags + list(UNSEEN_UNPLACED), UNSEEN_EVERYDAY
        )
        missed_flags = [text for text in missed if text in flags]
        missed_unplaced = [text for text in missed if text not in flags]
        print(
            f"unseen as {way}: flags held {len(flags) - len(missed_flags)}/{len(flags)}, "
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


def test_unseen_flags_named_rightly_figure(
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
        print(f"\nunseen flags named rightly: {right}/{len(UNSEEN_FLAGS)}")
        for text, flag in wrong:
            named = sorted(f.id for f in vocabulary.find(text))
            print(f"  not named {flag} (named {named}): {text}")
    assert {flag for _text, flag in UNSEEN_FLAGS} == {f.id for f in vocabulary.flags}
    assert right >= NAMED_RIGHTLY
