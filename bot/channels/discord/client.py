"""The Discord client: slash commands, button presses and direct messages in, the service's
replies out; reminders by direct message through the same ticker as every channel.

The acting user is always the interaction's (or the message's) author. An answer starts within
Discord's 3-second window: slow commands defer at once, any other defers when the service has
not answered in ``ANSWER_BUDGET`` seconds, and the replies follow up. In a server, answers are
ephemeral (only the user sees their health data); typed mentions there are answered by DM.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import re
import sys
from collections.abc import Callable, Sequence
from typing import Any

import discord

from bot import texts
from bot.bootstrap import Coach
from bot.channels.discord import slash
from bot.channels.discord.addressed import words_to_bot
from bot.channels.discord.render import CUSTOM_ID_TEMPLATE, CoachButton, editable, render
from bot.channels.discord.sync import sync_commands
from bot.channels.failures import failure_reply, log_failure, speaking
from bot.channels.turns import RunnerTurns
from bot.service.replies import Delivery, Reply, UserKey
from bot.texts import language

log = logging.getLogger(__name__)

CHANNEL = "discord"
ANSWER_BUDGET = 2.0  # seconds to wait for the service before deferring (Discord allows 3)
CANNOT_MESSAGE_USER = 50007  # Discord's error code: DMs closed or the bot blocked
_CUSTOM_ID_RE = re.compile(CUSTOM_ID_TEMPLATE)

Interaction = discord.Interaction[discord.Client]


def who(user: discord.abc.User, locale: discord.Locale | None = None) -> UserKey:
    """The sender; ``locale``: their client's language, which an interaction carries."""
    return UserKey(CHANNEL, str(user.id), language=locale.value if locale else None)


def cannot_message(error: discord.HTTPException) -> bool:
    return isinstance(error, discord.Forbidden) and error.code == CANNOT_MESSAGE_USER


async def send_all(target: discord.abc.Messageable, replies: Sequence[Reply]) -> None:
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
            user_id = int(external_id)
            user = self.client.get_user(user_id) or await self.client.fetch_user(user_id)
            await send_all(await user.create_dm(), replies)
        except ValueError:
            log.warning("not a Discord id", extra={"event": "send_bad_id", "channel": CHANNEL})
            return Delivery.FAILED
        except discord.HTTPException as exc:
            if cannot_message(exc):
                return Delivery.BLOCKED  # the ticker marks the user inactive: one place for it
            log.warning(
                "send failed: %s %s",
                type(exc).__name__,
                exc.code,
                extra={"event": "send_failed", "channel": CHANNEL},
            )
            return Delivery.FAILED
        return Delivery.SENT


