"""Logging: events and user ids only, never message text, tokens or health data.

The project's own loggers (``bot.*``) write no payload by design. A library's log line can
carry one at any level (PTB's whole updates at DEBUG, discord.py's gateway events, request
bodies and interaction tokens, httpx's request URLs with the bot token, the database drivers'
parameters, the PDF library's font warnings and fontTools' subsetting lines), so
:class:`DropPayloads` keeps only a library line's fixed words: the values put into it (its
``%`` arguments) become ``[…]``, an exception keeps its type and frames but not its message,
and fontTools' and access-log lines below WARNING are dropped. A filter masks anything
token-shaped that still gets through. Both sit on the handler :func:`payload_free` makes, so
any formatter (plain or JSON) writes only what they let through.
"""

from __future__ import annotations

import logging
import re
import sys
import traceback
from typing import TextIO

from bot.log_format import JsonFormatter, OneLineNetworkErrors

_TOKEN_RE = re.compile(r"\d{5,20}:[A-Za-z0-9_-]{30,}")
# A %-style placeholder of a log template: %s, %r, %d, %(name)s, %-8.3f, ...
_PLACEHOLDER_RE = re.compile(r"%(\([^)]*\))?[-#0 +]*(\*|\d+)?(\.(\*|\d+))?[diouxXeEfFgGcrsa]")
OWN_LOGGERS = ("bot", "__main__")
MASK = "[…]"
# Lines written whole by the library, no template to keep: fontTools' subsetting lines list the
# glyphs of the runner's words; an HTTP server's access lines carry URLs (tokens, ids).
_DROPPED_BELOW_WARNING = ("fontTools", "aiohttp.access")
# A captured warning: "path:line: Category: message...": the place and the category are kept.
_WARNING_RE = re.compile(r"^(?P<where>.*?:\d+): (?P<kind>\w+): ")


def _ours(name: str) -> bool:
    return any(name == own or name.startswith(own + ".") for own in OWN_LOGGERS)


def _under(name: str, parents: tuple[str, ...]) -> bool:
    return any(name == p or name.startswith(p + ".") for p in parents)


def _frames_only(exc_info: tuple[type[BaseException], BaseException, object]) -> str:
    kind, error, _tb = exc_info
    frames = "".join(traceback.format_tb(error.__traceback__)).rstrip()
    return f"Traceback (most recent call last):\n{frames}\n{kind.__name__}"


class DropPayloads(logging.Filter):
    """A library's line keeps its fixed words; the values in it are masked (see the module)."""

    def filter(self, record: logging.LogRecord) -> bool:
        if _ours(record.name):
            return True
        if _under(record.name, _DROPPED_BELOW_WARNING) and record.levelno < logging.WARNING:
            return False
        if record.name == "py.warnings" and record.args:
            found = _WARNING_RE.match(str(record.args[0]))  # type: ignore[index]
            where = f"{found['kind']} at {found['where']}" if found else "a warning"
            record.msg, record.args = f"{where}: {MASK}", None
        if record.args:
            record.msg = _PLACEHOLDER_RE.sub(MASK, str(record.msg)).replace("%%", "%")
            record.args = None
        if record.exc_info and record.exc_info[1] is not None:
            record.exc_text = _frames_only(record.exc_info)  # type: ignore[arg-type]
            record.exc_info = None
        return True


class RedactTokens(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        if _TOKEN_RE.search(message):
            record.msg = _TOKEN_RE.sub("[token]", message)
            record.args = None
        return True


class EventFormatter(logging.Formatter):
    """``time level logger message event=... user_id=...``: the extras we allow, nothing else."""

    FIELDS = ("event", "user_id", "channel")

    def format(self, record: logging.LogRecord) -> str:
        base = super().format(record)
        extras = [f"{k}={getattr(record, k)}" for k in self.FIELDS if hasattr(record, k)]
        return " ".join([base, *extras])


def payload_free(handler: logging.Handler) -> logging.Handler:
    """``handler`` with the payload and token filters on it (first, before any formatter)."""
    handler.addFilter(DropPayloads())
    handler.addFilter(RedactTokens())
    return handler


def setup_logging(
    level: str = "INFO", *, quiet: bool = False, fmt: str = "text", stream: TextIO | None = None
) -> None:
    """``quiet``: console sessions log warnings only, so the chat stays readable.
    ``fmt``: ``text`` (one line, ``event=...`` at the end) or ``json`` (one object a line).
    ``stream``: where lines go (standard error by default)."""
    handler = logging.StreamHandler(stream or sys.stderr)
    if fmt == "json":
        handler.setFormatter(JsonFormatter(EventFormatter.FIELDS))
    else:
        handler.setFormatter(EventFormatter("%(asctime)s %(levelname)s %(name)s %(message)s"))
    handler.addFilter(OneLineNetworkErrors())  # before the filters below see the message
    payload_free(handler)
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel("WARNING" if quiet else level.upper())
    logging.captureWarnings(True)  # a library's warnings go through the same filters
    for noisy in (
        "httpx",
        "httpcore",
        "telegram.ext.ExtBot",
        "apscheduler",
        "aiosqlite",
        "alembic",
        # Library chatter held at WARNING: PTB's start/stop lines, the PDF's font subsetting
        # (a hundred lines per /report), discord.py's gateway, the web servers' access lines.
        "telegram",
        "fontTools",
        "matplotlib",
        "PIL",
        "fpdf",
        "discord",
        "aiohttp",
        "tornado",
        "asyncio",
    ):
        logging.getLogger(noisy).setLevel(logging.WARNING)
