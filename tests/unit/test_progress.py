"""derive_state: the strength pace (CLINICAL.md §1a v2), phases (§3), silence, and the step back
after a clearance (§5), replayed from a history built report by report. The walk-run ladder is
in ``test_ladder``; expectations come from CLINICAL.md and ``thresholds``."""

from __future__ import annotations

from datetime import timedelta

import pytest

from bot.coach import thresholds as t
from bot.coach.records import Phase
from tests.unit.coach_builders import FREDERICSON_LADDER, START, WALK_RUN, Sim, d, protocol

DEFAULT = protocol()
FREDERICSON = protocol("fredericson-six-week")
TOP = len(FREDERICSON_LADDER) - 1  # CLINICAL.md 1a: the last step is 3x30
LADDER_LEN = len(WALK_RUN)  # CLINICAL.md 3: eight stages
STEP_DAYS = t.STRENGTH_STEP_MIN_DAYS


def test_default_protocol_matches_clinical_md() -> None:
    assert DEFAULT.id == "hip-strength-return"
    assert DEFAULT.top_strength_level == TOP
    assert len(DEFAULT.running.ladder) == LADDER_LEN


def test_fresh_state() -> None:
    state = Sim().state(START)
    assert (state.strength_level, state.phase, state.stage) == (0, Phase.CALM, 1)
    assert state.may_run_today()
    assert not state.strength_rest
    assert state.referral is None
    assert (state.day_number, state.week) == (1, 1)


@pytest.mark.parametrize(
    ("n", "day_number", "week"), [(0, 1, 1), (6, 7, 1), (7, 8, 2), (41, 42, 6)]
)
def test_day_number_and_week(n: int, day_number: int, week: int) -> None:
    state = Sim().state(d(n))
    assert (state.day_number, state.week) == (day_number, week)


# --- the strength pace (§1a v2) -------------------------------------------------------------


def levels(sim: Sim, days: int) -> list[int]:
    return [sim.state(d(n)).strength_level for n in range(days)]


def first_day_at(sim: Sim, level: int, days: int = 80) -> int | None:
    return next((n for n in range(days) if sim.state(d(n)).strength_level >= level), None)


@pytest.mark.parametrize("pain", range(0, t.STRENGTH_STEP_UP_MAX + 1))
def test_daily_pain_free_sessions_step_up_every_four_days(pain: int) -> None:
    sim = Sim(FREDERICSON)
    sim.strength_days(START, 50, pain=pain)
    # Level k (0-based) begins on day 4k: 3 sessions at the step and 4 days since the last.
    for level in range(TOP + 1):
        assert first_day_at(sim, level) == STEP_DAYS * level


def test_3x30_is_never_reached_before_day_36_of_daily_sessions() -> None:
    sim = Sim(FREDERICSON)
    sim.strength_days(START, 42)
    exercise = FREDERICSON.exercise("side-lying-hip-abduction")
    assert exercise is not None
    doses = [str(exercise.dose.at_level(level)) for level in levels(sim, 42)]
    assert "3x30" not in doses[:36]
    assert doses[36] == "3x30"  # day 37 of the programme, in week 6
    assert sim.state(d(36)).week == 6
    # every step of CLINICAL.md 1a, in order, none skipped
    assert list(dict.fromkeys(doses)) == list(FREDERICSON_LADDER)


@pytest.mark.parametrize(
    ("session_days", "expected"),
    [
        # (days with a pain-free session, {day: level that day})
        ((0, 1, 2), {3: 0, 4: 1}),  # 3 sessions, 4 days since the start
        ((0, 1), {4: 0, 10: 0}),  # two sessions only: the dose holds
        ((0, 2, 4), {4: 0, 5: 1}),  # every other day: the third session decides
        ((0, 1, 2, 3, 4, 5, 6), {4: 1, 7: 1, 8: 2}),  # the next step again 4 days later
        ((0, 1, 2, 3, 11, 12, 13), {4: 1, 13: 1, 14: 2}),  # a missed week holds the dose
    ],
)
def test_strength_steps_need_three_sessions_and_four_days(
    session_days: tuple[int, ...], expected: dict[int, int]
) -> None:
    sim = Sim()
    for n in session_days:
        sim.strength(d(n), 0)
    for n, level in expected.items():
        assert sim.state(d(n)).strength_level == level, n


