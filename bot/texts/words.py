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


localise(__name__, globals())
