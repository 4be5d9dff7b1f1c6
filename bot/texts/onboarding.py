"""/start: the welcome, the safety screen and the set-up questions (programme, side, times)."""

from __future__ import annotations

from bot.texts.common import DISCLAIMER
from bot.texts.language import localise

WELCOME = (
    "Welcome to ITB Coach. I'll take you through a hip-strength rehab for IT band syndrome "
    "(pain on the outside of the knee): daily stretches, strength work that steps up as your "
    "knee allows, and a return to running governed by pain rules I'll always explain.\n\n"
    + DISCLAIMER
)
WELCOME_BACK = "Welcome back. Your plan carries on where you left it."
ASK_SCREEN = (
    "First, a safety check. Do any of these apply to your knee right now? If so, a clinician "
    "should see it before any rehab."
)
SCREEN_NONE = "None of these"
SCREEN_CLEAR = "Good, nothing there that needs a clinician first."
ASK_PROTOCOL = "Which programme? If unsure, take the default: {default}."
DEFAULT_MARK = " (default)"
UNKNOWN_PROTOCOL = "I don't know the programme “{value}”. Pick one of these:"
PROTOCOL_SET = "Programme: {name}. {summary}"
SIDES = {"left": "Left", "right": "Right", "both": "Both"}
ASK_SIDE = "Which knee hurts?"
BAD_SIDE = "Please choose left, right or both."
SIDE_SET = "Painful side: {side}."
ASK_TIMEZONE = (
    "Which time zone are you in? Reminders follow it. Send a name like Europe/London or a city "
    "like Berlin, or keep the one below."
)
KEEP_ZONE = "Keep {zone}"
TIMEZONE_NOW = "Your time zone is {zone}. Send a new one, e.g. Europe/London or a city like Berlin."
TIMEZONE_SET = "Time zone: {zone} (it is {local} there now)."
ASK_TIMES = (
    "Stretch reminders come at {times}, strength at {strength}. Keep these, or send three "
    "times like 07:30 12:30 21:00 (and /strengthtime HH:MM for strength)."
)
KEEP_TIMES = "Keep these times"
TIMES_NOW = (
    "Stretch reminders: {times}; strength: {strength}. To change them send {count} times like "
    "/times 07:30 12:30 21:00, or /strengthtime 18:30."
)
TIMES_SET = "Stretch reminders at {times}."
STRENGTH_TIME_NOW = "Strength reminder at {time}. Change it with /strengthtime HH:MM."
STRENGTH_TIME_SET = "Strength reminder at {time}."
ONBOARDED = "You're set. Here is today — /help lists everything I understand."


localise(__name__, globals())
