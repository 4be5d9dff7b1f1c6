"""The day: /today, /howto, /protocol and /plan, with the strength pace and rest periods."""

from __future__ import annotations

from datetime import date, timedelta

from bot.coach import thresholds as t
from bot.coach.plan import STRENGTH_ITEM, DayPlan, Running, StrengthStatus
from bot.coach.protocol import Exercise, Protocol, ProtocolLibrary, RunningMode
from bot.coach.records import Decision, History, Phase, RunRecord
from bot.coach.state import CoachState
from bot.texts import ladder
from bot.texts.common import DECISIONS, day_label, dose_text, exercise_line, side_text, stage_text
from bot.texts.language import localise
from bot.texts.reasons import rest_block_text

DONE_STRETCH = "Done: stretches {n}/{of}"
ALL_STRETCHES_DONE = "✓ Stretches"
DONE_STRENGTH = "Done: strength"
STRENGTH_DONE_TICK = "✓ Strength"
HOWTO_BUTTON = "How-to"
RUN_BUTTON = "Report a run"
STRETCH_MARKED = "✓ Stretch session {n} of {of} done."
ALL_STRETCHES_ALREADY = "All of today's stretch sessions are already done. Well done."
STRENGTH_MARKED = "✓ Strength session done."
STRENGTH_ALREADY = "Today's strength session is already marked done."
EXERCISE_MARKED = "✓ {name} done."
EXERCISE_ALREADY = "{name} is already marked done today."
BAD_DONE = (
    "I can mark “stretch”, “strength” or one exercise of your programme done, not “{value}”. "
    "For example: /done stretch"
)
HOWTO_PICK = "Which exercise?"
BAD_EXERCISE = "There is no exercise “{value}” in your programme. Pick one of these:"


RUNNING_TEXT = {
    Running.NONE: "No running in this programme. {advice}",
    Running.CROSS_TRAIN: (
        "No running in the calm phase. Cross-train if it is painless (aqua jogging is closest "
        "to running)."
    ),
    Running.WALK: "No running yet in the build phase; walking is fine if it is painless.",
    Running.REST_DAY: "Rest day from running today.",
    Running.LADDER: "Walk-run stage {stage}: {detail}. Flat ground, no downhill.",
    Running.FREE: "Free running, easy effort. Grow your weekly volume by at most {growth}%.",
    Running.STOPPED: "No running until a clinician has cleared you.",
}


PHASE_NAMES = {
    Phase.CALM: "calm (settle the pain)",
    Phase.BUILD: "build (strength first)",
    Phase.RETURN: "return (walk-run ladder)",
    Phase.MAINTAIN: "maintain (free running)",
}


STRENGTH_STATUS = {
    StrengthStatus.NOT_TODAY: "Strength: not a strength day in this programme.",
    StrengthStatus.REST: "Strength: rest day after a painful session. Stretches go on.",
    StrengthStatus.STOPPED: "Strength: paused until a clinician has cleared you.",
}


def strength_status_line(plan: DayPlan) -> str:
    return STRENGTH_STATUS.get(plan.strength_status, "")


def plan_text(plan: DayPlan, done: set[str], side: str, *, paused_until: date | None) -> str:
    lines = [f"Today · {day_label(plan.day)} · week {plan.week}, day {plan.day_number}"]
    phase = f" · phase: {PHASE_NAMES[plan.phase]}" if plan.phase else ""
    lines.append(f"{plan.protocol.name}{phase}")
    if plan.referral_reason:
        lines.append(f"\n⚠ Referred to a clinician: {plan.referral_reason}")
        if not plan.red_flag_open:
            lines.append(ladder.STRENGTH_IN_REFERRAL)
    if paused_until:
        lines.append(f"Reminders paused until {day_label(paused_until)} (/resume).")
    if plan.morning_check_missing:
        lines.append("\n" + MORNING_CHECK_BY_NAME.format(days=plan_silent_days(plan)))
    if plan.return_check_due:
        lines.append("\n" + ladder.RETURN_CHECK_OFFER)
    if plan.return_offered:
        lines.append(RETURN_AFTER_WEEKS.format(weeks=plan.protocol.weeks))
    if plan.protocol_finished:
        lines.append("You have finished this programme. /protocol maintenance keeps you there.")
    if plan.stretch_sessions:
        ticks = "".join("✓" if item in done else "○" for item in plan.stretch_items)
        only = " (only if painless)" if plan.red_flag_open else ""
        lines.append(f"\nStretches, {plan.stretch_sessions}x today {ticks}{only}")
        lines += [exercise_line(p, side) for p in plan.stretches]
    if plan.has_strength:
        tick = " ✓" if STRENGTH_ITEM in done else ""
        lines.append(f"\nStrength, level {plan.strength_level + 1}{tick}")
        lines += [exercise_line(p, side) for p in plan.strength]
        if plan.strength_held_sore:
            lines.append(ladder.STRENGTH_HELD_SORE.format(rise=t.MORNING_RISE_MIN))
    elif plan.strength:
        lines.append("\n" + strength_status_line(plan))
    lines.append(f"\nRunning: {running_text(plan)}")
    if plan.therapies:
        lines.append("\nAlso, if it helps:")
        lines += [f"• {therapy.text}" for therapy in plan.therapies]
    return "\n".join(lines)


