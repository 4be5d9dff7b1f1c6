"""Replies to reports: a run (decision, rule and reason), the morning check and strength pain."""

from __future__ import annotations

from bot.coach import thresholds as t
from bot.coach.protocol import Protocol, RunningMode
from bot.coach.records import Decision, Judgement, Phase
from bot.coach.rules import strength_step
from bot.coach.runs import WeeklyMinutes
from bot.coach.state import CoachState
from bot.texts.catalog import N_, Fmt, _, install, tr
from bot.texts.common import DECISIONS
from bot.texts.plan import next_step_when, strength_doses
from bot.texts.reasons import reason_text

RUN_USAGE = N_(
    "Report a run like this: /run, /run 30 (minutes), /run pain 4, or /run 30 pain 7 stopped. "
    "Minutes 1-600, pain 0-10."
)
ASK_RUN_PAIN = N_("How much did the knee hurt during the run? 0 = no pain, 10 = worst imaginable.")
ASK_RUN_STOPPED = N_("Did the pain make you stop the run?")


def run_reply(
    judgement: Judgement,
    pain: int,
    stopped: bool,
    protocol: Protocol,
    phase: Phase | None,
    volume: WeeklyMinutes | None = None,
) -> str:
    """One message for a run: what was recorded, the decision with its rule and reason, and,
    where running is not part of the plan yet, what to do instead."""
    stop = _(", pain made you stop") if stopped else ""
    lines = [
        _("Run recorded: pain {pain}/10{stop}.").format(pain=pain, stop=stop),
        *decision_lines(judgement),
    ]
    if judgement.decision is not Decision.REFER:
        if protocol.running.mode is RunningMode.NONE and phase is None:
            lines.append(tr(RUN_MEANWHILE).format(advice=_(protocol.running.advice)))
        elif phase in (Phase.CALM, Phase.BUILD):
            lines.append(tr(OFF_PLAN_RUN)[phase])
    if volume is not None:
        lines.append(
            tr(VOLUME_WARNING).format(
                minutes=volume.this_week,
                last=volume.last_week,
                growth=t.MAINTAIN_WEEKLY_GROWTH_PCT,
            )
        )
    return "\n".join(lines)


def decision_lines(judgement: Judgement) -> list[str]:
    """The decision's sentence and its reason first, the rule id after them: how every run's
    judgement is shown."""
    return [
        tr(DECISION_SENTENCE)[judgement.decision],
        _("{reason} ({decision}, rule {rule})").format(
            reason=reason_text(judgement),
            decision=tr(DECISIONS)[judgement.decision],
            rule=judgement.rule,
        ),
    ]


DECISION_SENTENCE = {
    Decision.PROGRESS: N_("This run counts toward moving on."),
    Decision.HOLD: N_("This run is recorded; nothing moves on."),
    Decision.REST: N_("Stop running for now."),
    Decision.REFER: N_("Please see a clinician before you go on."),
}


def revised_text(revised: Judgement) -> str:
    """Yesterday's run judged again the morning after (R4)."""
    return tr(REVISED).format(decision=tr(DECISIONS)[revised.decision], reason=reason_text(revised))


ASK_MORNING = N_("Morning check: how does the knee feel today? 0 = no pain, 10 = worst.")
MORNING_SAVED = N_("Morning pain {pain}/10 noted.")
MORNING_CONFIRMS_RUN = N_("Yesterday's run stands: the morning after did not flare up.")
REVISED = N_("Yesterday's run is revised to {decision} (rule R4). {reason}")
ASK_STAIRS = N_("Were stairs and walking pain-free yesterday?")
ASK_MORNING_FIRST = N_("Tell me this morning's pain first: /morning 0-10.")
STAIRS_OK = N_("Good: pain-free stairs count toward leaving the calm phase.")
STAIRS_SORE = N_("Noted. The calm phase goes on until stairs and walking are pain-free.")
ASK_STRENGTH_PAIN = N_("How much did the knee hurt during the strength exercises? 0-10")


