"""The Discord channel (discord.py 2): direct messages, or mentions in a server channel.

Thin like every channel: a message or a button press becomes ``service.handle``; replies are
rendered as Discord messages (markdown escaped, split under 2,000 characters) with buttons
whose ``custom_id`` is the reply's action. The acting user is always the interaction's user.
"""

from __future__ import annotations

import asyncio
import contextlib
import io
import logging
import sys
from collections.abc import Sequence
from typing import Any

import aiohttp
import discord

from bot.bootstrap import Coach, build
from bot.reminders.runner import ticking
from bot.reminders.ticker import ReminderTicker
from bot.service import texts
from bot.service.replies import Delivery, Reply, UserKey
from bot.settings import Settings

log = logging.getLogger(__name__)

CHANNEL = "discord"
MESSAGE_LIMIT = 2000  # Discord's limit for a message's content
BUTTONS_PER_ROW = 5
MAX_BUTTONS = 25  # 5 rows of 5
LABEL_LIMIT = 80


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
    return [c.rstrip("\n") or "\u200b" for c in chunks]


def build_view(reply: Reply) -> discord.ui.View | None:
    """Buttons reflowed into Discord's 5 rows of 5, each carrying its action as custom_id."""
    buttons = reply.all_buttons()[:MAX_BUTTONS]
    if not buttons:
        return None
    view = discord.ui.View(timeout=None)
    for index, button in enumerate(buttons):
        view.add_item(
            discord.ui.Button(
                label=button.label[:LABEL_LIMIT],
                custom_id=button.action,
                row=index // BUTTONS_PER_ROW,
            )
        )
    return view


def render(reply: Reply) -> list[dict[str, Any]]:
    """The ``send`` keyword arguments for one reply (one dict per message)."""
    chunks = split_text(discord.utils.escape_markdown(reply.text))
    messages: list[dict[str, Any]] = [{"content": chunk} for chunk in chunks]
    view = build_view(reply)
    if view is not None:
        messages[-1]["view"] = view
    for attachment in (reply.document, reply.image):
        if attachment is not None:
            messages[-1]["file"] = discord.File(
                io.BytesIO(attachment.content), filename=attachment.filename
            )
    return messages


async def send_replies(target: discord.abc.Messageable, replies: Sequence[Reply]) -> None:
    for reply in replies:
        for message in render(reply):
            await target.send(**message)


class DiscordNotifier:
    """Speaks first (reminders) in the user's direct messages."""

    channel = CHANNEL

    def __init__(self, client: discord.Client, coach: Coach) -> None:
        self.client = client
        self.coach = coach

    async def send(self, external_id: str, replies: list[Reply]) -> Delivery:
        try:
            user = await self.client.fetch_user(int(external_id))
            await send_replies(await user.create_dm(), replies)
        except discord.Forbidden:
            await self.coach.service.mark_inactive(UserKey(CHANNEL, external_id))
            return Delivery.BLOCKED
        except discord.HTTPException as exc:
            log.warning("send failed", extra={"event": f"discord_{type(exc).__name__}"})
            return Delivery.FAILED
        return Delivery.SENT


class CoachClient(discord.Client):
    def __init__(self, coach: Coach) -> None:
        intents = discord.Intents.default()
        intents.message_content = True  # needed to read what users type in direct messages
        super().__init__(intents=intents)
        self.coach = coach
        self._background = contextlib.AsyncExitStack()

    async def setup_hook(self) -> None:
        """After login: reminders for Discord users start ticking (one loop, not a job each)."""
        ticker = ReminderTicker.for_coach(self.coach, DiscordNotifier(self, self.coach))
        await self._background.enter_async_context(
            ticking(ticker, self.coach.settings.reminder_tick_seconds)
        )

    async def close(self) -> None:
        await self._background.aclose()
        await super().close()

    async def on_message(self, message: discord.Message) -> None:
        if message.author.bot or self.user is None:
            return
        direct = isinstance(message.channel, discord.DMChannel)
        if not direct and not self.user.mentioned_in(message):
            return
        text = message.content.replace(self.user.mention, "").strip()
        await self.answer(message.author.id, text, message.channel)

    async def on_interaction(self, interaction: discord.Interaction) -> None:
        if interaction.type is not discord.InteractionType.component:
            return
        data: dict[str, object] = dict(interaction.data or {})
        action = str(data.get("custom_id", ""))
        await self.press(interaction, action)

    async def answer(self, author_id: int, text: str, target: discord.abc.Messageable) -> None:
        who = UserKey(CHANNEL, str(author_id))
        try:
            replies = await self.coach.service.handle(who, text)
        except Exception:
            log.exception("message failed", extra={"event": "discord_error"})
            replies = [Reply(texts.SOMETHING_WENT_WRONG)]
        await send_replies(target, replies)

    async def press(self, interaction: discord.Interaction, action: str) -> None:
        who = UserKey(CHANNEL, str(interaction.user.id))  # the presser, never the action
        try:
            replies = await self.coach.service.handle(who, action, pressed=True)
        except Exception:
            log.exception("button failed", extra={"event": "discord_error"})
            replies = [Reply(texts.SOMETHING_WENT_WRONG)]
        first, rest = replies[0], replies[1:]
        if first.replaces_origin:
            [message] = render(first)[-1:]
            await interaction.response.edit_message(
                content=message["content"], view=message.get("view")
            )
        else:
            await interaction.response.defer()
            rest = replies
        if rest and interaction.channel is not None:
            await send_replies(interaction.channel, rest)  # type: ignore[arg-type]


def run_discord(settings: Settings) -> int:
    if settings.discord_bot_token is None:
        print("itb-coach: DISCORD_BOT_TOKEN is not set.", file=sys.stderr)
        return 2

    async def main() -> None:
        coach = await build(settings)
        client = CoachClient(coach)
        try:
            await client.start(settings.discord_bot_token.get_secret_value())  # type: ignore[union-attr]
        finally:
            await client.close()
            await coach.close()

    try:
        asyncio.run(main())
    except (aiohttp.ClientError, OSError) as exc:
        print(f"itb-coach: cannot reach Discord ({type(exc).__name__}).", file=sys.stderr)
        return 2
    except discord.LoginFailure:
        print(
            "itb-coach: Discord refused DISCORD_BOT_TOKEN: check it and try again.", file=sys.stderr
        )
        return 2
    return 0
