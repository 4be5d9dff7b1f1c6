"""/progress, /report, the weekly summary and the CSV export (filled in by bot/render)."""

from __future__ import annotations

from bot.coach import thresholds as t
from bot.coach.adherence import DayStatus
from bot.coach.records import Decision, Phase
from bot.texts.language import localise

PROGRESS_HEAD = "Your progress · week {week}, day {day}{of}"
PROGRESS_WHERE = "{protocol}{phase}{stage} · strength level {level}"
PROGRESS_PHASE = " · phase: {phase}"
OF_N = " of {n}"
PROGRESS_STAGE = ", walk-run stage {stage} of {stages}"
PROGRESS_STRETCH = "Stretch sessions: {done} of {of} done ({pct}%)"
PROGRESS_STRENGTH = "Strength sessions: {done} of {of} done ({pct}%)"
PROGRESS_NOTHING_YET = "Nothing counted yet: today counts once its plan is done."
PROGRESS_PLAN_DONE = "Plan done: {overall}% since the start, {week}% in the last 7 days."
PROGRESS_PLAN_DONE_ALL = "Plan done: {overall}% since the start."
PROGRESS_STREAK = "Streak: {streak} day{s} in a row with most of the plan done."
PROGRESS_BEST = " Best so far: {best}."
PROGRESS_STREAK_START = (
    "You kept {kept} day{s} of the last 7. Do most of today's plan and a new streak starts."
)
PROGRESS_STREAK_FIRST = "Do most of today's plan and your streak starts."
STREAK_RULE = "A day counts when most of its plan is done; rest days count, paused days wait."
PROGRESS_PAUSED_DAYS = "Paused days (not counted): {n}."
TREND_WORDS = {"better": "better", "steady": "about the same", "worse": "worse"}
TREND_RUNS = "Pain during runs: {first} → {last} (first runs vs latest), {word}."
TREND_NEXT_MORNING = "Pain the morning after runs: {first} → {last}, {word}."
TREND_EVERYDAY = "Everyday pain (/morning): {first} → {last} (first week vs last 7 days), {word}."
NO_RUNS_YET = "No runs reported yet."
PROGRESS_REFERRAL = "⚠ Open referral: {reason} (/cleared once a clinician has seen you)"


COMING_WEEK = "Coming week {week}{of}: {what}"
COMING_REFERRAL = (
    "a clinician first. No running or progression until you are cleared (/cleared); "
    "stretches only if painless."
)
COMING_FINISHED = (
    "you have finished {name}. /protocol maintenance keeps stretches daily and strength three "
    "times a week."
)
COMING_CALM = (
    "calm phase. Stretches {n}x a day and strength at level {level}; {days} calm mornings in a "
    "row (/morning) open the build phase."
)
COMING_BUILD = (
    "build phase. Strength at level {level}; {left} more strength sessions at pain "
    "{max} or less until the walk-run return."
)
COMING_RETURN = (
    "walk-run stage {stage} of {stages}, {detail}, every other day on flat ground. "
    "Two green runs move you up."
)
COMING_MAINTAIN = (
    "free running, growing weekly volume by at most {growth}%, with stretches and strength kept up."
)
COMING_PLAIN = "stretches {n}x a day and strength at level {level}. {running}"
WEEKLY_HEAD = (
    "Your week: {pct}% of the plan done ({overall}% since the start), "
    "{kept} of 7 days kept{streak}."
)
WEEKLY_STREAK = ", a streak of {streak} day{s}"
WEEKLY_HEAD_EMPTY = "Your week: nothing was due, or you were paused."


REPORT_READY = (
    "Your report for a physio or doctor: one page with your programme, adherence, every run "
    "report with its decision and reason, and any red flags. It reads without the app."
)
EXPORT_CSV_READY = "The same data as CSV, one file per table, zipped (opens in a spreadsheet)."

# The /progress chart (bot/render/chart.py): titles, axes and legend labels.
CHART_DECISIONS = {
    Decision.PROGRESS: "run: progress",
    Decision.HOLD: "run: hold",
    Decision.REST: "run: rest",
    Decision.REFER: "run: see a clinician",
}
CHART_ZONES = (  # the run rules' pain bands, green to red (CLINICAL.md §4)
    f"run pain 0-{t.RUN_GREEN_MAX}: progress",
    f"run pain {t.RUN_GREEN_MAX + 1}-{t.RUN_AMBER_MAX}: hold",
    f"run pain {t.RUN_HIGH_MIN}-10: rest",
)
CHART_PHASES = {
    Phase.CALM: "calm",
    Phase.BUILD: "build",
    Phase.RETURN: "walk-run",
    Phase.MAINTAIN: "maintain",
}
CHART_DAYS = {
    DayStatus.MET: "all done",
    DayStatus.PARTIAL: "part done",
    DayStatus.MISSED: "missed",
    DayStatus.REST: "nothing due",
    DayStatus.PAUSED: "paused",
}
CHART_RUN_STOPPED = "{rule}: stopped"
CHART_NO_REPORTS = "No pain reports yet: /run after a run, /morning each morning"
CHART_PAIN_AXIS = "pain (0-10)"
CHART_NEXT_MORNING = "next-morning pain"
CHART_EVERYDAY = "everyday pain (/morning)"
CHART_REFERRAL = "referral open"
CHART_DONE_AXIS = "done (%)"
CHART_WEEK_DAY = "week {week}, day {day}"
CHART_PLAN_DONE = "{pct}% of the plan done"
CHART_WEEK_DONE = "last 7 days {pct}%"
CHART_STREAK = "streak {streak} day{s}"
CHART_PAIN_TITLE = "Pain during runs and the morning after"
CHART_DONE_TITLE = "Plan done each day (stretches + strength)"
CHART_DATE_AXIS = "date (your local days)"
CHART_DATE_FORMAT = "%d %b"


def plural(n: int) -> str:
    """The plural ending for ``n`` days or sessions."""
    return "" if n == 1 else "s"


localise(__name__, globals())