def strength_feedback(protocol: Protocol, pain: int, today: CoachState, after: CoachState) -> str:
    """``today``: the state the session was done in; ``after``: tomorrow's, with it counted."""
    if today.referral is not None:
        return _(
            "Strength pain {pain}/10 noted. Progression is paused until a clinician clears you."
        ).format(pain=pain)
    level = after.strength_level + 1
    if after.strength_rest:  # >= 6/10: a step down (none below the lowest) and a rest day
        lower = after.strength_level < today.strength_level
        dose = (tr(STRENGTH_STEPS_DOWN) if lower else tr(STRENGTH_STAYS_LOWEST)).format(level=level)
        return tr(STRENGTH_TOO_MUCH).format(pain=pain, dose=dose)
    if after.strength_level > today.strength_level:
        return tr(STRENGTH_STEPS_UP).format(
            pain=pain,
            n=t.STRENGTH_SESSIONS_PER_STEP,
            level=level,
            doses=strength_doses(protocol, after),
        )
    if strength_step(pain) < 1:  # 4-5/10: the step holds
        return tr(STRENGTH_HOLDS).format(pain=pain, level=level, n=t.STRENGTH_SESSIONS_PER_STEP)
    if after.strength_level >= protocol.top_strength_level:
        return tr(STRENGTH_AT_TOP).format(pain=pain)
    return tr(STRENGTH_COUNTS).format(
        pain=pain,
        count=min(after.strength_count, t.STRENGTH_SESSIONS_PER_STEP),
        n=t.STRENGTH_SESSIONS_PER_STEP,
        level=level,
        earliest=next_step_when(after),
    )


RUN_MEANWHILE = N_("Meanwhile: {advice}")
# A run in a phase without running: the phase's advice and why, not praise (CLINICAL.md §4).
OFF_PLAN_RUN = {
    Phase.CALM: (
        Fmt(
            N_(
                "The calm phase has no running on purpose: the band settles only when it is not "
                "rubbed again and again, and the phase moves on after {calm_days} calm days in a "
                "row, not after runs. Instead: cross-train if it is painless (aqua jogging is "
                "closest to running; cycling or swimming if they do not hurt), and keep the "
                "stretches going."
            ),
            calm_days=t.CALM_DAYS_TO_BUILD,
        )
    ),
    Phase.BUILD: (
        Fmt(
            N_(
                "The build phase has no running yet on purpose: the hip strength that protects the "
                "knee comes first, and running returns after {build_sessions} strength sessions at "
                "{strength_max}/10 or less, as a walk-run ladder. Instead: walk if it is painless, "
                "cross-train, and do the strength sessions."
            ),
            build_sessions=t.BUILD_STRENGTH_DAYS_TO_RETURN,
            strength_max=t.STRENGTH_STEP_UP_MAX,
        )
    ),
}
VOLUME_WARNING = N_(
    "Careful: {minutes} minutes this week against {last} last week is more than +{growth}%. "
    "A second week like this and runs stop counting."
)
STRENGTH_STEPS_UP = N_(
    "Strength pain {pain}/10: good. That makes {n} good sessions at this step, so tomorrow's "
    "dose steps up to level {level}: {doses}. (A sore morning holds it a day.)"
)
STRENGTH_TOO_MUCH = N_(
    "Strength pain {pain}/10 is too much: {dose} and tomorrow is a rest day from strength. "
    "Stretches go on if they are painless."
)
STRENGTH_STEPS_DOWN = N_("the dose steps down to level {level}")
STRENGTH_STAYS_LOWEST = N_("the dose stays at level {level}, the lowest,")
STRENGTH_HOLDS = N_(
    "Strength pain {pain}/10: the dose holds at level {level}, and the {n} sessions toward the "
    "next step start again."
)
STRENGTH_COUNTS = N_(
    "Strength pain {pain}/10: good, {count} of {n} sessions at this step. The dose stays at "
    "level {level}; the next step comes after {n} good sessions, {earliest}."
)


STRENGTH_AT_TOP = N_("Strength pain {pain}/10: good. You are at the top dose; keep it there.")


MORNING_SORE_AFTER = N_(
    "The knee is sorer than your baseline of {baseline}/10 this morning. Yesterday's run stays "
    "a REST: no running until the rest period is over."
)


install(__name__)
