"""Logging: events and user ids only, never message text, tokens or health data.

Third-party loggers that print request URLs (which carry the bot token) are kept at WARNING,
and a filter masks anything token-shaped that still gets through.
"""

from __future__ import annotations

import logging
import re

from bot.log_format import JsonFormatter, OneLineNetworkErrors

_TOKEN_RE = re.compile(r"\d{5,20}:[A-Za-z0-9_-]{30,}")


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


def setup_logging(level: str = "INFO", *, quiet: bool = False, fmt: str = "text") -> None:
    """``quiet``: console sessions log warnings only, so the chat stays readable.
    ``fmt``: ``text`` (one line, ``event=...`` at the end) or ``json`` (one object a line)."""
    handler = logging.StreamHandler()
    if fmt == "json":
        handler.setFormatter(JsonFormatter(EventFormatter.FIELDS))
    else:
        handler.setFormatter(EventFormatter("%(asctime)s %(levelname)s %(name)s %(message)s"))
    handler.addFilter(OneLineNetworkErrors())  # before the filters below see the message
    handler.addFilter(RedactTokens())
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel("WARNING" if quiet else level.upper())
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