def running_text(plan: DayPlan) -> str:
    """Today's running: the stage, rest day or phase advice, or why the rest period holds."""
    if plan.rest_reason:
        return REST_PERIOD_RUNNING.format(reason=rest_block_text(plan.rest_reason))
    detail = stage_text(plan.stage_detail) if plan.stage_detail else ""
    return RUNNING_TEXT[plan.running].format(
        advice=plan.protocol.running.advice,
        stage=plan.stage,
        detail=detail,
        growth=t.MAINTAIN_WEEKLY_GROWTH_PCT,
    )


def plan_summary(plan: DayPlan) -> str:
    """One line: phase, strength dose, running — for the demo and short notices."""
    phase = plan.phase.value if plan.phase else "—"
    if plan.has_strength and plan.strength:
        first = plan.strength[0]
        dose = dose_text(first.exercise.dose, first.level)
        strength = f"strength L{plan.strength_level + 1} ({first.exercise.name} {dose})"
    else:
        strength = f"strength {plan.strength_status.value}"
    running = {
        Running.LADDER: f"run stage {plan.stage}: {stage_text(plan.stage_detail)}"
        if plan.stage_detail
        else "run",
        Running.REST_DAY: "rest day from running",
        Running.CROSS_TRAIN: "no running, cross-train",
        Running.WALK: "no running, walk",
        Running.FREE: "free running",
        Running.NONE: "no running",
        Running.STOPPED: "running stopped (referral)",
    }[plan.running]
    return f"{phase:8} · {strength} · {running}"


def howto_text(exercise: Exercise, level: int, side: str) -> str:
    steps = "\n".join(f"{i}. {step}" for i, step in enumerate(exercise.steps, 1))
    lines = [
        exercise.name,
        f"Dose: {dose_text(exercise.dose, level)}, {side_text(exercise, side)}",
        steps,
    ]
    if exercise.safety:
        lines.append(f"Safety: {exercise.safety}")
    lines.append(f"Source: {exercise.source}")
    return "\n".join(lines)


def protocol_list(library: ProtocolLibrary, current: str) -> str:
    lines = ["Programmes (/protocol <id> to switch; switching starts it from today):"]
    for p in library:
        mark = "✓ " if p.id == current else ""
        lines.append(f"• {mark}{p.name} — {p.id}\n  {p.summary}")
    return "\n".join(lines)


def _phase_lines(protocol: Protocol, state: CoachState) -> list[str]:
    """The phase, and what moves it on, for /plan."""
    if state.phase is None:
        return []
    since = f" since {day_label(state.phase_since)}" if state.phase_since else ""
    lines = [f"Phase: {PHASE_NAMES[state.phase]}{since}"]
    if state.phase is Phase.CALM:
        lines.append(
            f"Moves on after {t.CALM_DAYS_TO_BUILD} days in a row with morning pain "
            f"<= {t.CALM_PAIN_MAX}/10 and pain-free stairs (/morning). "
            f"So far: {state.calm_streak}."
        )
    if state.phase is Phase.BUILD and state.build_until is not None:
        back = state.build_until + timedelta(days=1)
        lines.append(ladder.STATUS_BACK_TO_BUILD.format(day=day_label(back)))
    elif state.phase is Phase.BUILD:
        lines.append(
            f"Moves on after {t.BUILD_STRENGTH_DAYS_TO_RETURN} strength sessions rated "
            f"<= {t.STRENGTH_STEP_UP_MAX}/10 (/strength). So far: {state.good_strength_days}."
        )
    if state.phase is Phase.RETURN:
        stages = len(protocol.running.ladder)
        stage = stage_text(protocol.running.ladder[state.stage - 1])
        lines.append(
            f"Walk-run stage {state.stage} of {stages}: {stage}. Green runs at this stage: "
            f"{state.greens_before(state.day)} of {t.GREEN_RUNS_TO_ADVANCE}."
        )
        if state.ambers_in_row:
            lines.append(STATUS_AMBERS.format(n=state.ambers_in_row, of=t.AMBERS_TO_STEP_DOWN))
    return lines


