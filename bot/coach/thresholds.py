"""Every clinical threshold of the coach, in one table a clinician can read and change.

Doses and ladders live in the protocol files; the numbers that decide *when* things change
live here. Sources are CLINICAL.md sections; "[default]" marks this product's own choices.
"""

from __future__ import annotations

from typing import Final

# Pain scale accepted from users: 0 (none) to 10 (worst imaginable).
PAIN_MIN: Final = 0
PAIN_MAX: Final = 10

# --- Run reports (CLINICAL.md §4 v2, after Silbernagel et al., Am J Sports Med 2007;35:897) ---
RUN_GREEN_MAX: Final = 2  # R6: pain during <= 2/10 -> progress (where running applies)
RUN_AMBER_MAX: Final = 5  # R5: pain during 3-5/10 -> hold
RUN_HIGH_MIN: Final = 6  # R3: pain during >= 6/10 -> rest
MORNING_RISE_MIN: Final = 2  # R4: next-morning pain 2+ points above baseline -> revise
BASELINE_WINDOW_DAYS: Final = 7  # §4: baseline = lowest morning pain of the 7 days before a run
REST_DAYS_AFTER_REST: Final = 3  # §3 after a rest: no running for 3 days ...
REST_SETTLED_MARGIN: Final = 1  # ... and until morning pain is within 1 point of the baseline
REPEAT_REST_WINDOW_DAYS: Final = 14  # R2: a second rest within 14 days, at any stage -> refer
HOLD_REST_DAYS: Final = 1  # R5: repeat the stage after a rest day
GREEN_RUNS_TO_ADVANCE: Final = 2  # R6: two consecutive green runs at a stage advance it
AMBERS_TO_STEP_DOWN: Final = 3  # R5 v2: the third amber run in a row steps the ladder down one
GREENS_MAX_DAYS_APART: Final = 4  # §3 v3: two consecutive greens are at most 4 days apart
AMBERS_BACK_TO_BUILD_DAYS: Final = 7  # §3 v3: 3 ambers in a row at stage 1: 7 days of build
BACK_TO_BUILD_REFER_DAYS: Final = 28  # §3 v3: a second time within 28 days -> refer (R7 advice)
RUN_EVERY_N_DAYS: Final = 2  # §3 return phase: every other day; R9: a run the day after a run
OVERLOAD_MINUTES_PCT: Final = 125  # R9: minutes over 125% of the stage's total -> hold

# --- R7 stalled (CLINICAL.md §4 v2; Beals & Flanigan 2013: 44% cured by 8 weeks) ---
TREND_WINDOW_DAYS: Final = 7  # R7: the mean of the last 7 days ...
STALLED_NO_IMPROVEMENT_DAYS: Final = 21  # ... against days 15-21 before: a rolling 3 weeks
STALLED_MIN_REPORTS: Final = 3  # R7: at least 3 reports in each window to compare
STALLED_UNRESOLVED_DAYS: Final = 56  # R7: not resolved after 8 weeks
RESOLVED_PAIN_MAX: Final = 2  # everyday pain at or below this counts as resolved [default]
R7_REARM_DAYS: Final = 21  # R7 v2: may fire again 21 days after a clearance (§4)

# --- Silence (CLINICAL.md §3 v2) ---
SILENT_DAYS: Final = 3  # 3 days without a morning check: ask for it by name; phases hold

# --- Strength sessions (CLINICAL.md §1a v2 progression and §4 last paragraph) ---
STRENGTH_STEP_UP_MAX: Final = 3  # sessions rated <= 3/10 count toward the next step
STRENGTH_SESSIONS_PER_STEP: Final = 3  # §1a v2: at least 3 sessions at the current step ...
STRENGTH_STEP_MIN_DAYS: Final = 4  # ... and the last step up at least 4 days ago
STRENGTH_HOLD_MAX: Final = 5  # 4-5 holds the step; >= 6 steps it down one and a rest day

# --- Phases of a protocol with running (CLINICAL.md §3, after Fredericson & Weir 2006) ---
CALM_PAIN_MAX: Final = 2  # everyday pain <= 2/10 ...
CALM_DAYS_TO_BUILD: Final = 3  # ... on 3 consecutive days, stairs and walking pain-free
BUILD_STRENGTH_DAYS_TO_RETURN: Final = 10  # 10 strength sessions with pain <= 3/10
RETURN_TOP_STAGE_PAIN_MAX: Final = 2  # top ladder stage done twice at pain <= 2/10
MAINTAIN_WEEKLY_GROWTH_PCT: Final = 10  # §3 maintain: weekly minutes may grow at most 10% ...
MAINTAIN_GROWTH_FLOOR_MINUTES: Final = 30  # ... checked once a week is past 30 minutes
MAINTAIN_WEEKS_OVER_TO_HOLD: Final = 2  # ... two such weeks in a row -> hold

# --- The return-to-run check (CLINICAL.md §3 v3 [default], common physiotherapy criteria) ---
RETURN_CHECK_PAIN_MAX: Final = 2  # each item of the checklist at pain <= 2/10
RETURN_CHECK_WALK_MINUTES: Final = 30  # brisk walk for 30 minutes
RETURN_CHECK_SQUATS: Final = 10  # 10 single-leg squats
RETURN_CHECK_HOPS: Final = 10  # 10 single-leg hops on the painful side
RETURN_CHECK_RETRY_SESSIONS: Final = 3  # a failed check is offered again after 3 strength sessions
RETURN_CHECK_REFER_DAYS: Final = 7  # two failed checks a week apart -> refer (R7's advice)

# --- Clearance after a referral (CLINICAL.md §5 v2) ---
CLEARANCE_STRENGTH_STEPS_BACK: Final = 2  # strength resumes two steps lower
CLEARANCE_STAGES_BACK: Final = 2  # the walk-run ladder resumes two stages lower ...
CLEARANCE_LONG_REFERRAL_DAYS: Final = 14  # ... or at stage 1 after a referral of over 14 days
CLEARANCE_MIN_HOURS: Final = 6  # §5 v3: an urgent or emergency flag, not within 6 hours of it

# --- Massage advice (CLINICAL.md §6, seed 001) ---
NO_MASSAGE_HOURS_AFTER_ACUTE: Final = 48
