"""Answers to runners' questions: the wording of the answers the coach computes (when running
comes back, a race day, tomorrow's plan, the last decision, a clinician's word), the source
line, and the nearest questions offered when a message is not understood.

The fixed answers themselves are data: ``protocols/answers.yaml``."""

from __future__ import annotations

from bot.coach import thresholds as t
from bot.coach.outlook import RunOutlook, Waiting
from bot.coach.protocol import WalkRunStage
from bot.coach.race import Projection, RaceOutlook
from bot.coach.records import Phase
from bot.texts.catalog import N_, install, tr
from bot.texts.common import day_label, stage_text
from bot.texts.race import VERDICTS, day_long

SOURCE = N_("Source: {source}")
# A question offered as a button, with its language's question marks.
QUESTION_LABEL = N_("{question}?")

# --- "when can I run again?" -----------------------------------------------------------------
WHEN_RUN = {  # the lead sentence, by what running waits for
    Waiting.NO_RUNNING: N_("This programme has no running; /protocol lists the ones that do."),
    Waiting.REFERRAL: (
        N_(
            "Not while a referral is open: a clinician sees you first, then /cleared, and the plan "
            "resumes a step back."
        )
    ),
    Waiting.CALM: (
        N_(
            "You're in the calm phase: running waits until you have had {needed} days in a row "
            "with "
            "morning pain {calm_max}/10 or less and pain-free stairs ({count} so far), then "
            "{build} strength sessions in the build phase."
        )
    ),
    Waiting.BUILD: (
        N_(
            "You're in the build phase: running starts after {needed} strength sessions rated "
            "{strength_max}/10 or less ({count} so far)."
        )
    ),
    Waiting.WEEKS: N_(
        "Your programme's weeks of strength work come first, then the walk-run return."
    ),
    Waiting.REST: N_("Not today. {why}"),
    Waiting.NOTHING: N_("Yes, today. {what}"),
}
FIRST_WALK_RUN = N_(
    "At the earliest, if every report from now is pain-free, your first walk-run is on {day} "
    "and continuous running comes on {continuous}."
)
NEXT_RUN = N_("Your next run can be on {day}: {what}.")
FREE_RUNNING = N_("free running, easy effort")
LADDER_RUN = N_("walk-run stage {stage}, {detail}")
NOT_WITHIN = N_("not within a year")

# --- "can I run my race on <day>?" -----------------------------------------------------------
RACE_NO_DAY = N_(
    "Which day is it? Ask me with the date (“can I run my race on 14 March?”), or set it with "
    "/race DATE and I'll count down to it."
)

# --- "what should I do tomorrow?" -------------------------------------------------------------
TOMORROW_STRETCHES = N_("Stretches {n}x")
TOMORROW_STRENGTH = N_("strength at level {level}")
TOMORROW_NO_STRENGTH = N_("no strength session")
TOMORROW_LINE = N_("{day}: {stretches}, {strength}. Running: {running}")
TOMORROW_REST_DAY = N_("a rest day from running (the ladder is every other day).")

# --- "why did you say hold?" ------------------------------------------------------------------
LAST_DECISION = N_(
    "Your last run ({day}, pain {pain}/10) was judged {decision} by rule {rule}: {why}"
)
NO_RUNS = N_("You haven't reported a run yet, so there is no decision to explain.")

# --- "my physio saw me and said I'm fine" -----------------------------------------------------
CLEARED_BUTTON = N_("Record the clearance")
CLINICIAN_FLAG_OPEN = N_(
    "You have an open referral ({reason}). If your physio or doctor said you may exercise "
    "again, record it with /cleared (the button below starts it)."
)
CLINICIAN_NOTHING_OPEN = N_(
    "There is no open referral, so nothing needs clearing: your plan goes on as it is."
)

# --- how-to -----------------------------------------------------------------------------------
HOWTO_WHICH = N_("Which exercise? Pick one:")

# --- the nearest questions, when a message is not understood ----------------------------------
NEAREST = N_(
    "I'm not sure what you mean. The nearest questions I can answer are below; or did you "
    "mean {options}? /help lists everything I understand."
)


def when_run_text(
    outlook: RunOutlook,
    running_today: str,
    projection: Projection | None,
    next_stage: WalkRunStage | None,
) -> str:
    """``running_today``: today's running line; ``projection``: the earliest days the rules
    allow; ``next_stage``: the walk-run stage of the next run, once running has begun."""
    lead = tr(WHEN_RUN)[outlook.waiting].format(
        needed=outlook.needed,
        count=outlook.count,
        calm_max=t.CALM_PAIN_MAX,
        build=t.BUILD_STRENGTH_DAYS_TO_RETURN,
        strength_max=t.STRENGTH_STEP_UP_MAX,
        why=running_today,
        what=running_today,
    )
    if outlook.waiting in (Waiting.CALM, Waiting.BUILD, Waiting.WEEKS) and projection:
        first, continuous = projection.reached(Phase.RETURN), projection.continuous
        return f"{lead} " + tr(FIRST_WALK_RUN).format(
            day=day_label(first) if first else tr(NOT_WITHIN),
            continuous=day_label(continuous) if continuous else tr(NOT_WITHIN),
        )
    if outlook.waiting is Waiting.REST and outlook.next_run is not None:
        what = tr(FREE_RUNNING)
        if next_stage is not None and not outlook.free:
            what = tr(LADDER_RUN).format(stage=outlook.stage, detail=stage_text(next_stage))
        return f"{lead} {tr(NEXT_RUN).format(day=day_label(outlook.next_run), what=what)}"
    return lead


def race_day_text(outlook: RaceOutlook) -> str:
    """What the rules make of a race on that day, in the race verdict's own words."""
    projection = outlook.projection
    continuous, ladder = projection.continuous, projection.reached(Phase.RETURN)
    return tr(VERDICTS)[outlook.verdict].format(
        continuous=day_long(continuous) if continuous else tr(NOT_WITHIN),
        ladder=day_long(ladder) if ladder else tr(NOT_WITHIN),
    )


install(__name__)
