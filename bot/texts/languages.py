"""The runner's language: /language, its choice at onboarding. Languages are named in their
own words (``language.NAMES``)."""

from __future__ import annotations

from bot.texts import language
from bot.texts.catalog import N_, install

LANGUAGE_NOW = N_("I speak {name} with you. Tap another language below to change it.")
LANGUAGE_SET = N_("From now on I speak {name} with you. /language changes it.")
UNKNOWN_LANGUAGE = N_("I can't speak “{value}” yet. I speak: {names}. Nothing was changed.")


def names_list(names: list[str]) -> str:
    return ", ".join(names)


def choose_first() -> str:
    """Beside the welcome's language buttons, before the runner's language is known: each
    language by its own name, the same in every language, so every runner finds theirs."""
    return "🌐 " + " · ".join(language.NAMES.values())


install(__name__)