@pytest.mark.parametrize("pain", [t.STRENGTH_STEP_UP_MAX + 1, t.STRENGTH_HOLD_MAX])
def test_four_or_five_holds_the_step_and_restarts_the_count(pain: int) -> None:
    sim = Sim()
    for n, p in enumerate([0, 0, pain, 0, 0, 0]):
        sim.strength(d(n), p)
    assert levels(sim, 7) == [0, 0, 0, 0, 0, 0, 1]  # 3 good sessions after the 4-5 one


@pytest.mark.parametrize("pain", range(t.STRENGTH_HOLD_MAX + 1, t.PAIN_MAX + 1))
def test_six_or_more_steps_down_and_rests_the_next_day_only(pain: int) -> None:
    sim = Sim()
    sim.strength_days(START, 8)
    assert sim.state(d(8)).strength_level == 2
    sim.strength(d(8), pain)
    after = sim.state(d(9))
    assert after.strength_level == 1
    assert after.strength_rest
    assert not sim.state(d(10)).strength_rest


def test_strength_is_floored_at_zero_and_capped_at_the_top() -> None:
    low = Sim()
    low.strength(START, 9)
    assert low.state(d(1)).strength_level == 0
    high = Sim(FREDERICSON)
    high.strength_days(START, 60)
    assert high.state(d(60)).strength_level == TOP


def test_no_step_up_while_a_referral_is_active_but_a_step_down_applies() -> None:
    sim = Sim()
    sim.strength_days(START, 4)  # level 1 from d4
    sim.refer(d(4))
    sim.strength_days(d(4), 10)
    assert sim.state(d(14)).strength_level == 1
    sim.strength(d(14), 8)
    assert sim.state(d(15)).strength_level == 0


# --- calm -> build -> return ----------------------------------------------------------------


@pytest.mark.parametrize("pain", range(0, t.CALM_PAIN_MAX + 1))
def test_calm_to_build_after_exactly_three_calm_days(pain: int) -> None:
    sim = Sim()
    for n in range(t.CALM_DAYS_TO_BUILD):
        assert sim.state(d(n)).phase is Phase.CALM
        sim.morning(d(n), pain, stairs_ok=True)
    state = sim.state(d(3))
    assert (state.phase, state.phase_since) == (Phase.BUILD, d(3))


@pytest.mark.parametrize(
    "spoiler",
    [
        pytest.param((t.CALM_PAIN_MAX + 1, True), id="pain-3"),
        pytest.param((0, False), id="stairs-sore"),
        pytest.param((0, None), id="stairs-unanswered"),
        pytest.param(None, id="gap-day"),
    ],
)
def test_a_bad_or_missing_day_resets_the_calm_streak(
    spoiler: tuple[int, bool | None] | None,
) -> None:
    sim = Sim()
    sim.calm_days(START, 2)
    if spoiler is not None:
        sim.morning(d(2), *spoiler)
    sim.calm_days(d(3), 2)
    assert sim.state(d(5)).phase is Phase.CALM
    sim.morning(d(5), 0, stairs_ok=True)
    assert sim.state(d(6)).phase is Phase.BUILD


def in_build() -> Sim:
    sim = Sim()
    sim.calm_days(START, t.CALM_DAYS_TO_BUILD)
    assert sim.state(d(3)).phase is Phase.BUILD
    return sim


@pytest.mark.parametrize("pain", [0, t.STRENGTH_STEP_UP_MAX])
def test_build_to_return_after_the_tenth_good_strength_session(pain: int) -> None:
    sim = in_build()
    n = t.BUILD_STRENGTH_DAYS_TO_RETURN
    sim.strength_days(d(3), n, pain=pain)
    sim.calm_days(d(3), n)
    tenth = d(3 + n - 1)
    assert sim.state(tenth).phase is Phase.BUILD
    state = sim.state(tenth + timedelta(days=1))
    # §3 v3: build is done, and the return-to-run check comes before stage 1.
    assert (state.phase, state.return_check_due) == (Phase.BUILD, True)
    sim.return_check(tenth + timedelta(days=1), passed=True)
    state = sim.state(tenth + timedelta(days=1))
    assert (state.phase, state.phase_since, state.run_stage()) == (
        Phase.RETURN,
        tenth + timedelta(days=1),
        1,
    )