class CoachClient(discord.Client):
    def __init__(self, coach: Coach, *, reminders: bool = True, force_sync: bool = False) -> None:
        # The coach has no voice: discord.py's start-up warnings about voice libraries are noise.
        discord.VoiceClient.warn_nacl = discord.VoiceClient.warn_dave = False
        intents = discord.Intents.default()
        intents.message_content = True  # asked for; started without when the app lacks it
        super().__init__(intents=intents)
        self.coach = coach
        self.reminders = reminders
        self.force_sync = force_sync
        self.notifier = DiscordNotifier(self, coach)
        self._background = contextlib.AsyncExitStack()
        self.turns = RunnerTurns()  # each user's messages in order, users at once
        self.on_ready_hooks: list[Callable[[], object]] = []  # the process's health check

    # --- lifecycle --------------------------------------------------------------------------

    async def setup_hook(self) -> None:
        """After login: buttons of any age are understood, commands synced when they changed,
        reminders for Discord users tick (one loop, not a job each)."""
        self.add_dynamic_items(CoachButton)
        assert self.application_id is not None
        await sync_commands(self.http, self.application_id, self.coach, force=self.force_sync)
        if self.reminders:
            await self._background.enter_async_context(self.coach.reminders(self.notifier))

    async def connect(self, *, reconnect: bool = True) -> None:
        try:
            await super().connect(reconnect=reconnect)
        except discord.PrivilegedIntentsRequired:
            # discord.py has no public way to change a client's intents after it is built
            # (``Client.intents`` is a copy): pinned below 2.8 in pyproject.toml and covered by
            # tests/channels/test_discord_e2e.py (without the Message Content intent).
            intents = self._connection._intents
            if not intents.message_content:
                raise
            log.warning(
                "the Message Content intent is not enabled for this application: "
                "starting without it (slash commands, DMs and mentions still work)",
                extra={"event": "discord_no_message_content", "channel": CHANNEL},
            )
            intents.message_content = False
            await super().connect(reconnect=reconnect)

    async def on_ready(self) -> None:
        for hook in self.on_ready_hooks:
            hook()

    async def drain(self, timeout: float) -> None:
        """Stop the reminders (their sends under way finish), then wait for the messages being
        answered, at most ``timeout`` seconds."""
        await self._background.aclose()
        if not await self.turns.idle(timeout):
            log.warning(
                "stopped with %d messages unanswered",
                self.turns.active,
                extra={"event": "drain_timeout", "channel": CHANNEL},
            )

    async def close(self) -> None:
        await self._background.aclose()
        await super().close()

    # --- events -----------------------------------------------------------------------------

    async def on_message(self, message: discord.Message) -> None:
        text = None if self.user is None else words_to_bot(message, self.user.id)
        if text is None:
            return  # not said to the bot: never read, stored or answered
        direct = isinstance(message.channel, discord.DMChannel)
        async with self.turns.timed_turn(message.author.id, CHANNEL):
            replies = await self.answer(who(message.author), text, event_id=message.id)
            try:
                target = message.channel if direct else await message.author.create_dm()
                await send_all(target, replies)
            except discord.HTTPException as error:
                await self._undelivered(message, error, direct)

    async def _undelivered(
        self, message: discord.Message, error: discord.HTTPException, direct: bool
    ) -> None:
        """A typed message's answer could not be sent: DMs closed, or any other failure. What
        is said instead is in the runner's language."""
        sender = who(message.author)
        if cannot_message(error) and direct:
            await self.coach.service.mark_inactive(sender)
            return
        speaks = await speaking(self.coach.service, sender)
        if cannot_message(error):
            with language.use(speaks):
                notice = texts.channels.DISCORD_DM_CLOSED
            await message.channel.send(notice)
            return
        log_failure(log, CHANNEL, event_id=message.id, user_id=message.author.id, error=error)
        with contextlib.suppress(discord.HTTPException):
            target = message.channel if direct else await message.author.create_dm()
            await send_all(target, [failure_reply(speaks)])

    async def on_interaction(self, interaction: Interaction) -> None:
        data: dict[str, Any] = dict(interaction.data or {})
        if interaction.type is discord.InteractionType.application_command:
            name = str(data.get("name", ""))
            text = slash.command_text(name, slash.option_values(data))
            await self.reply(interaction, text, pressed=False, slow=name in slash.SLOW)
        elif interaction.type is discord.InteractionType.autocomplete:
            _option, typed = slash.focused(data)
            sender = who(interaction.user, interaction.locale)
            with language.use(await speaking(self.coach.service, sender)):  # names in theirs
                found = slash.suggestions(str(data.get("name", "")), typed, self.coach.protocols)
            choices = [discord.app_commands.Choice(name=n, value=v) for n, v in found]
            await interaction.response.autocomplete(choices)
        elif interaction.type is discord.InteractionType.component:
            custom_id = str(data.get("custom_id", ""))
            if not _CUSTOM_ID_RE.fullmatch(custom_id):  # a button from before ids had positions
                await self.press(interaction, custom_id)
            # Otherwise CoachButton (registered in setup_hook) handles the press.

    async def on_error(self, event_method: str, /, *args: Any, **kwargs: Any) -> None:
        """An event that failed outside :meth:`answer`: the same log line as every channel."""
        log_failure(log, CHANNEL, event_id=event_method, user_id=None, error=sys.exc_info()[1])

    # --- answering --------------------------------------------------------------------------

    async def answer(
        self, user: UserKey, text: str, *, event_id: object, pressed: bool = False
    ) -> list[Reply]:
        """The service's replies, or the one failure reply (logged) when it fails."""
        try:
            return await self.coach.service.handle(user, text, pressed=pressed)
        except Exception as error:
            log_failure(log, CHANNEL, event_id=event_id, user_id=user.external_id, error=error)
            return [failure_reply(await speaking(self.coach.service, user))]

    async def answer_in_turn(
        self, interaction: Interaction, text: str, *, pressed: bool
    ) -> list[Reply]:
        """:meth:`answer` after the user's earlier messages and presses have been answered;
        the interaction's locale is the user's client language (taken at a first message)."""
        user = interaction.user
        async with self.turns.timed_turn(user.id, CHANNEL):
            sender = who(user, interaction.locale)
            return await self.answer(sender, text, event_id=interaction.id, pressed=pressed)

    async def press(self, interaction: Interaction, action: str) -> None:
        await self.reply(interaction, action, pressed=True, slow=False)

    async def reply(
        self, interaction: Interaction, text: str, *, pressed: bool, slow: bool
    ) -> None:
        """Answer one interaction: deferred when slow, ephemeral outside the bot's own DM."""
        private = not interaction.context.dm_channel
        task = asyncio.ensure_future(self.answer_in_turn(interaction, text, pressed=pressed))
        try:
            if slow:
                await self._defer(interaction, private, pressed)
            else:
                try:
                    await asyncio.wait_for(asyncio.shield(task), ANSWER_BUDGET)
                except TimeoutError:
                    await self._defer(interaction, private, pressed)
            replies = await task
            await self._deliver(interaction, replies, private, pressed)
        except discord.HTTPException as error:  # e.g. Discord refused the answer
            log_failure(
                log, CHANNEL, event_id=interaction.id, user_id=interaction.user.id, error=error
            )
            await self._deliver_failure(interaction, private)

    async def _defer(self, interaction: Interaction, private: bool, pressed: bool) -> None:
        if pressed:
            await interaction.response.defer()  # acknowledged; the pressed message stays
        else:
            await interaction.response.defer(ephemeral=private, thinking=True)

    async def _deliver(
        self, interaction: Interaction, replies: list[Reply], private: bool, pressed: bool
    ) -> None:
        first, *rest = replies
        if pressed and editable(first):
            [message] = render(first)
            view = message.get("view")
            if interaction.response.is_done():
                await interaction.edit_original_response(content=message["content"], view=view)
            else:
                await interaction.response.edit_message(content=message["content"], view=view)
        else:
            rest = replies
        for reply in rest:
            for message in render(reply):
                if interaction.response.is_done():
                    await interaction.followup.send(**message, ephemeral=private)
                else:
                    await interaction.response.send_message(**message, ephemeral=private)

    async def _deliver_failure(self, interaction: Interaction, private: bool) -> None:
        """The failure reply, by whichever way is still open; a second failure is only logged."""
        sender = who(interaction.user, interaction.locale)
        text = failure_reply(await speaking(self.coach.service, sender)).text
        with contextlib.suppress(discord.HTTPException):
            if interaction.response.is_done():
                await interaction.followup.send(text, ephemeral=private)
            else:
                await interaction.response.send_message(text, ephemeral=private)
