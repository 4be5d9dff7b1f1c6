"""What running waits for (bot/coach/outlook.py), and the day ahead a runner names
(bot/service/days_ahead.py)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest

from bot.coach import thresholds as t
from bot.coach.outlook import Waiting, run_outlook
from bot.coach.records import Phase, Referral
from bot.coach.state import CoachState
from bot.protocol_files import load_protocols
from bot.service.days_ahead import day_ahead

LIBRARY = load_protocols()
DEFAULT = LIBRARY.default
MONDAY = date(2026, 11, 23)
D = timedelta(days=1)


def state(day: date, **fields: object) -> CoachState:
    return replace(CoachState(day=day, start=MONDAY, phase=Phase.CALM), **fields)  # type: ignore[arg-type]


def test_calm_then_build() -> None:
    tomorrow = MONDAY + D
    outlook = run_outlook(DEFAULT, state(MONDAY), state(tomorrow, calm_streak=1))
    assert outlook.waiting is Waiting.CALM
    assert (outlook.count, outlook.needed) == (1, t.CALM_DAYS_TO_BUILD)
    built = state(tomorrow, phase=Phase.BUILD, good_strength_days=9)
    outlook = run_outlook(DEFAULT, replace(built, day=MONDAY), built)
    assert outlook.waiting is Waiting.BUILD
    assert (outlook.count, outlook.needed) == (9, t.BUILD_STRENGTH_DAYS_TO_RETURN)


def test_a_referral_comes_first() -> None:
    referred = state(MONDAY, referral=Referral(MONDAY, "swelling", "Swelling."))
    outlook = run_outlook(DEFAULT, referred, replace(referred, day=MONDAY + D))
    assert outlook.waiting is Waiting.REFERRAL and outlook.next_run is None


def test_the_return_phase_waits_a_rest_day_after_a_run() -> None:
    ran = state(MONDAY, phase=Phase.RETURN, stage=2, last_run=MONDAY, no_running_until=MONDAY + D)
    outlook = run_outlook(DEFAULT, ran, replace(ran, day=MONDAY + D))
    assert outlook.waiting is Waiting.REST
    assert (outlook.next_run, outlook.stage) == (MONDAY + 2 * D, 2)
    fresh = state(MONDAY, phase=Phase.RETURN, stage=2)
    now = run_outlook(DEFAULT, fresh, replace(fresh, day=MONDAY + D))
    assert now.waiting is Waiting.NOTHING and now.next_run == MONDAY


def test_programmes_without_running_or_with_free_running() -> None:
    none = replace(state(MONDAY), phase=None)
    weeks = run_outlook(LIBRARY["fredericson-six-week"], none, replace(none, day=MONDAY + D))
    assert weeks.waiting is Waiting.WEEKS  # six weeks without running, then the return
    free = run_outlook(LIBRARY["maintenance"], none, replace(none, day=MONDAY + D))
    assert free.free and free.waiting is Waiting.NOTHING


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ("can I do parkrun on saturday", date(2026, 11, 28)),
        ("race on Monday?", MONDAY),
        ("half marathon in 10 days", date(2026, 12, 3)),
        ("in two weeks", date(2026, 12, 7)),
        ("marathon on 14 March", date(2027, 3, 14)),
        ("march 3rd", date(2027, 3, 3)),
        ("on the 20th", date(2026, 12, 20)),
        ("this weekend", date(2026, 11, 28)),
        ("tomorrow's long run", date(2026, 11, 24)),
        ("2027-01-02", date(2027, 1, 2)),
        ("my marathon", None),
        ("a month of sundays", None),  # a figure of speech, no day
        ("on 31 february", None),
    ],
)
def test_the_day_ahead_a_runner_names(words: str, expected: date | None) -> None:
    assert day_ahead(words, MONDAY) == expected
