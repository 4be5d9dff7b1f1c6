"""The runner's language, per turn: which languages the coach speaks, and which one this turn.

English is the source: the texts of ``bot.texts`` are written in it. Every other language is a
gettext catalogue, ``bot/locale/<code>/LC_MESSAGES/messages.po`` (``bot/texts/catalog.py`` reads
it); ``use(code)`` makes every text read inside the block come out in that language. There is no
per-process language: a runner's own language, or English, is chosen for each turn.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

SOURCE = "en"


# The runner's language, per turn (contextvars: each asyncio task keeps its own).
SUPPORTED: tuple[str, ...] = ("en", "es")
NAMES = {"en": "English", "es": "Español"}  # each language by its own name
_CURRENT: ContextVar[str] = ContextVar("itb_language", default=SOURCE)


def current() -> str:
    """The language the coach speaks in this turn: the runner's, English by default."""
    return _CURRENT.get()


@contextmanager
def use(code: str | None) -> Iterator[str]:
    """Speak ``code`` (normalised; English when unknown) inside the block."""
    chosen_code = normalise(code) or SOURCE
    token = _CURRENT.set(chosen_code)
    try:
        yield chosen_code
    finally:
        _CURRENT.reset(token)


# Other names a runner may type for a language; each language's own name (``NAMES``) is
# always one, with or without its accents.
_OTHER_NAMES = {"english": "en", "ingles": "en", "spanish": "es", "castellano": "es"}


def _plain(word: str) -> str:
    decomposed = unicodedata.normalize("NFKD", word.strip().lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


_ALIASES = {**_OTHER_NAMES, **{_plain(name): code for code, name in NAMES.items()}}


def normalise(code: str | None) -> str | None:
    """A supported code for ``es``, ``es-419``, ``es_MX``, ``Español`` or ``spanish``; else None."""
    if not code:
        return None
    word = _plain(code)
    word = _ALIASES.get(word, word)
    base = re.split(r"[-_]", word, maxsplit=1)[0]
    return base if base in SUPPORTED else None
