"""What the coach says about a clinician following a runner (the clinician's web view), in the
chat; the web pages' own words are in ``bot/web/templates``."""

from __future__ import annotations

from bot.texts.language import localise

SHARE_CODE = (
    "Your sharing code: {code}\n"
    "Give it to your physio or doctor; they enter it in the clinician's web view. It works once, "
    "for 7 days. Nothing is shown to them until you say Allow here. /sharing lists who follows "
    "you and stops any of them."
)
ASK_ALLOW = (
    "{clinician} asks to follow your rehab: see your reports, flags and plan, and clear flags. "
    "Allow?"
)
ALLOW = "Allow"
DENY = "Don't allow"
ALLOWED = (
    "{clinician} now follows your rehab. /sharing shows when they last looked, and stops it "
    "at any time."
)
DENIED = "{clinician} will not see anything. You can give a new code with /share at any time."
NOT_WAITING = "That request is no longer open: nothing changed. /sharing shows who follows you."
NOBODY = "Nobody follows your rehab. /share gives a code for your physio or doctor."
FOLLOWERS = "Who follows your rehab:\n{lines}\n\nPress Stop to end one at once."
FOLLOWER_LINE = "• {clinician}, since {since}; last looked: {seen}"
NEVER = "not yet"
LOG_HEADER = "\nTheir latest views and actions:\n{lines}"
LOG_LINE = "• {at}: {clinician}, {what}"
STOP = "Stop {clinician}"
STOPPED = "{clinician} no longer follows you and sees nothing from now on."
NOT_FOLLOWING = "That clinician does not follow you: nothing changed."
CLEARED = "{clinician} cleared your flag ({flag}); it is recorded as a clearance by them. {back}"
NOTE = "A note from {clinician}:\n{text}"
ADJUSTED = {
    "stage": "{clinician} set your walk-run stage to {value}. /today shows it.",
    "strength": "{clinician} set your strength to level {value}. /today shows it.",
    "pause-running": "{clinician} paused your running up to and including {value}. "
    "Stretches and strength go on.",
    "hold": "{clinician} holds your plan where it is up to and including {value}: no step up "
    "of your walk-run stage or strength until then.",
}
ADJUST_REFUSED = "That change is outside the programme's bounds for where the runner is now."

# What each access-log entry means, for the runner.
ACCESS = {
    "caseload": "saw you on their list",
    "runner": "looked at your page",
    "report": "downloaded your report",
    "clear": "cleared a flag",
    "note": "wrote you a note",
    "stage": "set your walk-run stage",
    "strength": "set your strength level",
    "pause-running": "paused your running",
    "hold": "held your plan",
}

# Alerts to a clinician's own chat: the runner's name and the kind of alert, nothing more.
ALERT = "ITB Coach: {runner} needs a look ({kind}). Open your caseload for details."
ALERT_KINDS = {
    "red-flag": "red flag heard",
    "referral": "referred by a pain rule",
    "rest": "a run stopped by pain or at high pain",
    "silent": "nothing sent for 5 days",
}
LINKED = "This chat now gets your caseload alerts, {clinician}: names and alert kinds only."
LINK_UNKNOWN = "That code is not valid. Open your clinician page for a new one."

# The web pages' messages (the pages themselves are bot/web/templates).
PASSWORDS_DIFFER = "The two passwords differ."
PASSWORD_LENGTH = "Use at least {least} characters (at most {most})."
LINK_UNUSABLE = "This link is used up or has expired. Ask for a new one."
PASSWORD_SET = "Your password is set. Sign in."
SIGN_IN_WRONG = "Wrong email or password."
SIGN_IN_LOCKED = (
    "Too many wrong attempts: signing in is locked for {minutes} minutes. Wait, or ask your "
    "administrator."
)
CODE_UNKNOWN = "That code is not valid: it may be mistyped, used or older than 7 days."
CODE_SENT = "The runner has been asked in their chat. They appear here once they allow it."
CSRF_FAILED = "This form has expired. Go back, reload the page and try again."
NOTE_EMPTY = "Write the note first."
NOTE_SENT = "Note sent to the runner."
PLAN_CHANGED = "Plan changed; the runner has been told."
FLAG_CLEARED = "Flag cleared; the runner has been told."
NOT_FOUND = "Not found, or not shared with you."


localise(__name__, globals())
