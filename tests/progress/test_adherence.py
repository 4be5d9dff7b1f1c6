"""Adherence and streak arithmetic (bot/coach/adherence.py): pure, on local dates."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from bot.coach.adherence import (
    DayStatus,
    Direction,
    adherence,
    best_streak,
    current_streak,
    daily_adherence,
    everyday_pain_trend,
    phase_spans,
    run_pain_trend,
)
from bot.coach.plan import StrengthStatus, today_plan
from bot.coach.protocol import Protocol
from bot.coach.records import (
    Decision,
    History,
    Judgement,
    MorningRecord,
    Phase,
    Referral,
    RunRecord,
    StrengthRecord,
)
from bot.coach.state import derive_state
from tests.unit.coach_builders import START, library

FULL_DAY = frozenset({"stretch-1", "stretch-2", "stretch-3", "strength"})


def daily() -> Protocol:
    """The default: three stretch sessions and a strength session every day."""
    return library().default


def strength_only() -> Protocol:
    """Strength on Mon, Wed, Fri and nothing else: days with nothing prescribed."""
    base = library()["maintenance"]
    return base.model_copy(update={"exercises": base.strength})


def d(n: int) -> date:
    return START + timedelta(days=n)


def full(*days: int) -> dict[date, frozenset[str]]:
    return {d(n): FULL_DAY for n in days}


def test_every_day_done_makes_a_streak_and_full_adherence() -> None:
    result = adherence(daily(), START, History(), full(0, 1, 2), d(2))
    assert result.streak == 3
    assert result.best_streak == 3
    assert (result.stretch_done, result.stretch_prescribed) == (9, 9)
    assert (result.strength_done, result.strength_prescribed) == (3, 3)
    assert result.overall_pct == 100


def test_a_missed_day_breaks_the_streak() -> None:
    result = adherence(daily(), START, History(), full(0, 1, 3, 4), d(4))
    assert [day.status for day in result.days][2] is DayStatus.MISSED
    assert result.streak == 2
    assert result.best_streak == 2
    assert (result.stretch_done, result.stretch_prescribed) == (12, 15)


def test_a_partial_day_breaks_the_streak_too() -> None:
    done = full(0, 2)
    done[d(1)] = frozenset({"stretch-1", "strength"})
    result = adherence(daily(), START, History(), done, d(2))
    assert result.days[1].status is DayStatus.PARTIAL
    assert result.days[1].fraction == 0.5
    assert result.streak == 1


def test_today_unfinished_neither_breaks_the_streak_nor_counts_yet() -> None:
    done = full(0, 1)
    done[d(2)] = frozenset({"stretch-1"})
    result = adherence(daily(), START, History(), done, d(2))
    assert result.streak == 2
    assert (result.stretch_done, result.stretch_prescribed) == (6, 6)  # today left out


def test_today_counts_once_met() -> None:
    result = adherence(daily(), START, History(), full(0, 1, 2), d(2))
    assert result.stretch_prescribed == 9


def test_a_rest_day_from_strength_keeps_the_streak() -> None:
    # Strength pain 6 on day 1: day 2 is a rest day from strength (CLINICAL.md §4).
    history = History(strength=(StrengthRecord(d(0), 2), StrengthRecord(d(1), 6)))
    done = full(0, 1, 3)
    done[d(2)] = frozenset({"stretch-1", "stretch-2", "stretch-3"})  # no strength: rest day
    result = adherence(daily(), START, history, done, d(3))
    rest_day = result.days[2]
    assert rest_day.strength_rest and not rest_day.strength_prescribed
    assert rest_day.status is DayStatus.MET
    assert result.streak == 4
    assert (result.strength_done, result.strength_prescribed) == (3, 3)


def test_a_paused_day_keeps_the_streak_and_is_not_counted() -> None:
    history = History(paused_days=frozenset({d(1), d(2)}))
    result = adherence(daily(), START, history, full(0, 3), d(3))
    assert [day.status for day in result.days[1:3]] == [DayStatus.PAUSED] * 2
    assert result.streak == 2
    assert result.paused_days == 2
    assert (result.stretch_done, result.stretch_prescribed) == (6, 6)


def test_a_paused_today_does_not_break_the_streak() -> None:
    history = History(paused_days=frozenset({d(2)}))
    result = adherence(daily(), START, history, full(0, 1), d(2))
    assert result.streak == 2


def test_a_day_with_nothing_prescribed_is_a_rest_day_and_keeps_the_streak() -> None:
    protocol = strength_only()
    assert START.weekday() == 0  # Mon strength, Tue nothing, Wed strength
    result = adherence(protocol, START, History(), {d(0): FULL_DAY, d(2): FULL_DAY}, d(2))
    assert result.days[1].status is DayStatus.REST
    assert result.days[1].prescribed == 0
    assert result.streak == 3  # rest days count
    assert (result.strength_done, result.strength_prescribed) == (2, 2)
    assert result.stretch_prescribed == 0


def test_only_days_with_nothing_prescribed_give_no_percentage() -> None:
    result = adherence(strength_only(), d(1), History(), {}, d(1))  # a Tuesday
    assert result.days[0].status is DayStatus.REST
    assert result.streak == 1  # a rest day is kept
    assert result.overall_pct is None


def test_an_open_referral_makes_a_neutral_day() -> None:
    # CLINICAL.md §4 R1: stretches go on only if painless, strength stops: nothing is owed.
    history = History(referrals=(Referral(d(1), "swelling", "swollen", cleared_on=d(3)),))
    result = adherence(daily(), START, history, full(0, 3), d(3))
    assert [day.status for day in result.days] == [
        DayStatus.MET,
        DayStatus.REST,
        DayStatus.REST,
        DayStatus.MET,
    ]
    assert result.days[1].referral
    assert result.streak == 4  # nothing was owed: kept, like rest days


def test_today_before_the_start_is_empty() -> None:
    # A runner west of the start date's zone can be a day "behind" their start.
    result = adherence(daily(), START, History(), {}, d(-1))
    assert result.days == ()
    assert result.streak == 0
    assert result.stretch_pct is None


def test_marking_each_exercise_counts_as_a_session() -> None:
    protocol = daily()
    items = frozenset(e.id for e in protocol.exercises)
    (day,) = daily_adherence(protocol, START, History(), {START: items}, START)
    assert day.stretch_done == 1
    assert day.strength_done


def test_stretch_sessions_beyond_the_prescription_are_capped() -> None:
    protocol = library()["maintenance"]  # one stretch session a day
    items = frozenset({"stretch-1", "stretch-2", "stretch-3"})
    (day,) = daily_adherence(protocol, START, History(), {d(1): items}, d(1))[1:]
    assert (day.stretch_done, day.stretch_prescribed) == (1, 1)


def test_dates_are_the_local_dates_given() -> None:
    # The same instant is Tuesday in Auckland and Monday in Los Angeles; the coach gets each
    # user's own local date, and a completion stored on one date is never moved to another.
    done = {d(1): FULL_DAY}
    auckland = adherence(daily(), START, History(), done, d(1))
    los_angeles = adherence(daily(), START, History(), done, d(0))
    assert auckland.streak == 1
    assert los_angeles.streak == 0
    assert len(los_angeles.days) == 1


@given(st.lists(st.sampled_from(["met", "missed", "partial", "paused"]), min_size=1, max_size=40))
def test_streak_properties(kinds: list[str]) -> None:
    items = {"met": FULL_DAY, "partial": frozenset({"stretch-1"}), "missed": frozenset()}
    done = {d(i): items[k] for i, k in enumerate(kinds) if k != "paused"}
    paused = frozenset(d(i) for i, k in enumerate(kinds) if k == "paused")
    today = d(len(kinds) - 1)
    days = daily_adherence(daily(), START, History(paused_days=paused), done, today)
    streak = current_streak(days, today)
    assert streak <= best_streak(days, today)
    assert streak <= kinds.count("met")  # a partial day here is 1 of 4: never kept
    # Pausing a missed day instead never shortens the streak.
    missed = [i for i, k in enumerate(kinds) if k in ("missed", "partial")]
    if missed:
        more_paused = History(paused_days=paused | {d(missed[-1])})
        again = daily_adherence(daily(), START, more_paused, done, today)
        assert current_streak(again, today) >= streak


def _run(day: date, pain: int) -> RunRecord:
    return RunRecord(day, pain, False, Judgement(Decision.PROGRESS, "R6", "green"))


def test_run_pain_trend_compares_first_and_latest_runs() -> None:
    history = History(runs=tuple(_run(d(i), p) for i, p in enumerate([4, 3, 3, 1, 1, 0])))
    trend = run_pain_trend(history, START)
    assert trend is not None
    assert (trend.first, trend.last) == (10 / 3, 2 / 3)
    assert trend.direction is Direction.BETTER
    assert run_pain_trend(History(runs=(_run(d(0), 3),)), START) is None


def test_everyday_pain_trend_needs_a_week() -> None:
    mornings = tuple(MorningRecord(d(i), 2) for i in range(10))
    history = History(mornings=mornings)
    assert everyday_pain_trend(history, START, d(5)) is None
    trend = everyday_pain_trend(history, START, d(9))
    assert trend is not None and trend.direction is Direction.STEADY


def test_phase_spans_follow_the_phases() -> None:
    # Three calm mornings (pain <= 2, stairs fine) move calm to build the next day.
    mornings = tuple(MorningRecord(d(i), 1, stairs_ok=True) for i in range(3))
    spans = phase_spans(daily(), START, History(mornings=mornings), d(6))
    assert [(s.phase, s.first, s.last) for s in spans] == [
        (Phase.CALM, d(0), d(2)),
        (Phase.BUILD, d(3), d(6)),
    ]
    assert phase_spans(library()["fredericson-six-week"], START, History(), d(6)) == []


@given(
    st.lists(
        st.tuples(st.integers(min_value=0, max_value=13), st.integers(min_value=0, max_value=10)),
        max_size=12,
    )
)
def test_strength_is_prescribed_exactly_when_the_plan_says_it_is_due(
    sessions: list[tuple[int, int]],
) -> None:
    # One rule for both: adherence counts strength as prescribed on the days the plan of that
    # day had it due (rest days after a painful session, a day's last session deciding).
    protocol = daily()
    history = History(
        strength=tuple(
            StrengthRecord(d(day), pain) for day, pain in sorted(sessions, key=lambda s: s[0])
        )
    )
    today = d(14)
    days = daily_adherence(protocol, START, history, {}, today)
    for entry in days:
        plan = today_plan(protocol, derive_state(protocol, START, history, entry.day))
        assert entry.strength_prescribed == plan.has_strength, entry.day
        assert entry.strength_rest == (plan.strength_status is StrengthStatus.REST), entry.day


def test_a_day_counts_when_most_of_its_plan_was_done() -> None:
    three_of_four = frozenset({"stretch-1", "stretch-2", "strength"})
    done = {d(n): three_of_four for n in range(5)}
    result = adherence(daily(), START, History(), done, d(4))
    assert [day.status for day in result.days] == [DayStatus.PARTIAL] * 5
    assert result.streak == 5
    assert result.overall_pct == 75


def test_two_weeks_at_about_three_quarters_is_a_streak_not_zero() -> None:
    # The runner: about three quarters of the plan over two weeks, never all of it.
    most = [
        frozenset({"stretch-1", "stretch-2", "strength"}),
        frozenset({"stretch-1", "stretch-2", "stretch-3"}),
    ]
    done = {d(n): most[n % 2] for n in range(14)}
    result = adherence(daily(), START, History(), done, d(13))
    assert result.overall_pct == 75
    assert result.streak == 14
    assert result.best_streak == 14


def test_half_or_less_of_the_plan_ends_the_streak() -> None:
    done = full(0, 2)
    done[d(1)] = frozenset({"stretch-1", "strength"})  # 2 of 4: not most
    result = adherence(daily(), START, History(), done, d(2))
    assert not result.days[1].kept
    assert result.streak == 1


def test_a_paused_day_that_was_done_counts_as_done() -> None:
    friday = frozenset({"stretch-1", "stretch-2", "strength"})  # mostly done, then paused
    history = History(paused_days=frozenset({d(1), d(2)}))
    result = adherence(daily(), START, history, {**full(0), d(1): friday}, d(3))
    assert [day.status for day in result.days] == [
        DayStatus.MET,
        DayStatus.PARTIAL,  # done anyway: not hidden as paused
        DayStatus.PAUSED,
        DayStatus.MISSED,  # today, still going
    ]
    assert result.paused_days == 1
    assert (result.overall.done, result.overall.due) == (7, 8)
    assert result.streak == 2


def test_the_week_figure_is_the_last_seven_counted_days() -> None:
    done = {**full(*range(7)), **{d(n): frozenset({"stretch-1"}) for n in range(7, 14)}}
    result = adherence(daily(), START, History(), done, d(13))
    assert result.week_pct == 25  # days 7-12: today (1 of 4 so far) is still going
    assert result.overall_pct == round(100 * (28 + 6) / 52)
