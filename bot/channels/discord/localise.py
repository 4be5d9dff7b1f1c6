"""The slash commands' names and descriptions in each language the coach speaks, for Discord's
``name_localizations`` and ``description_localizations``: a client set to Spanish shows
``/hoy`` and the Spanish description, and its interaction still names ``today``.

Worded through discord.py's public translation API (``app_commands.Translator``, whose
``locale_str`` carries the command it names), the same words as every menu
(:func:`bot.service.commands.menus`, the aliases of :data:`bot.service.commands.ALIASES`).
"""

from __future__ import annotations

from typing import Any

import discord
from discord import app_commands
from discord.app_commands import TranslationContext, TranslationContextLocation

from bot.channels.discord import slash
from bot.coach.protocol import ProtocolLibrary
from bot.service.commands import ALIASES
from bot.texts import language

# What a string names (``locale_str``'s ``part``): the commands are synced as payloads, not
# as a CommandTree, so the context is "other" and the string carries its command and part.
NAME, DESCRIPTION = "name", "description"


class CommandTranslator(app_commands.Translator):
    """A command's name or description in the language of a Discord locale; None when the
    coach does not speak it, or it is English (the command's own words)."""

    async def translate(
        self,
        string: app_commands.locale_str,
        locale: discord.Locale,
        context: app_commands.TranslationContextTypes,
    ) -> str | None:
        code = language.normalise(locale.value)
        if code is None or code == language.SOURCE:
            return None
        command = str(string.extras["command"])
        if string.extras.get("part") == NAME:
            return alias(command, code)
        with language.use(code):
            described = dict(slash.commands()).get(command)
        return described[: slash.DESCRIPTION_MAX] if described else None


def alias(command: str, code: str) -> str | None:
    """The typed alias of ``command`` in ``code`` (the aliases are Spanish), or None."""
    if code != "es":
        return None
    return next((word for word, name in ALIASES.items() if name == command), None)


async def localised_payloads(
    protocols: ProtocolLibrary, translator: app_commands.Translator | None = None
) -> list[dict[str, Any]]:
    """:func:`slash.command_payloads` with each command's localisations filled in."""
    translator = translator or CommandTranslator()
    payloads = slash.command_payloads(protocols)
    for payload in payloads:
        for part in (NAME, DESCRIPTION):
            worded = await _worded(translator, payload, part)
            if worded:
                payload[f"{part}_localizations"] = worded
    return payloads


async def _worded(
    translator: app_commands.Translator, payload: dict[str, Any], part: str
) -> dict[str, str]:
    """A command's ``part`` in every Discord locale the translator words it in."""
    name = payload["name"]
    worded = {}
    for locale in discord.Locale:
        string = app_commands.locale_str(payload[part], command=name, part=part)
        found = await translator.translate(
            string, locale, TranslationContext(TranslationContextLocation.other, name)
        )
        if found:
            worded[locale.value] = found
    return worded
