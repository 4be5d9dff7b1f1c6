"""The words workstream's lines: console menus that cannot misfire, short Done confirmations,
phase and count announcements, off-plan run coaching and the runner's words heard."""

from __future__ import annotations

from bot.texts.language import localise

# --- console menus ----------------------------------------------------------------------------
# A destructive choice is printed with the word that chooses it, never a number.
CONSOLE_WORD_CHOICE = "  type “{word}”: {label}"
CONSOLE_NO_SUCH_NUMBER = "Nothing was done: there is no choice {n} now. {current}"
CONSOLE_MENU_GONE = (
    "Nothing was done: choice {n} was in an earlier menu (“{old}”), which is no longer "
    "current. {current}"
)
CONSOLE_CURRENT_MENU = "The newest menu is “{title}”: {how}"
CONSOLE_NO_MENU = "No menu is open now; type what you mean, or /today for today's buttons."
CONSOLE_HOW_NUMBERS = "type {numbers}"
CONSOLE_HOW_WORDS = "type {words}"
CONSOLE_HOW_OR = " or "
# The word that chooses a destructive button, by the start of its action.
CONSOLE_UNDO_WORD = "undo"
CONSOLE_DELETE_WORD = "delete"


# --- short confirmations ----------------------------------------------------------------------
LEFT_TODAY = "Left today: {items}. /today shows the plan."
NOTHING_LEFT_TODAY = "That is all of today's plan done."
LEFT_STRETCH = "stretch session {n}"
LEFT_STRETCHES = "stretch sessions {numbers}"
LEFT_STRENGTH = "strength"
AND = " and "


def left_today(open_stretches: list[int], strength_open: bool) -> str:
    """What is left of today's plan, in one sentence."""
    items = []
    if len(open_stretches) == 1:
        items.append(LEFT_STRETCH.format(n=open_stretches[0]))
    elif open_stretches:
        numbers = ", ".join(str(n) for n in open_stretches[:-1]) + AND + str(open_stretches[-1])
        items.append(LEFT_STRETCHES.format(numbers=numbers))
    if strength_open:
        items.append(LEFT_STRENGTH)
    return LEFT_TODAY.format(items=", ".join(items)) if items else NOTHING_LEFT_TODAY


localise(__name__, globals())
