"""Logs an operator can read: JSON on request, an unreachable API in one line, libraries quiet."""

from __future__ import annotations

import io
import json
import logging
from collections.abc import Iterator

import pytest
from telegram.error import NetworkError

from bot.logs import setup_logging


@pytest.fixture
def output() -> Iterator[io.StringIO]:
    root = logging.getLogger()
    saved = root.handlers[:], root.level
    buffer = io.StringIO()
    yield buffer
    root.handlers[:], _ = saved
    root.setLevel(saved[1])


def install(buffer: io.StringIO, fmt: str) -> None:
    setup_logging("INFO", fmt=fmt)
    logging.getLogger().handlers[0].stream = buffer  # type: ignore[attr-defined]


def polling_failed() -> None:
    try:
        try:
            raise ConnectionRefusedError(111, "Connection refused")
        except OSError as cause:
            raise NetworkError("httpx.ConnectError: All connection attempts failed") from cause
    except NetworkError:
        logging.getLogger("telegram.ext.Updater").exception("Exception while polling.")


def test_an_unreachable_bot_api_is_one_line(output: io.StringIO) -> None:
    install(output, "text")
    polling_failed()
    lines = output.getvalue().splitlines()
    assert len(lines) == 1
    assert lines[0].endswith(
        "Exception while polling. (NetworkError: httpx.ConnectError: All connection attempts "
        "failed)"
    )


def test_json_lines_carry_the_event_and_the_one_line_error(output: io.StringIO) -> None:
    install(output, "json")
    logging.getLogger("bot.test").info("worker started", extra={"event": "worker_started"})
    polling_failed()
    first, second = (json.loads(line) for line in output.getvalue().splitlines())
    assert first["message"] == "worker started" and first["event"] == "worker_started"
    assert first["level"] == "INFO" and first["logger"] == "bot.test"
    assert "NetworkError" in second["message"] and "traceback" not in second


def test_other_errors_keep_their_frames_in_json(output: io.StringIO) -> None:
    install(output, "json")
    try:
        raise KeyError("x")
    except KeyError:
        logging.getLogger("bot.test").exception("failed")
    [line] = (json.loads(line) for line in output.getvalue().splitlines())
    assert line["error"] == "KeyError" and "Traceback" in line["traceback"]


def test_library_chatter_is_held_at_warning(output: io.StringIO) -> None:
    install(output, "text")
    for name in ("fontTools.subset", "discord.gateway", "telegram.ext.Application"):
        logging.getLogger(name).info("chatter")
    assert output.getvalue() == ""
