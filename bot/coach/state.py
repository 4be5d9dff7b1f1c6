"""Where a user stands on a given day, derived by replaying their history.

The state is never a source of truth: the strength step, phase and ladder stage are folded from
the reports, so a morning-after revision (R4) or a deleted report changes them consistently. A
stored snapshot of an earlier day (``state_at_start_of``) only lets the fold start later.
"""

# long: the state, each day's transitions and the replay that applies them read as one piece;
# split, a rule's effect would sit apart from the field it moves.
from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta

from bot.coach import thresholds as t
from bot.coach.protocol import Protocol, RunningMode
from bot.coach.records import (
    Adjustment,
    Decision,
    History,
    MorningRecord,
    Phase,
    Referral,
    RestBlock,
    ReturnCheckRecord,
    RunRecord,
    StrengthRecord,
    baseline_on,
    by_day,
)
from bot.coach.rules import RestPeriod, rests_strength_after, strength_step

ONE_DAY = timedelta(days=1)
# How far back before a day any rule reads reports, for that day's replay or that day's
# report: R4's baseline (7 days), R2's repeat rest (14 days), R7's windows (21 days). A reader
# given every report from this many days before a snapshot's day on, and the referrals, has
# all it needs.
LOOKBACK_DAYS = max(
    t.BASELINE_WINDOW_DAYS, t.REPEAT_REST_WINDOW_DAYS + 1, t.STALLED_NO_IMPROVEMENT_DAYS
)


@dataclass(frozen=True, slots=True)
class CoachState:
    """The user's position on ``day``: every report of earlier days, plus ``day``'s morning
    check if it was sent (it comes before the day's running and decides a rest period)."""

    day: date
    start: date
    strength_level: int = 0  # index into each exercise's progression ladder
    strength_since: date | None = None  # the day the current step began (None: the start)
    strength_count: int = 0  # sessions at this step rated <= 3/10 since it began or held
    strength_rest: bool = False  # a rest day from strength after a painful session (>= 6/10)
    strength_held_sore: bool = False  # a step up was due today, held by a sore morning (§1a v3)
    phase: Phase | None = None  # None for protocols without phased running
    phase_since: date | None = None
    stage: int = 1  # walk-run ladder stage, 1-based (meaningful in the return phase)
    greens_at_stage: int = 0  # consecutive green runs at this stage, each morning-checked
    last_green: date | None = None  # the day of the last of them (§3 v3: at most 4 days apart)
    ambers_in_row: int = 0  # consecutive amber runs (R5) at the ladder
    no_running_until: date | None = None  # a rest day after a run: no running up to this day
    rest: RestPeriod | None = None  # an unfinished rest period after R2/R3/R4 (§3 v2)
    last_run: date | None = None
    latest_morning: MorningRecord | None = None  # the last morning check up to ``day``
    calm_streak: int = 0  # consecutive calm days (everyday pain <= 2, stairs pain-free)
    good_strength_days: int = 0  # strength sessions rated <= 3/10 so far
    build_until: date | None = None  # back in the build phase after ambers at stage 1, to this day
    back_to_build_on: date | None = None  # the last day ambers at stage 1 sent the runner back
    strength_sessions: int = 0  # every strength session reported (the check's retry counts them)
    return_check_due: bool = False  # build is done: the return-to-run check comes first (§3 v3)
    check_failed_on: date | None = None  # the first failed check of those since the last pass
    check_retry_at: int | None = None  # strength_sessions at which a failed check is offered again
    referral: Referral | None = None

    def greens_before(self, day: date) -> int:
        """Green runs that a green run on ``day`` would follow: none after more than 4 days
        (§3 v3: the count starts again)."""
        if self.last_green is None or (day - self.last_green).days > t.GREENS_MAX_DAYS_APART:
            return 0
        return self.greens_at_stage

    @property
    def day_number(self) -> int:
        return (self.day - self.start).days + 1

    @property
    def week(self) -> int:
        return (self.day - self.start).days // 7 + 1

    def run_stage(self) -> int | None:
        return self.stage if self.phase is Phase.RETURN else None

    def rest_block(self) -> RestBlock | None:
        """Why a run today would fall inside the rest period (R8), or None."""
        if self.rest is None:
            return None
        latest = self.latest_morning
        return self.rest.why_not_over(self.day, (latest.day, latest.pain) if latest else None)

    def may_run_today(self) -> bool:
        rest_day = self.no_running_until is not None and self.day <= self.no_running_until
        # The ladder is every other day, whatever the last run was judged (R9).
        ran_lately = (
            self.phase is Phase.RETURN
            and self.last_run is not None
            and (self.day - self.last_run).days < t.RUN_EVERY_N_DAYS
        )
        return not rest_day and not ran_lately and self.rest_block() is None

    @property
    def days_without_morning_check(self) -> int:
        """Days in a row, up to ``day``, with no morning check (today counts until it is sent)."""
        last = self.latest_morning.day if self.latest_morning else self.start - ONE_DAY
        return (self.day - last).days

    @property
    def silent(self) -> bool:
        """No morning check for 3 days (§3 v2): ask for it by name; phases do not move on."""
        return self.days_without_morning_check > t.SILENT_DAYS

    @property
    def next_strength_step_from(self) -> date:
        """The earliest day the strength dose may step up (§1a v2: 4 days after the last)."""
        return (self.strength_since or self.start) + timedelta(days=t.STRENGTH_STEP_MIN_DAYS)


