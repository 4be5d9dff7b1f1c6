"""What the coach says about the ladder's discipline, strength in a referral or on a sore
morning, the return-to-run check and a runner's own clearance (CLINICAL.md §1a, §3, §5 v3)."""

from __future__ import annotations

from bot.coach import thresholds as t
from bot.texts.catalog import N_, install, tr

# --- strength (§1a v3) ---
STRENGTH_HELD_SORE = N_(
    "Strength holds at this dose today: your morning pain is {rise}+ points above your "
    "baseline, so the step up waits for a settled morning."
)
STRENGTH_IN_REFERRAL = N_(
    "Strength and stretches go on at today's dose while you wait to see a clinician; the dose "
    "does not step up until you are cleared."
)
REFER_RULE = N_(
    "⚠ {reason} {advice}\n"
    "Running and progression stop until then; strength and stretches go on at today's dose. "
    "Send /cleared once a clinician has said you may continue."
)
# --- the ladder and silence (§3 v3) ---
UNCOUNTED_RUN = N_(
    "Your run on {day} counted for nothing: its morning check never came, and I can't move you "
    "on without it."
)
AMBER_BACK_TO_BUILD = N_(
    "That is {n} amber runs in a row at stage 1, the lowest rung: back to the build phase for "
    "{days} days (no running; walking is fine if it is painless), then stage 1 again from {day}."
)
AMBER_REFER = N_(
    "That is {n} amber runs in a row at stage 1 again, the second time within {days} days: "
    "please see a physio or sports doctor before running on."
)
RUN_AWAITS_MORNING = N_("Your run on {day} counts once its next-morning check is in (/morning).")
STATUS_BACK_TO_BUILD = N_(
    "Back in the build phase after amber runs at stage 1: stage 1 again from {day}."
)
# --- clearance (§5 v3) ---
CLEAR_TOO_SOON = N_(
    "{flags} was raised less than {hours} hours ago and needs a clinician first: it can't be "
    "cleared before {at}. Send /cleared once you have been seen and cleared."
)
CLEAR_NEEDS_CLINICIAN = N_(
    "{flags} can only be cleared by a physio or a doctor, not by someone else. Please see one, "
    "then send /cleared."
)
ASK_CLEARED_OK = N_("Did they say you may exercise again?")
CLEAR_NOT_YET = N_(
    "Then the referral stays open: follow their advice, and send /cleared once a physio or "
    "doctor has said you may exercise again."
)
CLEARED_SELF_REPORTED = N_("(Recorded as self-reported: your word, not the clinician's.)")
CLEARED_SOURCE = {"self": N_("self-reported"), "clinician": N_("by the linked clinician")}
"""How a clearance was given, for the export's readers and the clinician report (PDF)."""
# --- the return-to-run check (§3 v3) ---
RETURN_CHECK_INTRO = N_(
    "Before your first walk-run: the return-to-run check. Three questions, each about pain "
    "{pain}/10 or less."
)
RETURN_CHECK_ITEMS = (
    N_("Can you walk briskly for {walk} minutes?"),
    N_("Can you do {squats} single-leg squats on the painful side?"),
    N_("Can you do {hops} single-leg hops on the painful side?"),
)
RETURN_CHECK_OFFER = N_(
    "Build is done. Before your first walk-run: the return-to-run check (/returncheck), "
    "three one-tap questions."
)
RETURN_CHECK_PASSED = N_(
    "All three at pain {pain}/10 or less: the return phase starts today with walk-run stage 1. "
    "See /today."
)
RETURN_CHECK_FAILED = N_(
    "Not yet: the build phase goes on (strength and stretches, walking if painless). I'll offer "
    "the check again after {n} more strength sessions."
)
RETURN_CHECK_REFER = N_(
    "The return-to-run check did not pass twice, {days} or more days apart: please see a physio "
    "or sports doctor before running."
)
RETURN_CHECK_NOT_DUE = N_("The return-to-run check is not due now. /plan says what comes next.")


def return_check_item(index: int) -> str:
    """The checklist's question number ``index`` (0-based), the first with its introduction."""
    item = tr(RETURN_CHECK_ITEMS)[index].format(
        walk=t.RETURN_CHECK_WALK_MINUTES, squats=t.RETURN_CHECK_SQUATS, hops=t.RETURN_CHECK_HOPS
    )
    if index == 0:
        return tr(RETURN_CHECK_INTRO).format(pain=t.RETURN_CHECK_PAIN_MAX) + "\n" + item
    return item


install(__name__)
