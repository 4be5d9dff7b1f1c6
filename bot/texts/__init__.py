"""Every word the coach says, split by what it renders; the domain (``bot.coach``) returns facts.

Callers write ``texts.plan.plan_text(...)`` or ``texts.safety.REFER``: the module says where a
text lives. This package imports only ``bot.coach`` and the standard library, so it sits just
above the domain and any layer may use it. English is the source; ``language.py`` says how
another language is chosen and added.
"""

from bot.texts import (
    account,
    answers,
    catalog,
    channels,
    clinic,
    common,
    conversation,
    dates,
    hearing,
    ladder,
    onboarding,
    plan,
    progress,
    race,
    reasons,
    reminders,
    report_pdf,
    reports,
    safety,
    words,
)

__all__ = [
    "account",
    "answers",
    "catalog",
    "channels",
    "clinic",
    "common",
    "conversation",
    "dates",
    "hearing",
    "ladder",
    "onboarding",
    "plan",
    "progress",
    "race",
    "reasons",
    "reminders",
    "report_pdf",
    "reports",
    "safety",
    "words",
]
