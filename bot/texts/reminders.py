"""The reminders: stretch and strength sessions, the morning check, snooze and skip."""

from __future__ import annotations

from bot.coach.plan import STRENGTH_ITEM, DayPlan, stretch_number
from bot.texts.catalog import N_, _, install, tr
from bot.texts.common import exercise_line
from bot.texts.plan import running_text, strength_status_line

REMINDER_STRETCH = N_("⏰ Stretch session {n} of {of}")
REMINDER_STRENGTH = N_("⏰ Strength today, level {level}")
REMINDER_PAINLESS = N_("Only if painless: a clinician is yet to clear you.")
REMINDER_DONE = N_("Done")
REMINDER_SNOOZE_15 = N_("Snooze 15 min")
REMINDER_SNOOZE_60 = N_("Snooze 1 h")
REMINDER_SNOOZE_EVENING = N_("This evening")
REMINDER_SKIP = N_("Skip today")
REMINDER_ASK_MORNING = N_(
    "You ran yesterday: how does the knee feel this morning? 0 = no pain, 10 = worst. "
    "Your answer decides whether that run counts."
)
REMINDER_MORNING_LATER = N_(
    "You ran yesterday: send /morning 0-10 to say how the knee feels today."
)
SNOOZED = N_("Snoozed: I'll remind you again at {time}.")
SNOOZE_TOO_LATE = N_("That would be tomorrow already; this reminder ends today.")
NOTHING_TO_SNOOZE = N_("There is no reminder for that today.")
REMINDER_SKIPPED = N_("Skipped for today: {what}.")
BAD_REMINDER = N_("I don't know the reminder “{value}”. Use stretch-1, stretch-2, … or strength.")
BAD_SNOOZE = N_("Snooze for 15 or 60 minutes, or until this evening. Nothing was changed.")
STRETCH_SESSION_ALREADY = N_("Stretch session {n} is already marked done today.")
REMINDER_ITEMS = {STRENGTH_ITEM: N_("the strength session")}


def reminder_item_name(item: str) -> str:
    n = stretch_number(item)
    return (
        _("stretch session {n}").format(n=n)
        if n is not None
        else tr(REMINDER_ITEMS).get(item, item)
    )


def reminder_stretch_text(plan: DayPlan, n: int, side: str) -> str:
    lines = [tr(REMINDER_STRETCH).format(n=n, of=plan.stretch_sessions)]
    lines += [exercise_line(p, side) for p in plan.stretches]
    if plan.red_flag_open:
        lines.append(tr(REMINDER_PAINLESS))
    return "\n".join(lines)


def reminder_strength_text(plan: DayPlan, side: str) -> str:
    """Today's dose, or on a rest day the rest-day line; the running part follows the plan."""
    if plan.has_strength:
        lines = [tr(REMINDER_STRENGTH).format(level=plan.strength_level + 1)]
        lines += [exercise_line(p, side) for p in plan.strength]
    else:
        lines = ["⏰ " + strength_status_line(plan)]
    lines.append(_("Running: {running}").format(running=running_text(plan)))
    return "\n".join(lines)


REMINDER_ASK_MORNING_SILENT = N_(
    "Morning check: I have had none from you for {days} days, and I can't move you on without "
    "your morning check. How does the knee feel today? 0 = no pain, 10 = worst."
)


install(__name__)
