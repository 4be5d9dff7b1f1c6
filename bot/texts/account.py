"""Settings, the user's data (export, delete), input errors and /help."""

from __future__ import annotations

from bot.texts.catalog import N_, _, install, tr
from bot.texts.common import DISCLAIMER

RESUMED = N_("Resumed. Reminders are back on.")
NOT_PAUSED = N_("You were not paused.")


EXPORT_READY = N_("Here is everything stored about you, as JSON.")
DELETE_CONFIRM = N_(
    "This deletes everything stored about you: settings, reports and history. It cannot be "
    "undone. Delete?"
)
DELETE_YES = N_("Yes, delete everything")
DELETE_NO = N_("No, keep it")
DELETE_KEPT = N_("Nothing was deleted.")
DELETED = N_("Everything about you is deleted. Send /start to begin again.")


BAD_PAIN = N_("Pain is a whole number from 0 (none) to 10 (worst), like 4. Nothing was changed.")
BAD_TIME = N_(
    "“{value}” is not a time. Use 24-hour HH:MM, like 07:30 or 20:00. Nothing was changed."
)
BAD_TIMES_COUNT = N_(
    "Send {count} different times in 24-hour HH:MM, like /times 08:00 13:00 20:00. "
    "Nothing was changed."
)
BAD_TIMEZONE = N_(
    "I don't know the time zone “{value}”. Use an IANA name like Europe/London or "
    "America/New_York, or a city like Berlin. Nothing was changed."
)
BAD_YES_NO = N_("Please answer yes or no.")
BAD_PAUSE = N_("Pause for a number of days from 1 to 90, like /pause 7. Nothing was changed.")
STALE_ANSWER = N_("That question was already answered or has closed. /today shows where you are.")
NOT_UNDERSTOOD = N_(
    "I didn't catch that. /today shows your plan and /help lists what I understand."
)
UNKNOWN_COMMAND = N_("I don't know {value}. /help lists what I understand.")
SOMETHING_WENT_WRONG = N_(
    "Sorry, something went wrong on my side. Nothing you had stored was lost; please try again."
)


COMMAND_HELP = {
    "today": N_("today's plan"),
    "done": N_("mark done: /done stretch, /done strength or an exercise"),
    "run": N_("report a run: /run [minutes], or /run pain 4 [stopped]"),
    "morning": N_("morning pain 0-10: /morning 2"),
    "strength": N_("pain during strength work 0-10: /strength 3"),
    "symptom": N_("tell me a symptom: /symptom <text>"),
    "plan": N_("where you are: phase, week, dose, stage"),
    "progress": N_("how it is going: adherence, streak, pain trend and a chart"),
    "report": N_("a PDF report for your physio or doctor"),
    "howto": N_("how to do an exercise"),
    "protocol": N_("see or switch programme"),
    "timezone": N_("set your time zone: /timezone Europe/London"),
    "times": N_("stretch reminder times: /times 08:00 13:00 20:00"),
    "strengthtime": N_("strength reminder time: /strengthtime 18:00"),
    "race": N_("your race: /race 14 March half marathon, /race to see it, /race off"),
    "pause": N_("pause reminders for the next days: /pause [days]"),
    "resume": N_("resume reminders"),
    "cleared": N_("a clinician has cleared you to continue"),
    "returncheck": N_("the return-to-run check before your first walk-run"),
    "share": N_("a one-time code for your physio to follow your rehab"),
    "sharing": N_("who follows your rehab, when they last looked; stop any"),
    "export": N_("everything stored about you"),
    "delete": N_("delete everything stored about you"),
    "language": N_("the language I speak with you: /language es"),
    "help": N_("this list"),
}


def help_text(commands: list[str]) -> str:
    lines = [_("What I understand:")]
    lines += [f"/{name} — {tr(COMMAND_HELP)[name]}" for name in commands]
    lines.append("\n" + tr(DISCLAIMER))
    return "\n".join(lines)


install(__name__)
