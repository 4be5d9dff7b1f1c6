"""Logs carry event names and user ids, never message text, tokens or health data."""

from __future__ import annotations

import io
import logging
from collections.abc import Iterator

import pytest

from bot.logs import EventFormatter, RedactTokens, setup_logging
from tests.conftest import Talker
from tests.service.test_journey import onboard

TOKEN = "123456789:AAHsecretsecretsecretsecretsecret12"


@pytest.fixture
def log_output() -> Iterator[io.StringIO]:
    """The coach's own logging set-up, at its most talkative level, written to a buffer."""
    root = logging.getLogger()
    saved = root.handlers[:], root.level
    setup_logging("DEBUG")
    buffer = io.StringIO()
    root.handlers[0].stream = buffer  # type: ignore[attr-defined]
    yield buffer
    root.handlers[:], _ = saved
    root.setLevel(saved[1])


async def test_a_journey_logs_no_text_and_no_health_data(
    talker: Talker, log_output: io.StringIO
) -> None:
    await onboard(talker)
    await talker.say("/symptom my knee is swollen since Tuesday")
    await talker.say("/run 42 pain 7 stopped")
    await talker.say("/morning 9")
    await talker.say("zebra-crossing free text")
    await talker.say("/myprivatecommand")
    logged = log_output.getvalue()
    assert "cmd_run" in logged  # events are logged ...
    for secret in ("swollen", "Tuesday", "zebra", "pain 7", "stopped", "Berlin", "myprivate"):
        assert secret not in logged  # ... their content is not


def test_token_shaped_text_is_masked() -> None:
    record = logging.LogRecord(
        "httpx", logging.WARNING, "x", 1, "POST /bot%s/getMe", (TOKEN,), None
    )
    assert RedactTokens().filter(record)
    formatted = EventFormatter("%(message)s").format(record)
    assert TOKEN not in formatted
    assert "[token]" in formatted
