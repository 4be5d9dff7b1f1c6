"""Builders shared by the domain tests: fixed dates, the real protocols, and a small simulator
that records reports the way the service does (runs judged by ``judge_run`` against the state
of the day, next-morning answers revising the run by R4)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from functools import cache

from bot.coach.protocol import Protocol, ProtocolLibrary
from bot.coach.records import (
    Decision,
    History,
    Judgement,
    MorningRecord,
    Phase,
    Referral,
    ReturnCheckRecord,
    RunRecord,
    StrengthRecord,
)
from bot.coach.rules import judge_run, revise_with_morning
from bot.coach.runs import run_facts
from bot.coach.stalled import check_stalled
from bot.coach.state import CoachState, derive_state
from bot.protocol_files import load_protocols

START = date(2026, 11, 23)  # a Monday, so weekday-dependent plans are predictable
assert START.weekday() == 0

# CLINICAL.md 1a: the Fredericson strength progression, one step at a time.
FREDERICSON_LADDER = (
    "1x15",
    "1x20",
    "1x25",
    "1x30",
    "2x20",
    "2x25",
    "2x30",
    "3x20",
    "3x25",
    "3x30",
)
# CLINICAL.md 3: the walk-run ladder as (repeats, run min, walk min); walk 0 = continuous.
WALK_RUN = (
    (10, 1, 1),
    (8, 2, 1),
    (6, 3, 1),
    (5, 4, 1),
    (4, 6, 1),
    (3, 9, 1),
    (1, 20, 0),
    (1, 30, 0),
)


def d(n: int) -> date:
    """Day ``n`` of the protocol, 0-based (d(0) is the start)."""
    return START + timedelta(days=n)


@cache
def library() -> ProtocolLibrary:
    return load_protocols()


def protocol(protocol_id: str | None = None) -> Protocol:
    lib = library()
    return lib.default if protocol_id is None else lib[protocol_id]


class Sim:
    """One user's history, built report by report as the service would build it."""

    def __init__(self, proto: Protocol | None = None, start: date = START) -> None:
        self.protocol = proto if proto is not None else protocol()
        self.start = start
        self.history = History()

    def state(self, on: date) -> CoachState:
        return derive_state(self.protocol, self.start, self.history, on)

    def morning(self, on: date, pain: int, stairs_ok: bool | None = None) -> None:
        record = MorningRecord(on, pain, stairs_ok)
        # One check a day, as the store keeps it: a second one replaces the first.
        earlier = tuple(m for m in self.history.mornings if m.day != on)
        self.history = replace(self.history, mornings=earlier)
        self.history = replace(self.history, mornings=(*self.history.mornings, record))

    def return_check(self, on: date, *, passed: bool) -> None:
        """The return-to-run check answered on ``on``: all yes, or the hops not yet."""
        record = ReturnCheckRecord(on, True, True, passed)
        checks = (*self.history.return_checks, record)
        self.history = replace(self.history, return_checks=checks)

    def strength(self, on: date, pain: int) -> None:
        record = StrengthRecord(on, pain)
        self.history = replace(self.history, strength=(*self.history.strength, record))

    def refer(
        self,
        on: date,
        cause: str = "swelling",
        cleared_on: date | None = None,
        retracted_on: date | None = None,
    ) -> None:
        record = Referral(on, cause, f"test referral ({cause})", cleared_on, retracted_on)
        self.history = replace(self.history, referrals=(*self.history.referrals, record))

    def clear(self, on: date) -> None:
        """Every open referral is cleared on ``on`` (coaching resumes that day)."""
        cleared = tuple(
            replace(r, cleared_on=on) if r.active else r for r in self.history.referrals
        )
        self.history = replace(self.history, referrals=cleared)

    def stalled(self, on: date) -> Judgement | None:
        """R7 as the service runs it after each report: a referral it raises is recorded."""
        judgement = check_stalled(self.history, self.start, on)
        if judgement is not None:
            self.refer(on, judgement.rule)
        return judgement

    def run(
        self, on: date, pain: int, *, stopped: bool = False, minutes: int | None = None
    ) -> Judgement:
        """Judge a run against the state of ``on`` (as the service does) and record it; a
        referral the run table makes (R2) is recorded too."""
        state = self.state(on)
        facts = run_facts(
            self.protocol, state, self.history, pain=pain, stopped=stopped, minutes=minutes
        )
        judgement = judge_run(facts)
        record = RunRecord(on, pain, stopped, judgement, minutes=minutes, stage=facts.stage)
        self.history = replace(self.history, runs=(*self.history.runs, record))
        if judgement.decision is Decision.REFER and judgement.rule != "R1":
            self.refer(on, judgement.rule)
        return judgement

    def next_morning(self, run_day: date, pain: int, stairs_ok: bool | None = None) -> Judgement:
        """The morning after ``run_day``: R4 may revise that run; returns its stored judgement."""
        runs = list(self.history.runs)
        index = max(i for i, r in enumerate(runs) if r.day == run_day)
        run = runs[index]
        baseline = self.history.baseline_before(run_day)
        revised = revise_with_morning(run, pain, baseline)
        judgement = revised if revised is not None else run.judgement
        runs[index] = replace(run, judgement=judgement, morning_pain=pain)
        self.history = replace(self.history, runs=tuple(runs))
        self.morning(run_day + timedelta(days=1), pain, stairs_ok)
        return judgement

    def calm_days(self, first: date, n: int) -> date:
        """``n`` calm mornings from ``first`` on; returns the day after the last."""
        for i in range(n):
            self.morning(first + timedelta(days=i), 0, True)
        return first + timedelta(days=n)

    def strength_days(self, first: date, n: int, pain: int = 0) -> date:
        for i in range(n):
            self.strength(first + timedelta(days=i), pain)
        return first + timedelta(days=n)

    def reach_return(self) -> date:
        """Calm mornings and good strength sessions until the return phase; returns its first
        day (found from the state, not assumed). Every day has a morning check at 0/10."""
        self.calm_days(START, 3)
        end = self.strength_days(START, 10)
        on = end
        self.calm_days(d(3), (end - d(3)).days)
        while self.state(on).phase is not Phase.RETURN:
            if self.state(on).return_check_due:
                self.return_check(on, passed=True)  # §3 v3: the check before stage 1
                continue
            on += timedelta(days=1)
            assert on < START + timedelta(days=60), "never reached the return phase"
        return on
