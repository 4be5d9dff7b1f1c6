"""Plain-word conversation: the onboarding checklist, heard reports, undo, suggestions and
set-aside questions."""

from __future__ import annotations

from bot.texts.catalog import N_, install

WELCOME_BACK_SETUP = N_("Welcome back. A few set-up questions are still open; here is the next.")
STEP_NOT_UNDERSTOOD = N_("I didn't catch that. Answer with a button, its number or in words:")
SCREEN_STILL_OPEN = N_("Still open: the safety check. Does any of these apply to your knee?")
SCREEN_STILL_OPEN_SHORT = N_(
    "Still open: the safety check (send “none of these”, or /screen to see the list)."
)


HEARD_RUN = N_("Heard: a run{amount}, pain {pain}/10{stopped}.")
HEARD_RUN_STOPPED = N_(", pain made you stop")
HEARD_RUN_AMOUNT = N_(" of {amount}")  # after "a run": " of 20 min, 5 km"
HEARD_MINUTES = N_("{minutes} min")
HEARD_KM = N_("{km:g} km")
HEARD_MORNING = N_("Heard: this morning's knee, {pain}/10.")
HEARD_STRENGTH = N_("Heard: strength done, pain {pain}/10.")
UNDO_BUTTON = N_("Undo")
UNDONE = {
    "run": N_("Undone: that run report is removed."),
    "morning": N_("Undone: that morning report is removed."),
    "strength": N_("Undone: that strength report is removed."),
    "done": N_("Undone: that stretch session is no longer marked done."),
}
NOTHING_TO_UNDO = N_("There is nothing to undo there: it was already removed or is not yours.")
BAD_UNDO = N_("Undo works from the Undo button under a report I confirmed.")


ASK_RUN_PAIN_FOR = N_("Run: {amount}. How much did the knee hurt during it? 0 = none, 10 = worst.")
ASK_RUN_AMOUNT = N_("Was that in minutes or in kilometres?")
RUN_AMOUNT_LABELS = (N_("Minutes"), N_("Kilometres"))
ASK_PAIN_WHEN = N_("Which pain do you mean?")
PAIN_WHEN_LABELS = (N_("During a run"), N_("This morning"), N_("During strength"))
PAIN_SCALE = N_("Pain goes from 0 (none) to 10 (worst imaginable). Which number fits?")
ONE_AT_A_TIME = N_("One report at a time, please: e.g. “ran 5k, pain 2”, then “did my stretches”.")
TODAY_ONLY = N_(
    "I record today's reports only. Tell me about today, e.g. “ran 5k, pain 2”, or how the "
    "knee is this morning: “knee 2 this morning”."
)
HELLO = N_("Hello! Here is today.")
YOU_ARE_WELCOME = N_("You're welcome. Keep it up.")


DID_YOU_MEAN = N_("I don't know {value}. Did you mean {options}?")
MISSED = N_("I didn't catch that. Did you mean {options}? /help lists everything I understand.")


SUGGESTIONS = {
    "today": N_("today's plan"),
    "run": N_("report a run"),
    "stretch": N_("stretches done"),
    "strength": N_("strength done"),
    "morning": N_("a morning knee check"),
    "help": N_("what I understand"),
}


SET_ASIDE = N_("I set aside the question about {what}. To answer it later: {how}.")
SET_ASIDE_WHAT = {
    "run_pain": (N_("your run's pain"), N_("/run pain 0-10")),
    "run_stopped": (
        N_("whether pain stopped your run"),
        N_("/run pain {pain} stopped, or /run pain {pain}"),
    ),
    "morning_pain": (N_("this morning's knee"), N_("/morning 0-10")),
    "strength_pain": (N_("pain during strength"), N_("/strength 0-10")),
}


install(__name__)
