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
from bot.texts import catalog, language

# What a string names (``locale_str``'s ``part``): the commands are synced as payloads, not
# as a CommandTree, so the context is "other" and the string carries its command and part.
NAME, DESCRIPTION, OPTION = "name", "description", "option"


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
        command, part = str(string.extras["command"]), string.extras.get("part")
        if part == NAME:
            return alias(command, code)
        if part == OPTION:  # an option's description: its English is the catalogue's msgid
            with language.use(code):
                worded = catalog.gettext(string.message)
            return worded[: slash.DESCRIPTION_MAX] if worded != string.message else None
        with language.use(code):
            described = dict(slash.commands()).get(command)
        return described[: slash.DESCRIPTION_MAX] if described else None


def alias(command: str, code: str) -> str | None:
    """The typed alias of ``command`` in the language ``code``, or None."""
    table = ALIASES.get(code, {})
    return next((word for word, name in table.items() if name == command), None)


async def localised_payloads(
    protocols: ProtocolLibrary, translator: app_commands.Translator | None = None
) -> list[dict[str, Any]]:
    """:func:`slash.command_payloads` with each command's and option's localisations."""
    translator = translator or CommandTranslator()
    payloads = slash.command_payloads(protocols)
    for payload in payloads:
        name = payload["name"]
        for part in (NAME, DESCRIPTION):
            await _localise(translator, payload, part, payload[part], name)
        for option in payload["options"]:
            await _localise(translator, option, DESCRIPTION, option[DESCRIPTION], name, OPTION)
    return payloads


async def _localise(
    translator: app_commands.Translator,
    target: dict[str, Any],
    part: str,
    text: str,
    command: str,
    kind: str = "",
) -> None:
    """Fill ``target``'s ``<part>_localizations`` with ``text`` in every Discord locale the
    translator words it in (none: left out)."""
    worded = {}
    for locale in discord.Locale:
        string = app_commands.locale_str(text, command=command, part=kind or part)
        found = await translator.translate(
            string, locale, TranslationContext(TranslationContextLocation.other, command)
        )
        if found:
            worded[locale.value] = found
    if worded:
        target[f"{part}_localizations"] = worded
