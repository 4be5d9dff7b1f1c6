"""The day: /today, /howto, /protocol and /plan, with the strength pace and rest periods."""

from __future__ import annotations

from datetime import date, timedelta

from bot.coach import thresholds as t
from bot.coach.plan import STRENGTH_ITEM, DayPlan, Running, StrengthStatus
from bot.coach.protocol import Exercise, Protocol, ProtocolLibrary, RunningMode
from bot.coach.records import Decision, History, Phase, RunRecord
from bot.coach.state import CoachState
from bot.texts import ladder
from bot.texts.catalog import N_, _, install, tr
from bot.texts.common import DECISIONS, day_label, dose_text, exercise_line, side_text, stage_text
from bot.texts.reasons import rest_block_text

DONE_STRETCH = N_("Done: stretches {n}/{of}")
ALL_STRETCHES_DONE = N_("✓ Stretches")
DONE_STRENGTH = N_("Done: strength")
STRENGTH_DONE_TICK = N_("✓ Strength")
HOWTO_BUTTON = N_("How-to")
RUN_BUTTON = N_("Report a run")
STRETCH_MARKED = N_("✓ Stretch session {n} of {of} done.")
ALL_STRETCHES_ALREADY = N_("All of today's stretch sessions are already done. Well done.")
STRENGTH_MARKED = N_("✓ Strength session done.")
STRENGTH_ALREADY = N_("Today's strength session is already marked done.")
EXERCISE_MARKED = N_("✓ {name} done.")
EXERCISE_ALREADY = N_("{name} is already marked done today.")
BAD_DONE = N_(
    "I can mark “stretch”, “strength” or one exercise of your programme done, not “{value}”. "
    "For example: /done stretch"
)
HOWTO_PICK = N_("Which exercise?")
BAD_EXERCISE = N_("There is no exercise “{value}” in your programme. Pick one of these:")


RUNNING_TEXT = {
    Running.NONE: N_("No running in this programme. {advice}"),
    Running.CROSS_TRAIN: (
        N_(
            "No running in the calm phase. Cross-train if it is painless (aqua jogging is closest "
            "to running)."
        )
    ),
    Running.WALK: N_("No running yet in the build phase; walking is fine if it is painless."),
    Running.REST_DAY: N_("Rest day from running today."),
    Running.LADDER: N_("Walk-run stage {stage}: {detail}. Flat ground, no downhill."),
    Running.FREE: N_("Free running, easy effort. Grow your weekly volume by at most {growth}%."),
    Running.STOPPED: N_("No running until a clinician has cleared you."),
}


PHASE_NAMES = {
    Phase.CALM: N_("calm (settle the pain)"),
    Phase.BUILD: N_("build (strength first)"),
    Phase.RETURN: N_("return (walk-run ladder)"),
    Phase.MAINTAIN: N_("maintain (free running)"),
}


STRENGTH_STATUS = {
    StrengthStatus.NOT_TODAY: N_("Strength: not a strength day in this programme."),
    StrengthStatus.REST: N_("Strength: rest day after a painful session. Stretches go on."),
    StrengthStatus.STOPPED: N_("Strength: paused until a clinician has cleared you."),
}


def strength_status_line(plan: DayPlan) -> str:
    return tr(STRENGTH_STATUS).get(plan.strength_status, "")


def plan_text(plan: DayPlan, done: set[str], side: str, *, paused_until: date | None) -> str:
    lines = [
        _("Today · {day} · week {week}, day {number}").format(
            day=day_label(plan.day), week=plan.week, number=plan.day_number
        )
    ]
    phase = _(" · phase: {phase}").format(phase=tr(PHASE_NAMES)[plan.phase]) if plan.phase else ""
    lines.append(f"{_(plan.protocol.name)}{phase}")
    if plan.referral_reason:
        lines.append(
            "\n" + _("⚠ Referred to a clinician: {reason}").format(reason=plan.referral_reason)
        )
        if not plan.red_flag_open:
            lines.append(ladder.STRENGTH_IN_REFERRAL)
    if paused_until:
        lines.append(
            _("Reminders paused until {day} (/resume).").format(day=day_label(paused_until))
        )
    if plan.morning_check_missing:
        lines.append("\n" + tr(MORNING_CHECK_BY_NAME).format(days=plan_silent_days(plan)))
    if plan.return_check_due:
        lines.append("\n" + ladder.RETURN_CHECK_OFFER)
    if plan.return_offered:
        lines.append(tr(RETURN_AFTER_WEEKS).format(weeks=plan.protocol.weeks))
    if plan.protocol_finished:
        lines.append(_("You have finished this programme. /protocol maintenance keeps you there."))
    if plan.stretch_sessions:
        ticks = "".join("✓" if item in done else "○" for item in plan.stretch_items)
        only = _(" (only if painless)") if plan.red_flag_open else ""
        lines.append(
            "\n"
            + _("Stretches, {n}x today {ticks}{only}").format(
                n=plan.stretch_sessions, ticks=ticks, only=only
            )
        )
        lines += [exercise_line(p, side) for p in plan.stretches]
    if plan.has_strength:
        tick = " ✓" if STRENGTH_ITEM in done else ""
        level = plan.strength_level + 1
        lines.append("\n" + _("Strength, level {level}{tick}").format(level=level, tick=tick))
        lines += [exercise_line(p, side) for p in plan.strength]
        if plan.strength_held_sore:
            lines.append(ladder.STRENGTH_HELD_SORE.format(rise=t.MORNING_RISE_MIN))
    elif plan.strength:
        lines.append("\n" + strength_status_line(plan))
    lines.append("\n" + tr(RUNNING_LINE).format(running=running_text(plan)))
    if plan.therapies:
        lines.append("\n" + _("Also, if it helps:"))
        lines += [f"• {_(therapy.text)}" for therapy in plan.therapies]
    return "\n".join(lines)


