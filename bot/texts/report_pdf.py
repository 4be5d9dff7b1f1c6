"""The PDF report for a physio or doctor (bot/render/pdf.py fills it in)."""

from __future__ import annotations

from bot.coach.rules import EVERY_RULE
from bot.texts.common import DISCLAIMER
from bot.texts.language import localise
from bot.texts.reasons import RULE_KEY

# The PDF (bot/render/pdf.py).
PDF_TITLE = "ITB Coach: progress report"
PDF_SUBTITLE = (
    "Prepared {today} from what the runner reported to ITB Coach, a chat coach for iliotibial "
    "band syndrome rehab. Pain is self-rated 0 (none) to 10 (worst imaginable)."
)
PDF_PROGRAMME = "Programme"
PDF_ADHERENCE = "Adherence"
PDF_PAIN = "Pain trend"
PDF_RUNS = "Run reports ({n})"
PDF_RUNS_NONE = "No runs reported."
PDF_REFERRALS = "Red flags and referrals ({n})"
PDF_REFERRALS_NONE = "None reported."
PDF_REFERRAL_LINE = "{day} · {cause} · {outcome}"
PDF_PLACEHOLDER_NOTE = (
    "{mark} stands for a character this report's font cannot draw (Chinese, Japanese or Korean "
    "script, for example); the runner's /export has their words exactly as written."
)
PDF_CHART = "Pain and plan done, day by day"
PDF_MINUTES = "{n} min"
PDF_KM = "{km:g} km"
PDF_RULES = "How the coach decides (evaluated in order; the first rule that matches decides)"
PDF_RUN_HEADINGS = (
    "Date",
    "Stage",
    "Run",
    "Pain",
    "Stopped",
    "Next morning",
    "Decision",
    "Rule",
    "Reason",
)
PDF_RETRACTED = "taken back by the runner {day}"
PDF_CLEARED = "cleared {day}: {who}, seen {seen}"
PDF_UNKNOWN_CLINICIAN = "clinician"
PDF_PAIN_GRID = "Pain by day"
PDF_PAIN_GRID_KEY = (
    "M = morning pain, S = pain during strength work, R = pain during the run (highest of the "
    "day); each 0-10. An empty day has no report."
)
PDF_PAIN_GRID_KEYS = ("M", "S", "R")
PDF_PAIN_GRID_HEADINGS = ("Week of", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
PDF_RULE_KEY = tuple((rule, RULE_KEY[rule]) for rule in EVERY_RULE)
"""The key printed under the runs: every rule in the order the coach applies them."""
PDF_NO = "no"
PDF_YES = "yes"
PDF_OPEN = "open"
PDF_FOOTER = DISCLAIMER
PDF_ROW_PROGRAMME = "{name}. Source: {source}."
PDF_ROW_START = "Started {start}; on {today}: week {week}, day {day}{of}. Painful side: {side}."
PDF_ROW_PHASE = "Phase: {phase}, since {since}."
PDF_ROW_STAGE = (
    "Walk-run ladder: stage {stage} of {stages}, {detail}; green runs at this stage: "
    "{greens} of {need}."
)
PDF_ROW_NO_RUN_UNTIL = "No running until after {day}."
PDF_ROW_DOSE = "Current strength dose, level {level} of {top}: {doses}."
PDF_ROW_STRETCH = "Stretches {n}x a day: {stretches}."
PDF_ROW_RUNNING_NONE = "Running: none in this programme."


localise(__name__, globals())
