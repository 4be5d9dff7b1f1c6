"""today_plan: stretches, the strength dose of the day and running guidance for each phase
(CLINICAL.md §1, §3 and §4), built from states replayed by derive_state."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from bot.coach import thresholds as t
from bot.coach.plan import DayPlan, Running, StrengthStatus, today_plan
from bot.coach.records import Decision, Phase
from bot.texts.common import dose_text, stage_text
from bot.texts.reasons import rest_block_text
from tests.unit.coach_builders import FREDERICSON_LADDER, START, WALK_RUN, Sim, d, protocol

GAP = timedelta(days=t.RUN_EVERY_N_DAYS)
STRETCH_IDS = {"lying-rope-hip-stretch", "standing-crossover-stretch"}  # CLINICAL.md 1a
FREDERICSON_STRENGTH = ("side-lying-hip-abduction", "standing-hip-hike")  # CLINICAL.md 1a


def plan(sim: Sim, on: date) -> DayPlan:
    return today_plan(sim.protocol, sim.state(on))


def doses(p: DayPlan) -> dict[str, str]:
    return {e.exercise.id: dose_text(e.exercise.dose, e.level) for e in p.strength}


def to_maintain(sim: Sim) -> date:
    on = sim.reach_return()
    while sim.state(on).phase is Phase.RETURN:
        sim.morning(on, 0)
        assert sim.run(on, 0).decision is Decision.PROGRESS
        sim.next_morning(on, 0)  # §3 v3: a green run counts once its morning check is in
        on += GAP
        assert on < START + timedelta(days=120), "never reached maintain"
    return on


# --- stretches and strength doses -----------------------------------------------------------


def test_default_protocol_lists_three_stretch_sessions() -> None:
    p = plan(Sim(), START)
    assert p.stretch_sessions == 3  # CLINICAL.md 1a: three times a day
    assert {e.exercise.id for e in p.stretches} == STRETCH_IDS
    assert all(
        "15 s hold" in dose_text(e.exercise.dose, e.level) for e in p.stretches
    )  # CLINICAL.md 1a: 15 s hold


@pytest.mark.parametrize("level", range(len(FREDERICSON_LADDER) + 2))
def test_strength_dose_follows_the_level(level: int) -> None:
    sim = Sim()
    on = d(t.STRENGTH_STEP_MIN_DAYS * level)  # CLINICAL.md 1a v2: a step every 4 days at best
    sim.strength_days(START, (on - START).days)
    p = plan(sim, on)
    expected = FREDERICSON_LADDER[min(level, len(FREDERICSON_LADDER) - 1)]
    assert p.strength_level == min(level, len(FREDERICSON_LADDER) - 1)
    got = doses(p)
    for exercise_id in (*FREDERICSON_STRENGTH, "clamshell"):  # CLINICAL.md 1a, 1b
        assert got[exercise_id] == expected
    assert p.strength_status is StrengthStatus.DUE


def test_glute_bridge_and_wall_push_doses() -> None:
    sim = Sim()
    bottom = doses(plan(sim, START))
    sim.strength_days(START, 60)  # long enough for every step at the §1a v2 pace
    top = doses(plan(sim, d(60)))
    # CLINICAL.md 1b: glute bridge with a 5 s hold, 1x10 -> 3x15; wall push 5 s holds, 5 reps.
    assert bottom["glute-bridge"].startswith("1x10") and "5 s hold" in bottom["glute-bridge"]
    assert top["glute-bridge"].startswith("3x15")
    for dose in (bottom["wall-isometric"], top["wall-isometric"]):
        assert "5 s hold" in dose and "5" in dose.replace("5 s hold", "")


def test_strength_rest_day_after_a_painful_session() -> None:
    sim = Sim()
    sim.strength(START, t.STRENGTH_HOLD_MAX + 1)
    assert plan(sim, d(1)).strength_status is StrengthStatus.REST
    assert plan(sim, d(1)).stretches  # stretches go on
    assert plan(sim, d(2)).strength_status is StrengthStatus.DUE


# --- running by phase -----------------------------------------------------------------------


def test_calm_phase_cross_trains() -> None:
    p = plan(Sim(), START)
    assert (p.phase, p.running, p.stage, p.stage_detail) == (
        Phase.CALM,
        Running.CROSS_TRAIN,
        None,
        None,
    )


def test_build_phase_walks() -> None:
    sim = Sim()
    sim.calm_days(START, t.CALM_DAYS_TO_BUILD)
    p = plan(sim, d(t.CALM_DAYS_TO_BUILD))
    assert (p.phase, p.running, p.stage) == (Phase.BUILD, Running.WALK, None)


def test_return_phase_gives_the_ladder_stage_with_detail() -> None:
    sim = Sim()
    on = sim.reach_return()
    for stage in range(1, len(WALK_RUN) + 1):
        p = plan(sim, on)
        assert (p.phase, p.running, p.stage) == (Phase.RETURN, Running.LADDER, stage)
        assert p.stage_detail is not None
        repeats, run_min, walk_min = WALK_RUN[stage - 1]
        assert (p.stage_detail.repeats, p.stage_detail.run_min, p.stage_detail.walk_min) == (
            repeats,
            run_min,
            walk_min,
        )
        text = stage_text(p.stage_detail)
        if walk_min:
            assert f"{repeats} x (run {run_min} min / walk {walk_min} min)" == text
        else:
            assert text.startswith(f"{repeats * run_min} min continuous")
        for _ in range(t.GREEN_RUNS_TO_ADVANCE):
            if sim.state(on).phase is not Phase.RETURN:
                break
            sim.run(on, 0)
            sim.next_morning(on, 0)  # §3 v3: a green run counts once its morning check is in
            assert plan(sim, on + timedelta(days=1)).running is Running.REST_DAY  # every other day
            on += GAP


def test_rest_day_after_a_rest_decision() -> None:
    sim = Sim()
    on = sim.reach_return()
    sim.run(on, 0)
    sim.next_morning(on, 0)
    sim.run(on + GAP, 0)
    sim.next_morning(on + GAP, 0)
    on += 2 * GAP
    assert plan(sim, on).stage == 2
    assert sim.run(on, t.RUN_HIGH_MIN).decision is Decision.REST
    for n in range(1, t.REST_DAYS_AFTER_REST + 1):
        p = plan(sim, on + timedelta(days=n))
        assert (p.running, p.stage) == (Running.REST_DAY, 1)  # no running; one stage lower
        assert p.rest_reason is not None and "no running for 3 days" in rest_block_text(
            p.rest_reason
        )
    fourth = on + timedelta(days=t.REST_DAYS_AFTER_REST + 1)
    p = plan(sim, fourth)  # 3 days passed, but no morning check since the rest
    assert p.running is Running.REST_DAY
    assert p.rest_reason is not None and "no morning check" in rest_block_text(p.rest_reason)
    sim.morning(fourth, 1)  # within 1 point of the baseline (0)
    p = plan(sim, fourth)
    assert (p.running, p.stage, p.rest_reason) == (Running.LADDER, 1, None)


def test_maintain_runs_free() -> None:
    sim = Sim()
    on = to_maintain(sim)
    p = plan(sim, on)
    assert (p.phase, p.running, p.stage, p.stage_detail) == (
        Phase.MAINTAIN,
        Running.FREE,
        None,
        None,
    )


@pytest.mark.parametrize("where", ["calm", "return", "maintain"])
def test_referral_stops_running_and_strength_but_not_stretches(where: str) -> None:
    sim = Sim()
    if where == "return":
        on = sim.reach_return()
    elif where == "maintain":
        on = to_maintain(sim)
    else:
        on = d(1)
    sim.refer(on, cause="swelling")
    p = plan(sim, on)
    assert p.running is Running.STOPPED
    assert p.strength_status is StrengthStatus.STOPPED
    assert not p.has_strength
    assert p.stage is None
    assert {e.exercise.id for e in p.stretches} == STRETCH_IDS
    assert p.stretch_sessions == 3
    assert p.referral_reason


def test_cleared_referral_restores_the_plan() -> None:
    sim = Sim()
    sim.refer(START, cleared_on=d(1))
    p = plan(sim, d(1))
    assert p.running is Running.CROSS_TRAIN
    assert p.strength_status is StrengthStatus.DUE
    assert p.referral_reason is None


# --- other protocols ------------------------------------------------------------------------


def strength_days_in_week(proto_id: str, week: int) -> list[int]:
    sim = Sim(protocol(proto_id))
    first = d(7 * week)
    return [
        n
        for n in range(7)
        if plan(sim, first + timedelta(days=n)).strength_status is StrengthStatus.DUE
    ]


@pytest.mark.parametrize(
    ("proto_id", "per_week"),
    [
        ("strength-routine", 3),  # CLINICAL.md 1c: seed 004, three times a week
        ("maintenance", 3),  # CLINICAL.md 1d: strength three times a week
        ("hip-strength-return", 7),  # CLINICAL.md 1a/1b: daily
        ("fredericson-six-week", 7),  # CLINICAL.md 1a: daily
    ],
)
def test_strength_only_on_training_weekdays(proto_id: str, per_week: int) -> None:
    weeks = [strength_days_in_week(proto_id, w) for w in range(3)]
    assert all(len(days) == per_week for days in weeks)
    assert weeks[0] == weeks[1] == weeks[2]  # the same weekdays every week
    sim = Sim(protocol(proto_id))
    for n in range(7):
        p = plan(sim, d(n))
        if n not in weeks[0]:
            assert p.strength_status is StrengthStatus.NOT_TODAY
            assert not p.has_strength
        assert p.stretches  # stretches every day


def test_maintenance_protocol() -> None:
    p = plan(Sim(protocol("maintenance")), START)
    assert p.stretch_sessions == 1  # CLINICAL.md 1d: stretches once a day
    assert p.running is Running.FREE
    assert p.phase is None
    assert not p.protocol_finished


def test_fredericson_has_no_running_for_six_weeks_then_offers_the_return() -> None:
    sim = Sim(protocol("fredericson-six-week"))
    sim.calm_days(START, 50)
    for n in (0, 10, 41):
        p = plan(sim, d(n))
        assert (p.running, p.phase, p.stage, p.return_offered) == (Running.NONE, None, None, False)
    sim.run(d(3), 0)  # people run anyway: still no running in the plan
    assert plan(sim, d(4)).running is Running.NONE
    assert plan(sim, d(42)).return_check_due  # §3 v3: the return-to-run check comes first
    sim.return_check(d(42), passed=True)
    p = plan(sim, d(42))  # CLINICAL.md 1a v2: the return phase from stage 1, not free running
    assert (p.running, p.phase, p.stage, p.return_offered) == (
        Running.LADDER,
        Phase.RETURN,
        1,
        True,
    )
    assert not p.protocol_finished


@pytest.mark.parametrize(("last_check", "missing"), [(None, True), (0, True), (1, False)])
def test_the_plan_asks_for_the_morning_check_after_three_silent_days(
    last_check: int | None, missing: bool
) -> None:
    sim = Sim()
    if last_check is not None:
        sim.morning(d(last_check), 1)
    assert plan(sim, d(4)).morning_check_missing is missing


@pytest.mark.parametrize(
    ("proto_id", "asks"),
    [
        ("hip-strength-return", True),  # phases wait for the morning check
        ("fredericson-six-week", True),  # so does the return phase after the six weeks
        ("maintenance", False),  # nothing moves on: no need to chase the check
        ("strength-routine", True),  # phased running too (CLINICAL.md 1c, 3)
        ("home-strength", True),
    ],
)
def test_only_programmes_with_phases_chase_the_morning_check(proto_id: str, asks: bool) -> None:
    assert plan(Sim(protocol(proto_id)), d(10)).morning_check_missing is asks


@pytest.mark.parametrize(
    ("proto_id", "n", "finished"),
    [
        ("fredericson-six-week", 0, False),
        ("fredericson-six-week", 6 * 7 - 1, False),
        # CLINICAL.md 1a v2: the return phase follows the six weeks, so not finished yet.
        ("fredericson-six-week", 6 * 7, False),
        ("hip-strength-return", 0, False),
        ("hip-strength-return", 6 * 7 - 1, False),
        # Past week 6 but still in the calm phase: not finished until back to free running.
        ("hip-strength-return", 6 * 7, False),
    ],
)
def test_protocol_finished_after_the_sixth_week(proto_id: str, n: int, finished: bool) -> None:
    p = plan(Sim(protocol(proto_id)), d(n))
    assert p.protocol_finished is finished
    assert p.week == n // 7 + 1
    assert p.day_number == n + 1