def running_text(plan: DayPlan) -> str:
    """Today's running: the stage, rest day or phase advice, or why the rest period holds."""
    if plan.rest_reason:
        return tr(REST_PERIOD_RUNNING).format(reason=rest_block_text(plan.rest_reason))
    detail = stage_text(plan.stage_detail) if plan.stage_detail else ""
    return tr(RUNNING_TEXT)[plan.running].format(
        advice=_(plan.protocol.running.advice),
        stage=plan.stage,
        detail=detail,
        growth=t.MAINTAIN_WEEKLY_GROWTH_PCT,
    )


SUMMARY_RUNNING = {  # plan_summary's running, by what the day allows
    Running.REST_DAY: N_("rest day from running"),
    Running.CROSS_TRAIN: N_("no running, cross-train"),
    Running.WALK: N_("no running, walk"),
    Running.FREE: N_("free running"),
    Running.NONE: N_("no running"),
    Running.STOPPED: N_("running stopped (referral)"),
}
SUMMARY_STRENGTH = {  # plan_summary's strength, when there is no dose to show
    StrengthStatus.DUE: N_("strength due"),
    StrengthStatus.NOT_TODAY: N_("no strength today"),
    StrengthStatus.REST: N_("strength rest"),
    StrengthStatus.STOPPED: N_("strength stopped"),
}


def plan_summary(plan: DayPlan) -> str:
    """One line: phase, strength dose, running — for the demo and short notices."""
    phase = tr(PHASE_NAMES)[plan.phase].split(" (")[0] if plan.phase else "—"
    if plan.has_strength and plan.strength:
        first = plan.strength[0]
        strength = _("strength L{level} ({name} {dose})").format(
            level=plan.strength_level + 1,
            name=_(first.exercise.name),
            dose=dose_text(first.exercise.dose, first.level),
        )
    else:
        strength = tr(SUMMARY_STRENGTH)[plan.strength_status]
    if plan.running is Running.LADDER:
        running = (
            _("run stage {stage}: {detail}").format(
                stage=plan.stage, detail=stage_text(plan.stage_detail)
            )
            if plan.stage_detail
            else _("run")
        )
    else:
        running = tr(SUMMARY_RUNNING)[plan.running]
    return f"{phase:8} · {strength} · {running}"


def howto_text(exercise: Exercise, level: int, side: str) -> str:
    steps = "\n".join(f"{i}. {_(step)}" for i, step in enumerate(exercise.steps, 1))
    dose = _("Dose: {dose}, {side}").format(
        dose=dose_text(exercise.dose, level), side=side_text(exercise, side)
    )
    lines = [_(exercise.name), dose, steps]
    if exercise.safety:
        lines.append(_("Safety: {safety}").format(safety=_(exercise.safety)))
    lines.append(_("Source: {source}").format(source=exercise.source))
    return "\n".join(lines)


def protocol_list(library: ProtocolLibrary, current: str) -> str:
    lines = [_("Programmes (/protocol <id> to switch; switching starts it from today):")]
    for p in library:
        mark = "✓ " if p.id == current else ""
        lines.append(f"• {mark}{_(p.name)} — {p.id}\n  {_(p.summary)}")
    return "\n".join(lines)


def _phase_lines(protocol: Protocol, state: CoachState) -> list[str]:
    """The phase, and what moves it on, for /plan."""
    if state.phase is None:
        return []
    since = _(" since {day}").format(day=day_label(state.phase_since)) if state.phase_since else ""
    lines = [_("Phase: {phase}{since}").format(phase=tr(PHASE_NAMES)[state.phase], since=since)]
    if state.phase is Phase.CALM:
        lines.append(
            _(
                "Moves on after {days} days in a row with morning pain <= {max}/10 and "
                "pain-free stairs (/morning). So far: {count}."
            ).format(days=t.CALM_DAYS_TO_BUILD, max=t.CALM_PAIN_MAX, count=state.calm_streak)
        )
    if state.phase is Phase.BUILD and state.build_until is not None:
        back = state.build_until + timedelta(days=1)
        lines.append(ladder.STATUS_BACK_TO_BUILD.format(day=day_label(back)))
    elif state.phase is Phase.BUILD:
        lines.append(
            _(
                "Moves on after {n} strength sessions rated <= {max}/10 (/strength). "
                "So far: {count}."
            ).format(
                n=t.BUILD_STRENGTH_DAYS_TO_RETURN,
                max=t.STRENGTH_STEP_UP_MAX,
                count=state.good_strength_days,
            )
        )
    if state.phase is Phase.RETURN:
        stages = len(protocol.running.ladder)
        stage = stage_text(protocol.running.ladder[state.stage - 1])
        lines.append(
            _(
                "Walk-run stage {stage} of {stages}: {detail}. Green runs at this stage: "
                "{greens} of {need}."
            ).format(
                stage=state.stage,
                stages=stages,
                detail=stage,
                greens=state.greens_before(state.day),
                need=t.GREEN_RUNS_TO_ADVANCE,
            )
        )
        if state.ambers_in_row:
            lines.append(tr(STATUS_AMBERS).format(n=state.ambers_in_row, of=t.AMBERS_TO_STEP_DOWN))
    return lines


