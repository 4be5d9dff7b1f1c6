"""The stored state snapshot (``state_at_start_of``) is exact: resuming the replay from a
snapshot of any day, with only the reports of a bounded window before it, gives the state
the full replay gives, for random histories of runs with their judgements and next-morning
revisions (R4), morning checks, strength sessions and referrals (open, cleared, taken back);
and a snapshot of day S depends only on what is dated before S, which is what lets the store
keep it through any write dated S or later."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from bot.coach.records import Decision, History, Judgement, Phase, Referral, RunRecord
from bot.coach.runs import weekly_minutes
from bot.coach.state import LOOKBACK_DAYS, derive_state, phases_by_day, state_at_start_of
from bot.store import snapshots
from tests.unit.coach_builders import START, Sim, protocol
from tests.unit.test_plan import to_maintain
from tests.unit.test_properties import DAYS, day_events, gentle_events, play, protocols

# (raised, cleared after, taken back) as day offsets; raised anywhere in the history.
referral_specs = st.lists(
    st.tuples(
        st.integers(0, DAYS),
        st.none() | st.integers(0, 20),
        st.booleans(),
    ),
    max_size=3,
)
GREEN = Judgement(Decision.PROGRESS, "R6", "green")
histories = st.lists(gentle_events | day_events, min_size=1, max_size=DAYS)
offsets = st.integers(0, DAYS + 5)


def _history(
    pid: str | None,
    events: list[tuple[object, object, object]],
    specs: list[tuple[int, int | None, bool]],
) -> History:
    sim = Sim(protocol(pid))
    play(events, [(raised, cleared) for raised, cleared, _ in specs], sim, START)  # type: ignore[arg-type]
    taken_back = {START + timedelta(days=raised) for raised, _, back in specs if back}
    referrals = tuple(
        replace(r, retracted_on=r.day) if r.day in taken_back and r.cleared_on is None else r
        for r in sim.history.referrals
    )
    return replace(sim.history, referrals=referrals)


def _from(history: History, first: date) -> History:
    """What the store loads after a snapshot: reports from ``first`` on, every referral."""
    return replace(
        history,
        runs=tuple(r for r in history.runs if r.day >= first),
        mornings=tuple(m for m in history.mornings if m.day >= first),
        strength=tuple(s for s in history.strength if s.day >= first),
    )


def _before(history: History, day: date) -> History:
    """Only what is dated before ``day``: reports, and referrals raised before it."""
    kept: tuple[Referral, ...] = tuple(r for r in history.referrals if r.day < day)
    return History(
        runs=tuple(r for r in history.runs if r.day < day),
        mornings=tuple(m for m in history.mornings if m.day < day),
        strength=tuple(s for s in history.strength if s.day < day),
        referrals=kept,
    )


def _snapshot_day(data: st.DataObject, history: History) -> date:
    """Any day, or often a day just before a rested or held run: where a wrong window would
    show (the run's baseline reaches back before the snapshot)."""
    near = sorted({r.day for r in history.runs if r.judgement.decision.value != "progress"})
    if near and data.draw(st.booleans()):
        return data.draw(st.sampled_from(near)) - timedelta(days=data.draw(st.integers(0, 3)))
    return START + timedelta(days=data.draw(offsets))


@settings(max_examples=200, deadline=None)
@given(histories, referral_specs, protocols, st.data(), st.integers(0, 20))
def test_resuming_from_a_snapshot_with_a_bounded_window_is_the_full_replay(
    events: list[tuple[object, object, object]],
    specs: list[tuple[int, int | None, bool]],
    pid: str | None,
    data: st.DataObject,
    later: int,
) -> None:
    proto = protocol(pid)
    history = _history(pid, events, specs)
    snapshot_day = _snapshot_day(data, history)
    day = snapshot_day + timedelta(days=later)
    snapshot = state_at_start_of(proto, START, history, snapshot_day)
    window = _from(history, snapshot_day - timedelta(days=LOOKBACK_DAYS))

    assert derive_state(proto, START, window, day, since=snapshot) == derive_state(
        proto, START, history, day
    )
    # A snapshot moved forward from an older one is the snapshot taken from the start.
    assert state_at_start_of(proto, START, window, day, since=snapshot) == state_at_start_of(
        proto, START, history, day
    )


@settings(max_examples=200, deadline=None)
@given(histories, referral_specs, protocols, st.data())
def test_a_snapshot_depends_only_on_what_is_dated_before_its_day(
    events: list[tuple[object, object, object]],
    specs: list[tuple[int, int | None, bool]],
    pid: str | None,
    data: st.DataObject,
) -> None:
    """Any report, revision or referral dated on or after S (cleared or taken back later
    included) leaves the snapshot of S as it is: the store only drops it for a write of a
    report dated before S or a change to a referral raised before S."""
    proto = protocol(pid)
    history = _history(pid, events, specs)
    snapshot_day = _snapshot_day(data, history)

    assert state_at_start_of(proto, START, history, snapshot_day) == state_at_start_of(
        proto, START, _before(history, snapshot_day), snapshot_day
    )


@settings(max_examples=60, deadline=None)
@given(histories, referral_specs, protocols, offsets, st.integers(1, 20))
def test_a_snapshot_of_a_later_day_than_asked_is_not_used(
    events: list[tuple[object, object, object]],
    specs: list[tuple[int, int | None, bool]],
    pid: str | None,
    offset: int,
    ahead: int,
) -> None:
    proto = protocol(pid)
    history = _history(pid, events, specs)
    day = START + timedelta(days=offset)
    too_late = state_at_start_of(proto, START, history, day + timedelta(days=ahead))

    assert derive_state(proto, START, history, day, since=too_late) == derive_state(
        proto, START, history, day
    )


def test_a_snapshot_holds_no_referral_and_names_its_day() -> None:
    sim = Sim()
    sim.refer(START + timedelta(days=2))
    snapshot = state_at_start_of(sim.protocol, START, sim.history, START + timedelta(days=5))

    assert snapshot.day == START + timedelta(days=5)
    assert snapshot.referral is None
    assert sim.state(START + timedelta(days=5)).referral is not None


@settings(max_examples=120, deadline=None)
@given(histories, referral_specs, protocols)
def test_one_replay_gives_each_days_phase_as_that_days_state_does(
    events: list[tuple[object, object, object]],
    specs: list[tuple[int, int | None, bool]],
    pid: str | None,
) -> None:
    """/progress draws the phases from one replay, not one per day or per phase."""
    proto = protocol(pid)
    history = _history(pid, events, specs)
    today = START + timedelta(days=len(events) + 2)
    phases = phases_by_day(proto, START, history, today)

    for day, (phase, since) in phases.items():
        state = derive_state(proto, START, history, day)
        assert (phase, since) == (state.phase, state.phase_since), day
    assert len(phases) == (today - START).days + 1


def test_a_day_a_referral_is_cleared_and_another_raised_keeps_its_own_phase() -> None:
    """The state of a day counts only referrals raised before it: a clearance in maintain
    sends the runner back to the ladder that day, even with a new referral raised that day."""
    sim = Sim()
    maintain = to_maintain(sim)
    cleared = maintain + timedelta(days=5)
    sim.refer(maintain + timedelta(days=1), cleared_on=cleared)
    sim.refer(cleared)
    today = cleared + timedelta(days=3)

    phases = phases_by_day(sim.protocol, START, sim.history, today)

    assert phases[cleared] == (Phase.RETURN, cleared)
    for day in (cleared - timedelta(days=1), cleared, today):
        state = sim.state(day)
        assert phases[day] == (state.phase, state.phase_since)


@settings(max_examples=80, deadline=None)
@given(histories, referral_specs, protocols, offsets)
def test_a_snapshot_survives_its_json_form(
    events: list[tuple[object, object, object]],
    specs: list[tuple[int, int | None, bool]],
    pid: str | None,
    offset: int,
) -> None:
    proto = protocol(pid)
    history = _history(pid, events, specs)
    state = state_at_start_of(proto, START, history, START + timedelta(days=offset))

    assert snapshots.from_json(json.loads(json.dumps(snapshots.to_json(state)))) == state


def test_every_field_of_the_state_is_stored_but_the_referral() -> None:
    """A new field in CoachState must be stored (and FORMAT bumped), or this fails."""
    assert snapshots.unstored_fields() == {"referral"}


def _weekly_runs(minutes_by_week: list[int]) -> History:
    return History(
        runs=tuple(
            RunRecord(START + timedelta(days=7 * week + 2), 1, False, GREEN, minutes=minutes)
            for week, minutes in enumerate(minutes_by_week)
        )
    )


def test_weekly_minutes_from_a_bounded_history_say_when_they_need_more() -> None:
    """Weeks in a row over +10% can reach back past the reports read after a snapshot: the
    count then asks for the whole history instead of counting short."""
    growing = _weekly_runs([40, 50, 60, 70, 80, 90])
    today = START + timedelta(days=7 * 5 + 3)
    bounded = replace(growing, complete_from=START + timedelta(days=7 * 3))
    full = weekly_minutes(growing, START, today, None)

    assert full.complete and full.weeks_over == 5
    assert not weekly_minutes(bounded, START, today, None).complete

    steady = _weekly_runs([40, 50, 50, 50, 50, 60])
    bounded = weekly_minutes(
        replace(steady, complete_from=START + timedelta(days=20)), START, today, None
    )
    assert bounded.complete
    whole = weekly_minutes(steady, START, today, None)
    assert (bounded.weeks_over, bounded.this_week, bounded.last_week) == (
        whole.weeks_over,
        whole.this_week,
        whole.last_week,
    )
