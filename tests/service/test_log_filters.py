"""The payload filter on its own: a library line keeps its fixed words, never its values, its
exception's message or a fontTools glyph list; the coach's own lines pass as they are."""

from __future__ import annotations

import io
import logging
import sys

from bot.logs import EventFormatter, payload_free

MARKER = "Quetzalmarker"


def formatted(record: logging.LogRecord) -> str | None:
    stream = io.StringIO()
    handler = payload_free(logging.StreamHandler(stream))
    handler.setFormatter(EventFormatter("%(levelname)s %(name)s %(message)s"))
    handler.handle(record)
    return stream.getvalue() or None


def record(name: str, msg: str, *args: object, level: int = logging.DEBUG) -> logging.LogRecord:
    return logging.LogRecord(name, level, "x.py", 1, msg, args or None, None)


def test_a_library_lines_values_are_masked() -> None:
    line = formatted(record("telegram.ext.Application", "Processing update %s", MARKER))
    assert line == "DEBUG telegram.ext.Application Processing update […]\n"
    named = formatted(
        record("discord.http", "%(method)s %(url)s", {"method": "POST", "url": MARKER})
    )
    assert named is not None and MARKER not in named


def test_a_library_exception_keeps_its_type_and_frames_not_its_message() -> None:
    try:
        raise ValueError(f"bad body {MARKER}")
    except ValueError:
        failed = record("tornado.application", "Uncaught exception", level=logging.ERROR)
        failed.exc_info = sys.exc_info()
    line = formatted(failed)
    assert line is not None
    assert "ValueError" in line and "test_log_filters.py" in line and MARKER not in line


def test_warnings_keep_their_kind_and_place_only() -> None:
    warning = record("py.warnings", "%s", f"/x/fpdf/fonts.py:12: UserWarning: glyphs {MARKER}\n")
    assert formatted(warning) == "DEBUG py.warnings UserWarning at /x/fpdf/fonts.py:12: […]\n"


def test_font_subsetting_lines_are_dropped() -> None:
    assert formatted(record("fontTools.subset", f"Glyph names: ['{MARKER}']", level=20)) is None
    kept = formatted(record("fontTools.ttLib", "cannot read %s", "x", level=logging.WARNING))
    assert kept == "WARNING fontTools.ttLib cannot read […]\n"


def test_the_coachs_own_lines_pass_as_they_are() -> None:
    line = formatted(record("bot.service.coach", "user %s created", 7, level=logging.INFO))
    assert line == "INFO bot.service.coach user 7 created\n"
