"""The runner's everyday words: scores inside sentences, corrections, skipping, the stairs,
two reports at once and a named day (bot/service/everyday.py, bot/service/natural.py)."""

from __future__ import annotations

import pytest

from bot.service.everyday import (
    CorrectionSaid,
    Everyday,
    OnDaySaid,
    SeveralSaid,
    SkipSaid,
    StairsSaid,
    stairs_answer,
    understand,
)
from bot.service.natural import (
    Doubt,
    MorningSaid,
    RunSaid,
    StrengthSaid,
    StretchesSaid,
    Understood,
    Unsure,
)
from bot.service.natural import understand as natural

IN_SENTENCES: list[tuple[str, Understood]] = [
    ("knee fine this morning, 1", MorningSaid(1)),  # the number wins over "fine"
    ("a bit achy after yesterday, 2", MorningSaid(2)),  # now, because of yesterday
    ("hip work done, 2", StrengthSaid(2)),
    ("knee feels alright today, 1", MorningSaid(1)),
    ("ran 30 min, 3", RunSaid(minutes=30)),  # a run's bare number is not a pain score
    ("parkrun, 2", Unsure(Doubt.RUN_AMOUNT, ("parkrun, 2 min", "parkrun, 2 km"))),
    ("strength done, 15", StrengthSaid(None)),  # not on the 0-10 scale: asked
]

EVERYDAY: list[tuple[str, Everyday | None]] = [
    ("actually it was more like a 3", CorrectionSaid(3)),
    ("make that a 4", CorrectionSaid(4)),
    ("actually, did strength, 2", None),  # a report that starts with "actually"
    ("too tired tonight, skipping the strength", SkipSaid("strength")),
    ("giving the stretches a miss today, skipping", SkipSaid("stretch")),
    ("stairs were sore yesterday", StairsSaid(False)),
    ("no, stairs a bit sore", StairsSaid(False)),
    ("stairs fine", StairsSaid(True)),
    ("knee sore when walking, 4", None),  # a score: which pain is asked, not the stairs
    ("did strength and stretches, pain 0", SeveralSaid((StrengthSaid(0), StretchesSaid()))),
    ("ran 5k and did my stretches", None),  # a run is asked one report at a time
    ("strength on wednesday was a 2", OnDaySaid(StrengthSaid(2), "wednesday")),
    ("did my stretches yesterday", OnDaySaid(StretchesSaid(), "yesterday")),
    ("I will skip nothing", None),
]


@pytest.mark.parametrize(("text", "expected"), IN_SENTENCES)
def test_a_number_in_a_sentence(text: str, expected: Understood) -> None:
    assert natural(text) == expected


@pytest.mark.parametrize(("text", "expected"), EVERYDAY)
def test_everyday_words(text: str, expected: Everyday | None) -> None:
    assert understand(text) == expected


@pytest.mark.parametrize(
    ("answer", "ok"),
    [("yes", True), ("no", False), ("fine", True), ("ok", True), ("no, a bit sore", False)],
)
def test_the_stairs_question_answered_in_words(answer: str, ok: bool) -> None:
    assert stairs_answer(answer) is ok


def test_a_named_day_is_counted_back_from_today() -> None:
    said = OnDaySaid(StrengthSaid(2), "wednesday")
    assert said.days_back(4) == 2  # said on a Friday
    assert said.days_back(2) == 0  # on Wednesday itself: today
    assert OnDaySaid(StretchesSaid(), "yesterday").days_back(0) == 1
