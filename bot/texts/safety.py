"""Red flags, referrals to a clinician, and the clearance that resumes coaching."""

from __future__ import annotations

from bot.coach import thresholds as t
from bot.texts.catalog import N_, _, install

REFER = N_(
    "⚠ {reason} {advice}\n"
    "Running and progression stop until then; stretches only if painless. Send /cleared once a "
    "clinician has said you may continue."
)
REFER_URGENT = N_(
    "⚠ {advice} {reason}\n"
    "Coaching is paused. Send /cleared once a clinician has said you may continue."
)
FLAG_HEARD = N_(
    "⚠ That can be a red flag, and I've recorded it in your words:\n{lines}\n\n{advice}\n"
    "Running and progression stop until a clinician has seen you; stretches only if painless.\n\n"
    "{ask}"
)
FLAG_ASK = N_("Did I read that right?")
FLAG_NOT_MEANT = N_("No, I didn't mean that")
FLAG_KEPT = N_(
    "It stays recorded ({flags}). Send /cleared once a clinician has said you may continue."
)
FLAG_RETRACTED = N_(
    "Thanks for telling me: taken back ({flags}). I've noted that you didn't mean it, and your "
    "plan goes on."
)
ASKING_AGAIN = N_("Back to my earlier question: ")
SYMPTOM_USAGE = N_("Tell me what you notice, e.g. /symptom knee feels swollen after the run.")
SYMPTOM_NOTED = N_(
    "Noted. I can't judge everything from words: see a physio or doctor if you have any of "
    "these: {signs}."
)
NOTHING_TO_CLEAR = N_("There is no open referral: nothing to clear.")
CLEAR_TOO_SOON = N_(
    "{flags} was raised today and needs a doctor first: it can't be cleared on the same day. "
    "Send /cleared once you have been seen and cleared."
)
ASK_CLEARED_BY = N_("Who cleared you to continue?")
ASK_CLEARED_WHEN = N_("When did they see you? Today, yesterday, or a date like 2026-11-20.")
CLINICIANS = {"physio": N_("Physio"), "doctor": N_("Doctor"), "other": N_("Someone else")}
TODAY = N_("Today")
YESTERDAY = N_("Yesterday")
BAD_CLINICIAN = N_("Please answer physio, doctor or other.")
BAD_PAST_DAY = N_(
    "Please give the day you were seen: today, yesterday, 3 days ago or a date like 2026-11-20 "
    "(not in the future)."
)
CLEARED_BEFORE_FLAG = N_(
    "The referral was raised on {day}: a clearance must come from a visit on or after that day."
)
CLEARED = N_(
    "Thanks. Cleared by your {who} (seen {day}): the referral is closed and recorded. {back}"
)


def step_back(long_referral: bool) -> str:
    """What a clearance changes (CLINICAL.md §5; the numbers are bot/coach/thresholds.py's)."""
    ladder = (
        _("from stage 1")
        if long_referral
        else _("{stages} stages lower").format(stages=t.CLEARANCE_STAGES_BACK)
    )
    return _(
        "Coaching resumes a step back: strength {steps} steps lower, the walk-run ladder {ladder}."
    ).format(steps=t.CLEARANCE_STRENGTH_STEPS_BACK, ladder=ladder)


install(__name__)
