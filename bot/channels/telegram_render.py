"""Telegram rendering and delivery: HTML-escaped text in chunks under the message limit, inline
keyboards from a reply's buttons, and :class:`TelegramNotifier`, which sends replies (answers and
reminders alike) and edits the message whose button was pressed.

Telegram counts a message's length in UTF-16 code units after parsing the HTML. We measure the
escaped HTML instead (never shorter), so every chunk fits whatever the text contains.
"""

from __future__ import annotations

import html
import logging
from typing import Any

from telegram import (
    Bot,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    InputFile,
    KeyboardButton,
    LinkPreviewOptions,
    Message,
    ReplyKeyboardMarkup,
)
from telegram.constants import ParseMode
from telegram.error import BadRequest, Forbidden, TelegramError

from bot import texts
from bot.service.coach import CoachService
from bot.service.replies import Delivery, Reply
from bot.texts import language

CHANNEL = "telegram"
MESSAGE_LIMIT = 4096
CAPTION_LIMIT = 1024
_TITLE_MAX = 100  # the first line is shown bold only when it reads as a title
_TITLE_TAGS = len("<b></b>")
_NO_PREVIEW = LinkPreviewOptions(is_disabled=True)

log = logging.getLogger(__name__)


def utf16_len(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def escape(text: str) -> str:
    """Text that Telegram's HTML parser shows exactly as written."""
    return html.escape(text, quote=False)


def _html_len(text: str) -> int:
    return utf16_len(escape(text))


def _longest_fitting_prefix(text: str, budget: int) -> int:
    used = 0
    for i, char in enumerate(text):
        used += _html_len(char)
        if used > budget:
            return i
    return len(text)


def _cut_line(line: str, budget: int) -> list[str]:
    """A line too long for one message, cut at spaces where possible."""
    pieces: list[str] = []
    rest = line
    while _html_len(rest) > budget:
        end = max(_longest_fitting_prefix(rest, budget), 1)
        space = rest.rfind(" ", 0, end + 1)
        cut = space if space > end // 2 else end
        pieces.append(rest[:cut])
        rest = rest[cut:].lstrip(" ")
    pieces.append(rest)
    return pieces


def split_text(text: str, limit: int = MESSAGE_LIMIT) -> list[str]:
    """Plain-text chunks of ``text``, cut at line ends, each fitting ``limit`` once rendered."""
    budget = limit - _TITLE_TAGS
    chunks: list[str] = []
    lines: list[str] = []
    used = 0
    for line in text.split("\n"):
        for piece in _cut_line(line, budget):
            cost = _html_len(piece) + (1 if lines else 0)
            if lines and used + cost > budget:
                chunks.append("\n".join(lines))
                lines, cost = [], _html_len(piece)
                used = 0
            lines.append(piece)
            used += cost
    chunks.append("\n".join(lines))
    # Telegram trims messages and rejects empty ones.
    return [chunk.strip() for chunk in chunks if chunk.strip()]


def _with_title(chunk: str) -> str:
    first, newline, rest = chunk.partition("\n")
    if newline and 0 < len(first) <= _TITLE_MAX:
        return f"<b>{escape(first)}</b>\n{escape(rest)}"
    return escape(chunk)


def render_text(text: str, limit: int = MESSAGE_LIMIT) -> list[str]:
    """HTML chunks for ``text``: escaped, the first line bold when it is a short title."""
    chunks = split_text(text, limit)
    return [_with_title(chunk) if i == 0 else escape(chunk) for i, chunk in enumerate(chunks)]


def caption(text: str) -> str | None:
    """``text`` as one document caption, or None when it does not fit in one."""
    chunks = render_text(text, CAPTION_LIMIT)
    return chunks[0] if len(chunks) == 1 else None


def location_keyboard() -> ReplyKeyboardMarkup:
    """A one-tap "share my location" under the input field, gone once used; typing a zone or
    a city still works."""
    share = KeyboardButton(texts.channels.TELEGRAM_SHARE_LOCATION, request_location=True)
    return ReplyKeyboardMarkup([[share]], resize_keyboard=True, one_time_keyboard=True)


def keyboard(reply: Reply) -> InlineKeyboardMarkup | None:
    rows = [
        [InlineKeyboardButton(button.label, callback_data=button.action) for button in row]
        for row in reply.buttons
        if row
    ]
    return InlineKeyboardMarkup(rows) if rows else None


class TelegramNotifier:
    """Sends replies to a Telegram chat: the coach's answers and its reminders alike."""

    channel = CHANNEL

    def __init__(self, bot: Bot, service: CoachService, *, paid_broadcast: bool = False) -> None:
        self.bot = bot
        self.service = service
        # Reminders only (``send``): a runner's answers (``deliver``) never pay for broadcast.
        self.paid_broadcast = paid_broadcast

    async def send(self, external_id: str, replies: list[Reply]) -> Delivery:
        """A reminder, the coach speaking first: marked as a paid broadcast when so set."""
        try:
            chat_id = int(external_id)
        except ValueError:
            log.warning("not a Telegram id", extra={"event": "send_bad_id", "channel": CHANNEL})
            return Delivery.FAILED
        try:
            await self.deliver(chat_id, replies, broadcast=self.paid_broadcast)
        except Forbidden:
            return Delivery.BLOCKED  # the ticker marks the user inactive: one place for it
        except TelegramError as exc:
            log.warning(
                "send failed: %s",
                type(exc).__name__,
                extra={"event": "send_failed", "channel": CHANNEL},
            )
            return Delivery.FAILED
        return Delivery.SENT

    async def deliver(
        self,
        chat_id: int,
        replies: list[Reply],
        origin: Message | None = None,
        *,
        broadcast: bool = False,
    ) -> None:
        """Send ``replies`` in order. ``origin``: the message whose button was pressed; a first
        reply marked ``replaces_origin`` edits it instead of arriving as a new message.
        ``broadcast``: sent with ``allow_paid_broadcast`` (reminders in paid-broadcast mode)."""
        extra: dict[str, Any] = {"allow_paid_broadcast": True} if broadcast else {}
        for i, reply in enumerate(replies):
            if i == 0 and origin and reply.replaces_origin and await self._edit(origin, reply):
                continue
            await self._send(chat_id, reply, extra)

    async def _send(self, chat_id: int, reply: Reply, extra: dict[str, Any]) -> None:
        markup = keyboard(reply)
        files = [a for a in (reply.image, reply.document) if a is not None]
        file_caption = caption(reply.text) if files and reply.text.strip() else None
        if file_caption is None:
            chunks = render_text(reply.text)
            for i, chunk in enumerate(chunks):
                last = i == len(chunks) - 1 and not files
                await self.bot.send_message(
                    chat_id,
                    chunk,
                    parse_mode=ParseMode.HTML,
                    reply_markup=markup if last else None,
                    link_preview_options=_NO_PREVIEW,
                    **extra,
                )
        for i, attachment in enumerate(files):
            options: dict[str, Any] = {
                "caption": file_caption if i == 0 else None,
                "parse_mode": ParseMode.HTML,
                "reply_markup": markup if i == len(files) - 1 else None,
                **extra,
            }
            upload = InputFile(attachment.content, filename=attachment.filename)
            if attachment is reply.image:
                await self.bot.send_photo(chat_id, upload, **options)
            else:
                await self.bot.send_document(chat_id, upload, **options)
        if reply.asks_location:  # one message has one keyboard: the offer comes after
            with language.use(reply.language or language.current()):  # as the reply is worded
                offer, share = texts.channels.TELEGRAM_LOCATION_OFFER, location_keyboard()
            await self.bot.send_message(chat_id, offer, reply_markup=share)

    async def _edit(self, origin: Message, reply: Reply) -> bool:
        """Edit ``origin`` into ``reply``; False when it has to be sent as a new message."""
        plain = split_text(reply.text)
        if len(plain) != 1 or reply.document or reply.image or origin.text is None:
            return False
        markup = keyboard(reply)
        if origin.text == plain[0] and origin.reply_markup == markup:
            return True  # nothing would change, and Telegram rejects such an edit
        try:
            await self.bot.edit_message_text(
                render_text(reply.text)[0],
                chat_id=origin.chat_id,
                message_id=origin.message_id,
                parse_mode=ParseMode.HTML,
                reply_markup=markup,
                link_preview_options=_NO_PREVIEW,
            )
        except BadRequest as exc:
            reason = exc.message.lower()
            if "not modified" in reason:
                return True
            if "can't be edited" in reason or "not found" in reason:
                return False
            raise
        return True
