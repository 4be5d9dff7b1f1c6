"""The walk-run ladder's discipline (CLINICAL.md §3 and §4 v2): two consecutive green runs
advance a stage, amber and R4 reset the count, the third amber steps down, runs are every other
day (R9), a rest lasts 3 days and until the morning settles (R8), a second rest within 14 days
refers, weekly minutes in maintain, and the step back after a clearance (§5)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from bot.coach import thresholds as t
from bot.coach.records import Decision, Judgement, Phase
from bot.texts.reasons import reason_text, rest_block_text
from tests.unit.coach_builders import WALK_RUN, Sim, d, protocol

GAP = timedelta(days=t.RUN_EVERY_N_DAYS)
ONE = timedelta(days=1)
LADDER_LEN = len(WALK_RUN)


def minutes_of(stage: int) -> int:
    repeats, run, walk = WALK_RUN[stage - 1]
    return repeats * (run + walk)


def returning() -> tuple[Sim, date]:
    sim = Sim()
    return sim, sim.reach_return()


def run_day(
    sim: Sim, on: date, pain: int, *, morning_after: int | None = 0, **kw: object
) -> Judgement:
    """A morning check at 0/10, the run, and (unless None) the next morning's check."""
    if not any(m.day == on for m in sim.history.mornings):
        sim.morning(on, 0)
    judgement = sim.run(on, pain, **kw)  # type: ignore[arg-type]
    if morning_after is not None:
        return sim.next_morning(on, morning_after)
    return judgement


def climb_to(sim: Sim, on: date, stage: int) -> date:
    """Green runs every other day, with morning checks, until ``stage``; the next run day."""
    for _ in range(4 * LADDER_LEN):
        if sim.state(on).stage >= stage:
            return on
        assert run_day(sim, on, 0).decision is Decision.PROGRESS
        on += GAP
    raise AssertionError(f"never reached stage {stage}")


# --- green runs -----------------------------------------------------------------------------


def test_two_consecutive_green_runs_advance_a_stage() -> None:
    sim, r = returning()
    assert run_day(sim, r, t.RUN_GREEN_MAX).decision is Decision.PROGRESS
    assert (sim.state(r + GAP).stage, sim.state(r + GAP).greens_at_stage) == (1, 1)
    assert run_day(sim, r + GAP, 0).decision is Decision.PROGRESS
    state = sim.state(r + 2 * GAP)
    assert (state.stage, state.greens_at_stage) == (2, 0)


@pytest.mark.parametrize("amber", range(t.RUN_GREEN_MAX + 1, t.RUN_AMBER_MAX + 1))
def test_green_amber_green_does_not_advance(amber: int) -> None:
    sim, r = returning()
    run_day(sim, r, 0)
    assert run_day(sim, r + GAP, amber).decision is Decision.HOLD
    assert sim.state(r + GAP + ONE).may_run_today() is False  # the rest day after an amber
    on = r + 2 * GAP
    run_day(sim, on, 0)
    state = sim.state(on + GAP)
    assert (state.stage, state.greens_at_stage) == (1, 1)


def test_a_run_revised_by_r4_resets_the_count() -> None:
    sim, r = returning()
    run_day(sim, r, 0)
    revised = run_day(sim, r + GAP, 0, morning_after=t.MORNING_RISE_MIN)
    assert (revised.decision, revised.rule) == (Decision.HOLD, "R4")
    run_day(sim, r + 2 * GAP, 0)
    state = sim.state(r + 3 * GAP)
    assert (state.stage, state.greens_at_stage) == (1, 1)


def test_r4_uses_the_lowest_morning_of_the_week_so_a_flare_cannot_raise_it() -> None:
    sim, r = returning()
    sim.morning(r, 3)  # a sore morning on the run day: the baseline stays 0
    judgement = sim.run(r, 0)
    assert judgement.decision is Decision.PROGRESS
    assert sim.next_morning(r, 2).rule == "R4"  # 2 above the week's lowest (0)


def test_green_runs_in_calm_are_held_and_do_not_move_the_ladder() -> None:
    sim = Sim()
    for n in range(0, 10, 2):
        judgement = sim.run(d(n), 0)
        assert (judgement.decision, judgement.rule) == (Decision.HOLD, "R6")
        assert "calm phase" in reason_text(judgement)
    state = sim.state(d(10))
    assert (state.phase, state.stage, state.greens_at_stage) == (Phase.CALM, 1, 0)


# --- amber ----------------------------------------------------------------------------------


def test_the_third_amber_in_a_row_steps_the_ladder_down() -> None:
    sim, r = returning()
    on = climb_to(sim, r, 3)
    for i in range(t.AMBERS_TO_STEP_DOWN - 1):
        assert run_day(sim, on, 4).rule == "R5"
        assert sim.state(on + GAP).stage == 3
        assert sim.state(on + GAP).ambers_in_row == i + 1
        on += GAP
    third = run_day(sim, on, 5)
    assert "steps down to stage 2" in reason_text(third)
    state = sim.state(on + GAP)
    assert (state.stage, state.ambers_in_row, state.greens_at_stage) == (2, 0, 0)


