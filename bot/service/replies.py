"""Channel-neutral replies: what the service answers, for any channel to render its own way."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Protocol

# Telegram's limit for callback_data; every action string must fit in it on every channel.
ACTION_MAX_BYTES = 64


@dataclass(frozen=True, slots=True)
class UserKey:
    """Who is talking: the channel's name and that channel's id for the sender.
    ``language``: the language the sender's client says they read (Telegram's
    ``language_code``, Discord's locale), taken at their first message only."""

    channel: str
    external_id: str
    language: str | None = field(default=None, compare=False)


@dataclass(frozen=True, slots=True)
class Button:
    """A choice. ``action`` is text the service accepts as if the user had typed it."""

    label: str
    action: str

    def __post_init__(self) -> None:
        if len(self.action.encode()) > ACTION_MAX_BYTES:
            raise ValueError(f"action over {ACTION_MAX_BYTES} bytes: {self.action!r}")


@dataclass(frozen=True, slots=True)
class Attachment:
    filename: str
    content: bytes
    mime: str


@dataclass(frozen=True, slots=True)
class Reply:
    """One message. ``replaces_origin``: a channel that can edit the message whose button was
    pressed should edit it into this one (a plan whose "done" button turns into a tick).
    ``default``: the answer a question takes when none is given (the console's empty Enter);
    one of ``buttons``, or None when the question has no safe default. ``asks_location``: the
    question is answered by a place, so a channel that can share one (Telegram) offers it."""

    text: str
    buttons: tuple[tuple[Button, ...], ...] = ()
    document: Attachment | None = None
    image: Attachment | None = None
    replaces_origin: bool = False
    default: Button | None = None
    asks_location: bool = False  # a channel that can share a location offers it (time zone)
    language: str | None = None  # the language it is worded in (the service sets it)

    def all_buttons(self) -> tuple[Button, ...]:
        return tuple(b for row in self.buttons for b in row)


class Delivery(StrEnum):
    SENT = "sent"
    BLOCKED = "blocked"  # the user blocked the bot: mark them inactive, stop sending
    FAILED = "failed"  # anything else after retries; the caller may try again later


class Notifier(Protocol):
    """How the coach speaks first (reminders, weekly summaries): each channel implements it."""

    channel: str

    async def send(self, external_id: str, replies: list[Reply]) -> Delivery: ...
