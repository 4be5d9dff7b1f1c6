"""A clinician's changes to a runner's plan, within the protocol's bounds: the walk-run stage
(in the return phase), the strength step, and a pause of running. Each is a clinician action
the state replay reads (``bot.coach.records.Adjustment``), recorded with who and when."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import timedelta

from bot.coach.protocol import Protocol
from bot.coach.records import Phase
from bot.coach.state import CoachState

STAGE, STRENGTH, PAUSE_RUNNING, HOLD = "stage", "strength", "pause-running", "hold"
MAX_PAUSE_DAYS = 28  # [default] a pause or a hold longer than this is a referral


@dataclass(frozen=True, slots=True)
class Change:
    kind: str
    value: int  # stage (1-based), strength step (1-based, as shown), or days of pause


def checked(change: Change, protocol: Protocol, state: CoachState) -> bool:
    """Whether ``change`` is within the protocol's bounds for where the runner is."""
    if change.kind == STAGE:
        ladder = len(protocol.running.ladder)
        return state.phase is Phase.RETURN and 1 <= change.value <= ladder
    if change.kind == STRENGTH:
        return 1 <= change.value <= protocol.top_strength_level + 1
    if change.kind in (PAUSE_RUNNING, HOLD):
        return 1 <= change.value <= MAX_PAUSE_DAYS
    return False


def stored_value(change: Change, state: CoachState) -> str:
    """The action's text as the replay reads it (``bot.store.repo.adjustment_record``)."""
    if change.kind == STRENGTH:
        return str(change.value - 1)  # the replay counts steps from 0
    until = (state.day + timedelta(days=change.value - 1)).isoformat()
    if change.kind == PAUSE_RUNNING:
        return until
    if change.kind == HOLD:  # the stage (in the return phase) and the step held
        stage = state.stage if state.phase is Phase.RETURN else None
        return json.dumps({"until": until, "stage": stage, "level": state.strength_level})
    return str(change.value)


def shown_value(kind: str, stored: str) -> str:
    """What the runner's message says of a change: a level from 1, a hold's last day."""
    if kind == STRENGTH:
        return str(int(stored) + 1)
    if kind == HOLD:
        return str(json.loads(stored)["until"])
    return stored
