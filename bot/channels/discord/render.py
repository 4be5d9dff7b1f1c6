"""Discord rendering: markdown-escaped text in chunks under 2,000 characters, and buttons that
outlive the process.

A button's ``custom_id`` is ``itb:<position>:<action>``. The position makes every id in one
message unique whatever the keyboard holds (Discord rejects a message with two equal ids, and
two buttons may rightly do the same thing, like the plan's two ticks); the action is the text the
service accepts. :class:`CoachButton` is a ``DynamicItem`` registered at start, so a press is
understood by any process at any time, with no view kept in memory per message.
"""

from __future__ import annotations

import io
from typing import Any, Protocol

import discord

from bot.service.replies import Button, Reply


class Presses(Protocol):
    """The client a button press goes to (``CoachClient``)."""

    async def press(self, interaction: discord.Interaction[Any], action: str) -> None: ...


MESSAGE_LIMIT = 2000  # Discord's limit for a message's content
BUTTONS_PER_ROW = 5
MAX_ROWS = 5
LABEL_LIMIT = 80
CUSTOM_ID_LIMIT = 100
CUSTOM_ID_PREFIX = "itb"
EMPTY = "\u200b"  # a message's text when it only carries more buttons
CUSTOM_ID_TEMPLATE = rf"{CUSTOM_ID_PREFIX}:(?P<n>[0-9]{{1,2}}):(?P<action>.+)"


def split_text(text: str, limit: int = MESSAGE_LIMIT) -> list[str]:
    """Chunks of at most ``limit`` characters, cut at line ends where possible."""
    chunks: list[str] = []
    current = ""
    for line in text.splitlines(keepends=True):
        while len(line) > limit:
            if current:
                chunks.append(current)
                current = ""
            chunks.append(line[:limit])
            line = line[limit:]
        if len(current) + len(line) > limit:
            chunks.append(current)
            current = ""
        current += line
    if current or not chunks:
        chunks.append(current)
    return [c.rstrip("\n") or EMPTY for c in chunks]


def custom_id(position: int, action: str) -> str:
    # An action is at most 64 bytes (bot/service/replies.py), so this stays under 100.
    return f"{CUSTOM_ID_PREFIX}:{position}:{action}"


class CoachButton(discord.ui.DynamicItem[discord.ui.Button[Any]], template=CUSTOM_ID_TEMPLATE):
    """A reply's button. Pressing it is the presser typing the action: never anyone else."""

    def __init__(self, label: str, action: str, position: int, row: int | None = None) -> None:
        super().__init__(
            discord.ui.Button(
                label=label[:LABEL_LIMIT] or "·",
                custom_id=custom_id(position, action),
                row=row,
            )
        )
        self.action = action

    @classmethod
    async def from_custom_id(
        cls,
        interaction: discord.Interaction[discord.Client],
        item: discord.ui.Item[Any],
        match: Any,
    ) -> CoachButton:
        label = getattr(item, "label", None) or "·"
        return cls(label, match["action"], int(match["n"]))

    async def callback(self, interaction: discord.Interaction[discord.Client]) -> None:
        client: Presses = interaction.client  # type: ignore[assignment]
        await client.press(interaction, self.action)


def _pages(reply: Reply) -> list[list[tuple[Button, ...]]]:
    """The reply's rows when they fit one message (5 rows of at most 5); otherwise all its
    buttons five to a row, 25 to a message, in order: none is ever dropped."""
    rows = [row for row in reply.buttons if row]
    if len(rows) <= MAX_ROWS and all(len(row) <= BUTTONS_PER_ROW for row in rows):
        return [rows] if rows else []
    flat = reply.all_buttons()
    fives = [flat[i : i + BUTTONS_PER_ROW] for i in range(0, len(flat), BUTTONS_PER_ROW)]
    return [fives[i : i + MAX_ROWS] for i in range(0, len(fives), MAX_ROWS)]


def build_views(reply: Reply) -> list[discord.ui.View]:
    """One view per message's worth of buttons, positions counted across all of them."""
    views: list[discord.ui.View] = []
    position = 0
    for page in _pages(reply):
        view = discord.ui.View(timeout=None)
        for row_number, row in enumerate(page):
            for button in row:
                view.add_item(CoachButton(button.label, button.action, position, row_number))
                position += 1
        views.append(view)
    return views


def build_view(reply: Reply) -> discord.ui.View | None:
    """The first (usually only) view of ``reply``."""
    views = build_views(reply)
    return views[0] if views else None


def files(reply: Reply) -> list[discord.File]:
    """Fresh file objects for one send (a ``discord.File`` can be read once)."""
    return [
        discord.File(io.BytesIO(a.content), filename=a.filename)
        for a in (reply.image, reply.document)
        if a is not None
    ]


def render(reply: Reply) -> list[dict[str, Any]]:
    """Keyword arguments for ``send``, one dict per message: the text in chunks, files and the
    first 5 x 5 buttons on the last chunk, any further buttons in messages of their own."""
    chunks = split_text(discord.utils.escape_markdown(reply.text))
    messages: list[dict[str, Any]] = [{"content": chunk} for chunk in chunks]
    attached = files(reply)
    if attached:
        messages[-1]["files"] = attached
    views = build_views(reply)
    if views:
        messages[-1]["view"] = views[0]
    messages += [{"content": EMPTY, "view": view} for view in views[1:]]
    return messages


def editable(reply: Reply) -> bool:
    """Whether ``reply`` can replace the pressed message in place: one chunk, no files."""
    return reply.replaces_origin and len(render(reply)) == 1 and not files(reply)
