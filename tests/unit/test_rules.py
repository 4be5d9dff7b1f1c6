"""The run table of CLINICAL.md §4 v2 (R1, R2, R3, R8, R5, R9, R6 in that order), R4 the
morning after, the strength step, and the rest period. Expectations come from CLINICAL.md and
``thresholds``; R7 is in ``test_stalled``."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.coach import thresholds as t
from bot.coach.protocol import WalkRunStage
from bot.coach.records import (
    Decision,
    History,
    Judgement,
    MorningRecord,
    Phase,
    RestBlock,
    RestWait,
    RunRecord,
)
from bot.coach.rules import (
    RUN_RULES,
    RestPeriod,
    RunFacts,
    judge_run,
    revise_with_morning,
    strength_step,
)
from bot.texts.reasons import reason_text
from tests.unit.coach_builders import d

RUN_DAY = d(30)
GREEN = range(t.PAIN_MIN, t.RUN_GREEN_MAX + 1)
AMBER = range(t.RUN_GREEN_MAX + 1, t.RUN_AMBER_MAX + 1)
HIGH = range(t.RUN_HIGH_MIN, t.PAIN_MAX + 1)
ALL_PAIN = range(t.PAIN_MIN, t.PAIN_MAX + 1)
STAGE_3 = {"repeats": 6, "run": 3, "walk": 1}  # CLINICAL.md §3 stage 3: 6 x (run 3 / walk 1)
STAGE_3_MINUTES = STAGE_3["repeats"] * (STAGE_3["run"] + STAGE_3["walk"])


def facts(pain: int, **changes: object) -> RunFacts:
    """A run at stage 3 of the return phase, two days after the last, with nothing open."""
    base = RunFacts(
        day=RUN_DAY,
        pain_during=pain,
        stopped=False,
        phase=Phase.RETURN,
        stage=3,
        running_applies=True,
        stage_detail=WalkRunStage(repeats=6, run_min=3, walk_min=1),
        stage_minutes=STAGE_3_MINUTES,
        top_stage=8,
        days_since_last_run=t.RUN_EVERY_N_DAYS,
    )
    return replace(base, **changes)  # type: ignore[arg-type]


def test_table_order_is_clinical_md() -> None:
    assert [r.id for r in RUN_RULES] == ["R1", "R2", "R3", "R8", "R5", "R9", "R6"]


@pytest.mark.parametrize(
    ("name", "clinical"),
    [
        ("RUN_GREEN_MAX", 2),  # R6: <= 2/10
        ("RUN_AMBER_MAX", 5),  # R5: 3-5/10
        ("RUN_HIGH_MIN", 6),  # R3: >= 6/10
        ("MORNING_RISE_MIN", 2),  # R4: 2+ points above baseline
        ("BASELINE_WINDOW_DAYS", 7),  # §4: lowest morning of the 7 days before the run
        ("REST_DAYS_AFTER_REST", 3),  # §3: no running for 3 days ...
        ("REST_SETTLED_MARGIN", 1),  # ... and until morning pain is within 1 point
        ("REPEAT_REST_WINDOW_DAYS", 14),  # R2: second rest within 14 days
        ("GREEN_RUNS_TO_ADVANCE", 2),  # R6: two consecutive green runs advance
        ("AMBERS_TO_STEP_DOWN", 3),  # R5: the third amber in a row steps down
        ("OVERLOAD_MINUTES_PCT", 125),  # R9: minutes over 125% of the stage
        ("STALLED_NO_IMPROVEMENT_DAYS", 21),  # R7: rolling 3 weeks
        ("STALLED_MIN_REPORTS", 3),  # R7: at least 3 reports in each window
        ("STALLED_UNRESOLVED_DAYS", 56),  # R7: 8 weeks
        ("R7_REARM_DAYS", 21),  # R7: re-armed 21 days after a clearance
        ("SILENT_DAYS", 3),  # §3: 3 days without a morning check
        ("STRENGTH_STEP_UP_MAX", 3),  # §1a: none above 3/10
        ("STRENGTH_SESSIONS_PER_STEP", 3),  # §1a: 3 sessions at the step
        ("STRENGTH_STEP_MIN_DAYS", 4),  # §1a: 4 days since the last step up
        ("STRENGTH_HOLD_MAX", 5),  # §1a: 4-5 holds
        ("CALM_PAIN_MAX", 2),
        ("CALM_DAYS_TO_BUILD", 3),
        ("BUILD_STRENGTH_DAYS_TO_RETURN", 10),
        ("RETURN_TOP_STAGE_PAIN_MAX", 2),
        ("MAINTAIN_WEEKLY_GROWTH_PCT", 10),  # §3: +10% a week at most
        ("MAINTAIN_GROWTH_FLOOR_MINUTES", 30),  # §3: once past 30 minutes a week
        ("MAINTAIN_WEEKS_OVER_TO_HOLD", 2),  # §3: two such weeks in a row -> hold
        ("CLEARANCE_STRENGTH_STEPS_BACK", 2),  # §5: strength two steps lower
        ("CLEARANCE_STAGES_BACK", 2),  # §5: ladder two stages lower
        ("CLEARANCE_LONG_REFERRAL_DAYS", 14),  # §5: stage 1 after over 14 days
        ("NO_MASSAGE_HOURS_AFTER_ACUTE", 48),  # §6
    ],
)
def test_threshold_matches_clinical_md(name: str, clinical: int) -> None:
    assert getattr(t, name) == clinical


def test_pain_bands_cover_the_scale_without_overlap() -> None:
    assert [*GREEN, *AMBER, *HIGH] == list(ALL_PAIN)


# --- the table, row by row ------------------------------------------------------------------

REST_BLOCK = RestBlock(RestWait.DAYS_OFF, RUN_DAY, RUN_DAY + timedelta(days=4), 2, 1)
ROWS = [
    # (id, pain, changes, decision, rule)
    *[("R1 open flag", p, {"red_flag": "swelling"}, Decision.REFER, "R1") for p in ALL_PAIN],
    *[("R2 stopped", p, {"stopped": True}, Decision.REST, "R2") for p in ALL_PAIN],
    *[("R3 high", p, {}, Decision.REST, "R3") for p in HIGH],
    *[("R8 rest period", p, {"rest_block": REST_BLOCK}, Decision.HOLD, "R8") for p in GREEN],
    *[("R8 before amber", p, {"rest_block": REST_BLOCK}, Decision.HOLD, "R8") for p in AMBER],
    *[("R5 amber", p, {}, Decision.HOLD, "R5") for p in AMBER],
    *[("R9 next day", p, {"days_since_last_run": 1}, Decision.HOLD, "R9") for p in GREEN],
    *[("R9 same day", p, {"days_since_last_run": 0}, Decision.HOLD, "R9") for p in GREEN],
    ("R9 minutes", 1, {"minutes": STAGE_3_MINUTES * 125 // 100 + 1}, Decision.HOLD, "R9"),
    (
        "R9 volume",
        1,
        {"stage": None, "phase": Phase.MAINTAIN, "weeks_over": 2},
        Decision.HOLD,
        "R9",
    ),
    *[("R6 green return", p, {}, Decision.PROGRESS, "R6") for p in GREEN],
    ("R6 green maintain", 1, {"stage": None, "phase": Phase.MAINTAIN}, Decision.PROGRESS, "R6"),
    (
        "R6 calm",
        0,
        {"stage": None, "phase": Phase.CALM, "running_applies": False},
        Decision.HOLD,
        "R6",
    ),
    (
        "R6 build",
        2,
        {"stage": None, "phase": Phase.BUILD, "running_applies": False},
        Decision.HOLD,
        "R6",
    ),
    (
        "R6 no-run programme",
        1,
        {"stage": None, "phase": None, "running_applies": False},
        Decision.HOLD,
        "R6",
    ),
]


@pytest.mark.parametrize(("row", "pain", "changes", "decision", "rule"), ROWS)
def test_run_table_row(
    row: str, pain: int, changes: dict[str, object], decision: Decision, rule: str
) -> None:
    judgement = judge_run(facts(pain, **changes))
    assert (judgement.decision, judgement.rule) == (decision, rule), row
    assert reason_text(judgement).strip()


@pytest.mark.parametrize(
    ("minutes", "rule"),
    [
        (None, "R6"),  # minutes not reported: judged on pain alone
        (STAGE_3_MINUTES, "R6"),
        (STAGE_3_MINUTES * 125 // 100, "R6"),  # 30 minutes: exactly 125%
        (STAGE_3_MINUTES * 125 // 100 + 1, "R9"),  # 31: over
    ],
)
def test_r9_minutes_boundary(minutes: int | None, rule: str) -> None:
    assert judge_run(facts(1, minutes=minutes)).rule == rule


def test_r9_says_what_the_stage_prescribes() -> None:
    for changes in ({"days_since_last_run": 1}, {"minutes": 60}):
        reason = reason_text(judge_run(facts(0, **changes)))
        assert "6 x (run 3 min / walk 1 min)" in reason
        assert f"{STAGE_3_MINUTES} minutes" in reason
        assert "does not count" in reason


def test_r9_next_day_only_in_the_return_phase() -> None:
    calm = facts(0, stage=None, phase=Phase.CALM, running_applies=False, days_since_last_run=1)
    assert judge_run(calm).rule == "R6"
    maintain = facts(0, stage=None, phase=Phase.MAINTAIN, days_since_last_run=1)
    assert judge_run(maintain).decision is Decision.PROGRESS  # free running may be daily


@pytest.mark.parametrize(("weeks_over", "rule"), [(0, "R6"), (1, "R6"), (2, "R9"), (3, "R9")])
def test_maintain_volume_holds_after_two_weeks_over(weeks_over: int, rule: str) -> None:
    judgement = judge_run(facts(1, stage=None, phase=Phase.MAINTAIN, weeks_over=weeks_over))
    assert judgement.rule == rule


def test_r8_says_why_the_rest_period_is_not_over() -> None:
    judgement = judge_run(
        facts(0, rest_block=replace(REST_BLOCK, wait=RestWait.MORNING_HIGH, morning_pain=4))
    )
    assert "rest period is not over" in reason_text(judgement)
    assert "4/10" in reason_text(judgement)
    assert "does not count" in reason_text(judgement)


@pytest.mark.parametrize(("pain", "stopped", "rule"), [(7, False, "R3"), (1, True, "R2")])
def test_a_rest_inside_a_rest_period_is_still_a_rest(pain: int, stopped: bool, rule: str) -> None:
    judgement = judge_run(facts(pain, stopped=stopped, rest_block=REST_BLOCK))
    assert judgement.rule == rule  # R2 and R3 come before R8


def test_r1_wins_over_everything() -> None:
    judgement = judge_run(
        facts(
            t.PAIN_MAX,
            stopped=True,
            red_flag="the knee locked",
            rest_block=REST_BLOCK,
            recent_rests=(RUN_DAY,),
            days_since_last_run=0,
        )
    )
    assert (judgement.decision, judgement.rule) == (Decision.REFER, "R1")
    assert "the knee locked" in reason_text(judgement)


# --- R2/R3: rest, and a second rest within 14 days at any stage -----------------------------


@pytest.mark.parametrize(("stopped", "pain", "rule"), [(True, 1, "R2"), (False, 7, "R3")])
@pytest.mark.parametrize(
    ("days_ago", "decision"),
    [
        (0, Decision.REFER),  # earlier the same day
        (1, Decision.REFER),
        (t.REPEAT_REST_WINDOW_DAYS, Decision.REFER),  # 14 days: still within the window
        (t.REPEAT_REST_WINDOW_DAYS + 1, Decision.REST),  # 15 days: outside
    ],
)
@pytest.mark.parametrize("stage", [None, 1, 3, 8])
def test_second_rest_within_14_days_refers_at_any_stage(
    stopped: bool, pain: int, rule: str, days_ago: int, decision: Decision, stage: int | None
) -> None:
    rests = (RUN_DAY - timedelta(days=days_ago),)
    judgement = judge_run(facts(pain, stopped=stopped, stage=stage, recent_rests=rests))
    assert (judgement.decision, judgement.rule) == (decision, rule)
    if decision is Decision.REFER:
        assert str(t.REPEAT_REST_WINDOW_DAYS) in reason_text(judgement)


def test_rest_reason_names_the_days_the_baseline_and_the_next_stage() -> None:
    reason = reason_text(judge_run(facts(7, baseline=1)))
    assert f"No running for {t.REST_DAYS_AFTER_REST} days" in reason
    assert "2/10 or less" in reason and "baseline of 1/10" in reason
    assert "next run is at stage 2" in reason


def test_rest_outside_the_ladder_speaks_of_no_stage() -> None:
    reason = reason_text(judge_run(facts(7, stage=None, phase=Phase.CALM, running_applies=False)))
    assert "stage" not in reason


@pytest.mark.parametrize("pain", [*GREEN, *AMBER])
def test_an_earlier_rest_does_not_touch_green_or_amber(pain: int) -> None:
    judgement = judge_run(facts(pain, recent_rests=(RUN_DAY - timedelta(days=1),)))
    assert judgement.decision is not Decision.REFER


# --- R5 amber and R6 green wording ----------------------------------------------------------


@pytest.mark.parametrize(
    ("stage", "ambers_before", "steps_down"),
    [(3, 0, False), (3, 1, False), (3, 2, True), (1, 2, False), (8, 5, True)],
)
def test_third_amber_in_a_row_steps_down(stage: int, ambers_before: int, steps_down: bool) -> None:
    judgement = judge_run(facts(4, stage=stage, ambers_before=ambers_before))
    assert judgement.decision is Decision.HOLD
    assert ("steps down to stage" in reason_text(judgement)) is steps_down
    if steps_down:
        assert f"stage {stage - 1}" in reason_text(judgement)
    elif stage == 1 and ambers_before == 2:  # §3 v3: no lower rung, back to build
        assert "back to the build phase for 7 days" in reason_text(judgement)
    else:
        assert "green runs start again" in reason_text(judgement)


@pytest.mark.parametrize("phase", [Phase.CALM, Phase.BUILD, None])
@pytest.mark.parametrize("pain", [*GREEN, *AMBER, *HIGH])
def test_no_reply_speaks_of_a_stage_where_there_is_none(phase: Phase | None, pain: int) -> None:
    judgement = judge_run(facts(pain, stage=None, phase=phase, running_applies=False))
    assert "stage" not in reason_text(judgement)
    if pain <= t.RUN_GREEN_MAX:  # pain-free, and told why it does not count
        assert "not part of" in reason_text(judgement) or "has no running" in reason_text(judgement)


@pytest.mark.parametrize(
    ("greens_before", "stage", "expected"),
    [
        (0, 3, "1 of 2 green runs in a row at stage 3"),
        (1, 3, "next run, after a rest day, is at stage 4"),
        (1, 8, "maintain phase"),
    ],
)
def test_green_reply_says_where_it_leads(greens_before: int, stage: int, expected: str) -> None:
    judgement = judge_run(facts(1, stage=stage, greens_before=greens_before))
    assert judgement.decision is Decision.PROGRESS
    assert expected in reason_text(judgement)


@pytest.mark.parametrize("pain", [t.PAIN_MIN - 1, t.PAIN_MAX + 1, -100, 100])
def test_judge_run_rejects_pain_outside_scale(pain: int) -> None:
    with pytest.raises(ValueError):
        judge_run(facts(pain))


# --- the rest period ------------------------------------------------------------------------

REST = RestPeriod(since=RUN_DAY, baseline=1)


@pytest.mark.parametrize(
    ("days_after", "morning", "over"),
    [
        (1, (1, 0), False),  # within the 3 days, whatever the morning
        (t.REST_DAYS_AFTER_REST, (3, 1), False),
        (t.REST_DAYS_AFTER_REST + 1, None, False),  # no morning check at all
        (t.REST_DAYS_AFTER_REST + 1, (0, 1), False),  # only the rest day's own morning
        (t.REST_DAYS_AFTER_REST + 1, (4, 3), False),  # 3/10: more than 1 above baseline 1
        (t.REST_DAYS_AFTER_REST + 1, (4, 2), True),  # 2/10: within 1 point
        (t.REST_DAYS_AFTER_REST + 1, (2, 0), True),  # settled earlier, still the latest
        (30, (29, 5), False),  # a month on, still flared
    ],
)
def test_rest_period_needs_three_days_and_a_settled_morning(
    days_after: int, morning: tuple[int, int] | None, over: bool
) -> None:
    day = RUN_DAY + timedelta(days=days_after)
    latest = (RUN_DAY + timedelta(days=morning[0]), morning[1]) if morning else None
    assert (REST.why_not_over(day, latest) is None) is over


# --- R4: the morning after ------------------------------------------------------------------


def judged_run(pain: int, **changes: object) -> RunRecord:
    judgement = judge_run(facts(pain, **changes))
    return RunRecord(RUN_DAY, pain, False, judgement, stage=3)


RUNS_BY_DECISION = {
    Decision.PROGRESS: judged_run(1),
    Decision.HOLD: judged_run(4),
    Decision.REST: judged_run(7),
    Decision.REFER: judged_run(1, red_flag="swelling"),
}


@pytest.mark.parametrize("baseline", [0, 1, 3, 8])
@pytest.mark.parametrize(
    ("before", "after"),
    [
        (Decision.PROGRESS, Decision.HOLD),
        (Decision.HOLD, Decision.REST),
        (Decision.REST, None),
        (Decision.REFER, None),
    ],
)
def test_r4_rise_of_two_revises(baseline: int, before: Decision, after: Decision | None) -> None:
    revised = revise_with_morning(RUNS_BY_DECISION[before], baseline + t.MORNING_RISE_MIN, baseline)
    if after is None:
        assert revised is None
    else:
        assert revised is not None
        assert (revised.decision, revised.rule) == (after, "R4")
        assert "stage 3" in reason_text(revised) or "next run is at stage 2" in reason_text(revised)


@pytest.mark.parametrize("decision", list(Decision))
@pytest.mark.parametrize("rise", [-3, 0, 1])
def test_r4_rise_below_two_does_not_revise(decision: Decision, rise: int) -> None:
    assert revise_with_morning(RUNS_BY_DECISION[decision], 4 + rise, 4) is None


def test_r4_outside_the_ladder_speaks_of_no_stage() -> None:
    run = RunRecord(RUN_DAY, 0, False, Judgement(Decision.HOLD, "R6", "calm"), stage=None)
    revised = revise_with_morning(run, 5, 0)
    assert revised is not None and "stage" not in reason_text(revised)


@pytest.mark.parametrize(
    ("mornings", "baseline"),
    [
        ((), 0),  # none reported
        (((-1, 2),), 2),
        (((-6, 1), (-1, 4)), 1),  # the lowest of the week, not the last
        (((-7, 0), (-1, 4)), 4),  # 7 days before the run is outside the window
        (((-3, 1), (-2, 5), (0, 3)), 1),  # a flare does not raise its own baseline
        (((1, 0),), 0),  # a later morning does not count
    ],
)
def test_baseline_is_the_lowest_morning_of_the_week_before(
    mornings: tuple[tuple[int, int], ...], baseline: int
) -> None:
    history = History(
        mornings=tuple(MorningRecord(RUN_DAY + timedelta(days=n), p) for n, p in mornings)
    )
    assert history.baseline_before(RUN_DAY) == baseline


# --- strength step (§1a) --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("pain", "step"),
    [(0, 1), (3, 1), (4, 0), (5, 0), (6, -1), (t.PAIN_MAX, -1)],
)
def test_strength_step_boundaries(pain: int, step: int) -> None:
    assert strength_step(pain) == step


# --- properties of judge_run ----------------------------------------------------------------

pains = st.integers(t.PAIN_MIN, t.PAIN_MAX)
any_facts = st.builds(
    RunFacts,
    day=st.just(RUN_DAY),
    pain_during=pains,
    stopped=st.booleans(),
    red_flag=st.none() | st.text(min_size=1, max_size=20),
    phase=st.none() | st.sampled_from(list(Phase)),
    stage=st.none() | st.integers(1, 8),
    running_applies=st.booleans(),
    minutes=st.none() | st.integers(1, 600),
    stage_detail=st.just(WalkRunStage(repeats=2, run_min=5, walk_min=0)),
    stage_minutes=st.none() | st.integers(10, 40),
    top_stage=st.just(8),
    greens_before=st.integers(0, 1),
    ambers_before=st.integers(0, 2),
    baseline=pains,
    recent_rests=st.lists(st.integers(-40, 0), max_size=4).map(
        lambda ns: tuple(RUN_DAY + timedelta(days=n) for n in ns)
    ),
    rest_block=st.none() | st.just(REST_BLOCK),
    days_since_last_run=st.none() | st.integers(0, 10),
    weeks_over=st.integers(0, 3),
)


@given(any_facts)
def test_judge_run_answers_every_valid_input(f: RunFacts) -> None:
    judgement = judge_run(f)
    assert judgement.rule in {r.id for r in RUN_RULES}
    assert reason_text(judgement).strip()
    if f.red_flag is not None:
        assert (judgement.decision, judgement.rule) == (Decision.REFER, "R1")
        return
    if judgement.decision is Decision.PROGRESS:
        assert f.pain_during <= t.RUN_GREEN_MAX and not f.stopped
        assert f.rest_block is None and f.running_applies
    if judgement.decision is Decision.REFER:  # only a repeat rest refers without a flag
        assert judgement.rule in {"R2", "R3"}
        assert any((RUN_DAY - day).days <= t.REPEAT_REST_WINDOW_DAYS for day in f.recent_rests)
    if f.stage is None:
        assert "stage" not in reason_text(judgement)


@given(st.integers(max_value=t.PAIN_MIN - 1) | st.integers(min_value=t.PAIN_MAX + 1))
def test_judge_run_rejects_any_pain_outside_scale(pain: int) -> None:
    with pytest.raises(ValueError):
        judge_run(facts(pain))


@given(st.sampled_from(list(Decision)), pains, pains)
def test_r4_never_makes_a_run_better(decision: Decision, morning: int, baseline: int) -> None:
    order = [Decision.PROGRESS, Decision.HOLD, Decision.REST, Decision.REFER]
    revised = revise_with_morning(RUNS_BY_DECISION[decision], morning, baseline)
    rose = morning - baseline >= t.MORNING_RISE_MIN
    if revised is None:
        assert not rose or decision in (Decision.REST, Decision.REFER)
    else:
        assert rose
        assert order.index(revised.decision) == order.index(decision) + 1
