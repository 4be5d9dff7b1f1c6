"""/start: the welcome, the safety screen and the set-up questions (programme, side, times)."""

from __future__ import annotations

from bot.texts.catalog import N_, Fmt, install
from bot.texts.common import DISCLAIMER

WELCOME = Fmt(
    N_(
        "Welcome to ITB Coach. I'll take you through a hip-strength rehab for IT band syndrome "
        "(pain on the outside of the knee): daily stretches, strength work that steps up as "
        "your knee allows, and a return to running governed by pain rules I'll always "
        "explain.\n\n{disclaimer}"
    ),
    disclaimer=DISCLAIMER,
)
WELCOME_BACK = N_("Welcome back. Your plan carries on where you left it.")
ASK_SCREEN = N_(
    "First, a safety check. Do any of these apply to your knee right now? If so, a clinician "
    "should see it before any rehab."
)
SCREEN_NONE = N_("None of these")
SCREEN_CLEAR = N_("Good, nothing there that needs a clinician first.")
ASK_PROTOCOL = N_("Which programme? If unsure, take the default: {default}.")
DEFAULT_MARK = N_(" (default)")
UNKNOWN_PROTOCOL = N_("I don't know the programme “{value}”. Pick one of these:")
PROTOCOL_SET = N_("Programme: {name}. {summary}")
SIDES = {"left": N_("Left"), "right": N_("Right"), "both": N_("Both")}
ASK_SIDE = N_("Which knee hurts?")
BAD_SIDE = N_("Please choose left, right or both.")
SIDE_SET = N_("Painful side: {side}.")
ASK_TIMEZONE = N_(
    "Which time zone are you in? Reminders follow it. Send a name like Europe/London or a city "
    "like Berlin, or keep the one below."
)
KEEP_ZONE = N_("Keep {zone}")
TIMEZONE_NOW = N_(
    "Your time zone is {zone}. Send a new one, e.g. Europe/London or a city like Berlin."
)
TIMEZONE_SET = N_("Time zone: {zone} (it is {local} there now).")
ASK_TIMES = N_(
    "Stretch reminders come at {times}, strength at {strength}. Keep these, or send three "
    "times like 07:30 12:30 21:00 (and /strengthtime HH:MM for strength)."
)
KEEP_TIMES = N_("Keep these times")
TIMES_NOW = N_(
    "Stretch reminders: {times}; strength: {strength}. To change them send {count} times like "
    "/times 07:30 12:30 21:00, or /strengthtime 18:30."
)
TIMES_SET = N_("Stretch reminders at {times}.")
STRENGTH_TIME_NOW = N_("Strength reminder at {time}. Change it with /strengthtime HH:MM.")
STRENGTH_TIME_SET = N_("Strength reminder at {time}.")
ONBOARDED = N_("You're set. Here is today — /help lists everything I understand.")


install(__name__)
