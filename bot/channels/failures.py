"""One error path for every channel: the same private log line and the same words to the user.

A channel that could not answer calls :func:`log_failure` (ids, the exception's type and its
frames; never the user's text, a token or health data) and sends :func:`failure_reply`.
"""

from __future__ import annotations

import logging
import traceback

from bot import texts
from bot.service.replies import Reply

EVENT = "update_failed"


def log_failure(
    log: logging.Logger,
    channel: str,
    *,
    event_id: object,
    user_id: object,
    error: BaseException | None,
) -> None:
    """Log one failed update or interaction at WARNING with ``event=update_failed``."""
    frames = "".join(traceback.format_tb(error.__traceback__)) if error else ""
    log.warning(
        "%s update %s from user %s failed: %s\n%s",
        channel,
        event_id,
        user_id,
        type(error).__name__ if error else None,
        frames.rstrip(),
        extra={"event": EVENT, "channel": channel},
    )


def failure_reply() -> Reply:
    """What the user is told, on every channel, when their message could not be answered."""
    return Reply(texts.account.SOMETHING_WENT_WRONG)
