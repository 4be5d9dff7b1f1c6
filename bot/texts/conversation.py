"""Plain-word conversation: the onboarding checklist, heard reports, undo, suggestions and
set-aside questions."""

from __future__ import annotations

from bot.texts.language import localise

WELCOME_BACK_SETUP = "Welcome back. A few set-up questions are still open; here is the next."
STEP_NOT_UNDERSTOOD = "I didn't catch that. Answer with a button, its number or in words:"
SCREEN_STILL_OPEN = "Still open: the safety check. Does any of these apply to your knee?"
SCREEN_STILL_OPEN_SHORT = (
    "Still open: the safety check (send “none of these”, or /screen to see the list)."
)


HEARD_RUN = "Heard: a run{amount}, pain {pain}/10{stopped}."
HEARD_RUN_STOPPED = ", pain made you stop"
HEARD_MINUTES = "{minutes} min"
HEARD_KM = "{km:g} km"
HEARD_MORNING = "Heard: this morning's knee, {pain}/10."
HEARD_STRENGTH = "Heard: strength done, pain {pain}/10."
UNDO_BUTTON = "Undo"
UNDONE = {
    "run": "Undone: that run report is removed.",
    "morning": "Undone: that morning report is removed.",
    "strength": "Undone: that strength report is removed.",
    "done": "Undone: that stretch session is no longer marked done.",
}
NOTHING_TO_UNDO = "There is nothing to undo there: it was already removed or is not yours."
BAD_UNDO = "Undo works from the Undo button under a report I confirmed."


ASK_RUN_PAIN_FOR = "Run: {amount}. How much did the knee hurt during it? 0 = none, 10 = worst."
ASK_RUN_AMOUNT = "Was that in minutes or in kilometres?"
RUN_AMOUNT_LABELS = ("Minutes", "Kilometres")
ASK_PAIN_WHEN = "Which pain do you mean?"
PAIN_WHEN_LABELS = ("During a run", "This morning", "During strength")
PAIN_SCALE = "Pain goes from 0 (none) to 10 (worst imaginable). Which number fits?"
ONE_AT_A_TIME = "One report at a time, please: e.g. “ran 5k, pain 2”, then “did my stretches”."
TODAY_ONLY = (
    "I record today's reports only. Tell me about today, e.g. “ran 5k, pain 2”, or how the "
    "knee is this morning: “knee 2 this morning”."
)
HELLO = "Hello! Here is today."
YOU_ARE_WELCOME = "You're welcome. Keep it up."


DID_YOU_MEAN = "I don't know {value}. Did you mean {options}?"
MISSED = "I didn't catch that. Did you mean {options}? /help lists everything I understand."


SUGGESTIONS = {
    "today": "today's plan",
    "run": "report a run",
    "stretch": "stretches done",
    "strength": "strength done",
    "morning": "a morning knee check",
    "help": "what I understand",
}


SET_ASIDE = "I set aside the question about {what}. To answer it later: {how}."
SET_ASIDE_WHAT = {
    "run_pain": ("your run's pain", "/run pain 0-10"),
    "run_stopped": (
        "whether pain stopped your run",
        "/run pain {pain} stopped, or /run pain {pain}",
    ),
    "morning_pain": ("this morning's knee", "/morning 0-10"),
    "strength_pain": ("pain during strength", "/strength 0-10"),
}


localise(__name__, globals())
