"""Every message heard in full, or the runner told why not.

The red-flag check reads a message up to :data:`MAX_HEARD_CHARS`; a longer one is refused
before anything reads or stores it. A message longer than :data:`MAX_READ_CHARS` (Telegram's
own limit, and plenty for any report) is checked for red flags in full and then answered with
:class:`TooLong`: its other contents are not read, and the runner is told so. Nothing is cut.
"""

from __future__ import annotations

from dataclasses import dataclass

from bot.service.context import Context
from bot.service.replies import Reply
from bot.texts import privacy

MAX_READ_CHARS = 4096  # read as a report, command or answer
MAX_HEARD_CHARS = 16_384  # read by the red-flag check (about 0.1 s at this size: bench 7)


@dataclass(frozen=True, slots=True)
class TooLong:
    """A message longer than the coach reads for anything but red flags."""

    length: int


def unheard(text: str) -> Reply | None:
    """The refusal of a message too long to be heard at all, or None."""
    if len(text) <= MAX_HEARD_CHARS:
        return None
    return Reply(privacy.TOO_LONG_UNREAD.format(length=len(text), limit=MAX_HEARD_CHARS))


def too_long(text: str) -> TooLong | None:
    return TooLong(len(text)) if len(text) > MAX_READ_CHARS else None


async def on_too_long(_ctx: Context, message: TooLong) -> list[Reply]:
    return [
        Reply(privacy.TOO_LONG_READ_FOR_FLAGS.format(length=message.length, limit=MAX_READ_CHARS))
    ]
