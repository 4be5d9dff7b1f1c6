"""derive_state: strength level, phases (CLINICAL.md §3), walk-run ladder and rest days, replayed
from a history built report by report. Expectations come from CLINICAL.md and ``thresholds``."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.coach import thresholds as t
from bot.coach.progress import derive_state
from bot.coach.records import Decision, Judgement, Phase, RunRecord, StrengthRecord
from tests.unit.coach_builders import FREDERICSON_LADDER, START, WALK_RUN, Sim, d, protocol

DEFAULT = protocol()
FREDERICSON = protocol("fredericson-six-week")
TOP = len(FREDERICSON_LADDER) - 1  # CLINICAL.md 1a: the last step is 3x30
LADDER_LEN = len(WALK_RUN)  # CLINICAL.md 3: eight stages
PHASE_ORDER = [Phase.CALM, Phase.BUILD, Phase.RETURN, Phase.MAINTAIN]
GAP = timedelta(days=t.RUN_EVERY_N_DAYS)  # return phase: every other day


def test_default_protocol_matches_clinical_md() -> None:
    assert DEFAULT.id == "hip-strength-return"
    assert DEFAULT.top_strength_level == TOP
    assert len(DEFAULT.running.ladder) == LADDER_LEN


def test_fresh_state() -> None:
    state = Sim().state(START)
    assert state.strength_level == 0
    assert state.phase is Phase.CALM
    assert state.stage == 1
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


# --- strength level -------------------------------------------------------------------------


@pytest.mark.parametrize("pain", range(0, t.STRENGTH_STEP_UP_MAX + 1))
def test_strength_steps_up_one_per_day_after_a_good_session(pain: int) -> None:
    sim = Sim()
    for n in range(5):
        assert sim.state(d(n)).strength_level == n
        sim.strength(d(n), pain)
        assert sim.state(d(n)).strength_level == n  # today's session counts from tomorrow
    assert sim.state(d(5)).strength_level == 5


def test_no_session_holds_the_level() -> None:
    sim = Sim()
    sim.strength_days(START, 3)
    assert sim.state(d(3)).strength_level == 3
    assert sim.state(d(10)).strength_level == 3


@pytest.mark.parametrize("pain", range(t.STRENGTH_STEP_UP_MAX + 1, t.STRENGTH_HOLD_MAX + 1))
def test_strength_holds_on_four_and_five(pain: int) -> None:
    sim = Sim()
    sim.strength_days(START, 3)
    sim.strength(d(3), pain)
    state = sim.state(d(4))
    assert state.strength_level == 3
    assert not state.strength_rest


@pytest.mark.parametrize("pain", range(t.STRENGTH_HOLD_MAX + 1, t.PAIN_MAX + 1))
def test_strength_steps_down_and_rests_the_next_day_only(pain: int) -> None:
    sim = Sim()
    sim.strength_days(START, 3)
    sim.strength(d(3), pain)
    assert not sim.state(d(3)).strength_rest
    next_day = sim.state(d(4))
    assert next_day.strength_level == 2
    assert next_day.strength_rest
    day_after = sim.state(d(5))
    assert day_after.strength_level == 2
    assert not day_after.strength_rest


def test_strength_capped_at_top_of_ladder() -> None:
    sim = Sim()
    sim.strength_days(START, TOP + 5)
    assert sim.state(d(TOP)).strength_level == TOP
    assert sim.state(d(TOP + 5)).strength_level == TOP


def test_strength_floored_at_zero() -> None:
    sim = Sim()
    sim.strength_days(START, 3, pain=t.PAIN_MAX)
    state = sim.state(d(3))
    assert state.strength_level == 0
    assert state.strength_rest


def test_no_step_up_while_a_referral_is_active() -> None:
    sim = Sim()
    sim.refer(d(2))
    sim.strength_days(START, 6)
    assert sim.state(d(2)).strength_level == 2
    assert sim.state(d(6)).strength_level == 2
    assert sim.state(d(6)).referral is not None


def test_step_down_still_applies_while_referred() -> None:
    sim = Sim()
    sim.strength_days(START, 2)
    sim.refer(d(2))
    sim.strength(d(2), 8)
    assert sim.state(d(3)).strength_level == 1


def test_steps_resume_once_the_referral_is_cleared() -> None:
    sim = Sim()
    sim.refer(d(2), cleared_on=d(4))
    sim.strength_days(START, 6)
    # d0, d1 step up; d2, d3 referred; d4, d5 step up again.
    assert sim.state(d(6)).strength_level == 4
    assert sim.state(d(6)).referral is None


def test_every_fredericson_step_reached_in_order() -> None:
    sim = Sim(FREDERICSON)
    exercise = FREDERICSON.exercise("side-lying-hip-abduction")
    assert exercise is not None
    last_day = 6 * 7 - 1  # the end of week 6
    sim.strength_days(START, last_day + 1, pain=t.STRENGTH_STEP_UP_MAX)
    seen = [
        str(exercise.dose.at_level(sim.state(d(n)).strength_level)) for n in range(last_day + 1)
    ]
    assert seen[: len(FREDERICSON_LADDER)] == list(FREDERICSON_LADDER)
    assert set(seen[len(FREDERICSON_LADDER) - 1 :]) == {FREDERICSON_LADDER[-1]}  # 3x30 to the end


# --- calm -> build ----------------------------------------------------------------------------


@pytest.mark.parametrize("pain", range(0, t.CALM_PAIN_MAX + 1))
def test_calm_to_build_after_exactly_three_calm_days(pain: int) -> None:
    sim = Sim()
    for n in range(t.CALM_DAYS_TO_BUILD):
        assert sim.state(d(n)).phase is Phase.CALM
        sim.morning(d(n), pain, stairs_ok=True)
    assert sim.state(d(2)).phase is Phase.CALM  # the third day's report moves on tomorrow
    state = sim.state(d(3))
    assert state.phase is Phase.BUILD
    assert state.phase_since == d(3)


def test_two_calm_days_are_not_enough() -> None:
    sim = Sim()
    sim.calm_days(START, t.CALM_DAYS_TO_BUILD - 1)
    assert sim.state(d(10)).phase is Phase.CALM


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
    assert sim.state(d(5)).phase is Phase.CALM  # 2 + (reset) + 2: no run of three
    sim.morning(d(5), 0, stairs_ok=True)
    assert sim.state(d(6)).phase is Phase.BUILD


# --- build -> return ------------------------------------------------------------------------


def in_build() -> Sim:
    sim = Sim()
    sim.calm_days(START, t.CALM_DAYS_TO_BUILD)
    assert sim.state(d(3)).phase is Phase.BUILD
    return sim


@pytest.mark.parametrize("pain", [0, t.STRENGTH_STEP_UP_MAX])
def test_build_to_return_after_the_tenth_good_strength_session(pain: int) -> None:
    sim = in_build()
    first = d(3)
    n = t.BUILD_STRENGTH_DAYS_TO_RETURN
    sim.strength_days(first, n, pain=pain)
    tenth = first + timedelta(days=n - 1)
    assert sim.state(tenth).phase is Phase.BUILD
    state = sim.state(tenth + timedelta(days=1))
    assert state.phase is Phase.RETURN
    assert state.phase_since == tenth + timedelta(days=1)
    assert state.run_stage() == 1


def test_sessions_rated_four_do_not_count_toward_return() -> None:
    sim = in_build()
    n = t.BUILD_STRENGTH_DAYS_TO_RETURN
    sim.strength_days(d(3), n - 1)
    sim.strength_days(d(3 + n - 1), 5, pain=t.STRENGTH_STEP_UP_MAX + 1)
    assert sim.state(d(3 + n + 5)).phase is Phase.BUILD
    sim.strength(d(3 + n + 4), 0)  # tenth good session
    assert sim.state(d(3 + n + 5)).phase is Phase.RETURN


def test_phases_do_not_move_while_a_referral_is_active() -> None:
    """CLINICAL.md §4 R1 and §5: progression pauses until a clinician has cleared the user."""
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


# --- return: the walk-run ladder ------------------------------------------------------------


def test_two_green_runs_advance_a_stage() -> None:
    sim = Sim()
    r = sim.reach_return()
    assert sim.run(r, t.RUN_GREEN_MAX).decision is Decision.PROGRESS
    assert sim.state(r + GAP).stage == 1
    assert sim.run(r + GAP, 0).decision is Decision.PROGRESS
    state = sim.state(r + 2 * GAP)
    assert state.stage == 2
    assert state.greens_at_stage == 0


def test_green_run_means_no_run_tomorrow() -> None:
    sim = Sim()
    r = sim.reach_return()
    sim.run(r, 0)
    assert not sim.state(r + timedelta(days=1)).may_run_today()
    assert sim.state(r + GAP).may_run_today()


@pytest.mark.parametrize("pain", range(t.RUN_GREEN_MAX + 1, t.RUN_AMBER_MAX + 1))
def test_a_hold_does_not_advance_and_rests_a_day(pain: int) -> None:
    sim = Sim()
    r = sim.reach_return()
    sim.run(r, 0)
    assert sim.run(r + GAP, pain).decision is Decision.HOLD
    after = r + GAP + timedelta(days=t.HOLD_REST_DAYS)
    state = sim.state(after)
    assert state.stage == 1
    assert not state.may_run_today()  # the rest day
    assert sim.state(after + timedelta(days=1)).may_run_today()


def climb_to(sim: Sim, first: date, stage: int) -> date:
    """Green runs every other day from ``first`` until ``stage``; returns the next run day."""
    on = first
    while sim.state(on).stage < stage:
        assert sim.run(on, 0).decision is Decision.PROGRESS
        on += GAP
    return on


@pytest.mark.parametrize("stopped", [True, False])
def test_a_rest_drops_one_stage_and_stops_running_for_three_days(stopped: bool) -> None:
    sim = Sim()
    on = climb_to(sim, sim.reach_return(), 3)
    pain = 1 if stopped else t.RUN_HIGH_MIN
    assert sim.run(on, pain, stopped=stopped).decision is Decision.REST
    for n in range(1, t.REST_DAYS_AFTER_REST + 1):
        state = sim.state(on + timedelta(days=n))
        assert state.stage == 2
        assert not state.may_run_today()
    assert sim.state(on + timedelta(days=t.REST_DAYS_AFTER_REST + 1)).may_run_today()


def test_a_rest_at_stage_one_stays_at_one() -> None:
    sim = Sim()
    r = sim.reach_return()
    assert sim.run(r, 8).decision is Decision.REST
    assert sim.state(r + timedelta(days=5)).stage == 1


def test_a_rest_clears_greens_at_the_stage() -> None:
    sim = Sim()
    on = climb_to(sim, sim.reach_return(), 2)
    sim.run(on, 0)  # one green at stage 2
    sim.run(on + GAP, 7)  # rest: back to stage 1
    later = on + GAP + timedelta(days=4)
    assert sim.state(later).stage == 1
    assert sim.state(later).greens_at_stage == 0


def test_second_rest_at_same_stage_within_14_days_refers() -> None:
    sim = Sim()
    first_rest = climb_to(sim, sim.reach_return(), 3)
    assert sim.run(first_rest, 7).decision is Decision.REST  # at stage 3 -> stage 2
    on = climb_to(sim, first_rest + timedelta(days=t.REST_DAYS_AFTER_REST + 1), 3)
    assert (on - first_rest).days <= t.REPEAT_REST_WINDOW_DAYS
    judgement = sim.run(on, 1, stopped=True)
    assert (judgement.decision, judgement.rule) == (Decision.REFER, "R2")


def test_second_rest_at_a_lower_stage_rests_again() -> None:
    sim = Sim()
    first_rest = climb_to(sim, sim.reach_return(), 3)
    assert sim.run(first_rest, 7).decision is Decision.REST  # at stage 3 -> stage 2
    on = first_rest + timedelta(days=t.REST_DAYS_AFTER_REST + 1)
    assert sim.state(on).run_stage() == 2
    assert sim.run(on, 7).decision is Decision.REST  # a different stage: rest, not refer
    assert sim.state(on + timedelta(days=t.REST_DAYS_AFTER_REST + 1)).stage == 1


def test_r4_revised_run_does_not_count_toward_the_stage() -> None:
    sim = Sim()
    r = sim.reach_return()
    baseline = sim.history.baseline_before(r)
    sim.run(r, 0)
    revised = sim.next_morning(r, baseline + t.MORNING_RISE_MIN)
    assert (revised.decision, revised.rule) == (Decision.HOLD, "R4")
    sim.run(r + GAP, 0)
    state = sim.state(r + 2 * GAP)
    assert state.stage == 1
    assert state.greens_at_stage == 1


def test_r4_confirmed_run_counts() -> None:
    sim = Sim()
    r = sim.reach_return()
    baseline = sim.history.baseline_before(r)
    sim.run(r, 0)
    assert sim.next_morning(r, baseline + t.MORNING_RISE_MIN - 1).decision is Decision.PROGRESS
    sim.run(r + GAP, 0)
    assert sim.state(r + 2 * GAP).stage == 2


def test_r4_revised_amber_run_rests_and_drops_a_stage() -> None:
    sim = Sim()
    on = climb_to(sim, sim.reach_return(), 2)
    baseline = sim.history.baseline_before(on)
    assert sim.run(on, 4).decision is Decision.HOLD
    assert sim.next_morning(on, baseline + t.MORNING_RISE_MIN).decision is Decision.REST
    state = sim.state(on + timedelta(days=2))
    assert state.stage == 1
    assert not state.may_run_today()


def test_whole_ladder_then_maintain() -> None:
    sim = Sim()
    on = sim.reach_return()
    stages = []
    while sim.state(on).phase is Phase.RETURN:
        stages.append(sim.state(on).stage)
        assert sim.run(on, t.RETURN_TOP_STAGE_PAIN_MAX).decision is Decision.PROGRESS
        on += GAP
        assert len(stages) <= 2 * LADDER_LEN
    # every stage of CLINICAL.md §3, each done twice, then maintain
    assert stages == [s for s in range(1, LADDER_LEN + 1) for _ in range(2)]
    assert sim.state(on).phase is Phase.MAINTAIN
    assert sim.state(on).run_stage() is None


def test_runs_in_calm_are_recorded_but_do_not_move_the_ladder() -> None:
    sim = Sim()
    for n in range(0, 10, 2):
        judgement = sim.run(d(n), 0)
        assert judgement.decision is Decision.PROGRESS  # judged anyway
    assert len(sim.history.runs) == 5
    assert all(r.stage is None for r in sim.history.runs)
    state = sim.state(d(10))
    assert state.phase is Phase.CALM
    assert (state.stage, state.greens_at_stage) == (1, 0)


def test_runs_in_build_do_not_move_the_ladder() -> None:
    sim = in_build()
    for n in range(3, 13, 2):
        sim.run(d(n), 0)
    state = sim.state(d(13))
    assert state.phase is Phase.BUILD
    assert (state.stage, state.greens_at_stage) == (1, 0)


def test_run_during_referral_is_referred_and_changes_nothing() -> None:
    sim = Sim()
    r = sim.reach_return()
    sim.run(r, 0)
    before = sim.state(r + GAP)
    sim.refer(r + GAP)
    judgement = sim.run(r + GAP, 0)
    assert (judgement.decision, judgement.rule) == (Decision.REFER, "R1")
    after = sim.state(r + 2 * GAP)
    assert (after.stage, after.greens_at_stage) == (before.stage, before.greens_at_stage)


# --- properties -----------------------------------------------------------------------------

DAYS = 40
pain = st.integers(t.PAIN_MIN, t.PAIN_MAX)
day_events = st.tuples(
    st.none() | st.tuples(pain, st.none() | st.booleans()),  # morning (pain, stairs)
    st.none() | pain,  # strength session
    st.none() | st.tuples(pain, st.booleans()),  # run (pain, stopped)
)
referrals = st.lists(
    st.tuples(st.integers(0, DAYS), st.none() | st.integers(0, 15)), max_size=2
)  # (day, days until cleared)
events_for = st.lists(day_events, min_size=1, max_size=DAYS)


def build(
    events: list[tuple[tuple[int, bool | None] | None, int | None, tuple[int, bool] | None]],
    refs: list[tuple[int, int | None]],
    proto_id: str | None = None,
) -> Sim:
    sim = Sim(protocol(proto_id))
    for day, cleared in refs:
        sim.refer(d(day), cleared_on=None if cleared is None else d(day + cleared))
    ran_yesterday = False
    for n, (morning, strength, run) in enumerate(events):
        if morning is not None:
            if ran_yesterday:
                sim.next_morning(d(n - 1), *morning)
            else:
                sim.morning(d(n), *morning)
        if strength is not None:
            sim.strength(d(n), strength)
        if run is not None:
            sim.run(d(n), run[0], stopped=run[1])
        ran_yesterday = run is not None
    return sim


def in_bounds(sim: Sim, on: date) -> None:
    state = sim.state(on)
    assert 0 <= state.strength_level <= sim.protocol.top_strength_level
    ladder = len(sim.protocol.running.ladder)
    assert 1 <= state.stage <= max(ladder, 1)
    assert 0 <= state.greens_at_stage < t.GREEN_RUNS_TO_ADVANCE
    assert state.day == on


@settings(max_examples=60, deadline=None)
@given(events_for, referrals, st.sampled_from([None, "fredericson-six-week", "strength-routine"]))
def test_random_histories_stay_in_bounds_and_phases_only_move_forward(
    events: list[tuple[tuple[int, bool | None] | None, int | None, tuple[int, bool] | None]],
    refs: list[tuple[int, int | None]],
    proto_id: str | None,
) -> None:
    sim = build(events, refs, proto_id)
    previous = None
    for n in range(len(events) + 2):
        in_bounds(sim, d(n))
        phase = sim.state(d(n)).phase
        if sim.protocol.running.mode != "phased":
            assert phase is None
        else:
            assert phase is not None
            if previous is not None:
                assert PHASE_ORDER.index(phase) >= PHASE_ORDER.index(previous)
            previous = phase


@settings(max_examples=60, deadline=None)
@given(events_for, referrals, st.integers(0, DAYS + 2))
def test_derive_state_is_deterministic_and_ignores_later_reports(
    events: list[tuple[tuple[int, bool | None] | None, int | None, tuple[int, bool] | None]],
    refs: list[tuple[int, int | None]],
    cut: int,
) -> None:
    sim = build(events, refs)
    on = d(cut)
    first = derive_state(DEFAULT, START, sim.history, on)
    assert derive_state(DEFAULT, START, sim.history, on) == first
    rebuilt = build(events, refs)
    assert derive_state(DEFAULT, START, rebuilt.history, on) == first
    h = sim.history
    earlier = replace(
        h,
        runs=tuple(r for r in h.runs if r.day < on),
        mornings=tuple(m for m in h.mornings if m.day < on),
        strength=tuple(s for s in h.strength if s.day < on),
    )
    assert derive_state(DEFAULT, START, earlier, on) == first


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.integers(0, 40),
            st.sampled_from(list(Decision)),
            pain,
            st.none() | st.integers(1, LADDER_LEN),
        ),
        max_size=30,
    ),
    st.lists(st.tuples(st.integers(0, 40), pain), max_size=30),
)
def test_even_arbitrary_stored_decisions_stay_in_bounds(
    runs: list[tuple[int, Decision, int, int | None]], strength: list[tuple[int, int]]
) -> None:
    sim = Sim()
    r = sim.reach_return()
    extra_runs = tuple(
        RunRecord(r + timedelta(days=n), p, False, Judgement(dec, "R6", "stored"), stage=s)
        for n, dec, p, s in sorted(runs, key=lambda x: x[0])
    )
    extra_strength = tuple(StrengthRecord(r + timedelta(days=n), p) for n, p in sorted(strength))
    sim.history = replace(
        sim.history,
        runs=extra_runs,
        strength=tuple(sorted((*sim.history.strength, *extra_strength), key=lambda x: x.day)),
    )
    for n in range(0, 44, 3):
        in_bounds(sim, r + timedelta(days=n))
