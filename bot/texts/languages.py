"""The runner's language: /language, its choice at onboarding. Languages are named in their
own words (``language.NAMES``)."""

from __future__ import annotations

from bot.texts.catalog import N_, install

# Beside the language buttons of the welcome, before the runner's language is known: the same
# line in every language, so a runner who reads none of the others still finds theirs.
CHOOSE_FIRST = "🌐 English · Español"
LANGUAGE_NOW = N_("I speak {name} with you. Tap another language below to change it.")
LANGUAGE_SET = N_("From now on I speak {name} with you. /language changes it.")
UNKNOWN_LANGUAGE = N_("I can't speak “{value}” yet. I speak: {names}. Nothing was changed.")


def names_list(names: list[str]) -> str:
    return ", ".join(names)


install(__name__)