def _checked_recently(state: CoachState, tomorrow: date) -> bool:
    return not replace(state, day=tomorrow).silent


def _apply_run(state: CoachState, run: RunRecord, baseline: int, top_stage: int) -> CoachState:
    decision, rule = run.judgement.decision, run.judgement.rule
    state = replace(state, last_run=run.day)
    ladder = state.phase is Phase.RETURN
    if decision is Decision.REST:
        return replace(
            state,
            stage=max(1, state.stage - 1) if ladder else state.stage,
            greens_at_stage=0,
            ambers_in_row=0,
            rest=RestPeriod(run.day, baseline),
        )
    if decision is Decision.HOLD and rule == "R5":
        return _apply_amber(state, run.day, ladder)
    if decision is Decision.REFER:
        return state  # a clinician first; a clearance then starts the count again
    if decision is not Decision.PROGRESS:
        # R4, R8, R9, a pain-free run outside running: nothing moves, and a run between two
        # greens makes them not consecutive (§3 v3).
        rest_between = run.day + timedelta(days=t.RUN_EVERY_N_DAYS - 1)
        until = rest_between if rule == "R4" else state.no_running_until
        return replace(state, greens_at_stage=0, no_running_until=until)
    return _apply_green(state, run, ladder, top_stage)


def _apply_amber(state: CoachState, day: date, ladder: bool) -> CoachState:
    """R5: a rest day, the count of greens starts again; the third amber in a row steps the
    ladder down one, or at stage 1 sends the runner back to build for 7 days (§3 v3)."""
    ambers = state.ambers_in_row + 1 if ladder else 0
    stage = state.stage
    until = day + timedelta(days=t.HOLD_REST_DAYS)
    state = replace(state, greens_at_stage=0, no_running_until=until)
    if ambers >= t.AMBERS_TO_STEP_DOWN and stage == 1:
        return replace(
            state,
            phase=Phase.BUILD,
            phase_since=day + ONE_DAY,
            build_until=day + timedelta(days=t.AMBERS_BACK_TO_BUILD_DAYS),
            back_to_build_on=day,
            ambers_in_row=0,
        )
    if ambers >= t.AMBERS_TO_STEP_DOWN:
        stage, ambers = max(1, stage - 1), 0
    return replace(state, stage=stage, ambers_in_row=ambers)


