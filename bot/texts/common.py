"""Small pieces every text module shares: clipping echoed input, day labels, decisions, sides.

Every text in ``bot.texts`` is plain text: channels escape and style it. Templates use
``str.format`` fields; render functions build the longer messages.
"""

from __future__ import annotations

from datetime import date

from bot.coach.plan import PlannedExercise
from bot.coach.protocol import Dose, Exercise, Sides, WalkRunStage
from bot.coach.records import Decision
from bot.texts import dates
from bot.texts.catalog import N_, _, install, tr


def clip(value: str, limit: int = 40) -> str:
    """Echo a user's input back safely short."""
    value = " ".join(value.split())
    return value if len(value) <= limit else value[: limit - 1] + "…"


def day_label(day: date) -> str:
    """A day as /today and /plan name it: Wed 09 Dec 2026."""
    return dates.shown(day, dates.LABEL)


def short_day(day: date) -> str:
    """A day without its year: Wed 09 Dec."""
    return dates.shown(day, dates.SHORT)


def weekday_name(day: date) -> str:
    """The day's name alone, as a runner types it: Tuesday, martes."""
    return dates.shown(day, dates.WEEKDAY)


def times_list(stored: str) -> str:
    return ", ".join(stored.split(","))


DISCLAIMER = N_(
    "ITB Coach is a coach, not a clinician: it does not diagnose and this is not medical "
    "advice. If you are unsure about your knee, or anything gets worse, see a physio or doctor."
)


SIDE_WORDS = {
    Sides.EACH: N_("each side"),
    Sides.BOTH: N_("both legs together"),
}


SIDE_OWN = {"left": N_("left side"), "right": N_("right side")}


def side_text(exercise: Exercise, side: str) -> str:
    if exercise.sides is Sides.PAINFUL:
        if side in ("left", "right"):
            return tr(SIDE_OWN)[side]
        return tr(SIDE_WORDS)[Sides.EACH]
    return tr(SIDE_WORDS)[exercise.sides]


DECISIONS = {
    Decision.PROGRESS: N_("PROGRESS"),
    Decision.HOLD: N_("HOLD"),
    Decision.REST: N_("REST"),
    Decision.REFER: N_("SEE A CLINICIAN"),
}


YES = N_("Yes")
NO = N_("No")


OR = N_(" or ")


def dose_text(dose: Dose, level: int) -> str:
    """A dose at a strength level: "3x15", "30 s hold x 3", "10 reps"."""
    parts: list[str] = []
    step = dose.at_level(level)
    if step is not None:
        parts.append(str(step))
    if dose.hold_seconds is not None:
        hold = _("{seconds} s hold").format(seconds=dose.hold_seconds)
        if dose.reps is not None and dose.reps > 1 and step is None:
            hold += f" x {dose.reps}"
        parts.append(hold)
    elif dose.reps is not None and step is None:
        parts.append(_("{reps} reps").format(reps=dose.reps))
    return ", ".join(parts)


def stage_text(stage: WalkRunStage) -> str:
    """What a walk-run stage prescribes."""
    if stage.walk_min == 0:
        minutes = stage.repeats * stage.run_min
        return _("{minutes} min continuous easy running").format(minutes=minutes)
    return _("{repeats} x (run {run} min / walk {walk} min)").format(
        repeats=stage.repeats, run=stage.run_min, walk=stage.walk_min
    )


def exercise_line(planned: PlannedExercise, side: str) -> str:
    """One exercise of today's plan: name, dose and side."""
    exercise = planned.exercise
    dose = dose_text(exercise.dose, planned.level)
    return f"• {_(exercise.name)}: {dose}, {side_text(exercise, side)}"


install(__name__)
