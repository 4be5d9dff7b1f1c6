"""The command table: every ``/command`` the coach knows, its handler, and whether the menu
lists it. Channels build their command menus from :func:`menu`; /help lists the same."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass

from bot import texts
from bot.service import (
    account,
    answering,
    clearance,
    daily,
    heard,
    language_choice,
    onboarding,
    pause,
    progress,
    race,
    reminder_buttons,
    reports,
    return_check,
    unplaced,
)
from bot.service.clinic import alerts as clinic_alerts
from bot.service.clinic import chat as sharing
from bot.service.context import Context
from bot.service.replies import Reply
from bot.texts import language

Handler = Callable[[Context, str], Awaitable[list[Reply]]]


@dataclass(frozen=True, slots=True)
class CommandSpec:
    name: str
    handler: Handler
    in_menu: bool = True  # listed by /help and in the channel's command menu


def _command_table() -> dict[str, CommandSpec]:
    table = [
        CommandSpec("today", daily.show_today),
        CommandSpec("done", daily.done),
        CommandSpec("run", reports.run),
        CommandSpec("morning", reports.morning),
        CommandSpec("strength", reports.strength),
        CommandSpec("symptom", unplaced.symptom),
        CommandSpec("plan", daily.plan_status),
        CommandSpec("progress", progress.progress),
        CommandSpec("report", progress.report),
        CommandSpec("howto", daily.howto),
        CommandSpec("protocol", onboarding.protocol),
        CommandSpec("timezone", onboarding.timezone),
        CommandSpec("times", onboarding.times),
        CommandSpec("strengthtime", onboarding.strength_time),
        CommandSpec("race", race.race),
        CommandSpec("pause", pause.pause),
        CommandSpec("resume", onboarding.resume),
        CommandSpec("cleared", clearance.cleared),
        CommandSpec("returncheck", return_check.start),
        CommandSpec("share", sharing.share),
        CommandSpec("sharing", sharing.sharing),
        CommandSpec("export", account.export),
        CommandSpec("delete", account.delete),
        CommandSpec("language", language_choice.choose),
        CommandSpec("help", lambda _ctx, _args: _help()),
        CommandSpec("side", onboarding.side, in_menu=False),
        CommandSpec("screen", onboarding.screen, in_menu=False),
        CommandSpec("snooze", reminder_buttons.snooze, in_menu=False),
        CommandSpec("skip", reminder_buttons.skip, in_menu=False),
        CommandSpec("undo", heard.undo, in_menu=False),
        CommandSpec("ask", answering.ask, in_menu=False),  # a question's button, or typed
        CommandSpec("allow", sharing.allow, in_menu=False),
        CommandSpec("deny", sharing.deny, in_menu=False),
        CommandSpec("unshare", sharing.unshare, in_menu=False),
        CommandSpec("clinician", clinic_alerts.link, in_menu=False),
    ]
    return {c.name: c for c in table}


async def _help() -> list[Reply]:
    return [Reply(texts.account.help_text([c.name for c in COMMANDS.values() if c.in_menu]))]


COMMANDS = _command_table()
# What an unknown command is compared with for a suggestion.
SUGGESTABLE = ["start", *(c.name for c in COMMANDS.values() if c.in_menu)]


# Names a runner may type for a command, by language (Telegram, Discord's typed messages, the
# console; Discord also shows them to a client in that language). Menus and buttons keep the
# Latin names above. Accents are optional. A third language adds its own table here.
ALIASES: dict[str, dict[str, str]] = {
    "es": {
        "empezar": "start",
        "hoy": "today",
        "hecho": "done",
        "corrida": "run",
        "manana": "morning",
        "fuerza": "strength",
        "sintoma": "symptom",
        "progreso": "progress",
        "informe": "report",
        "como": "howto",
        "programa": "protocol",
        "zona": "timezone",
        "horas": "times",
        "horafuerza": "strengthtime",
        "carrera": "race",
        "pausa": "pause",
        "seguir": "resume",
        "alta": "cleared",
        "vuelta": "returncheck",
        "compartir": "share",
        "compartido": "sharing",
        "exportar": "export",
        "borrar": "delete",
        "idioma": "language",
        "ayuda": "help",
        "posponer": "snooze",
        "saltar": "skip",
        "deshacer": "undo",
    },
}
TYPED = {word: name for table in ALIASES.values() for word, name in table.items()}
_ACCENTS = str.maketrans("áéíóúñü", "aeiounu")


def canonical(name: str) -> str:
    """The command a typed name means: its own, or the one its Spanish alias names."""
    plain = name.lower().translate(_ACCENTS)
    return TYPED.get(plain, name)


def menu() -> list[tuple[str, str]]:
    """(command, one-line description) for a channel's command menu."""
    return [(c.name, texts.account.COMMAND_HELP[c.name]) for c in COMMANDS.values() if c.in_menu]


def menus() -> dict[str, list[tuple[str, str]]]:
    """:func:`menu` worded in each supported language, by language code (English first)."""
    worded = {}
    for code in language.SUPPORTED:
        with language.use(code):
            worded[code] = menu()
    return worded
