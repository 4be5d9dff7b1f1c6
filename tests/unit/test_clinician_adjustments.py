"""A linked clinician's changes to the plan, as the state replay reads them: within the
protocol's bounds, from their day on, and a pause of running held each day until it ends."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from bot.coach.records import Adjustment, History, Phase, StrengthRecord
from bot.coach.state import derive_state
from bot.protocol_files import load_protocols

START = date(2026, 11, 23)
PROTOCOL = load_protocols(None).default


def test_a_strength_step_set_holds_from_its_day_within_the_protocols_bounds() -> None:
    day = START + timedelta(days=2)
    history = History(adjustments=(Adjustment(day, strength_level=3),))
    assert derive_state(PROTOCOL, START, history, day - timedelta(days=1)).strength_level == 0
    assert derive_state(PROTOCOL, START, history, day).strength_level == 3
    assert derive_state(PROTOCOL, START, history, day + timedelta(days=3)).strength_level == 3
    too_high = History(adjustments=(Adjustment(day, strength_level=99),))
    top = PROTOCOL.top_strength_level
    assert derive_state(PROTOCOL, START, too_high, day).strength_level == top


def test_a_pause_of_running_holds_each_day_until_it_ends() -> None:
    day = START + timedelta(days=1)
    until = day + timedelta(days=4)
    history = History(adjustments=(Adjustment(day, no_running_until=until),))
    for n in range(5):
        state = derive_state(PROTOCOL, START, history, day + timedelta(days=n))
        assert not state.may_run_today(), n
    after = derive_state(PROTOCOL, START, history, until + timedelta(days=1))
    assert after.no_running_until == until


def test_a_stage_set_starts_its_count_again() -> None:
    day = START + timedelta(days=3)
    history = History(adjustments=(Adjustment(day, stage=4),))
    state = derive_state(PROTOCOL, START, history, day)
    assert state.stage == 4 and state.greens_at_stage == 0
    clamped = History(adjustments=(replace(history.adjustments[0], stage=40),))
    assert derive_state(PROTOCOL, START, clamped, day).stage == len(PROTOCOL.running.ladder)
    assert state.phase in (Phase.CALM, Phase.BUILD, Phase.RETURN, Phase.MAINTAIN)


def test_a_hold_keeps_the_strength_step_until_it_ends_and_lets_a_step_down_stand() -> None:
    sessions = tuple(StrengthRecord(START + timedelta(days=n), 1) for n in range(20))
    day = START + timedelta(days=12)
    free = derive_state(PROTOCOL, START, History(strength=sessions), day).strength_level
    assert free >= 2  # painless sessions step the dose up
    until = START + timedelta(days=14)
    hold = Adjustment(START, strength_level=0, hold_until=until)
    held = History(strength=sessions, adjustments=(hold,))
    assert derive_state(PROTOCOL, START, held, day).strength_level == 0
    after = derive_state(PROTOCOL, START, held, until + timedelta(days=5))
    assert after.strength_level >= 1  # it steps up again once the hold is over
    # A clinician's own later change ends the hold.
    later = Adjustment(START + timedelta(days=5), strength_level=2)
    changed = History(strength=sessions, adjustments=(hold, later))
    assert derive_state(PROTOCOL, START, changed, START + timedelta(days=6)).strength_level == 2