def _apply_green(state: CoachState, run: RunRecord, ladder: bool, top_stage: int) -> CoachState:
    """R6: a green run counts on the ladder only once its next-morning check is in and did not
    revise it (a revised run is no longer ``progress``); one whose check never came counts for
    nothing and breaks the run of greens (§3 v3)."""
    state = replace(
        state, ambers_in_row=0, no_running_until=run.day + timedelta(days=t.RUN_EVERY_N_DAYS - 1)
    )
    if not ladder:
        return state
    if run.morning_pain is None:
        return replace(state, greens_at_stage=0)
    greens = state.greens_before(run.day) + 1
    if greens < t.GREEN_RUNS_TO_ADVANCE:
        return replace(state, greens_at_stage=greens, last_green=run.day)
    if state.stage < top_stage:
        return replace(state, stage=state.stage + 1, greens_at_stage=0, last_green=None)
    if run.pain_during <= t.RETURN_TOP_STAGE_PAIN_MAX and _checked_recently(state, run.day):
        return replace(
            state, phase=Phase.MAINTAIN, phase_since=run.day + ONE_DAY, greens_at_stage=0
        )
    # The top stage's second green without a recent morning check: silence is not progress.
    return replace(state, greens_at_stage=greens - 1, last_green=run.day)


def _apply_strength(state: CoachState, pain: int, referred: bool) -> CoachState:
    step = strength_step(pain)
    if step < 0:
        level = max(state.strength_level - 1, 0)
        return replace(state, strength_level=level, strength_count=0)
    if step == 0:
        return replace(state, strength_count=0)  # 4-5/10 holds: the count starts again
    if referred:
        return state  # progression stops while a clinician is yet to see the user
    return replace(
        state,
        strength_count=state.strength_count + 1,
        good_strength_days=state.good_strength_days + 1,
    )


def _step_up_strength(
    state: CoachState, day: date, top_level: int, mornings: Mapping[date, Sequence[MorningRecord]]
) -> CoachState:
    """§1a v2: one step up on ``day`` once 3 sessions at the step were <= 3/10, 4 days after
    the last; §1a v3: not on a day whose morning pain is 2+ points above the baseline."""
    if (
        state.strength_count >= t.STRENGTH_SESSIONS_PER_STEP
        and day >= state.next_strength_step_from
        and state.strength_level < top_level
        and not state.strength_rest
    ):
        if sore_morning(mornings, day):
            return replace(state, strength_held_sore=True)  # the dose holds that day
        return replace(
            state,
            strength_level=state.strength_level + 1,
            strength_since=day,
            strength_count=0,
        )
    return state


def sore_morning(mornings: Mapping[date, Sequence[MorningRecord]], day: date) -> bool:
    """``day``'s morning pain is 2+ points above the baseline of the 7 days before it (§1a v3,
    the same rise as R4's)."""
    today = mornings.get(day, ())
    if not today:
        return False
    baseline = baseline_on(mornings, day - ONE_DAY)
    return today[-1].pain - baseline >= t.MORNING_RISE_MIN


def _end_of_day(
    state: CoachState, protocol: Protocol, mornings: Sequence[MorningRecord], day: date
) -> CoachState:
    """Phase changes decided by the day's reports take effect the next day, and only with a
    morning check in the last 3 days (§3 v2: silence never counts as progress)."""
    tomorrow = day + ONE_DAY
    checked = _checked_recently(state, tomorrow)
    if state.phase is Phase.CALM:
        calm = bool(mornings) and all(
            m.pain <= t.CALM_PAIN_MAX and m.stairs_ok is True for m in mornings
        )
        streak = state.calm_streak + 1 if calm else 0
        if streak >= t.CALM_DAYS_TO_BUILD:
            return replace(state, phase=Phase.BUILD, phase_since=tomorrow, calm_streak=streak)
        return replace(state, calm_streak=streak)
    if state.phase is Phase.BUILD and state.build_until is not None:
        ready = tomorrow > state.build_until  # back in build after ambers at stage 1 (§3 v3)
    else:
        ready = _ready_to_return(state, protocol, tomorrow)
    if ready and checked and state.build_until is None:
        # The first walk-run waits for the return-to-run check (§3 v3).
        retry = state.check_retry_at
        return replace(state, return_check_due=retry is None or state.strength_sessions >= retry)
    if ready and checked:
        return replace(
            state,
            phase=Phase.RETURN,
            phase_since=tomorrow,
            stage=1,
            greens_at_stage=0,
            build_until=None,
        )
    return state


