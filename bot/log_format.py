"""How log lines are written: JSON on request (``LOG_FORMAT=json``), and a network failure
(an unreachable Bot API or Discord) in one line instead of a page of traceback.

The payload filters — what may be logged at all — are :mod:`bot.logs`'; these only shape it.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable
from datetime import UTC, datetime

# Exceptions that mean "the other side cannot be reached", by their qualified class names so
# this module imports none of the libraries: their tracebacks say nothing an operator needs.
NETWORK_ERRORS = frozenset(
    {
        "telegram.error.NetworkError",
        "telegram.error.TimedOut",
        "aiohttp.client_exceptions.ClientError",
        "httpx.TransportError",
        "builtins.ConnectionError",
        "builtins.TimeoutError",
    }
)


def _qualified(cls: type) -> str:
    return f"{cls.__module__}.{cls.__qualname__}"


def is_network_error(error: BaseException) -> bool:
    return any(_qualified(cls) in NETWORK_ERRORS for cls in type(error).__mro__)


class OneLineNetworkErrors(logging.Filter):
    """A record carrying a network failure loses its traceback and names the failure instead:
    ``Exception happened while polling for updates. (NetworkError: All connection attempts
    failed)``."""

    def filter(self, record: logging.LogRecord) -> bool:
        error = record.exc_info[1] if record.exc_info else None
        if error is not None and is_network_error(error):
            record.msg = f"{record.getMessage()} ({type(error).__name__}: {error})"
            record.args = None
            record.exc_info = None
            record.exc_text = None
        return True


class JsonFormatter(logging.Formatter):
    """One JSON object a line: time, level, logger, message, the allowed extras, and the
    exception's type and frames when there is one."""

    def __init__(self, fields: Iterable[str]) -> None:
        super().__init__()
        self.fields = tuple(fields)

    def format(self, record: logging.LogRecord) -> str:
        line: dict[str, object] = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
        }
        line |= {k: getattr(record, k) for k in self.fields if hasattr(record, k)}
        if record.exc_info and record.exc_info[1] is not None:
            line["error"] = type(record.exc_info[1]).__name__
            line["traceback"] = self.formatException(record.exc_info)
        return json.dumps(line, default=str)
