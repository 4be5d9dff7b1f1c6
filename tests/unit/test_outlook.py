"""When running can come back, at the earliest (bot/coach/outlook.py), and the day ahead a
runner names (bot/service/days_ahead.py)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest

from bot.coach import thresholds as t
from bot.coach.outlook import Ladder, Waiting, run_outlook
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


def test_the_ladder_in_the_best_case() -> None:
    ladder = Ladder(MONDAY, 1, 0, DEFAULT.running.ladder)
    assert ladder.continuous_stage == 7
    # Two green runs a stage, every other day: stage 7's first run is the 13th run.
    assert ladder.first_day_at(7) == MONDAY + 24 * D
    assert ladder.stage_on(MONDAY - D) is None
    assert ladder.stage_on(MONDAY) == 1
    assert ladder.stage_on(MONDAY + 4 * D) == 2  # the third run is the first at stage 2
    assert ladder.stage_on(MONDAY + 400 * D) == len(DEFAULT.running.ladder)
    # The top stage twice (runs 15 and 16), then a rest day: free running on day 32.
    assert ladder.free_from == MONDAY + 32 * D
    halfway = Ladder(MONDAY, 3, 1, DEFAULT.running.ladder)
    assert halfway.first_day_at(4) == MONDAY + 2 * D


def test_calm_then_build_then_the_first_walk_run() -> None:
    tomorrow = MONDAY + D
    outlook = run_outlook(DEFAULT, state(MONDAY), state(tomorrow))
    assert outlook.waiting is Waiting.CALM
    assert (outlook.count, outlook.needed) == (0, t.CALM_DAYS_TO_BUILD)
    # Ten strength sessions (one a day from tomorrow); calm is over after three days.
    assert outlook.ladder is not None
    assert outlook.ladder.first_run == tomorrow + t.BUILD_STRENGTH_DAYS_TO_RETURN * D
    built = state(tomorrow, phase=Phase.BUILD, good_strength_days=9)
    outlook = run_outlook(DEFAULT, replace(built, day=MONDAY), built)
    assert outlook.waiting is Waiting.BUILD and outlook.count == 9
    assert outlook.ladder is not None and outlook.ladder.first_run == tomorrow + D


def test_a_referral_gives_no_date() -> None:
    referred = state(MONDAY, referral=Referral(MONDAY, "swelling", "Swelling."))
    outlook = run_outlook(DEFAULT, referred, replace(referred, day=MONDAY + D))
    assert outlook.waiting is Waiting.REFERRAL and outlook.ladder is None


def test_the_return_phase_waits_a_rest_day_after_a_run() -> None:
    ran = state(MONDAY, phase=Phase.RETURN, stage=2, last_run=MONDAY, no_running_until=MONDAY + D)
    outlook = run_outlook(DEFAULT, ran, replace(ran, day=MONDAY + D))
    assert outlook.waiting is Waiting.REST
    assert outlook.ladder is not None and outlook.ladder.first_run == MONDAY + 2 * D
    fresh = state(MONDAY, phase=Phase.RETURN, stage=2)
    assert run_outlook(DEFAULT, fresh, replace(fresh, day=MONDAY + D)).waiting is Waiting.NOTHING


def test_programmes_without_running_or_with_free_running() -> None:
    none = replace(state(MONDAY), phase=None)
    home = LIBRARY["fredericson-six-week"]  # no running for six weeks, then the return
    outlook = run_outlook(home, none, replace(none, day=MONDAY + D))
    assert outlook.waiting is Waiting.WEEKS
    assert outlook.ladder is not None and outlook.ladder.first_run == MONDAY + 6 * 7 * D
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
