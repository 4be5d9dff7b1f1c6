"""The runner's language: /language, its choice at onboarding, and the language marked beside
a runner's own words. Languages are named in their own words (``language.NAMES``)."""

from __future__ import annotations

from bot.texts.language import localise

# Beside the language buttons of the welcome, before the runner's language is known: the same
# line in every language, so a runner who reads none of the others still finds theirs.
CHOOSE_FIRST = "🌐 English · Español"
LANGUAGE_NOW = "I speak {name} with you. Tap another language below to change it."
LANGUAGE_SET = "From now on I speak {name} with you. /language changes it."
UNKNOWN_LANGUAGE = "I can't speak “{value}” yet. I speak: {names}. Nothing was changed."


def names_list(names: list[str]) -> str:
    return ", ".join(names)


localise(__name__, globals())
