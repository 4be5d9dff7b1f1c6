"""Properties of the rules over random report histories (CLINICAL.md §1a, §3, §4 v2), each
history built report by report as the service builds it: runs judged against the state of their
day, next-morning checks revising them (R4), R7 checked after every report day."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from itertools import pairwise

from hypothesis import example, given, settings
from hypothesis import strategies as st

from bot.coach import thresholds as t
from bot.coach.records import Decision, Judgement, Phase
from bot.coach.state import CoachState, derive_state
from tests.unit.coach_builders import Sim, d, protocol

DAYS = 45
PHASE_ORDER = [Phase.CALM, Phase.BUILD, Phase.RETURN, Phase.MAINTAIN]
pain = st.integers(t.PAIN_MIN, t.PAIN_MAX)
Morning = tuple[int, bool | None]
Run = tuple[int, bool, int | None]
Day = tuple[Morning | None, int | None, Run | None]
day_events = st.tuples(
    st.none() | st.tuples(pain, st.none() | st.booleans()),  # morning (pain, stairs)
    st.none() | pain,  # strength session
    st.none() | st.tuples(pain, st.booleans(), st.none() | st.integers(5, 60)),  # run
)
# Mostly gentle days, so that histories reach the ladder as often as they flare.
gentle_events = st.tuples(
    st.none() | st.tuples(st.integers(0, 3), st.just(True)),
    st.none() | st.integers(0, 4),
    st.none() | st.tuples(st.integers(0, 7), st.booleans().map(lambda b: b and False), st.none()),
)
referrals = st.lists(st.tuples(st.integers(0, DAYS), st.none() | st.integers(0, 20)), max_size=2)
protocols = st.sampled_from([None, "fredericson-six-week", "strength-routine", "maintenance"])


@dataclass
class Judged:
    """A run's judgement with the state it was judged in."""

    state: CoachState
    judgement: Judgement
    pain: int
    referred: bool


@dataclass
class Played:
    sim: Sim
    first: date
    judged: list[Judged] = field(default_factory=list)


def play(events: list[Day], refs: list[tuple[int, int | None]], sim: Sim, first: date) -> Played:
    played = Played(sim, first)
    for day, cleared in refs:
        raised = first + timedelta(days=day)
        sim.refer(raised, cleared_on=None if cleared is None else raised + timedelta(days=cleared))
    ran_yesterday = False
    for n, (morning, strength, run) in enumerate(events):
        on = first + timedelta(days=n)
        if morning is not None:
            if ran_yesterday:
                sim.next_morning(on - timedelta(days=1), *morning)
            else:
                sim.morning(on, *morning)
        if strength is not None:
            sim.strength(on, strength)
        if run is not None:
            state = sim.state(on)
            referred = sim.history.active_referral() is not None
            judgement = sim.run(on, run[0], stopped=run[1], minutes=run[2])
            played.judged.append(Judged(state, judgement, run[0], referred))
        ran_yesterday = run is not None
        sim.stalled(on)
    return played


def from_start(events: list[Day], refs: list[tuple[int, int | None]], proto: str | None) -> Played:
    sim = Sim(protocol(proto))
    return play(events, refs, sim, sim.start)


def from_return(events: list[Day], refs: list[tuple[int, int | None]]) -> Played:
    sim = Sim()
    return play(events, refs, sim, sim.reach_return())


def days_of(played: Played, extra: int = 2) -> list[date]:
    last = max([played.first, *(r.day for r in played.sim.history.runs)])
    span = (last - played.sim.start).days + extra
    return [played.sim.start + timedelta(days=n) for n in range(span + 1)]


def check_judgements(played: Played) -> None:
    for j in played.judged:
        if j.referred:
            assert j.judgement.rule == "R1"  # R1 always wins
        if j.judgement.decision is Decision.PROGRESS:
            assert j.pain <= t.RUN_GREEN_MAX  # no progress with run pain >= 3
            assert j.state.rest_block() is None  # no progress inside a rest period
    for run in played.sim.history.runs:  # and after R4, still none
        if run.judgement.decision is Decision.PROGRESS:
            assert run.pain_during <= t.RUN_GREEN_MAX