def status_text(protocol: Protocol, today: CoachState, after: CoachState, history: History) -> str:
    """``today``: the state the day started in (week, day); ``after``: with today's reports
    counted (phase, stage, greens, dose for the next session)."""
    state = after
    lines = [
        f"Programme: {protocol.name} (since {day_label(state.start)})",
        f"Week {today.week}, day {today.day_number}"
        + (f" of {protocol.weeks * 7}" if protocol.weeks else ""),
    ]
    lines += _phase_lines(protocol, state)
    doses = strength_doses(protocol, state)
    lines.append(f"Next strength session, level {state.strength_level + 1}: {doses}")
    lines.append(strength_pace_line(protocol, state))
    if today.return_check_due and today.referral is None:  # due today, as /returncheck reads it
        lines.append(ladder.RETURN_CHECK_OFFER)
    rest = after.rest_block()
    if rest:
        lines.append(STATUS_REST_PERIOD.format(reason=rest_block_text(rest)))
    elif state.no_running_until and state.no_running_until >= today.day:
        lines.append(f"No running until after {day_label(state.no_running_until)}.")
    if today.silent and (
        protocol.running.mode is RunningMode.PHASED or protocol.return_after_weeks
    ):
        lines.append(MORNING_CHECK_BY_NAME.format(days=today.days_without_morning_check - 1))
    if state.referral:
        lines.append(
            f"⚠ Open referral: {state.referral.reason} (/cleared once a clinician has seen you)"
        )
    if history.runs:
        last = history.runs[-1]
        lines.append(
            f"Last run {day_label(last.day)}: pain {last.pain_during}/10 → "
            f"{DECISIONS[last.judgement.decision]} ({last.judgement.rule})"
        )
        lines += _last_run_counts(last, today.day)
    return "\n".join(lines)


def _last_run_counts(last: RunRecord, today: date) -> list[str]:
    """A green ladder run waits for its morning check; without it, it counted for nothing."""
    if last.stage is None or last.judgement.decision is not Decision.PROGRESS:
        return []
    if last.morning_pain is not None:
        return []
    if (today - last.day).days > 1:
        return [ladder.UNCOUNTED_RUN.format(day=day_label(last.day))]
    return [ladder.RUN_AWAITS_MORNING.format(day=day_label(last.day))]


def strength_doses(protocol: Protocol, state: CoachState) -> str:
    return ", ".join(
        f"{e.name} {dose_text(e.dose, state.strength_level)}" for e in protocol.strength
    )


STRENGTH_EARLIEST = "{day} at the earliest"
STRENGTH_EARLIEST_NOW = "as soon as they are done"


STRENGTH_PACE = (
    "Strength steps up after {n} sessions at a step rated {max}/10 or less, and no sooner than "
    "{days} days after the last step: {count} of {n} so far, the next step {earliest}."
)
STRENGTH_PACE_TOP = "Strength is at the top dose of this programme."
STATUS_AMBERS = "Amber runs in a row: {n} (the {of}rd steps the ladder down one stage)."
STATUS_REST_PERIOD = "Rest period: {reason}."
REST_PERIOD_RUNNING = "No running yet: {reason}."
MORNING_CHECK_BY_NAME = (
    "⚠ No morning check for {days} days. How does the knee feel this morning? Send /morning "
    "0-10. I can't move you on without your morning check."
)
RETURN_AFTER_WEEKS = (
    "The {weeks} weeks are done: now the return phase, a walk-run ladder from stage 1, and "
    "maintenance after it."
)


def plan_silent_days(plan: DayPlan) -> int:
    """Whole days without a morning check before today, for the plan's reminder line."""
    return plan.days_without_morning_check - 1


def strength_pace_line(protocol: Protocol, state: CoachState) -> str:
    if state.strength_level >= protocol.top_strength_level:
        return STRENGTH_PACE_TOP
    return STRENGTH_PACE.format(
        n=t.STRENGTH_SESSIONS_PER_STEP,
        max=t.STRENGTH_STEP_UP_MAX,
        days=t.STRENGTH_STEP_MIN_DAYS,
        count=min(state.strength_count, t.STRENGTH_SESSIONS_PER_STEP),
        earliest=next_step_when(state),
    )


def next_step_when(state: CoachState) -> str:
    """When the next strength step may come: a date while the 4 days run, else the sessions."""
    if state.next_strength_step_from > state.day:
        return STRENGTH_EARLIEST.format(day=day_label(state.next_strength_step_from))
    return STRENGTH_EARLIEST_NOW


localise(__name__, globals())
