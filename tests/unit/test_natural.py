"""The plain-words parser: what each phrasing becomes, and what is not a report at all."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.service.natural import (
    KM_PER_MILE,
    Doubt,
    MorningSaid,
    RequestSaid,
    RunSaid,
    StrengthSaid,
    StretchesSaid,
    Understood,
    Unsure,
    Want,
    understand,
)

MILES_3 = round(3 * KM_PER_MILE, 2)

PHRASES: list[tuple[str, Understood]] = [
    ("ran 5k, knee 3/10", RunSaid(distance_km=5.0, pain=3)),
    ("30 min easy, pain 2, had to stop at 4 km", RunSaid(30, 4.0, 2, stopped=True)),
    ("did the walk-run, no pain", RunSaid(pain=0)),
    ("jogged 3 miles, pain 1", RunSaid(distance_km=MILES_3, pain=1)),
    ("Ran for an hour, knee 4, stopped", RunSaid(minutes=60, pain=4, stopped=True)),
    ("ran 1h30 pain 2", RunSaid(minutes=90, pain=2)),
    ("ran 45 minutes pain five", RunSaid(minutes=45, pain=5)),
    ("did 8 km, didn't hurt", RunSaid(distance_km=8.0, pain=0)),
    ("treadmill 20 min, knee at 2, kept going", RunSaid(minutes=20, pain=2)),
    ("5,5 km run, pain was maybe 1", RunSaid(distance_km=5.5, pain=1)),
    ("ran 30 min, 3", RunSaid(minutes=30)),  # a bare number is not a pain score
    ("5k", RunSaid(distance_km=5.0)),
    ("knee 2 this morning", MorningSaid(2)),
    ("woke up stiff, maybe 3", MorningSaid(3)),
    ("my knee hurts a bit today", MorningSaid(None)),
    ("knee this morning, pain 3", MorningSaid(3)),
    ("this morning the knee is 1 out of 10", MorningSaid(1)),
    ("did my stretches", StretchesSaid()),
    ("stretches done", StretchesSaid()),
    ("stretched", StretchesSaid()),
    ("finished the hip exercises, 1/10", StrengthSaid(1)),
    ("strength done, pain 3", StrengthSaid(3)),
    ("did my strength", StrengthSaid(None)),
    ("clams and bridges done, no pain", StrengthSaid(0)),
    ("today", RequestSaid(Want.TODAY)),
    ("What's my plan?", RequestSaid(Want.TODAY)),
    ("what do I do today", RequestSaid(Want.TODAY)),
    ("help", RequestSaid(Want.HELP)),
    ("hi", RequestSaid(Want.HELLO)),
    ("Good morning!", RequestSaid(Want.HELLO)),
    ("how am I doing", RequestSaid(Want.PROGRESS)),
    ("where am I", RequestSaid(Want.PLAN)),
    ("thanks", RequestSaid(Want.THANKS)),
    ("ran 5", Unsure(Doubt.RUN_AMOUNT, ("ran 5 min", "ran 5 km"))),
    (
        "pain 3",
        Unsure(
            Doubt.PAIN_WHEN, ("ran, pain 3", "knee this morning, pain 3", "strength done, pain 3")
        ),
    ),
    ("pain 12", Unsure(Doubt.PAIN_SCALE)),
    ("ran 5k and did my stretches", Unsure(Doubt.SEVERAL)),
    ("ran 5k yesterday, pain 2", Unsure(Doubt.OTHER_DAY)),
]

NOT_REPORTS = [
    "I will run 5k tomorrow",
    "going to run later",
    "didn't run today",
    "no run today, knee sore",
    "should I run today?",
    "can I stretch now?",
    "42",
    "3",
    "the weather is nice",
    "ok",
    "my friend said hello",
    "skipped my stretches",
    "haven't done strength yet",
    "planning to jog 20 min",
    "",
    "   ",
    "/today",
    "what is ITB syndrome?",
    "lol",
    "stage 3 looks hard",
    "I want to stretch",
    "my knee feels weird today",  # where, not how much: the miss names the signs to watch
    "sore hip after the run",  # names a run, reports none
]


@pytest.mark.parametrize(("text", "expected"), PHRASES)
def test_phrasings_become_the_right_value(text: str, expected: Understood) -> None:
    assert understand(text) == expected


@pytest.mark.parametrize("text", NOT_REPORTS)
def test_not_a_report(text: str) -> None:
    assert understand(text) is None


def test_every_option_offered_back_is_understood_without_doubt() -> None:
    for text, said in PHRASES:
        if isinstance(said, Unsure):
            for option in said.options:
                assert not isinstance(understand(option), Unsure), (text, option)


@given(st.integers(min_value=0, max_value=10), st.integers(min_value=1, max_value=600))
def test_any_minutes_and_pain_round_trip(pain: int, minutes: int) -> None:
    assert understand(f"ran {minutes} min, pain {pain}") == RunSaid(minutes=minutes, pain=pain)


@given(st.text(max_size=60))
def test_never_raises_and_pain_is_always_on_the_scale(text: str) -> None:
    said = understand(text)
    pain = getattr(said, "pain", None)
    assert pain is None or 0 <= pain <= 10
