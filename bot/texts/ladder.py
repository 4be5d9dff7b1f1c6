"""What the coach says about the ladder's discipline, strength in a referral or on a sore
morning, the return-to-run check and a runner's own clearance (CLINICAL.md §1a, §3, §5 v3)."""

from __future__ import annotations

from bot.texts.language import localise

# --- strength (§1a v3) ---
STRENGTH_HELD_SORE = (
    "Strength holds at this dose today: your morning pain is {rise}+ points above your "
    "baseline, so the step up waits for a settled morning."
)
STRENGTH_IN_REFERRAL = (
    "Strength and stretches go on at today's dose while you wait to see a clinician; the dose "
    "does not step up until you are cleared."
)
REFER_RULE = (
    "⚠ {reason} {advice}\n"
    "Running and progression stop until then; strength and stretches go on at today's dose. "
    "Send /cleared once a clinician has said you may continue."
)

localise(__name__, globals())
