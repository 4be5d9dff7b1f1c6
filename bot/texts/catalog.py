"""The coach's catalogue: gettext messages managed by Babel, looked up at use time for the
runner's language (``language.current()``).

English is the source: every text module marks its constants with ``N_()`` (``pybabel
extract`` finds them) and ends with ``install(__name__)``. From then on a constant read from
outside the module (``texts.safety.REFER``, ``texts.plan.PHASE_NAMES[phase]``) is translated
when it is read; inside a module the render functions write ``tr(REFER)`` or
``_("... {name} ...").format(name=...)``. A constant built from fixed numbers (thresholds) is a
``Fmt``: a ``str`` that is the English text, and that remembers its template and fields so the
translation is filled in with the same numbers.

``bot/locale/<code>/LC_MESSAGES/messages.po`` is the translation; its ``.mo`` is compiled at
install (``make``, the Dockerfile). When the ``.mo`` is missing or older than the ``.po`` (an
editable checkout after a translator's edit) the ``.po`` is compiled in memory at load, so a
stale catalogue is never served. An empty or fuzzy translation stays English.
"""

from __future__ import annotations

import ast
import gettext as _gettext
import inspect
import sys
import types
from functools import cache
from io import BytesIO
from pathlib import Path
from typing import Any, TypeVar

from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po

from bot.texts import language

LOCALE_DIR = Path(__file__).resolve().parent.parent / "locale"
DOMAIN = "messages"
T = TypeVar("T")


def N_(message: str) -> str:
    """Mark an English text for ``pybabel extract``; it is translated where it is used."""
    return message


class Fmt(str):
    """An English text filled in with fixed fields (thresholds), translated with the same."""

    template: str
    fields: dict[str, Any]

    def __new__(cls, template: str, /, **fields: Any) -> Fmt:
        self = super().__new__(cls, template.format(**fields))
        self.template = template
        self.fields = fields
        return self


def po_path(code: str) -> Path:
    """The ``.po`` of ``code``: ``bot/locale/pt`` or, failing that, a regional ``pt_BR``."""
    found = [LOCALE_DIR / code, *sorted(LOCALE_DIR.glob(f"{code}_*"))]
    directory = next((d for d in found if d.is_dir()), found[0])
    return directory / "LC_MESSAGES" / f"{DOMAIN}.po"


@cache
def translations(code: str) -> _gettext.NullTranslations:
    """The compiled catalogue of ``code``: the ``.mo`` when it is current, else the ``.po``."""
    if code == language.SOURCE:
        return _gettext.NullTranslations()
    po = po_path(code)
    mo = po.with_suffix(".mo")
    if mo.exists() and (not po.exists() or mo.stat().st_mtime >= po.stat().st_mtime):
        with mo.open("rb") as compiled:
            return _gettext.GNUTranslations(compiled)
    if not po.exists():
        return _gettext.NullTranslations()
    return _gettext.GNUTranslations(compile_po(po, code))


def compile_po(po: Path, code: str) -> BytesIO:
    """The ``.po`` compiled in memory (fuzzy and empty translations left out: English)."""
    with po.open("rb") as source:
        catalog = read_po(source, locale=code)
    buffer = BytesIO()
    write_mo(buffer, catalog)
    buffer.seek(0)
    return buffer


def gettext(message: str) -> str:
    """``message`` in the language of this turn."""
    code = language.current()
    if code == language.SOURCE:
        return message
    return translations(code).gettext(message)


_ = gettext


def ngettext(singular: str, plural: str, n: int) -> str:
    """The singular or plural of a text for ``n``, by the language's own plural rule."""
    return translations(language.current()).ngettext(singular, plural, n)


def tr(value: T) -> T:
    """A text, a table of texts (dict, tuple, list) or a ``Fmt`` in the language of this turn."""
    if language.current() == language.SOURCE:
        return value
    return _translate(value)  # type: ignore[no-any-return]


def _translate(value: Any) -> Any:
    if isinstance(value, Fmt):
        fields = {name: _translate(field) for name, field in value.fields.items()}
        return gettext(value.template).format(**fields)
    if isinstance(value, str):
        return gettext(value) if value else value
    if isinstance(value, dict):
        return {key: _translate(item) for key, item in value.items()}
    if isinstance(value, tuple):
        return tuple(_translate(item) for item in value)
    if isinstance(value, list):
        return [_translate(item) for item in value]
    return value


class TextModule(types.ModuleType):
    """A ``bot.texts`` module whose constants are read in the language of the turn."""

    __texts__: frozenset[str]

    def __getattribute__(self, name: str) -> Any:
        value = super().__getattribute__(name)
        if name[:1].isupper() and name in super().__getattribute__("__texts__"):
            return tr(value)
        return value


def install(name: str) -> None:
    """Make the module ``name`` translate its own constants (those it assigns) when read."""
    module = sys.modules[name]
    tree = ast.parse(inspect.getsource(module))
    texts = {
        target.id
        for node in tree.body
        if isinstance(node, ast.Assign | ast.AnnAssign)
        for target in (node.targets if isinstance(node, ast.Assign) else [node.target])
        if isinstance(target, ast.Name) and target.id.isupper() and not target.id.startswith("_")
    }
    module.__texts__ = frozenset(texts)  # type: ignore[attr-defined]
    module.__class__ = TextModule


def compile_all() -> list[Path]:
    """Every ``.po`` compiled to its ``.mo`` beside it (at install: ``make``, the Dockerfile),
    the same way as at load. Not ``pybabel compile``: it takes the ``%`` after a field
    ("{pct}% of the stage") for a %-format and refuses the translation; the coach's texts use
    ``{fields}`` only, and tests/unit/test_catalog.py checks them in every language."""
    written = []
    for po in sorted(LOCALE_DIR.glob(f"*/LC_MESSAGES/{DOMAIN}.po")):
        mo = po.with_suffix(".mo")
        mo.write_bytes(compile_po(po, po.parent.parent.name).getvalue())
        written.append(mo)
    return written
