"""Settings, the user's data (export, delete), input errors and /help."""

from __future__ import annotations

from bot.texts.common import DISCLAIMER
from bot.texts.language import localise

RESUMED = "Resumed. Reminders are back on."
NOT_PAUSED = "You were not paused."


EXPORT_READY = "Here is everything stored about you, as JSON."
DELETE_CONFIRM = (
    "This deletes everything stored about you: settings, reports and history. It cannot be "
    "undone. Delete?"
)
DELETE_YES = "Yes, delete everything"
DELETE_NO = "No, keep it"
DELETE_KEPT = "Nothing was deleted."
DELETED = "Everything about you is deleted. Send /start to begin again."


BAD_PAIN = "Pain is a whole number from 0 (none) to 10 (worst), like 4. Nothing was changed."
BAD_TIME = "“{value}” is not a time. Use 24-hour HH:MM, like 07:30 or 20:00. Nothing was changed."
BAD_TIMES_COUNT = (
    "Send {count} different times in 24-hour HH:MM, like /times 08:00 13:00 20:00. "
    "Nothing was changed."
)
BAD_TIMEZONE = (
    "I don't know the time zone “{value}”. Use an IANA name like Europe/London or "
    "America/New_York, or a city like Berlin. Nothing was changed."
)
BAD_YES_NO = "Please answer yes or no."
BAD_PAUSE = "Pause for a number of days from 1 to 90, like /pause 7. Nothing was changed."
STALE_ANSWER = "That question was already answered or has closed. /today shows where you are."
NOT_UNDERSTOOD = "I didn't catch that. /today shows your plan and /help lists what I understand."
UNKNOWN_COMMAND = "I don't know {value}. /help lists what I understand."
SOMETHING_WENT_WRONG = (
    "Sorry, something went wrong on my side. Nothing you had stored was lost; please try again."
)


COMMAND_HELP = {
    "today": "today's plan",
    "done": "mark done: /done stretch, /done strength or an exercise",
    "run": "report a run: /run [minutes], or /run pain 4 [stopped]",
    "morning": "morning pain 0-10: /morning 2",
    "strength": "pain during strength work 0-10: /strength 3",
    "symptom": "tell me a symptom: /symptom <text>",
    "plan": "where you are: phase, week, dose, stage",
    "progress": "how it is going: adherence, streak, pain trend and a chart",
    "report": "a PDF report for your physio or doctor",
    "howto": "how to do an exercise",
    "protocol": "see or switch programme",
    "timezone": "set your time zone: /timezone Europe/London",
    "times": "stretch reminder times: /times 08:00 13:00 20:00",
    "strengthtime": "strength reminder time: /strengthtime 18:00",
    "race": "your race: /race 14 March half marathon, /race to see it, /race off",
    "pause": "pause reminders for the next days: /pause [days]",
    "resume": "resume reminders",
    "cleared": "a clinician has cleared you to continue",
    "returncheck": "the return-to-run check before your first walk-run",
    "share": "a one-time code for your physio to follow your rehab",
    "sharing": "who follows your rehab, when they last looked; stop any",
    "export": "everything stored about you",
    "delete": "delete everything stored about you",
    "language": "the language I speak with you: /language es",
    "help": "this list",
}


def help_text(commands: list[str]) -> str:
    lines = ["What I understand:"]
    lines += [f"/{name} — {COMMAND_HELP[name]}" for name in commands]
    lines.append("\n" + DISCLAIMER)
    return "\n".join(lines)


localise(__name__, globals())
