"""The gettext catalogues: every message translated with the same placeholders, the committed
template current, and a text read inside ``language.use("es")`` in Spanish at use time."""

from __future__ import annotations

import ast
import os
import re
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from string import Formatter

import pytest
from babel.messages.catalog import Catalog, Message
from babel.messages.frontend import CommandLineInterface
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po, write_po

from bot import texts
from bot.coach.protocol import Dose
from bot.coach.records import Phase
from bot.protocol_files import load_protocols
from bot.texts import catalog, common, language

ROOT = Path(__file__).resolve().parents[2]
POT = ROOT / "bot" / "locale" / "messages.pot"
TEXTS_DIR = ROOT / "bot" / "texts"
TRANSLATED = [code for code in language.SUPPORTED if code != language.SOURCE]
PERCENT = re.compile(r"%(?:\([A-Za-z_]\w*\))?\d*(?:\.\d+)?[sdifr]")


def _read(path: Path, code: str | None = None) -> Catalog:
    with path.open("rb") as source:
        return read_po(source, locale=code)


def _ids(message: Message) -> tuple[str, ...]:
    return message.id if isinstance(message.id, tuple) else (message.id,)


def _strings(message: Message) -> tuple[str, ...]:
    return message.string if isinstance(message.string, tuple) else (message.string,)


def _fields(text: str) -> set[str]:
    """The ``{field}`` names a template fills in (a malformed brace raises ValueError)."""
    found = {f for _, f, _, _ in Formatter().parse(text) if f is not None}
    return {re.split(r"[.\[]", f, maxsplit=1)[0] for f in found}


def _template_ids() -> set[str]:
    return {_ids(m)[0] for m in _read(POT) if m.id}


# --- the catalogues ---------------------------------------------------------------------------


@pytest.mark.parametrize("code", TRANSLATED)
def test_every_message_has_a_translation(code: str) -> None:
    po = _read(catalog.po_path(code), code)
    missing = []
    for msgid in sorted(_template_ids()):
        message = po.get(msgid)
        if message is None or message.fuzzy or not all(_strings(message)):
            missing.append(msgid)
    assert not missing, f"{len(missing)} untranslated in {code}, e.g. {missing[:5]}"


@pytest.mark.parametrize("code", TRANSLATED)
def test_a_translation_keeps_the_placeholders_of_its_english(code: str) -> None:
    wrong = []
    for message in _read(catalog.po_path(code), code):
        if not message.id or not any(_strings(message)):
            continue
        english = _ids(message)[-1]  # the plural for plural forms: it has every field
        for translated in filter(None, _strings(message)):
            try:
                same = _fields(translated) == _fields(english)
            except ValueError:  # a stray brace: .format would fail at use
                same = False
            if not same or sorted(PERCENT.findall(translated)) != sorted(PERCENT.findall(english)):
                wrong.append(f"{english!r} -> {translated!r}")
    assert not wrong, "\n".join(wrong)


def test_the_committed_template_is_current(tmp_path: Path) -> None:
    """``make catalogs`` was run after the last text change: a fresh extraction has the same
    messages as bot/locale/messages.pot (and so as every language's .po)."""
    fresh = tmp_path / "messages.pot"
    cli = CommandLineInterface()
    cli.run(
        [
            *("pybabel", "-q", "extract", "-F", str(ROOT / "babel.cfg"), "-k", "N_"),
            *("--no-location", "-o", str(fresh), str(ROOT)),
        ]
    )
    extracted = {_ids(m)[0] for m in _read(fresh) if m.id}
    committed = _template_ids()
    assert extracted - committed == set(), "new texts: run make catalogs"
    assert committed - extracted == set(), "texts gone: run make catalogs"
    for code in TRANSLATED:
        assert {_ids(m)[0] for m in _read(catalog.po_path(code)) if m.id} == committed, code


def test_the_protocol_files_texts_are_in_the_template() -> None:
    ids = _template_ids()
    for protocol in load_protocols():
        assert {protocol.name, protocol.summary, protocol.running.advice} <= ids
        for exercise in protocol.exercises:
            assert {exercise.name, *exercise.steps} <= ids
            assert exercise.safety is None or exercise.safety in ids
            assert exercise.source not in ids  # citations stay as published


# --- at use time ------------------------------------------------------------------------------


def _spanish(msgid: str) -> str:
    message = _read(catalog.po_path("es"), "es").get(msgid)
    assert message is not None and message.string, f"{msgid!r} needs a Spanish translation"
    return str(message.string)


def test_inside_use_es_a_constant_a_table_a_render_function_and_a_date_are_spanish() -> None:
    dose = Dose(reps=12)
    with language.use("es"):
        assert texts.common.YES == _spanish("Yes") != "Yes"
        assert texts.plan.PHASE_NAMES[Phase.CALM] == _spanish("calm (settle the pain)")
        assert common.dose_text(dose, 0) == _spanish("{reps} reps").format(reps=12)
        assert common.day_label(date(2026, 12, 9)) == "mié 09 dic 2026"
        assert texts.race.day_short(date(2026, 12, 9)) == "mié 9 dic"
    assert texts.common.YES == "Yes"  # the block ends: English again
    assert texts.plan.PHASE_NAMES[Phase.CALM] == "calm (settle the pain)"
    assert common.dose_text(dose, 0) == "12 reps"
    assert common.day_label(date(2026, 12, 9)) == "Wed 09 Dec 2026"


