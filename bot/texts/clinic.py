"""What the coach says about a clinician following a runner (the clinician's web view), in the
chat; the web pages' own words are in ``bot/web/templates``."""

from __future__ import annotations

from bot.texts.catalog import N_, install

SHARE_CODE = N_(
    "Your sharing code: {code}\n"
    "Give it to your physio or doctor; they enter it in the clinician's web view. It works once, "
    "for 7 days. Nothing is shown to them until you say Allow here. /sharing lists who follows "
    "you and stops any of them."
)
ASK_ALLOW = N_(
    "{clinician} asks to follow your rehab: see your reports, flags and plan, and clear flags. "
    "Allow?"
)
ALLOW = N_("Allow")
DENY = N_("Don't allow")
ALLOWED = N_(
    "{clinician} now follows your rehab. /sharing shows when they last looked, and stops it "
    "at any time."
)
DENIED = N_("{clinician} will not see anything. You can give a new code with /share at any time.")
NOT_WAITING = N_("That request is no longer open: nothing changed. /sharing shows who follows you.")
NOBODY = N_("Nobody follows your rehab. /share gives a code for your physio or doctor.")
FOLLOWERS = N_("Who follows your rehab:\n{lines}\n\nPress Stop to end one at once.")
FOLLOWER_LINE = N_("• {clinician}, since {since}; last looked: {seen}")
NEVER = N_("not yet")
LOG_HEADER = N_("\nTheir latest views and actions:\n{lines}")
LOG_LINE = N_("• {at}: {clinician}, {what}")
STOP = N_("Stop {clinician}")
STOPPED = N_("{clinician} no longer follows you and sees nothing from now on.")
NOT_FOLLOWING = N_("That clinician does not follow you: nothing changed.")
CLEARED = N_(
    "{clinician} cleared your flag ({flag}); it is recorded as a clearance by them. {back}"
)
NOTE = N_("A note from {clinician}:\n{text}")
ADJUSTED = {
    "stage": N_("{clinician} set your walk-run stage to {value}. /today shows it."),
    "strength": N_("{clinician} set your strength to level {value}. /today shows it."),
    "pause-running": N_(
        "{clinician} paused your running up to and including {value}. Stretches and strength go on."
    ),
    "hold": N_(
        "{clinician} holds your plan where it is up to and including {value}: no step up "
        "of your walk-run stage or strength until then."
    ),
}
ADJUST_REFUSED = N_("That change is outside the programme's bounds for where the runner is now.")

# What each access-log entry means, for the runner.
ACCESS = {
    "caseload": N_("saw you on their list"),
    "runner": N_("looked at your page"),
    "report": N_("downloaded your report"),
    "clear": N_("cleared a flag"),
    "note": N_("wrote you a note"),
    "stage": N_("set your walk-run stage"),
    "strength": N_("set your strength level"),
    "pause-running": N_("paused your running"),
    "hold": N_("held your plan"),
}

# Alerts to a clinician's own chat: the runner's name and the kind of alert, nothing more.
ALERT = N_("ITB Coach: {runner} needs a look ({kind}). Open your caseload for details.")
ALERT_KINDS = {
    "red-flag": N_("red flag heard"),
    "referral": N_("referred by a pain rule"),
    "rest": N_("a run stopped by pain or at high pain"),
    "silent": N_("nothing sent for 5 days"),
}
LINKED = N_("This chat now gets your caseload alerts, {clinician}: names and alert kinds only.")
LINK_UNKNOWN = N_("That code is not valid. Open your clinician page for a new one.")

# The web pages' messages (the pages themselves are bot/web/templates).
PASSWORDS_DIFFER = N_("The two passwords differ.")
PASSWORD_LENGTH = N_("Use at least {least} characters (at most {most}).")
LINK_UNUSABLE = N_("This link is used up or has expired. Ask for a new one.")
PASSWORD_SET = N_("Your password is set. Sign in.")
SIGN_IN_WRONG = N_("Wrong email or password.")
SIGN_IN_LOCKED = N_(
    "Too many wrong attempts: signing in is locked for {minutes} minutes. Wait, or ask your "
    "administrator."
)
CODE_UNKNOWN = N_("That code is not valid: it may be mistyped, used or older than 7 days.")
CODE_SENT = N_("The runner has been asked in their chat. They appear here once they allow it.")
CSRF_FAILED = N_("This form has expired. Go back, reload the page and try again.")
NOTE_EMPTY = N_("Write the note first.")
NOTE_SENT = N_("Note sent to the runner.")
PLAN_CHANGED = N_("Plan changed; the runner has been told.")
FLAG_CLEARED = N_("Flag cleared; the runner has been told.")
NOT_FOUND = N_("Not found, or not shared with you.")


install(__name__)
