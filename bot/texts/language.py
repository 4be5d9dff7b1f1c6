"""Where the coach's language is chosen: one setting, read once, and one lookup.

English is the source catalogue: the modules of ``bot.texts`` themselves. Another language is
a package ``bot/texts/<code>/`` (``de``, ``pt_BR``) holding modules of the same names. Each may
redefine any public name of its English module: a template with the same ``{fields}``, a table
of labels, or a render function with the same signature (where word order or plurals differ).
A name it leaves out stays English, so a catalogue can grow a module at a time. Adding a
language is adding that package and setting ``ITB_COACH_LANGUAGE=<code>``: no code changes.

Every module of ``bot.texts`` ends with ``localise(__name__, globals())``, so a module that
imports a name from another (``from bot.texts.common import DECISIONS``) gets it translated.
"""

from __future__ import annotations

import importlib
import os
import re
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from string import Formatter
from typing import Any

ENV = "ITB_COACH_LANGUAGE"
SOURCE = "en"
ROOT = "bot.texts"
_CODE = re.compile(r"^[a-z]{2,3}(_[A-Z]{2})?$")


class CatalogueError(ValueError):
    """A language that has no catalogue, or a catalogue that does not fit the English."""


def chosen() -> str:
    """The language code the process speaks: ``ITB_COACH_LANGUAGE``, English by default."""
    code = os.environ.get(ENV, "").strip() or SOURCE
    if not _CODE.match(code):
        raise CatalogueError(f"{ENV}={code!r} is not a language code like de or pt_BR")
    return code


def localise(
    module: str, names: dict[str, Any], language: str | None = None, root: str = ROOT
) -> None:
    """Replace the English public names of ``module`` in ``names`` with ``language``'s."""
    language = language or chosen()
    if language == SOURCE:
        return
    try:
        importlib.import_module(f"{root}.{language}")
    except ModuleNotFoundError as exc:
        raise CatalogueError(f"no catalogue for {language!r}: add {root}.{language}") from exc
    short = module.rsplit(".", 1)[-1]
    try:
        catalogue = importlib.import_module(f"{root}.{language}.{short}")
    except ModuleNotFoundError:
        return  # the whole module stays English
    for name, value in vars(catalogue).items():
        if name.startswith("_") or not (name.isupper() or callable(value)):
            continue
        if callable(value) and getattr(value, "__module__", None) != catalogue.__name__:
            continue  # imported into the catalogue, not defined by it
        _check(module, name, names.get(name), value)
        names[name] = value


def _check(module: str, name: str, english: object, translated: object) -> None:
    where = f"{module}.{name}"
    if english is None:
        raise CatalogueError(f"{where} is not an English text: check the name")
    if type(english) is not type(translated) and not (callable(english) and callable(translated)):
        raise CatalogueError(f"{where} must be a {type(english).__name__}, like the English")
    if fields(english) != fields(translated):
        raise CatalogueError(f"{where} must use the fields {sorted(fields(english))}")


def fields(value: object) -> set[str]:
    """The ``{fields}`` a template, or every template in a table, fills in."""
    if isinstance(value, str):
        return {field for _, field, _, _ in Formatter().parse(value) if field is not None}
    if isinstance(value, dict):
        return set().union(*(fields(v) for v in value.values()))
    if isinstance(value, tuple):
        return set().union(*(fields(v) for v in value))
    return set()


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


_ALIASES = {
    "english": "en",
    "ingles": "en",
    "inglés": "en",
    "spanish": "es",
    "espanol": "es",
    "español": "es",
    "castellano": "es",
}


def normalise(code: str | None) -> str | None:
    """A supported code for ``es``, ``es-419``, ``es_MX``, ``Español`` or ``spanish``; else None."""
    if not code:
        return None
    word = code.strip().lower()
    word = _ALIASES.get(word, word)
    base = re.split(r"[-_]", word, maxsplit=1)[0]
    return base if base in SUPPORTED else None
