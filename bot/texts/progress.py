"""/progress, /report, the weekly summary and the CSV export (filled in by bot/render)."""

from __future__ import annotations

from bot.coach import thresholds as t
from bot.coach.adherence import DayStatus
from bot.coach.records import Decision, Phase
from bot.texts.catalog import N_, Fmt, install, ngettext

PROGRESS_HEAD = N_("Your progress · week {week}, day {day}{of}")
PROGRESS_WHERE = N_("{protocol}{phase}{stage} · strength level {level}")
PROGRESS_PHASE = N_(" · phase: {phase}")
OF_N = N_(" of {n}")
PROGRESS_STAGE = N_(", walk-run stage {stage} of {stages}")
PROGRESS_STRETCH = N_("Stretch sessions: {done} of {of} done ({pct}%)")
PROGRESS_STRENGTH = N_("Strength sessions: {done} of {of} done ({pct}%)")
PROGRESS_NOTHING_YET = N_("Nothing counted yet: today counts once its plan is done.")
PROGRESS_PLAN_DONE = N_("Plan done: {overall}% since the start, {week}% in the last 7 days.")
PROGRESS_PLAN_DONE_ALL = N_("Plan done: {overall}% since the start.")
PROGRESS_BEST = N_(" Best so far: {best}.")
PROGRESS_STREAK_FIRST = N_("Do most of today's plan and your streak starts.")
STREAK_RULE = N_("A day counts when most of its plan is done; rest days count, paused days wait.")
PROGRESS_PAUSED_DAYS = N_("Paused days (not counted): {n}.")
TREND_WORDS = {"better": N_("better"), "steady": N_("about the same"), "worse": N_("worse")}
TREND_RUNS = N_("Pain during runs: {first} → {last} (first runs vs latest), {word}.")
TREND_NEXT_MORNING = N_("Pain the morning after runs: {first} → {last}, {word}.")
TREND_EVERYDAY = N_(
    "Everyday pain (/morning): {first} → {last} (first week vs last 7 days), {word}."
)
NO_RUNS_YET = N_("No runs reported yet.")
PROGRESS_REFERRAL = N_("⚠ Open referral: {reason} (/cleared once a clinician has seen you)")


COMING_WEEK = N_("Coming week {week}{of}: {what}")
COMING_REFERRAL = N_(
    "a clinician first. No running or progression until you are cleared (/cleared); "
    "stretches only if painless."
)
COMING_FINISHED = N_(
    "you have finished {name}. /protocol maintenance keeps stretches daily and strength three "
    "times a week."
)
COMING_CALM = N_(
    "calm phase. Stretches {n}x a day and strength at level {level}; {days} calm mornings in a "
    "row (/morning) open the build phase."
)
COMING_BUILD = N_(
    "build phase. Strength at level {level}; {left} more strength sessions at pain "
    "{max} or less until the walk-run return."
)
COMING_RETURN = N_(
    "walk-run stage {stage} of {stages}, {detail}, every other day on flat ground. "
    "Two green runs move you up."
)
COMING_MAINTAIN = N_(
    "free running, growing weekly volume by at most {growth}%, with stretches and strength kept up."
)
COMING_PLAIN = N_("stretches {n}x a day and strength at level {level}. {running}")
WEEKLY_HEAD = N_(
    "Your week: {pct}% of the plan done ({overall}% since the start), "
    "{kept} of 7 days kept{streak}."
)
WEEKLY_HEAD_EMPTY = N_("Your week: nothing was due, or you were paused.")


REPORT_READY = N_(
    "Your report for a physio or doctor: one page with your programme, adherence, every run "
    "report with its decision and reason, and any red flags. It reads without the app."
)
EXPORT_CSV_READY = N_("The same data as CSV, one file per table, zipped (opens in a spreadsheet).")

# The /progress chart (bot/render/chart.py): titles, axes and legend labels.
CHART_DECISIONS = {
    Decision.PROGRESS: N_("run: progress"),
    Decision.HOLD: N_("run: hold"),
    Decision.REST: N_("run: rest"),
    Decision.REFER: N_("run: see a clinician"),
}
CHART_ZONES = (  # the run rules' pain bands, green to red (CLINICAL.md §4)
    Fmt(N_("run pain 0-{run_green_max}: progress"), run_green_max=t.RUN_GREEN_MAX),
    Fmt(
        N_("run pain {amber_min}-{amber_max}: hold"),
        amber_min=t.RUN_GREEN_MAX + 1,
        amber_max=t.RUN_AMBER_MAX,
    ),
    Fmt(N_("run pain {high_min}-10: rest"), high_min=t.RUN_HIGH_MIN),
)
CHART_PHASES = {
    Phase.CALM: N_("calm"),
    Phase.BUILD: N_("build"),
    Phase.RETURN: N_("walk-run"),
    Phase.MAINTAIN: N_("maintain"),
}
CHART_DAYS = {
    DayStatus.MET: N_("all done"),
    DayStatus.PARTIAL: N_("part done"),
    DayStatus.MISSED: N_("missed"),
    DayStatus.REST: N_("nothing due"),
    DayStatus.PAUSED: N_("paused"),
}
CHART_RUN_STOPPED = N_("{rule}: stopped")
CHART_NO_REPORTS = N_("No pain reports yet: /run after a run, /morning each morning")
CHART_PAIN_AXIS = N_("pain (0-10)")
CHART_NEXT_MORNING = N_("next-morning pain")
CHART_EVERYDAY = N_("everyday pain (/morning)")
CHART_REFERRAL = N_("referral open")
CHART_DONE_AXIS = N_("done (%)")
CHART_WEEK_DAY = N_("week {week}, day {day}")
CHART_PLAN_DONE = N_("{pct}% of the plan done")
CHART_WEEK_DONE = N_("last 7 days {pct}%")
CHART_PAIN_TITLE = N_("Pain during runs and the morning after")
CHART_DONE_TITLE = N_("Plan done each day (stretches + strength)")
CHART_DATE_AXIS = N_("date (your local days)")


def streak_text(streak: int) -> str:
    """The run of kept days, for /progress."""
    return ngettext(
        "Streak: {streak} day in a row with most of the plan done.",
        "Streak: {streak} days in a row with most of the plan done.",
        streak,
    ).format(streak=streak)


def streak_start_text(kept: int) -> str:
    """How many of the last 7 days were kept, when no streak runs."""
    return ngettext(
        "You kept {kept} day of the last 7. Do most of today's plan and a new streak starts.",
        "You kept {kept} days of the last 7. Do most of today's plan and a new streak starts.",
        kept,
    ).format(kept=kept)


def weekly_streak(streak: int) -> str:
    """The weekly summary's streak clause."""
    return ngettext(", a streak of {streak} day", ", a streak of {streak} days", streak).format(
        streak=streak
    )


def chart_streak(streak: int) -> str:
    """The chart title's streak."""
    return ngettext("streak {streak} day", "streak {streak} days", streak).format(streak=streak)


install(__name__)
