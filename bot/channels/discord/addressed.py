"""Which Discord messages are words to the bot: the one place that decides.

A direct message is; in a server, only a message that names the bot itself (``<@bot id>`` typed
in its content) is. ``@everyone``, ``@here`` and role mentions (the bot's own managed role too)
are words to a crowd, not to the coach: a stranger's public words are never read, stored or
answered. Slash commands and button presses are interactions, always addressed to the bot.
"""

from __future__ import annotations

import re

import discord


def words_to_bot(message: discord.Message, bot_id: int) -> str | None:
    """The words the message says to the bot, or None when it is not said to the bot."""
    if message.author.bot:
        return None
    if isinstance(message.channel, discord.DMChannel):
        return message.content.strip()
    if bot_id not in message.raw_mentions:  # only the bot's own user, typed in the content
        return None
    return re.sub(rf"<@!?{bot_id}>", "", message.content).strip()
