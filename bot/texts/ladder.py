"""What the coach says about the ladder's discipline, strength in a referral or on a sore
morning, the return-to-run check and a runner's own clearance (CLINICAL.md §1a, §3, §5 v3)."""

from __future__ import annotations

from bot.texts.language import localise

# --- strength (§1a v3) ---
STRENGTH_HELD_SORE = (
    "Strength holds at this dose today: your morning pain is {rise}+ points above your "
    "baseline, so the step up waits for a settled morning."
)
STRENGTH_IN_REFERRAL = (
    "Strength and stretches go on at today's dose while you wait to see a clinician; the dose "
    "does not step up until you are cleared."
)
REFER_RULE = (
    "⚠ {reason} {advice}\n"
    "Running and progression stop until then; strength and stretches go on at today's dose. "
    "Send /cleared once a clinician has said you may continue."
)
# --- the ladder and silence (§3 v3) ---
UNCOUNTED_RUN = (
    "Your run on {day} counted for nothing: its morning check never came, and I can't move you "
    "on without it."
)
AMBER_BACK_TO_BUILD = (
    "That is {n} amber runs in a row at stage 1, the lowest rung: back to the build phase for "
    "{days} days (no running; walking is fine if it is painless), then stage 1 again from {day}."
)
AMBER_REFER = (
    "That is {n} amber runs in a row at stage 1 again, the second time within {days} days: "
    "please see a physio or sports doctor before running on."
)
RUN_AWAITS_MORNING = "Your run on {day} counts once its next-morning check is in (/morning)."
STATUS_BACK_TO_BUILD = (
    "Back in the build phase after amber runs at stage 1: stage 1 again from {day}."
)
# --- clearance (§5 v3) ---
CLEAR_TOO_SOON = (
    "{flags} was raised less than {hours} hours ago and needs a clinician first: it can't be "
    "cleared before {at}. Send /cleared once you have been seen and cleared."
)
CLEAR_NEEDS_CLINICIAN = (
    "{flags} can only be cleared by a physio or a doctor, not by someone else. Please see one, "
    "then send /cleared."
)
ASK_CLEARED_OK = "Did they say you may exercise again?"
CLEAR_NOT_YET = (
    "Then the referral stays open: follow their advice, and send /cleared once a physio or "
    "doctor has said you may exercise again."
)
CLEARED_SELF_REPORTED = "(Recorded as self-reported: your word, not the clinician's.)"
CLEARED_SOURCE = {"self": "self-reported", "clinician": "by the linked clinician"}
"""How a clearance was given, for the export's readers and the clinician report (PDF)."""

localise(__name__, globals())
