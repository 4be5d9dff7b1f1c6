"""Every word the coach says, split by what it renders; the domain (``bot.coach``) returns facts.

Callers write ``texts.plan.plan_text(...)`` or ``texts.safety.REFER``: the module says where a
text lives. This package imports only ``bot.coach``, the standard library and Babel, so it
sits just above the domain and any layer may use it. English is the source; ``language.py``
chooses the runner's language for a turn, ``catalog.py`` reads every text in it (gettext
catalogues in ``bot/locale``), ``dates.py`` writes its dates.
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
    languages,
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
    "languages",
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
