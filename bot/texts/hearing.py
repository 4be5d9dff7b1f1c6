"""Hearing three ways (CLINICAL.md §5 v3): ordinary ITB talk, body talk the coach cannot place,
and a reply to "Did I read that right?" that is in doubt."""

from __future__ import annotations

from bot.texts.catalog import N_, install

ORDINARY = N_(
    "Noted: that sounds like the IT band's usual complaints, so your plan stays as it is. "
    "Tell me at once, or see a physio or doctor, if you notice any of these: {signs}."
)
UNPLACED = N_(
    "I can't place that, so I've recorded it in your words and I'm holding your progression "
    'until I know more. Do you have any of these? Tap the one you have, or "None of these".'
)
ELSEWHERE = N_(
    "That isn't where IT band pain usually is, so a physio should look at it; I've recorded it "
    "in your words and I'm holding your progression. Do you also have any of these? Tap the one "
    'you have, or "None of these".'
)
UNPLACED_REASON = N_(
    "You told me something about your body I couldn't place: it needs a closer look."
)
RELEASED = N_(
    "Thanks: none of those. The hold is released and your plan goes on. If it persists or gets "
    "worse, see a physio."
)
STILL_HELD = N_(
    'Your progression stays on hold for what you told me. Tap "None of these" above if you have '
    "none of those signs, or send /cleared once a clinician has seen you."
)
FLAG_HAVE_IT = N_("Yes, I have this")
FLAG_UNSURE = N_("Sorry, I'm not sure I follow. Do you have this ({flags})?")
FLAG_STILL_KEPT = N_(
    "I'll keep it recorded ({flags}), and I've read the rest as a message of its own."
)


install(__name__)
