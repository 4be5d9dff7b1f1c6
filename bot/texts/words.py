"""The words workstream's lines: console menus that cannot misfire, short Done confirmations,
phase and count announcements, off-plan run coaching and the runner's words heard."""

from __future__ import annotations

from datetime import date

from bot.coach import thresholds as t
from bot.coach.calm import CalmBreak, NotCalm
from bot.coach.records import Phase
from bot.texts.catalog import N_, Fmt, install, tr
from bot.texts.common import short_day
from bot.texts.reasons import PHASE_WORDS

# --- console menus ----------------------------------------------------------------------------
# A destructive choice is printed with the word that chooses it, never a number.
CONSOLE_WORD_CHOICE = N_("  type “{word}”: {label}")
CONSOLE_NO_SUCH_NUMBER = N_("Nothing was done: there is no choice {n} now. {current}")
CONSOLE_MENU_GONE = N_(
    "Nothing was done: choice {n} was in an earlier menu (“{old}”), which is no longer "
    "current. {current}"
)
CONSOLE_CURRENT_MENU = N_("The newest menu is “{title}”: {how}")
CONSOLE_NO_MENU = N_("No menu is open now; type what you mean, or /today for today's buttons.")
CONSOLE_HOW_NUMBERS = N_("type {numbers}")
CONSOLE_HOW_WORDS = N_("type {words}")
CONSOLE_HOW_OR = N_(" or ")
# The word that chooses a destructive button, by the start of its action.
CONSOLE_UNDO_WORD = N_("undo")
CONSOLE_DELETE_WORD = N_("delete")


# --- short confirmations ----------------------------------------------------------------------
LEFT_TODAY = N_("Left today: {items}. /today shows the plan.")
NOTHING_LEFT_TODAY = N_("That is all of today's plan done.")
LEFT_STRETCH = N_("stretch session {n}")
LEFT_STRETCHES = N_("stretch sessions {numbers}")
LEFT_STRENGTH = N_("strength")
AND = N_(" and ")


def left_today(open_stretches: list[int], strength_open: bool) -> str:
    """What is left of today's plan, in one sentence."""
    items = []
    if len(open_stretches) == 1:
        items.append(tr(LEFT_STRETCH).format(n=open_stretches[0]))
    elif open_stretches:
        numbers = ", ".join(str(n) for n in open_stretches[:-1]) + tr(AND) + str(open_stretches[-1])
        items.append(tr(LEFT_STRETCHES).format(numbers=numbers))
    if strength_open:
        items.append(tr(LEFT_STRENGTH))
    return tr(LEFT_TODAY).format(items=", ".join(items)) if items else tr(NOTHING_LEFT_TODAY)


# --- phase changes and count resets, announced once ------------------------------------------
PHASE_CHANGED = N_("New phase: from {since} you are in {phase}. {why}")
PHASE_NOW = N_("Your plan is now in {phase} (since {since}). /plan says what it holds.")
PHASE_WHY = {
    (Phase.CALM, Phase.BUILD): (
        Fmt(
            N_(
                "Why: {calm_days} days in a row with morning pain at {calm_max}/10 or less and "
                "pain-free stairs. What changes: the strength sessions now count toward running "
                "again ({build_sessions} at {strength_max}/10 or less); still no running, walking "
                "is "
                "fine if it is painless."
            ),
            calm_days=t.CALM_DAYS_TO_BUILD,
            calm_max=t.CALM_PAIN_MAX,
            build_sessions=t.BUILD_STRENGTH_DAYS_TO_RETURN,
            strength_max=t.STRENGTH_STEP_UP_MAX,
        )
    ),
    (Phase.BUILD, Phase.RETURN): (
        Fmt(
            N_(
                "Why: {build_sessions} strength sessions at {strength_max}/10 or less. What "
                "changes: "
                "running comes back as the walk-run ladder, from stage 1, every other day, on flat "
                "ground."
            ),
            build_sessions=t.BUILD_STRENGTH_DAYS_TO_RETURN,
            strength_max=t.STRENGTH_STEP_UP_MAX,
        )
    ),
    (Phase.RETURN, Phase.MAINTAIN): (
        Fmt(
            N_(
                "Why: the top stage of the ladder done twice at {top_max}/10 or less. What "
                "changes: "
                "free running; let your weekly minutes grow by at most {growth}%."
            ),
            top_max=t.RETURN_TOP_STAGE_PAIN_MAX,
            growth=t.MAINTAIN_WEEKLY_GROWTH_PCT,
        )
    ),
}
CALM_RESET = N_(
    "Your calm-day count went from {before} to {now} of {need}: {day} {why}. A calm day "
    "needs a morning check at {calm_max}/10 or less and pain-free stairs, {need} days in a "
    "row."
)
NOT_CALM = {
    NotCalm.NO_MORNING: N_("had no morning check"),
    NotCalm.PAIN: N_("had morning pain {pain}/10"),
    NotCalm.STAIRS_SORE: N_("stairs or walking were sore"),
    NotCalm.STAIRS_UNSAID: N_("had no answer about stairs"),
}


def phase_change(before: Phase | None, after: Phase, since: date) -> str:
    why = tr(PHASE_WHY).get((before, after)) if before is not None else None
    if why is None:
        return tr(PHASE_NOW).format(phase=tr(PHASE_WORDS)[after], since=short_day(since))
    return tr(PHASE_CHANGED).format(since=short_day(since), phase=tr(PHASE_WORDS)[after], why=why)


def calm_reset(before: int, now: int, broke: CalmBreak) -> str:
    return tr(CALM_RESET).format(
        before=before,
        now=now,
        need=t.CALM_DAYS_TO_BUILD,
        calm_max=t.CALM_PAIN_MAX,
        day=short_day(broke.day),
        why=tr(NOT_CALM)[broke.why].format(pain=broke.pain),
    )


# --- the runner's words -------------------------------------------------------------------------
REPORT_NAMES = {
    "run": N_("today's run"),
    "morning": N_("this morning's"),
    "strength": N_("today's strength"),
}
CORRECTED = N_("Corrected: {what} pain is now {pain}/10 (it was {was}/10).")
NOTHING_TO_CORRECT = N_(
    "I have no report of today's to correct. Tell me the whole report again, like "
    "“strength done, pain 3”."
)
SKIPPED_STRENGTH = N_(
    "Fine, no strength tonight: I won't remind you of it again today. Rest counts too; "
    "tomorrow's plan is as usual."
)
SKIPPED_STRETCHES = N_(
    "Fine, the {n} stretch session(s) left today are skipped: no more reminders for them today."
)
NOTHING_TO_SKIP = N_("There is nothing of that left to skip today.")
STAIRS_NOTED_OK = N_("Noted: stairs and walking were pain-free.")
STAIRS_NOTED_SORE = N_(
    "Noted: the stairs were sore. Your morning checks tell me how the knee goes."
)
STAIRS_NEED_MORNING = N_("Stairs are noted with the morning check, so that first.")
MORNING_TODAY_ONLY = N_(
    "Morning checks are for the morning they describe: I can't add one for {day} afterwards. "
    "Today's is welcome any time today."
)
ON_DAY_PAIN = N_(
    "How much did the knee hurt during strength on {day}? Say “strength on {name} was 2”."
)
STRENGTH_ON_DAY = N_("Logged for {day}: strength done, pain {pain}/10.")
STRETCH_ON_DAY = N_("Logged for {day}: stretch session {n} done.")
STRETCHES_ON_DAY_ALREADY = N_("All of {day}'s stretch sessions were already marked done.")


install(__name__)
