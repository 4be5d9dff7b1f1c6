"""R7 (CLINICAL.md §4 v2): rolling 3-week windows of morning and run pain, at least 3 reports
in each window, silent while a referral is open and for 21 days after a clearance."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.coach import thresholds as t
from bot.coach.records import Decision, History, Judgement, MorningRecord, Referral, RunRecord
from bot.coach.stalled import check_stalled
from bot.texts.reasons import reason_text
from tests.unit.coach_builders import START, d

TODAY = d(30)
LAST = [TODAY - timedelta(days=n) for n in range(t.TREND_WINDOW_DAYS)]  # days 1-7 back
EARLY = [TODAY - timedelta(days=n) for n in range(14, t.STALLED_NO_IMPROVEMENT_DAYS)]  # 15-21


def mornings(early: list[int], last: list[int]) -> tuple[MorningRecord, ...]:
    dated = [*zip(EARLY[::-1], early, strict=False), *zip(LAST[::-1], last, strict=False)]
    return tuple(MorningRecord(day, pain) for day, pain in dated)


def runs(early: list[int], last: list[int]) -> tuple[RunRecord, ...]:
    dated = [*zip(EARLY[::-1], early, strict=False), *zip(LAST[::-1], last, strict=False)]
    stored = Judgement(Decision.HOLD, "R5", "stored")
    return tuple(RunRecord(day, pain, False, stored) for day, pain in dated)


@pytest.mark.parametrize(
    ("early", "last", "stalled"),
    [
        ([4, 4, 4], [4, 4, 4], True),  # no change
        ([3, 3, 3], [5, 5, 5], True),  # worse
        ([5, 5, 5], [4, 4, 4], False),  # lower: improved
        ([4, 4], [4, 4, 4], False),  # under 3 reports early: nothing to compare
        ([4, 4, 4], [4, 4], False),  # under 3 reports lately
        ([2, 2, 2], [2, 2, 2], False),  # steady at the resolved level
        ([1, 1, 1], [5, 4, 4], False),  # a flare after settled mornings: R2-R4 answer it
        ([3, 3, 3], [2, 2, 2], False),  # settled now
    ],
)
def test_morning_pain_windows(early: list[int], last: list[int], stalled: bool) -> None:
    judgement = check_stalled(History(mornings=mornings(early, last)), START, TODAY)
    assert (judgement is not None) is stalled
    if judgement is not None:
        assert (judgement.decision, judgement.rule) == (Decision.REFER, "R7-stalled")


@pytest.mark.parametrize(
    ("early", "last", "stalled"),
    [
        ([2, 1, 2], [2, 2, 2], False),  # green runs, steady: resolved level
        ([3, 2, 3], [3, 3, 2], True),  # not lower, and some runs still amber
        ([1, 1, 1], [2, 3, 3], False),  # a rise from settled runs is a flare, not a stall
        ([5, 5, 4], [4, 3, 3], True),  # lower, but every run of the 3 weeks was amber
        ([5, 5, 4], [3, 2, 1], False),  # lower and green again
    ],
)
def test_run_pain_windows(early: list[int], last: list[int], stalled: bool) -> None:
    judgement = check_stalled(History(runs=runs(early, last)), START, TODAY)
    assert (judgement is not None) is stalled


def test_either_series_improving_is_enough() -> None:
    history = History(mornings=mornings([5, 5, 5], [3, 3, 3]), runs=runs([2, 2, 2], [2, 2, 2]))
    assert check_stalled(history, START, TODAY) is None


def test_no_improvement_in_either_series_refers() -> None:
    history = History(mornings=mornings([3, 3, 3], [3, 3, 3]), runs=runs([3, 2, 3], [3, 2, 3]))
    judgement = check_stalled(history, START, TODAY)
    assert judgement is not None and "morning pain nor your pain during runs" in reason_text(
        judgement
    )


def test_reports_before_the_start_do_not_count() -> None:
    history = History(mornings=mornings([4, 4, 4], [4, 4, 4]))
    assert check_stalled(history, TODAY - timedelta(days=10), TODAY) is None


def test_reports_after_today_do_not_count() -> None:
    history = History(mornings=mornings([4, 4, 4], [4, 4, 4]))
    assert check_stalled(history, START, LAST[-1] - timedelta(days=1)) is None


def referral(day: date, cleared: date | None, retracted: date | None = None) -> Referral:
    return Referral(day, "R7-stalled", "earlier", cleared, retracted)


@pytest.mark.parametrize(
    ("ref", "raised"),
    [
        (referral(d(2), None), False),  # open: nothing new is raised
        (referral(d(2), TODAY - timedelta(days=t.R7_REARM_DAYS - 1)), False),  # 20 days ago
        (referral(d(2), TODAY - timedelta(days=t.R7_REARM_DAYS)), True),  # 21 days: re-armed
        (referral(d(2), None, retracted=d(2)), True),  # retracted: as if never raised
    ],
)
def test_r7_is_re_armed_21_days_after_a_clearance(ref: Referral, raised: bool) -> None:
    history = History(mornings=mornings([4, 4, 4], [4, 4, 4]), referrals=(ref,))
    assert (check_stalled(history, START, TODAY) is not None) is raised


def daily(pains: list[int]) -> tuple[MorningRecord, ...]:
    return tuple(MorningRecord(START + timedelta(days=i), p) for i, p in enumerate(pains))


def test_unresolved_after_eight_weeks() -> None:
    days = t.STALLED_UNRESOLVED_DAYS + 1
    history = History(mornings=daily([7] * 7 + [3] * (days - 7)))
    judgement = check_stalled(history, START, d(days - 1))
    assert judgement is not None and judgement.rule == "R7-unresolved"


def test_not_unresolved_a_day_before_eight_weeks_or_when_settled() -> None:
    days = t.STALLED_UNRESOLVED_DAYS
    steady = daily([7] * 7 + [3] * (days - 7))
    judgement = check_stalled(History(mornings=steady), START, d(days - 1))
    assert judgement is not None and judgement.rule == "R7-stalled"  # stalled, not unresolved
    settled = daily([7] * 7 + [t.RESOLVED_PAIN_MAX] * (days + 1 - 7))
    assert check_stalled(History(mornings=settled), START, d(days)) is None


def test_unresolved_needs_recent_reports() -> None:
    history = History(mornings=daily([7] * 7))  # then silence: silence is not evidence
    assert check_stalled(history, START, d(t.STALLED_UNRESOLVED_DAYS)) is None


@settings(max_examples=80, deadline=None)
@given(
    st.integers(t.STALLED_NO_IMPROVEMENT_DAYS, 40),
    st.integers(1, 2),
    st.lists(st.integers(t.RUN_GREEN_MAX + 1, t.RUN_AMBER_MAX), min_size=40, max_size=40),
    st.lists(st.none() | st.integers(0, 10), min_size=40, max_size=40),
)
def test_amber_runs_for_three_weeks_always_refer(
    days: int, every: int, pains: list[int], morning_pains: list[int | None]
) -> None:
    """Whatever the morning pain does, three weeks of amber runs (daily or every other day)
    are referred by the last day."""
    stored = Judgement(Decision.HOLD, "R5", "stored")
    ran = tuple(RunRecord(d(n), pains[n], False, stored) for n in range(0, days, every))
    checked = tuple(
        MorningRecord(d(n), p) for n, p in enumerate(morning_pains[:days]) if p is not None
    )
    history = History(runs=ran, mornings=checked)
    assert any(check_stalled(history, START, d(n)) is not None for n in range(days))
