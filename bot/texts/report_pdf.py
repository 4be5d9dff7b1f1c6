"""The PDF report for a physio or doctor (bot/render/pdf.py fills it in)."""

from __future__ import annotations

from bot.coach.rules import EVERY_RULE
from bot.texts.catalog import N_, install
from bot.texts.common import DISCLAIMER
from bot.texts.reasons import RULE_KEY

# The PDF (bot/render/pdf.py).
PDF_TITLE = N_("ITB Coach: progress report")
PDF_SUBTITLE = N_(
    "Prepared {today} from what the runner reported to ITB Coach, a chat coach for iliotibial "
    "band syndrome rehab. Pain is self-rated 0 (none) to 10 (worst imaginable)."
)
PDF_PROGRAMME = N_("Programme")
PDF_ADHERENCE = N_("Adherence")
PDF_PAIN = N_("Pain trend")
PDF_RUNS = N_("Run reports ({n})")
PDF_RUNS_NONE = N_("No runs reported.")
PDF_REFERRALS = N_("Red flags and referrals ({n})")
PDF_REFERRALS_NONE = N_("None reported.")
PDF_REFERRAL_LINE = N_("{day} · {cause} · {outcome}")
# A flag's urgency beside its id (CLINICAL.md §5): how soon a clinician should see the runner.
PDF_URGENCY = {
    "emergency": N_("emergency"),
    "urgent": N_("urgent"),
    "soon": N_("soon"),
}
PDF_PLACEHOLDER_NOTE = N_(
    "{mark} stands for a character this report's font cannot draw (Chinese, Japanese or Korean "
    "script, for example); the runner's /export has their words exactly as written."
)
PDF_CHART = N_("Pain and plan done, day by day")
PDF_MINUTES = N_("{n} min")
PDF_KM = N_("{km:g} km")
PDF_RULES = N_("How the coach decides (evaluated in order; the first rule that matches decides)")
PDF_RUN_HEADINGS = (
    N_("Date"),
    N_("Stage"),
    N_("Run"),
    N_("Pain"),
    N_("Stopped"),
    N_("Next morning"),
    N_("Decision"),
    N_("Rule"),
    N_("Reason"),
)
PDF_RETRACTED = N_("taken back by the runner {day}")
PDF_CLEARED = N_("cleared {day}: {who}, seen {seen}")
PDF_UNKNOWN_CLINICIAN = N_("clinician")
PDF_PAIN_GRID = N_("Pain by day")
PDF_PAIN_GRID_KEY = N_(
    "M = morning pain, S = pain during strength work, R = pain during the run (highest of the "
    "day); each 0-10. An empty day has no report."
)
PDF_PAIN_GRID_KEYS = (N_("M"), N_("S"), N_("R"))
PDF_PAIN_GRID_HEADINGS = (
    N_("Week of"),
    N_("Mon"),
    N_("Tue"),
    N_("Wed"),
    N_("Thu"),
    N_("Fri"),
    N_("Sat"),
    N_("Sun"),
)
PDF_RULE_KEY = tuple((rule, RULE_KEY[rule]) for rule in EVERY_RULE)
"""The key printed under the runs: every rule in the order the coach applies them."""
PDF_NO = N_("no")
PDF_YES = N_("yes")
PDF_OPEN = N_("open")
PDF_FOOTER = DISCLAIMER
PDF_ROW_PROGRAMME = N_("{name}. Source: {source}.")
PDF_ROW_START = N_("Started {start}; on {today}: week {week}, day {day}{of}. Painful side: {side}.")
PDF_ROW_PHASE = N_("Phase: {phase}, since {since}.")
PDF_ROW_STAGE = N_(
    "Walk-run ladder: stage {stage} of {stages}, {detail}; green runs at this stage: "
    "{greens} of {need}."
)
PDF_ROW_NO_RUN_UNTIL = N_("No running until after {day}.")
PDF_ROW_DOSE = N_("Current strength dose, level {level} of {top}: {doses}.")
PDF_ROW_STRETCH = N_("Stretches {n}x a day: {stretches}.")
PDF_ROW_RUNNING_NONE = N_("Running: none in this programme.")


install(__name__)