def status_text(protocol: Protocol, today: CoachState, after: CoachState, history: History) -> str:
    """``today``: the state the day started in (week, day); ``after``: with today's reports
    counted (phase, stage, greens, dose for the next session)."""
    state = after
    of = _(" of {n}").format(n=protocol.weeks * 7) if protocol.weeks else ""
    lines = [
        _("Programme: {name} (since {day})").format(
            name=_(protocol.name), day=day_label(state.start)
        ),
        _("Week {week}, day {day}{of}").format(week=today.week, day=today.day_number, of=of),
    ]
    lines += _phase_lines(protocol, state)
    doses = strength_doses(protocol, state)
    lines.append(
        _("Next strength session, level {level}: {doses}").format(
            level=state.strength_level + 1, doses=doses
        )
    )
    lines.append(strength_pace_line(protocol, state))
    if today.return_check_due and today.referral is None:  # due today, as /returncheck reads it
        lines.append(ladder.RETURN_CHECK_OFFER)
    rest = after.rest_block()
    if rest:
        lines.append(tr(STATUS_REST_PERIOD).format(reason=rest_block_text(rest)))
    elif state.no_running_until and state.no_running_until >= today.day:
        lines.append(
            _("No running until after {day}.").format(day=day_label(state.no_running_until))
        )
    if today.silent and (
        protocol.running.mode is RunningMode.PHASED or protocol.return_after_weeks
    ):
        lines.append(tr(MORNING_CHECK_BY_NAME).format(days=today.days_without_morning_check - 1))
    if state.referral:
        lines.append(
            _("⚠ Open referral: {reason} (/cleared once a clinician has seen you)").format(
                reason=state.referral.reason
            )
        )
    if history.runs:
        last = history.runs[-1]
        lines.append(
            _("Last run {day}: pain {pain}/10 → {decision} ({rule})").format(
                day=day_label(last.day),
                pain=last.pain_during,
                decision=tr(DECISIONS)[last.judgement.decision],
                rule=last.judgement.rule,
            )
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
        f"{_(e.name)} {dose_text(e.dose, state.strength_level)}" for e in protocol.strength
    )


RUNNING_LINE = N_("Running: {running}")
STRENGTH_EARLIEST = N_("{day} at the earliest")
STRENGTH_EARLIEST_NOW = N_("as soon as they are done")


STRENGTH_PACE = N_(
    "Strength steps up after {n} sessions at a step rated {max}/10 or less, and no sooner than "
    "{days} days after the last step: {count} of {n} so far, the next step {earliest}."
)
STRENGTH_PACE_TOP = N_("Strength is at the top dose of this programme.")
STATUS_AMBERS = N_("Amber runs in a row: {n} (the {of}rd steps the ladder down one stage).")
STATUS_REST_PERIOD = N_("Rest period: {reason}.")
REST_PERIOD_RUNNING = N_("No running yet: {reason}.")
MORNING_CHECK_BY_NAME = N_(
    "⚠ No morning check for {days} days. How does the knee feel this morning? Send /morning "
    "0-10. I can't move you on without your morning check."
)
RETURN_AFTER_WEEKS = N_(
    "The {weeks} weeks are done: now the return phase, a walk-run ladder from stage 1, and "
    "maintenance after it."
)


def plan_silent_days(plan: DayPlan) -> int:
    """Whole days without a morning check before today, for the plan's reminder line."""
    return plan.days_without_morning_check - 1


def strength_pace_line(protocol: Protocol, state: CoachState) -> str:
    if state.strength_level >= protocol.top_strength_level:
        return tr(STRENGTH_PACE_TOP)
    return tr(STRENGTH_PACE).format(
        n=t.STRENGTH_SESSIONS_PER_STEP,
        max=t.STRENGTH_STEP_UP_MAX,
        days=t.STRENGTH_STEP_MIN_DAYS,
        count=min(state.strength_count, t.STRENGTH_SESSIONS_PER_STEP),
        earliest=next_step_when(state),
    )


def next_step_when(state: CoachState) -> str:
    """When the next strength step may come: a date while the 4 days run, else the sessions."""
    if state.next_strength_step_from > state.day:
        return tr(STRENGTH_EARLIEST).format(day=day_label(state.next_strength_step_from))
    return tr(STRENGTH_EARLIEST_NOW)


install(__name__)