def test_a_text_filled_with_thresholds_is_translated_with_the_same_numbers() -> None:
    english = texts.progress.CHART_ZONES[0]
    assert isinstance(english, catalog.Fmt) and english == english.template.format(**english.fields)
    with language.use("es"):
        assert texts.progress.CHART_ZONES[0] == catalog.gettext(english.template).format(
            **english.fields
        )


def _shape(value: object) -> object:
    """A text's shape: a table's keys and length, the type of each entry; not its words."""
    if isinstance(value, dict):
        return {key: _shape(item) for key, item in value.items()}
    if isinstance(value, tuple | list):
        return [_shape(item) for item in value]
    return type(value).__mro__[-2].__name__  # str for a str and a Fmt alike


@pytest.mark.parametrize("code", TRANSLATED)
@pytest.mark.parametrize("module", texts.__all__)
def test_every_constant_reads_in_each_language_with_the_shape_of_its_english(
    module: str, code: str
) -> None:
    """Keys, lengths and types stay: ``PHASE_NAMES[phase]`` and ``RETURN_CHECK_ITEMS[2]`` work
    in every language (a translation's fields are checked above)."""
    text_module = getattr(texts, module)
    for name in sorted(getattr(text_module, "__texts__", ())):
        english = getattr(text_module, name)
        with language.use(code):
            translated = getattr(text_module, name)
        assert _shape(translated) == _shape(english), f"{module}.{name}"


def test_english_reads_the_source_texts_unchanged() -> None:
    with language.use("en"):
        assert texts.safety.REFER is vars(texts.safety)["REFER"]
        assert texts.plan.PHASE_NAMES is vars(texts.plan)["PHASE_NAMES"]


def _catalogue(tmp_path: Path, translation: str, *, fuzzy: bool = False) -> Path:
    po = tmp_path / "es" / "LC_MESSAGES" / "messages.po"
    po.parent.mkdir(parents=True)
    cat = Catalog(locale="es")
    cat.add("Yes", translation, flags=["fuzzy"] if fuzzy else [])
    with po.open("wb") as out:
        write_po(out, cat)
    return po


@pytest.fixture
def locale_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    monkeypatch.setattr(catalog, "LOCALE_DIR", tmp_path)
    catalog.translations.cache_clear()
    yield tmp_path
    catalog.translations.cache_clear()


def test_a_po_newer_than_its_mo_is_compiled_at_load(locale_dir: Path) -> None:
    po = _catalogue(locale_dir, "Sí")
    stale = Catalog(locale="es")
    stale.add("Yes", "Vale")
    with po.with_suffix(".mo").open("wb") as out:
        write_mo(out, stale)
    old = po.stat().st_mtime - 60
    os.utime(po.with_suffix(".mo"), (old, old))
    with language.use("es"):
        assert catalog.gettext("Yes") == "Sí"


def test_a_missing_mo_is_compiled_and_a_fuzzy_translation_stays_english(locale_dir: Path) -> None:
    _catalogue(locale_dir, "Sí", fuzzy=True)
    with language.use("es"):
        assert catalog.gettext("Yes") == "Yes"
        assert catalog.gettext("No such text") == "No such text"


# --- every text of a render function goes through the catalogue -----------------------------


def _texts_of(module: str) -> frozenset[str]:
    return frozenset(getattr(getattr(texts, module, None), "__texts__", ()))


def _text_names(tree: ast.Module, module: str) -> set[str]:
    """The module's own text constants and those it imports from other text modules."""
    names = set(_texts_of(module))
    for node in tree.body:
        if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("bot.texts."):
            source = _texts_of(str(node.module).rsplit(".", 1)[1])
            names |= {a.asname or a.name for a in node.names if a.name in source}
    return names


@pytest.mark.parametrize("path", sorted(TEXTS_DIR.glob("*.py")), ids=lambda p: p.name)
def test_render_functions_read_constants_through_the_catalogue(path: Path) -> None:
    """Inside a function, a text constant is read as ``tr(NAME)``: a bare name would stay
    English in every language."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = _text_names(tree, path.stem)
    bare = []
    for function in (n for n in tree.body if isinstance(n, ast.FunctionDef)):
        wrapped = {
            id(call.args[0])
            for call in ast.walk(function)
            if isinstance(call, ast.Call) and getattr(call.func, "id", None) == "tr" and call.args
        }
        bare += [
            f"{function.name}: {node.id}"
            for node in ast.walk(function)
            if isinstance(node, ast.Name) and node.id in names and id(node) not in wrapped
        ]
    assert not bare, bare