def test_sessions_rated_four_do_not_count_toward_return() -> None:
    sim = in_build()
    n = t.BUILD_STRENGTH_DAYS_TO_RETURN
    sim.calm_days(d(3), n + 6)
    sim.strength_days(d(3), n - 1)
    sim.strength_days(d(3 + n - 1), 5, pain=t.STRENGTH_STEP_UP_MAX + 1)
    assert sim.state(d(3 + n + 5)).phase is Phase.BUILD
    sim.strength(d(3 + n + 4), 0)  # the tenth good session
    assert sim.state(d(3 + n + 5)).return_check_due  # build done: the check, then stage 1


def test_phases_do_not_move_while_a_referral_is_active() -> None:
    sim = Sim()
    sim.refer(START)
    sim.calm_days(START, 5)
    sim.strength_days(START, 15)
    assert sim.state(d(15)).phase is Phase.CALM


def test_phases_move_again_after_the_referral_is_cleared() -> None:
    sim = Sim()
    sim.refer(START, cleared_on=d(2))
    sim.calm_days(START, 5)
    assert sim.state(d(4)).phase is Phase.CALM  # only d2, d3 count
    assert sim.state(d(5)).phase is Phase.BUILD


def test_a_retracted_referral_never_stood() -> None:
    sim = Sim()
    sim.refer(START, retracted_on=START)
    sim.calm_days(START, 3)
    assert sim.state(d(3)).phase is Phase.BUILD


# --- silence (§3 v2) --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("last_check", "on", "days", "silent"),
    [
        (None, 0, 1, False),
        (None, 2, 3, False),
        (None, 3, 4, True),  # d0, d1, d2 without a check: asked on d3
        (5, 5, 0, False),  # today's check counts at once
        (5, 8, 3, False),
        (5, 9, 4, True),
    ],
)
def test_three_days_without_a_morning_check_are_silence(
    last_check: int | None, on: int, days: int, silent: bool
) -> None:
    sim = Sim()
    if last_check is not None:
        sim.morning(d(last_check), 1)
    state = sim.state(d(on))
    assert (state.days_without_morning_check, state.silent) == (days, silent)


def test_build_does_not_move_on_without_a_morning_check() -> None:
    sim = in_build()
    sim.strength_days(d(3), 20)  # ten good sessions by d12, but no morning check after d2
    assert sim.state(d(23)).phase is Phase.BUILD
    assert not sim.state(d(23)).return_check_due
    sim.morning(d(23), 1)
    assert sim.state(d(24)).return_check_due  # §3 v3: then the check, then stage 1


def test_a_silent_runner_stays_in_calm_and_is_asked_by_name() -> None:
    sim = Sim()
    sim.strength_days(START, 70)
    state = sim.state(d(70))
    assert state.phase is Phase.CALM
    assert state.silent


# --- the Fredericson programme's end (§1a v2) -------------------------------------------------


def test_fredericson_has_no_running_for_six_weeks_then_the_return_phase() -> None:
    sim = Sim(FREDERICSON)
    sim.strength_days(START, 50)
    sim.calm_days(START, 50)
    assert sim.state(d(41)).phase is None
    assert sim.state(d(41)).run_stage() is None
    assert sim.state(d(42)).return_check_due  # §3 v3: the check before stage 1
    sim.return_check(d(42), passed=True)
    state = sim.state(d(42))
    assert (state.phase, state.phase_since, state.run_stage()) == (Phase.RETURN, d(42), 1)


def test_fredericson_return_waits_for_a_morning_check() -> None:
    sim = Sim(FREDERICSON)
    sim.calm_days(START, 30)
    assert sim.state(d(45)).phase is None
    assert not sim.state(d(45)).return_check_due
    sim.morning(d(45), 0)
    assert sim.state(d(46)).return_check_due


# --- the step back after a clearance (§5 v2) ------------------------------------------------


def test_clearance_resumes_strength_two_steps_lower() -> None:
    sim = Sim()
    sim.strength_days(START, 12)
    assert sim.state(d(12)).strength_level == 3
    sim.refer(d(12), cleared_on=d(14))
    assert sim.state(d(13)).strength_level == 3  # referred: nothing moves
    state = sim.state(d(14))
    assert state.strength_level == 1
    assert state.next_strength_step_from == d(14 + STEP_DAYS)  # the pace starts again


def test_clearance_cannot_go_below_the_first_step() -> None:
    sim = Sim()
    sim.refer(START, cleared_on=d(1))
    assert sim.state(d(1)).strength_level == 0
