"""One error path for every channel: the same private log line and the same words to the user.

A channel that could not answer calls :func:`log_failure` (ids, the exception's type and its
frames; never the user's text, a token or health data) and sends :func:`failure_reply`, in the
language :func:`speaking` finds for the user, as every line a channel words itself.
"""

from __future__ import annotations

import logging
import traceback
from typing import Protocol

from bot import texts
from bot.service.replies import Reply, UserKey
from bot.texts import language

EVENT = "update_failed"

log = logging.getLogger(__name__)


class KnowsLanguages(Protocol):
    async def language_of(self, who: UserKey) -> str | None: ...


async def speaking(service: KnowsLanguages, who: UserKey | None) -> str:
    """The language a channel's own line to ``who`` is worded in: their stored language when
    they are known, else their client's, else English. A failed look-up (the database being
    why the update failed, say) falls back to the client's language: the line is still sent."""
    if who is None:
        return language.SOURCE
    try:
        code = await service.language_of(who)
    except Exception as error:
        log.warning(
            "could not read a user's language: %s",
            type(error).__name__,
            extra={"event": "language_unread", "channel": who.channel},
        )
        code = who.language
    return language.normalise(code) or language.SOURCE


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


def failure_reply(code: str | None = None) -> Reply:
    """What the user is told, on every channel, when their message could not be answered:
    in ``code`` (from :func:`speaking`), else the language of the turn."""
    with language.use(code or language.current()) as speaks:
        return Reply(texts.account.SOMETHING_WENT_WRONG, language=speaks)
