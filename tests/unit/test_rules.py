"""The pain rules of CLINICAL.md §4: R1-R6 on a run report, R4 the morning after, the strength
step, and the R7 standing check. Expectations come from CLINICAL.md and ``thresholds``."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.coach import thresholds as t
from bot.coach.records import Decision, History, Judgement, MorningRecord, Referral, RunRecord
from bot.coach.rules import RunFacts, check_stalled, judge_run, revise_with_morning, strength_step
from tests.unit.coach_builders import START, d

RUN_DAY = d(30)
GREEN = range(t.PAIN_MIN, t.RUN_GREEN_MAX + 1)
AMBER = range(t.RUN_GREEN_MAX + 1, t.RUN_AMBER_MAX + 1)
HIGH = range(t.RUN_HIGH_MIN, t.PAIN_MAX + 1)
ALL_PAIN = range(t.PAIN_MIN, t.PAIN_MAX + 1)


def facts(
    pain: int,
    *,
    stopped: bool = False,
    red_flag: str | None = None,
    stage: int | None = 3,
    rests: tuple[tuple[date, int | None], ...] = (),
    on: date = RUN_DAY,
) -> RunFacts:
    return RunFacts(on, pain, stopped, red_flag, stage, rests)


# --- the thresholds are the numbers CLINICAL.md gives --------------------------------------


@pytest.mark.parametrize(
    ("name", "clinical"),
    [
        ("PAIN_MIN", 0),
        ("PAIN_MAX", 10),
        ("RUN_GREEN_MAX", 2),  # R6: <= 2/10
        ("RUN_AMBER_MAX", 5),  # R5: 3-5/10
        ("RUN_HIGH_MIN", 6),  # R3: >= 6/10
        ("MORNING_RISE_MIN", 2),  # R4: 2+ points above baseline
        ("REST_DAYS_AFTER_REST", 3),  # R2: no running for 3 days
        ("REPEAT_REST_WINDOW_DAYS", 14),  # R2: second rest within 14 days
        ("GREEN_RUNS_TO_ADVANCE", 2),  # R6: two green runs advance
        ("STALLED_NO_IMPROVEMENT_DAYS", 21),  # R7: 3 weeks
        ("STALLED_UNRESOLVED_DAYS", 56),  # R7: 8 weeks
        ("STRENGTH_STEP_UP_MAX", 3),  # §4: <= 3/10 steps up
        ("STRENGTH_HOLD_MAX", 5),  # §4: 4-5 holds
        ("CALM_PAIN_MAX", 2),  # §3: everyday pain <= 2/10
        ("CALM_DAYS_TO_BUILD", 3),  # §3: 3 consecutive days
        ("BUILD_STRENGTH_DAYS_TO_RETURN", 10),  # §3: day 10 of strength work
        ("RETURN_TOP_STAGE_PAIN_MAX", 2),  # §3: top stage twice at <= 2/10
        ("MAINTAIN_WEEKLY_GROWTH_PCT", 10),  # §3: at most 10% a week
        ("NO_MASSAGE_HOURS_AFTER_ACUTE", 48),  # §6
    ],
)
def test_threshold_matches_clinical_md(name: str, clinical: int) -> None:
    assert getattr(t, name) == clinical


def test_pain_bands_cover_the_scale_without_overlap() -> None:
    assert [*GREEN, *AMBER, *HIGH] == list(ALL_PAIN)


# --- R1-R6 on judge_run --------------------------------------------------------------------

CASES = [
    # (pain, stopped, red flag, decision, rule)
    *[(p, False, None, Decision.PROGRESS, "R6") for p in GREEN],
    *[(p, False, None, Decision.HOLD, "R5") for p in AMBER],
    *[(p, False, None, Decision.REST, "R3") for p in HIGH],
    *[(p, True, None, Decision.REST, "R2") for p in ALL_PAIN],
    *[(p, s, "knee gives way", Decision.REFER, "R1") for p in ALL_PAIN for s in (False, True)],
]


@pytest.mark.parametrize(("pain", "stopped", "red_flag", "decision", "rule"), CASES)
def test_judge_run_table(
    pain: int, stopped: bool, red_flag: str | None, decision: Decision, rule: str
) -> None:
    judgement = judge_run(facts(pain, stopped=stopped, red_flag=red_flag))
    assert (judgement.decision, judgement.rule) == (decision, rule)
    assert judgement.reason.strip()


@pytest.mark.parametrize(
    ("pain", "decision"),
    [
        (t.RUN_GREEN_MAX, Decision.PROGRESS),  # 2 is the top of green
        (t.RUN_GREEN_MAX + 1, Decision.HOLD),  # 3 is the bottom of amber
        (t.RUN_AMBER_MAX, Decision.HOLD),  # 5 is the top of amber
        (t.RUN_HIGH_MIN, Decision.REST),  # 6 is high
    ],
)
def test_pain_boundaries(pain: int, decision: Decision) -> None:
    assert judge_run(facts(pain)).decision is decision


def test_r1_wins_over_stopped_and_high_pain() -> None:
    judgement = judge_run(facts(t.PAIN_MAX, stopped=True, red_flag="the knee locked"))
    assert judgement.decision is Decision.REFER
    assert judgement.rule == "R1"
    assert "the knee locked" in judgement.reason  # the user is told why


def test_r1_wins_over_a_repeat_rest() -> None:
    rests = ((RUN_DAY - timedelta(days=1), 3),)
    judgement = judge_run(facts(8, stopped=True, red_flag="swelling", rests=rests))
    assert judgement.rule == "R1"


def test_r2_stopped_at_low_pain_rests() -> None:
    judgement = judge_run(facts(0, stopped=True))
    assert (judgement.decision, judgement.rule) == (Decision.REST, "R2")
    assert str(t.REST_DAYS_AFTER_REST) in judgement.reason  # "no running for 3 days"


def test_r3_reason_names_the_pain() -> None:
    judgement = judge_run(facts(7))
    assert "7/10" in judgement.reason


@pytest.mark.parametrize(("stopped", "pain", "rule"), [(True, 1, "R2"), (False, 7, "R3")])
@pytest.mark.parametrize(
    ("days_ago", "earlier_stage", "decision"),
    [
        (1, 3, Decision.REFER),
        (t.REPEAT_REST_WINDOW_DAYS, 3, Decision.REFER),  # 14 days: still within the window
        (t.REPEAT_REST_WINDOW_DAYS + 1, 3, Decision.REST),  # 15 days: outside
        (1, 2, Decision.REST),  # a different stage
        (t.REPEAT_REST_WINDOW_DAYS, 4, Decision.REST),
    ],
)
def test_second_rest_at_same_stage_within_window_refers(
    stopped: bool, pain: int, rule: str, days_ago: int, earlier_stage: int, decision: Decision
) -> None:
    rests = ((RUN_DAY - timedelta(days=days_ago), earlier_stage),)
    judgement = judge_run(facts(pain, stopped=stopped, stage=3, rests=rests))
    assert (judgement.decision, judgement.rule) == (decision, rule)
    if decision is Decision.REFER:
        assert str(t.REPEAT_REST_WINDOW_DAYS) in judgement.reason


@pytest.mark.parametrize("pain", [*GREEN, *AMBER])
def test_earlier_rest_at_same_stage_does_not_touch_green_or_amber(pain: int) -> None:
    rests = ((RUN_DAY - timedelta(days=1), 3),)
    assert judge_run(facts(pain, rests=rests)).decision is not Decision.REFER


@pytest.mark.parametrize("pain", [t.PAIN_MIN - 1, t.PAIN_MAX + 1, -100, 100])
def test_judge_run_rejects_pain_outside_scale(pain: int) -> None:
    with pytest.raises(ValueError):
        judge_run(facts(pain))


# --- R4: the morning after ------------------------------------------------------------------


def judged_run(pain: int, *, stopped: bool = False, red_flag: str | None = None) -> RunRecord:
    judgement = judge_run(facts(pain, stopped=stopped, red_flag=red_flag))
    return RunRecord(RUN_DAY, pain, stopped, judgement, stage=3)


RUNS_BY_DECISION = {
    Decision.PROGRESS: judged_run(1),
    Decision.HOLD: judged_run(4),
    Decision.REST: judged_run(7),
    Decision.REFER: judged_run(1, red_flag="swelling"),
}


def test_runs_by_decision_are_what_they_say() -> None:
    assert {k: r.judgement.decision for k, r in RUNS_BY_DECISION.items()} == {
        k: k for k in RUNS_BY_DECISION
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
    run = RUNS_BY_DECISION[before]
    revised = revise_with_morning(run, baseline + t.MORNING_RISE_MIN, baseline)
    if after is None:
        assert revised is None
    else:
        assert revised is not None
        assert (revised.decision, revised.rule) == (after, "R4")
        assert revised.reason.strip()


@pytest.mark.parametrize("decision", list(Decision))
@pytest.mark.parametrize("rise", [-3, 0, 1])
def test_r4_rise_below_two_does_not_revise(decision: Decision, rise: int) -> None:
    baseline = 4
    assert revise_with_morning(RUNS_BY_DECISION[decision], baseline + rise, baseline) is None


@pytest.mark.parametrize("rise", [3, 6, 10])
def test_r4_larger_rises_revise_like_two(rise: int) -> None:
    revised = revise_with_morning(RUNS_BY_DECISION[Decision.PROGRESS], rise, 0)
    assert revised is not None
    assert revised.decision is Decision.HOLD


def test_r4_hold_to_rest_says_no_running_for_three_days() -> None:
    revised = revise_with_morning(RUNS_BY_DECISION[Decision.HOLD], 6, 2)
    assert revised is not None
    assert str(t.REST_DAYS_AFTER_REST) in revised.reason


# --- strength step (§1a and §4 last paragraph) ---------------------------------------------


@pytest.mark.parametrize(
    ("pain", "step"),
    [
        (0, 1),
        (t.STRENGTH_STEP_UP_MAX, 1),  # 3 steps up
        (t.STRENGTH_STEP_UP_MAX + 1, 0),  # 4 holds
        (t.STRENGTH_HOLD_MAX, 0),  # 5 holds
        (t.STRENGTH_HOLD_MAX + 1, -1),  # 6 steps down
        (t.PAIN_MAX, -1),
    ],
)
def test_strength_step_boundaries(pain: int, step: int) -> None:
    assert strength_step(pain) == step


def test_strength_step_never_rises_with_pain() -> None:
    steps = [strength_step(p) for p in ALL_PAIN]
    assert steps == sorted(steps, reverse=True)
    assert set(steps) == {-1, 0, 1}


# --- R7: stalled or unresolved --------------------------------------------------------------


def daily_mornings(pains: list[int], first: date = START) -> tuple[MorningRecord, ...]:
    return tuple(MorningRecord(first + timedelta(days=i), p) for i, p in enumerate(pains))


def flat(pain: int, days: int) -> History:
    return History(mornings=daily_mornings([pain] * days))


def referral(cause: str, cleared: bool) -> Referral:
    return Referral(d(5), cause, "earlier", d(6) if cleared else None)


def test_r7_stalled_after_three_weeks_without_improvement() -> None:
    today = START + timedelta(days=t.STALLED_NO_IMPROVEMENT_DAYS)
    judgement = check_stalled(flat(4, t.STALLED_NO_IMPROVEMENT_DAYS + 1), START, today)
    assert judgement is not None
    assert (judgement.decision, judgement.rule) == (Decision.REFER, "R7-stalled")
    assert judgement.reason.strip()


def test_r7_stalled_when_pain_got_worse() -> None:
    days = t.STALLED_NO_IMPROVEMENT_DAYS + 1
    history = History(mornings=daily_mornings([3 + i * 5 // days for i in range(days)]))
    judgement = check_stalled(history, START, d(days - 1))
    assert judgement is not None
    assert judgement.rule == "R7-stalled"


def test_r7_no_referral_before_three_weeks() -> None:
    today = START + timedelta(days=t.STALLED_NO_IMPROVEMENT_DAYS - 1)
    assert check_stalled(flat(6, t.STALLED_NO_IMPROVEMENT_DAYS), START, today) is None


def test_r7_improvement_means_no_referral() -> None:
    days = t.STALLED_NO_IMPROVEMENT_DAYS + 1
    history = History(mornings=daily_mornings([6] * 7 + [4] * (days - 7)))
    assert check_stalled(history, START, d(days - 1)) is None


def test_r7_resolved_pain_is_not_stalled() -> None:
    # Everyday pain steady at the resolved level is no reason to refer.
    days = t.STALLED_NO_IMPROVEMENT_DAYS + 1
    assert check_stalled(flat(t.RESOLVED_PAIN_MAX, days), START, d(days - 1)) is None


@pytest.mark.parametrize("stalled_raised", [False, True])
def test_r7_unresolved_after_eight_weeks(stalled_raised: bool) -> None:
    days = t.STALLED_UNRESOLVED_DAYS + 1
    # Improving (so not stalled), but still above the resolved level at 8 weeks.
    history = History(
        mornings=daily_mornings([7] * 7 + [t.RESOLVED_PAIN_MAX + 1] * (days - 7)),
        referrals=(referral("R7-stalled", cleared=True),) if stalled_raised else (),
    )
    judgement = check_stalled(history, START, START + timedelta(days=t.STALLED_UNRESOLVED_DAYS))
    assert judgement is not None
    assert (judgement.decision, judgement.rule) == (Decision.REFER, "R7-unresolved")


def test_r7_not_unresolved_one_day_before_eight_weeks() -> None:
    days = t.STALLED_UNRESOLVED_DAYS
    history = History(mornings=daily_mornings([7] * 7 + [4] * (days - 7)))
    assert check_stalled(history, START, d(days - 1)) is None


def test_r7_resolved_at_eight_weeks_is_not_referred() -> None:
    days = t.STALLED_UNRESOLVED_DAYS + 1
    history = History(mornings=daily_mornings([7] * 7 + [t.RESOLVED_PAIN_MAX] * (days - 7)))
    assert check_stalled(history, START, d(days - 1)) is None


@pytest.mark.parametrize("cleared", [False, True])
@pytest.mark.parametrize(
    ("cause", "days"),
    [
        ("R7-stalled", t.STALLED_NO_IMPROVEMENT_DAYS),
        ("R7-stalled", t.STALLED_NO_IMPROVEMENT_DAYS + 10),
    ],
)
def test_r7_stalled_raised_once_only(cause: str, days: int, cleared: bool) -> None:
    history = flat(5, days + 1)
    assert check_stalled(history, START, d(days)) is not None  # it would be raised ...
    history = History(mornings=history.mornings, referrals=(referral(cause, cleared),))
    assert check_stalled(history, START, d(days)) is None  # ... but it already was


@pytest.mark.parametrize("cleared", [False, True])
def test_r7_unresolved_raised_once_only(cleared: bool) -> None:
    days = t.STALLED_UNRESOLVED_DAYS + 1
    both = (referral("R7-stalled", cleared), referral("R7-unresolved", cleared))
    history = History(mornings=daily_mornings([5] * days), referrals=both)
    assert check_stalled(history, START, d(days - 1)) is None


def test_r7_other_referrals_do_not_suppress_it() -> None:
    days = t.STALLED_NO_IMPROVEMENT_DAYS + 1
    history = History(mornings=flat(5, days).mornings, referrals=(referral("swelling", True),))
    judgement = check_stalled(history, START, d(days - 1))
    assert judgement is not None
    assert judgement.rule == "R7-stalled"


def test_r7_ignores_mornings_after_today() -> None:
    days = t.STALLED_NO_IMPROVEMENT_DAYS + 1
    # Improving up to today; later (future) mornings would look stalled and must not count.
    mornings = daily_mornings([6] * 7 + [3] * (days - 7) + [9] * 10)
    assert check_stalled(History(mornings=mornings), START, d(days - 1)) is None


# --- properties of judge_run ----------------------------------------------------------------

pains = st.integers(t.PAIN_MIN, t.PAIN_MAX)
stages = st.none() | st.integers(1, 8)
rest_lists = st.lists(
    st.tuples(st.integers(-40, 0).map(lambda n: RUN_DAY + timedelta(days=n)), stages),
    max_size=6,
).map(tuple)
red_flags = st.none() | st.text(min_size=1, max_size=40)


@given(pains, st.booleans(), red_flags, stages, rest_lists)
def test_judge_run_answers_every_valid_input(
    pain: int,
    stopped: bool,
    red_flag: str | None,
    stage: int | None,
    rests: tuple[tuple[date, int | None], ...],
) -> None:
    judgement = judge_run(RunFacts(RUN_DAY, pain, stopped, red_flag, stage, rests))
    assert isinstance(judgement, Judgement)
    assert isinstance(judgement.decision, Decision)
    assert judgement.rule in {"R1", "R2", "R3", "R5", "R6"}
    assert judgement.reason.strip()
    if pain > t.RUN_GREEN_MAX or stopped:
        assert judgement.decision is not Decision.PROGRESS
    if red_flag is not None:
        assert (judgement.decision, judgement.rule) == (Decision.REFER, "R1")
    else:
        assert judgement.rule != "R1"
        if judgement.decision is Decision.REFER:  # only a repeat rest refers without a flag
            assert judgement.rule in {"R2", "R3"}
            assert any(
                s == stage and (RUN_DAY - day).days <= t.REPEAT_REST_WINDOW_DAYS for day, s in rests
            )
        if pain <= t.RUN_GREEN_MAX and not stopped:
            assert judgement.decision is Decision.PROGRESS


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


def test_r7_unresolved_needs_recent_reports() -> None:
    # Pain reported only in the first week, then silence: no referral is raised on silence.
    history = History(mornings=daily_mornings([7] * 7))
    today = START + timedelta(days=t.STALLED_UNRESOLVED_DAYS)
    assert check_stalled(history, START, today) is None