def _ready_to_return(state: CoachState, protocol: Protocol, tomorrow: date) -> bool:
    return bool(
        state.phase is Phase.BUILD and state.good_strength_days >= t.BUILD_STRENGTH_DAYS_TO_RETURN
    ) or bool(
        state.phase is None
        and protocol.return_after_weeks
        and protocol.weeks is not None
        and tomorrow >= state.start + timedelta(weeks=protocol.weeks)
    )


def _apply_return_check(state: CoachState, check: ReturnCheckRecord) -> CoachState:
    """All yes: stage 1 starts that day. Any no: build goes on, and the check comes again after
    3 more strength sessions (two failed a week apart refer: ``check_failed_on``)."""
    if not state.return_check_due:
        return state
    if check.passed:
        return replace(
            state,
            phase=Phase.RETURN,
            phase_since=check.day,
            stage=1,
            greens_at_stage=0,
            return_check_due=False,
            check_failed_on=None,
            check_retry_at=None,
        )
    return replace(
        state,
        return_check_due=False,
        check_failed_on=state.check_failed_on or check.day,
        check_retry_at=state.strength_sessions + t.RETURN_CHECK_RETRY_SESSIONS,
    )


def _after_clearance(state: CoachState, cleared: Sequence[Referral], top_stage: int) -> CoachState:
    """§5 v2: after a clearance the plan resumes a step back: strength two steps lower, the
    ladder two stages lower, or stage 1 after a referral of more than 14 days."""
    lasted = max(((r.cleared_on or r.day) - r.day).days for r in cleared)
    long = lasted > t.CLEARANCE_LONG_REFERRAL_DAYS
    state = replace(
        state,
        strength_level=max(state.strength_level - t.CLEARANCE_STRENGTH_STEPS_BACK, 0),
        strength_since=state.day,
        strength_count=0,
        greens_at_stage=0,
        ambers_in_row=0,
    )
    if state.phase is Phase.RETURN:
        return replace(state, stage=1 if long else max(state.stage - t.CLEARANCE_STAGES_BACK, 1))
    if state.phase is Phase.MAINTAIN and top_stage > 0:
        # Maintain is one step past the top stage: two back is the stage below the top.
        stage = 1 if long else max(top_stage + 1 - t.CLEARANCE_STAGES_BACK, 1)
        return replace(state, phase=Phase.RETURN, phase_since=state.day, stage=stage)
    return state


def _morning_of(state: CoachState, mornings: Sequence[MorningRecord]) -> CoachState:
    """Count the day's morning check, and end a rest period it settles."""
    if mornings:
        state = replace(state, latest_morning=mornings[-1])
    if state.rest is not None and state.rest_block() is None:
        state = replace(state, rest=None)
    return state


def initial_state(protocol: Protocol, start: date) -> CoachState:
    """The state on the first day of the programme, before anything was reported."""
    phased = protocol.running.mode is RunningMode.PHASED
    return CoachState(
        day=start,
        start=start,
        phase=Phase.CALM if phased else None,
        phase_since=start if phased else None,
    )


def state_at_start_of(
    protocol: Protocol,
    start: date,
    history: History,
    day: date,
    since: CoachState | None = None,
) -> CoachState:
    """The state at the start of ``day``: every report of the days before it folded in,
    nothing of ``day`` itself (neither its morning check nor a clearance), no open referral.

    This is what a stored snapshot holds. From ``since``, a snapshot of the start of an
    earlier (or the same) day, the fold resumes there and gives the same state: ``history``
    then needs only the records from ``LOOKBACK_DAYS`` before ``since.day`` on, and the
    referrals. Referrals count as they stand now, so a snapshot of day S stays valid only
    while no referral raised, cleared or taken back before S changes."""
    replay = _Replay.of(protocol, history, day)
    return replace(_fold(protocol, start, replay, day, since), day=day, referral=None)