def check_pace(played: Played) -> None:
    sim = played.sim
    states = [sim.state(day) for day in days_of(played)]
    step_ups = [b.day for a, b in pairwise(states) if b.strength_level > a.strength_level]
    for a, b in pairwise(states):
        assert b.strength_level - a.strength_level <= 1
    for x, y in pairwise(step_ups):
        assert (y - x).days >= t.STRENGTH_STEP_MIN_DAYS  # one step per 4 days at most
    last_up = sim.start
    for a, b in pairwise(states):
        if a.phase is Phase.RETURN and b.phase is Phase.RETURN and b.stage > a.stage:
            assert b.stage == a.stage + 1
            runs = sum(1 for r in sim.history.runs if last_up <= r.day < b.day)
            assert runs >= t.GREEN_RUNS_TO_ADVANCE  # never more than one stage per two runs
            last_up = b.day


def check_bounds(played: Played) -> None:
    sim = played.sim
    previous: Phase | None = None
    for day in days_of(played):
        state = sim.state(day)
        assert 0 <= state.strength_level <= sim.protocol.top_strength_level
        assert 1 <= state.stage <= max(len(sim.protocol.running.ladder), 1)
        assert 0 <= state.greens_at_stage < t.GREEN_RUNS_TO_ADVANCE
        assert 0 <= state.ambers_in_row < t.AMBERS_TO_STEP_DOWN
        if state.phase is not None and previous is not None:
            back = PHASE_ORDER.index(state.phase) < PHASE_ORDER.index(previous)
            # The only steps back: maintain to return after a clearance (§5 v2), and return
            # to build after three ambers in a row at stage 1 (§3 v3).
            assert not back or (previous, state.phase, state.phase_since) in (
                (Phase.MAINTAIN, Phase.RETURN, day),
                (Phase.RETURN, Phase.BUILD, day),
            )
        previous = state.phase


@settings(max_examples=60, deadline=None)
@given(st.lists(day_events, min_size=1, max_size=DAYS), referrals, protocols)
def test_random_histories_from_the_start(
    events: list[Day], refs: list[tuple[int, int | None]], proto: str | None
) -> None:
    played = from_start(events, refs, proto)
    check_judgements(played)
    check_pace(played)
    check_bounds(played)


@settings(max_examples=60, deadline=None)
@given(st.lists(gentle_events | day_events, min_size=1, max_size=DAYS), referrals)
# A flag cleared the day a run raises R3: the clearance's step back stands the next day too.
@example(events=[(None, None, (6, False, None))] * 2, refs=[(0, 1)])
def test_random_histories_on_the_ladder(
    events: list[Day], refs: list[tuple[int, int | None]]
) -> None:
    played = from_return(events, refs)
    check_judgements(played)
    check_pace(played)
    check_bounds(played)


@settings(max_examples=40, deadline=None)
@given(
    st.integers(t.STALLED_NO_IMPROVEMENT_DAYS, 35),
    st.sampled_from([1, 2]),
    st.lists(st.integers(t.RUN_GREEN_MAX + 1, t.RUN_AMBER_MAX), min_size=35, max_size=35),
    st.lists(st.none() | st.tuples(pain, st.none() | st.booleans()), min_size=35, max_size=35),
    st.booleans(),
)
def test_an_amber_only_history_of_three_weeks_always_reaches_a_referral(
    days: int, every: int, pains: list[int], mornings: list[Morning | None], on_ladder: bool
) -> None:
    events: list[Day] = [
        (mornings[n], None, (pains[n], False, None) if n % every == 0 else None)
        for n in range(days)
    ]
    played = from_return(events, []) if on_ladder else from_start(events, [], None)
    assert played.sim.history.referrals, "amber runs for 3 weeks were never referred"


@settings(max_examples=40, deadline=None)
@given(st.lists(day_events, min_size=1, max_size=DAYS), referrals, st.integers(0, DAYS + 2))
def test_derive_state_is_deterministic_and_ignores_later_reports(
    events: list[Day], refs: list[tuple[int, int | None]], cut: int
) -> None:
    played = from_start(events, refs, None)
    sim, on = played.sim, d(cut)
    default = sim.protocol
    first = derive_state(default, sim.start, sim.history, on)
    assert derive_state(default, sim.start, sim.history, on) == first
    h = sim.history
    earlier = replace(
        h,
        runs=tuple(r for r in h.runs if r.day < on),
        mornings=tuple(m for m in h.mornings if m.day <= on),  # the day's own check counts
        strength=tuple(s for s in h.strength if s.day < on),
    )
    assert derive_state(default, sim.start, earlier, on) == first