def test_a_green_run_breaks_the_amber_row() -> None:
    sim, r = returning()
    on = climb_to(sim, r, 3)
    for pain in (4, 4, 1, 4):
        run_day(sim, on, pain)
        on += GAP
    assert sim.state(on).stage == 3
    assert sim.state(on).ambers_in_row == 1


# --- R9: every other day, and the stage's minutes -------------------------------------------


def test_a_run_the_day_after_a_run_is_held_and_does_not_count() -> None:
    sim, r = returning()
    run_day(sim, r, 0)
    judgement = run_day(sim, r + ONE, 0)
    assert (judgement.decision, judgement.rule) == (Decision.HOLD, "R9")
    assert "10 x (run 1 min / walk 1 min)" in reason_text(judgement)
    state = sim.state(r + 2 * ONE)
    # §3 v3: a run between two greens makes them not consecutive: the count starts again.
    assert (state.stage, state.greens_at_stage) == (1, 0)


@pytest.mark.parametrize(
    ("minutes", "counts"),
    [
        (minutes_of(1), True),
        (minutes_of(1) * 125 // 100, True),
        (minutes_of(1) * 125 // 100 + 1, False),
    ],
)
def test_minutes_over_125_percent_of_the_stage_do_not_count(minutes: int, counts: bool) -> None:
    sim, r = returning()
    judgement = run_day(sim, r, 0, minutes=minutes)
    assert (judgement.rule == "R6") is counts
    assert sim.state(r + GAP).greens_at_stage == (1 if counts else 0)


def test_sixty_minutes_every_day_at_stage_one_climbs_nothing() -> None:
    """The v1 story: /run 60 pain 1 daily climbed the whole ladder in 16 days."""
    sim, r = returning()
    for n in range(30):
        judgement = run_day(sim, r + timedelta(days=n), 1, minutes=60)
        assert (judgement.decision, judgement.rule) == (Decision.HOLD, "R9")
    state = sim.state(r + timedelta(days=30))
    assert (state.phase, state.stage, state.greens_at_stage) == (Phase.RETURN, 1, 0)


# --- rests and the rest period (R2, R3, R8) -------------------------------------------------


@pytest.mark.parametrize(("pain", "stopped", "rule"), [(1, True, "R2"), (7, False, "R3")])
def test_a_rest_drops_a_stage_and_runs_come_back_after_3_days_and_a_settled_morning(
    pain: int, stopped: bool, rule: str
) -> None:
    sim, r = returning()
    on = climb_to(sim, r, 3)
    judgement = run_day(sim, on, pain, stopped=stopped, morning_after=4)
    assert (judgement.decision, judgement.rule) == (Decision.REST, rule)
    for n in range(1, t.REST_DAYS_AFTER_REST + 1):
        state = sim.state(on + timedelta(days=n))
        assert state.stage == 2 and not state.may_run_today()
    fourth = on + timedelta(days=t.REST_DAYS_AFTER_REST + 1)
    assert not sim.state(fourth).may_run_today()  # no morning check since the flare
    sim.morning(fourth, 3)  # baseline 0: 3 is not within 1 point
    block = sim.state(fourth).rest_block()
    assert block is not None and "3/10" in rest_block_text(block)
    held = sim.run(fourth, 0)
    assert (held.decision, held.rule) == (Decision.HOLD, "R8")
    fifth = fourth + GAP
    sim.morning(fifth, 1)  # settled
    state = sim.state(fifth)
    assert state.may_run_today() and state.run_stage() == 2
    assert sim.run(fifth, 0).decision is Decision.PROGRESS


def test_a_settled_rest_period_does_not_come_back_with_a_later_sore_morning() -> None:
    sim, r = returning()
    run_day(sim, r, 7, morning_after=1)
    after = r + timedelta(days=t.REST_DAYS_AFTER_REST + 1)
    sim.morning(after, 0)
    assert sim.state(after).rest is None
    sim.morning(after + ONE, 5)  # a sore morning later is R4's business, not a rest period
    assert sim.state(after + ONE).rest_block() is None


@pytest.mark.parametrize("stage_gap", [0, 1])
def test_a_second_rest_within_14_days_refers_at_any_stage(stage_gap: int) -> None:
    sim, r = returning()
    on = climb_to(sim, r, 3)
    assert run_day(sim, on, 7, morning_after=0).decision is Decision.REST  # -> stage 2
    on += timedelta(days=t.REST_DAYS_AFTER_REST + 1)
    on = climb_to(sim, on, 2 + stage_gap)
    assert (on - r).days <= 30
    judgement = sim.run(on, 1, stopped=True)
    assert (judgement.decision, judgement.rule) == (Decision.REFER, "R2")
    assert sim.state(on + ONE).referral is not None
    assert not sim.state(on + GAP).may_run_today() or sim.state(on + GAP).referral is not None


def test_a_rest_15_days_after_the_last_rests_again() -> None:
    sim, r = returning()
    run_day(sim, r, 7, morning_after=0)
    later = r + timedelta(days=t.REPEAT_REST_WINDOW_DAYS + 1)
    sim.calm_days(r + ONE, t.REPEAT_REST_WINDOW_DAYS + 1)
    assert sim.run(later, 7).decision is Decision.REST


def test_r4_turning_an_amber_run_into_a_rest_drops_a_stage() -> None:
    sim, r = returning()
    on = climb_to(sim, r, 2)
    judgement = run_day(sim, on, 4, morning_after=t.MORNING_RISE_MIN)
    assert (judgement.decision, judgement.rule) == (Decision.REST, "R4")
    state = sim.state(on + 2 * ONE)
    assert state.stage == 1 and not state.may_run_today()


def test_whole_ladder_then_maintain() -> None:
    sim, on = returning()
    stages = []
    while sim.state(on).phase is Phase.RETURN:
        stages.append(sim.state(on).stage)
        assert run_day(sim, on, t.RETURN_TOP_STAGE_PAIN_MAX).decision is Decision.PROGRESS
        on += GAP
        assert len(stages) <= 2 * LADDER_LEN
    assert stages == [s for s in range(1, LADDER_LEN + 1) for _ in range(2)]
    assert sim.state(on).phase is Phase.MAINTAIN


def test_the_top_stage_without_morning_checks_does_not_reach_maintain() -> None:
    sim, r = returning()
    on = climb_to(sim, r, LADDER_LEN) + 2 * GAP
    for _ in range(3):
        sim.run(on, 0)  # no morning check for over 3 days
        on += GAP
    assert sim.state(on).phase is Phase.RETURN


def test_run_during_referral_is_referred_and_changes_nothing() -> None:
    sim, r = returning()
    run_day(sim, r, 0)
    before = sim.state(r + GAP)
    sim.refer(r + GAP)
    judgement = sim.run(r + GAP, 0)
    assert (judgement.decision, judgement.rule) == (Decision.REFER, "R1")
    after = sim.state(r + 2 * GAP)
    assert (after.stage, after.greens_at_stage) == (before.stage, before.greens_at_stage)


# --- maintain: weekly minutes (§3 v2) -------------------------------------------------------


def test_weekly_minutes_warn_then_hold_after_two_weeks_over() -> None:
    sim = Sim(protocol("maintenance"))
    weeks = [60, 60, 80, 100]  # +33%, then +25%: two weeks in a row over +10%
    for week, total in enumerate(weeks):
        for i in range(2):
            sim.morning(d(7 * week + 2 * i), 0)
            judgement = sim.run(d(7 * week + 2 * i), 1, minutes=total // 2)
    assert (judgement.decision, judgement.rule) == (Decision.HOLD, "R9")
    assert "2 weeks in a row" in reason_text(judgement)


def test_weekly_minutes_under_30_are_not_watched() -> None:
    sim = Sim(protocol("maintenance"))
    for week, total in enumerate([10, 20, 28]):
        judgement = sim.run(d(7 * week), 1, minutes=total)
    assert judgement.decision is Decision.PROGRESS


# --- the step back after a clearance (§5 v2) ------------------------------------------------


@pytest.mark.parametrize(
    ("stage", "referral_days", "resumes_at"),
    [
        (5, 3, 3),  # two stages lower
        (2, 3, 1),  # not below stage 1
        (5, t.CLEARANCE_LONG_REFERRAL_DAYS, 3),  # 14 days: still two lower
        (5, t.CLEARANCE_LONG_REFERRAL_DAYS + 1, 1),  # over 14 days: stage 1
    ],
)
def test_clearance_resumes_the_ladder_a_step_back(
    stage: int, referral_days: int, resumes_at: int
) -> None:
    sim, r = returning()
    on = climb_to(sim, r, stage)
    sim.refer(on, cleared_on=on + timedelta(days=referral_days))
    state = sim.state(on + timedelta(days=referral_days))
    assert (state.phase, state.stage, state.greens_at_stage) == (Phase.RETURN, resumes_at, 0)


@pytest.mark.parametrize(("referral_days", "stage"), [(3, LADDER_LEN - 1), (20, 1)])
def test_clearance_in_maintain_goes_back_to_the_ladder(referral_days: int, stage: int) -> None:
    sim, r = returning()
    on = climb_to(sim, r, LADDER_LEN)
    run_day(sim, on, 0)
    run_day(sim, on + GAP, 0)
    assert sim.state(on + 2 * GAP).phase is Phase.MAINTAIN
    raised = on + 2 * GAP
    sim.refer(raised, cleared_on=raised + timedelta(days=referral_days))
    state = sim.state(raised + timedelta(days=referral_days))
    assert (state.phase, state.stage) == (Phase.RETURN, stage)