def derive_state(
    protocol: Protocol,
    start: date,
    history: History,
    day: date,
    since: CoachState | None = None,
) -> CoachState:
    """Replay every report dated before ``day`` (and ``day``'s morning check) and return the
    state the user is in on ``day``. Referrals are taken as they stand now: one that stood
    stops progression from the day it is raised until the day it is cleared.

    ``since``: a snapshot from :func:`state_at_start_of` of a day on or before ``day``; the
    replay resumes there instead of at ``start``, with the same result."""
    replay = _Replay.of(protocol, history, day)
    target = max(day, start)  # before the start: the first day, as it opens
    state = _open_day(_fold(protocol, start, replay, target, since), replay, target)
    return replace(state, referral=history.active_referral())


def _fold(
    protocol: Protocol, start: date, replay: _Replay, day: date, since: CoachState | None
) -> CoachState:
    """Every day from ``since`` (or ``start``) up to, not including, ``day``."""
    state, cursor = _resume(protocol, start, since, day)
    complete_from = replay.history.complete_from
    if complete_from > start and complete_from > cursor - timedelta(days=LOOKBACK_DAYS):
        raise ValueError(
            f"the history starts on {complete_from}: replaying from {cursor} needs a snapshot "
            f"of a day from {complete_from + timedelta(days=LOOKBACK_DAYS)} on"
        )
    while cursor < day:
        state = replay.day(_open_day(state, replay, cursor), cursor)
        cursor += ONE_DAY
    return state


def phases_by_day(
    protocol: Protocol, start: date, history: History, today: date
) -> dict[date, tuple[Phase | None, date | None]]:
    """The phase and the day it began, on each day from ``start`` to ``today``, as
    :func:`derive_state` gives them for that day, in one replay instead of one per day."""
    replay = _Replay.of(protocol, history, today)
    state, found = initial_state(protocol, start), {}
    cursor = start
    while cursor <= today:
        opened = _open_day(state, replay, cursor)
        # That day's own state counts only the referrals raised before it: opened again
        # without the ones raised that day, on the rare day one of them could change it.
        seen = opened
        if replay.raised_on_counts(cursor):
            seen = _open_day(state, replay.raised_before(cursor), cursor)
        found[cursor] = (seen.phase, seen.phase_since)
        state = replay.day(opened, cursor)
        cursor += ONE_DAY
    return found


def _resume(
    protocol: Protocol, start: date, since: CoachState | None, day: date
) -> tuple[CoachState, date]:
    if since is None or since.day > day or since.day < start or since.start != start:
        return initial_state(protocol, start), start
    return since, since.day


@dataclass(frozen=True, slots=True)
class _Replay:
    """A history grouped by day for the fold, with the referrals that stood before ``until``."""

    protocol: Protocol
    history: History
    referrals: tuple[Referral, ...]
    mornings: dict[date, list[MorningRecord]]
    strength: dict[date, list[StrengthRecord]]
    runs: dict[date, list[RunRecord]]
    checks: dict[date, list[ReturnCheckRecord]]
    adjustments: dict[date, list[Adjustment]]

    @classmethod
    def of(cls, protocol: Protocol, history: History, until: date) -> _Replay:
        return cls(
            protocol,
            history,
            tuple(r for r in history.referrals if r.day < until and r.stood),
            by_day(history.mornings),
            by_day(history.strength),
            by_day(history.runs),
            by_day(history.return_checks),
            by_day(history.adjustments),
        )

    def raised_before(self, day: date) -> _Replay:
        return replace(self, referrals=tuple(r for r in self.referrals if r.day < day))

    def referred(self, day: date) -> bool:
        return any(r.open_on(day) for r in self.referrals)

    def raised_on_counts(self, day: date) -> bool:
        """Whether a referral raised on ``day`` or later bears on how ``day`` opens (it is
        open that day, or cleared that day): only then does ``raised_before(day)`` differ."""
        return any(r.day >= day and (r.open_on(day) or r.cleared_on == day) for r in self.referrals)

    def day(self, state: CoachState, day: date) -> CoachState:
        return _replay_day(
            state,
            self.protocol,
            self.history,
            day,
            self.referred(day),
            self.strength,
            self.runs,
            self.mornings,
        )


