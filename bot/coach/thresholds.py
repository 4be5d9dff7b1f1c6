"""Every clinical threshold of the coach, in one table a clinician can read and change.

Doses and ladders live in the protocol files; the numbers that decide *when* things change
live here. Sources are CLINICAL.md sections; "[default]" marks this product's own choices.
"""

from __future__ import annotations

from typing import Final

# Pain scale accepted from users: 0 (none) to 10 (worst imaginable).
PAIN_MIN: Final = 0
PAIN_MAX: Final = 10

# --- Run reports (CLINICAL.md §4, after Silbernagel et al., Am J Sports Med 2007;35:897) ---
RUN_GREEN_MAX: Final = 2  # R6: pain during <= 2/10 -> progress
RUN_AMBER_MAX: Final = 5  # R5: pain during 3-5/10 -> hold
RUN_HIGH_MIN: Final = 6  # R3: pain during >= 6/10 -> rest
MORNING_RISE_MIN: Final = 2  # R4: next-morning pain 2+ points above baseline -> revise
REST_DAYS_AFTER_REST: Final = 3  # R2/R3: no running for 3 days
REPEAT_REST_WINDOW_DAYS: Final = 14  # R2: a second rest at the same stage within 14 days -> refer
HOLD_REST_DAYS: Final = 1  # R5: repeat the stage after a rest day
GREEN_RUNS_TO_ADVANCE: Final = 2  # R6: two green runs at a stage advance it
RUN_EVERY_N_DAYS: Final = 2  # CLINICAL.md §3 return phase: every other day [default]

# --- R7 stalled (CLINICAL.md §4; Beals & Flanigan 2013: 44% cured by 8 weeks) ---
STALLED_NO_IMPROVEMENT_DAYS: Final = 21  # no improvement in everyday pain after 3 weeks
STALLED_UNRESOLVED_DAYS: Final = 56  # not resolved after 8 weeks
RESOLVED_PAIN_MAX: Final = 2  # everyday pain at or below this counts as resolved [default]
TREND_WINDOW_DAYS: Final = 7  # compare the first and the latest 7 days of everyday pain [default]

# --- Strength sessions (CLINICAL.md §1a progression and §4 last paragraph) ---
STRENGTH_STEP_UP_MAX: Final = 3  # pain <= 3/10 lets the dose step up one
STRENGTH_HOLD_MAX: Final = 5  # 4-5 holds it; >= 6 steps it down one and suggests a rest day

# --- Phases of a protocol with running (CLINICAL.md §3, after Fredericson & Weir 2006) ---
CALM_PAIN_MAX: Final = 2  # everyday pain <= 2/10 ...
CALM_DAYS_TO_BUILD: Final = 3  # ... on 3 consecutive days, stairs and walking pain-free
BUILD_STRENGTH_DAYS_TO_RETURN: Final = 10  # day 10 of strength work with pain <= 3/10
RETURN_TOP_STAGE_PAIN_MAX: Final = 2  # top ladder stage done twice at pain <= 2/10
MAINTAIN_WEEKLY_GROWTH_PCT: Final = 10  # weekly volume may grow at most 10%

# --- Massage advice (CLINICAL.md §6, seed 001) ---
NO_MASSAGE_HOURS_AFTER_ACUTE: Final = 48
