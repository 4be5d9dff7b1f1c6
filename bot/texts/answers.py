"""Answers to runners' questions: the wording of the answers the coach computes (when running
comes back, a race day, tomorrow's plan, the last decision, a clinician's word), the source
line, and the nearest questions offered when a message is not understood.

The fixed answers themselves are data: ``protocols/answers.yaml``."""

from __future__ import annotations

from datetime import date

from bot.coach import thresholds as t
from bot.coach.outlook import Ladder, RunOutlook, Waiting
from bot.texts.common import day_label, stage_text
from bot.texts.language import localise

SOURCE = "Source: {source}"

# --- "when can I run again?" -----------------------------------------------------------------
WHEN_RUN = {  # the lead sentence, by what running waits for
    Waiting.NO_RUNNING: "This programme has no running; /protocol lists the ones that do.",
    Waiting.REFERRAL: (
        "Not while a referral is open: a clinician sees you first, then /cleared, and the plan "
        "resumes a step back."
    ),
    Waiting.CALM: (
        "You're in the calm phase: running waits until you have had {needed} days in a row with "
        "morning pain {calm_max}/10 or less and pain-free stairs ({count} so far), then "
        "{build} strength sessions in the build phase."
    ),
    Waiting.BUILD: (
        "You're in the build phase: running starts after {needed} strength sessions rated "
        "{strength_max}/10 or less ({count} so far)."
    ),
    Waiting.WEEKS: "Your programme's weeks of strength work come first, then the walk-run return.",
    Waiting.REST: "Not today. {why}",
    Waiting.NOTHING: "Yes, today. {what}",
}
FIRST_WALK_RUN = (
    "At the earliest, if every report is green, your first walk-run ({stage}) is on {day}; "
    "continuous running from {continuous}."
)
NEXT_RUN = "Your next run can be on {day}: {what}."
FREE_RUNNING = "free running, easy effort"
REST_DAY = "the ladder is every other day"
LADDER_RUN = "walk-run stage {stage}, {detail}"

# --- "can I run my race on <day>?" -----------------------------------------------------------
RACE_NO_DAY = "Which day is it? Ask me with the date, e.g. “can I run my race on 14 March?”."
RACE_PAST = "{day} has passed: ask me with a day ahead."
RACE_REFERRAL = "Not while a referral is open: a clinician must see you before any running."
RACE_NO_RUNNING = "Your programme has no running; /protocol lists the ones that do."
RACE_NOT_BY = (
    "Not by {day}: at the very earliest, if every report is green, the plan allows {reach} by then."
)
RACE_FREE_BY = (
    "Maybe: at the very earliest, if every report is green, you could be back to free running "
    "from {free}, but racing {day} would still be a big step up from there."
)
RACE_FREE_NOW = (
    "You're free running: grow your weekly minutes by at most {growth}% and build to the "
    "distance before racing it."
)
REACH_NOTHING = "no running at all: the first walk-run comes on {first} at the earliest"
REACH_STAGE = "walk-run stage {stage} ({detail})"
RACE_NEVER = "The plan cannot give a date yet: it moves on only on what you report."

# --- "what should I do tomorrow?" -------------------------------------------------------------
TOMORROW_STRETCHES = "Stretches {n}x"
TOMORROW_STRENGTH = "strength at level {level}"
TOMORROW_NO_STRENGTH = "no strength session"
TOMORROW_LINE = "{day}: {stretches}, {strength}. Running: {running}"
TOMORROW_REST_DAY = "a rest day from running (the ladder is every other day)."

# --- "why did you say hold?" ------------------------------------------------------------------
LAST_DECISION = "Your last run ({day}, pain {pain}/10) was judged {decision} by rule {rule}: {why}"
NO_RUNS = "You haven't reported a run yet, so there is no decision to explain."

# --- "my physio saw me and said I'm fine" -----------------------------------------------------
CLEARED_BUTTON = "Record the clearance"
CLINICIAN_FLAG_OPEN = (
    "You have an open referral ({reason}). If your physio or doctor said you may exercise "
    "again, record it with /cleared (the button below starts it)."
)
CLINICIAN_NOTHING_OPEN = (
    "There is no open referral, so nothing needs clearing: your plan goes on as it is."
)

# --- how-to -----------------------------------------------------------------------------------
HOWTO_WHICH = "Which exercise? Pick one:"

# --- the nearest questions, when a message is not understood ----------------------------------
NEAREST = (
    "I'm not sure what you mean. The nearest questions I can answer are below; or did you "
    "mean {options}? /help lists everything I understand."
)


def when_run_text(outlook: RunOutlook, what_today: str) -> str:
    """``what_today``: the running line of today's plan (for Waiting.NOTHING)."""
    lead = WHEN_RUN[outlook.waiting].format(
        needed=outlook.needed,
        count=outlook.count,
        calm_max=t.CALM_PAIN_MAX,
        build=t.BUILD_STRENGTH_DAYS_TO_RETURN,
        strength_max=t.STRENGTH_STEP_UP_MAX,
        why=what_today,
        what=what_today,
    )
    ladder = outlook.ladder
    if outlook.waiting in (Waiting.CALM, Waiting.BUILD, Waiting.WEEKS) and ladder:
        return f"{lead} {_first_walk_run(ladder)}"
    if outlook.waiting is Waiting.REST and outlook.next_run is not None and outlook.free:
        return f"{lead} {NEXT_RUN.format(day=day_label(outlook.next_run), what=FREE_RUNNING)}"
    if outlook.waiting is Waiting.REST and ladder:
        stage = ladder.stages[ladder.stage - 1]
        what = LADDER_RUN.format(stage=ladder.stage, detail=stage_text(stage))
        return f"{lead} {NEXT_RUN.format(day=day_label(ladder.first_run), what=what)}"
    return lead


def _first_walk_run(ladder: Ladder) -> str:
    continuous = ladder.continuous_stage or len(ladder.stages)
    return FIRST_WALK_RUN.format(
        stage=stage_text(ladder.stages[0]),
        day=day_label(ladder.first_run),
        continuous=day_label(ladder.first_day_at(continuous)),
    )


def race_text(outlook: RunOutlook, day: date) -> str:
    """What the plan allows by ``day``, at the very earliest."""
    if outlook.waiting is Waiting.REFERRAL:
        return RACE_REFERRAL
    if outlook.waiting is Waiting.NO_RUNNING:
        return RACE_NO_RUNNING
    if outlook.free:
        return RACE_FREE_NOW.format(growth=t.MAINTAIN_WEEKLY_GROWTH_PCT)
    ladder = outlook.ladder
    if ladder is None:
        return RACE_NEVER
    label = day_label(day)
    if day >= ladder.free_from:
        return RACE_FREE_BY.format(free=day_label(ladder.free_from), day=label)
    stage = ladder.stage_on(day)
    if stage is None:
        reach = REACH_NOTHING.format(first=day_label(ladder.first_run))
    else:
        reach = REACH_STAGE.format(stage=stage, detail=stage_text(ladder.stages[stage - 1]))
    return RACE_NOT_BY.format(day=label, reach=reach)


localise(__name__, globals())