def _open_day(state: CoachState, replay: _Replay, day: date) -> CoachState:
    """The start of ``day``: a clearance that day resumes the plan, and the day's morning
    check counts (it comes before the day's running)."""
    state = replace(state, day=day, strength_held_sore=False)
    cleared = [r for r in replay.referrals if r.cleared_on == day]
    # A referral raised later the same day (a run's R3 after the clinician's visit) does not
    # undo the clearance's step back: only one that stood before the day holds it.
    if cleared and not replay.raised_before(day).referred(day):
        state = _after_clearance(state, cleared, len(replay.protocol.running.ladder))
    for adjustment in replay.adjustments.get(day, ()):
        state = _adjusted(state, adjustment, replay.protocol)
    state = _running_paused(state, replay.history.adjustments, day)
    state = _morning_of(state, replay.mornings.get(day, []))
    for check in replay.checks.get(day, ()):
        state = _apply_return_check(state, check)
    if day > state.start and not replay.referred(day - ONE_DAY):
        state = _step_up_strength(state, day, replay.protocol.top_strength_level, replay.mornings)
    return _held(state, replay.history.adjustments, day)


def _adjusted(state: CoachState, adjustment: Adjustment, protocol: Protocol) -> CoachState:
    """A linked clinician's change, within the protocol's bounds: a stage or a strength step
    set starts its count afresh."""
    if adjustment.stage is not None and protocol.running.ladder:
        stage = min(max(adjustment.stage, 1), len(protocol.running.ladder))
        state = replace(state, stage=stage, greens_at_stage=0, ambers_in_row=0)
    if adjustment.strength_level is not None:
        level = min(max(adjustment.strength_level, 0), protocol.top_strength_level)
        state = replace(state, strength_level=level, strength_since=state.day, strength_count=0)
    return state


def _held(state: CoachState, adjustments: Sequence[Adjustment], day: date) -> CoachState:
    """A clinician's hold: each day it lasts opens no higher than the stage and strength
    step held (a step down the rules made meanwhile stands); a later change ends it."""
    sets = (a for a in adjustments if a.hold_until is None and a.no_running_until is None)
    changed = max((a.day for a in sets if a.day <= day), default=None)
    for hold in adjustments:
        if hold.hold_until is None or not hold.day < day <= hold.hold_until:
            continue
        if changed is not None and changed > hold.day:
            continue
        if hold.stage is not None and state.stage > hold.stage:
            state = replace(state, stage=hold.stage, greens_at_stage=0)
        if hold.strength_level is not None and state.strength_level > hold.strength_level:
            state = replace(state, strength_level=hold.strength_level, strength_count=0)
    return state


def _running_paused(state: CoachState, adjustments: Sequence[Adjustment], day: date) -> CoachState:
    """A clinician's pause of running holds each day until it ends, whatever a run in
    between set (a run only ever sets the next day's rest)."""
    until = max(
        (a.no_running_until for a in adjustments if a.no_running_until and a.day <= day),
        default=None,
    )
    if until is None or until < day:
        return state
    if state.no_running_until is not None and state.no_running_until >= until:
        return state
    return replace(state, no_running_until=until)


def _replay_day(
    state: CoachState,
    protocol: Protocol,
    history: History,
    day: date,
    referred: bool,
    strength: dict[date, list[StrengthRecord]],
    runs: dict[date, list[RunRecord]],
    mornings: dict[date, list[MorningRecord]],
) -> CoachState:
    if state.strength_rest:
        state = replace(state, strength_rest=False)
    rest_tomorrow = False
    for report in strength.get(day, ()):
        state = _apply_strength(state, report.pain, referred)
        state = replace(state, strength_sessions=state.strength_sessions + 1)
        rest_tomorrow = rests_strength_after(report.pain)
    for run in runs.get(day, ()):
        baseline = baseline_on(mornings, run.day)
        state = _apply_run(state, run, baseline, len(protocol.running.ladder))
    if referred:
        state = replace(state, calm_streak=0)  # phases pause too (CLINICAL.md §4 R1, §5)
    else:
        state = _end_of_day(state, protocol, mornings.get(day, []), day)
    return replace(state, strength_rest=True) if rest_tomorrow else state
