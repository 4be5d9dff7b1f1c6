"""Slash commands, built from the service's command table (:func:`bot.service.commands.menu`).

Every command a user can type has a slash command of the same name; the options below add what
Discord can check before the coach sees anything (integer ranges, choices) and autocomplete for
long lists (exercises, time zones). A slash command and its options become the same text the
user could have typed (``/run 30 pain 4 stopped``), so both go down one path in the service.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from dataclasses import dataclass
from enum import IntEnum
from functools import cache
from typing import Any
from zoneinfo import available_timezones

from bot import texts
from bot.coach import thresholds as t
from bot.coach.protocol import ProtocolLibrary
from bot.service.commands import menu
from bot.texts.catalog import gettext

DESCRIPTION_MAX = 100  # Discord's limit for a command's or an option's description
CHOICES_MAX = 25  # Discord's limit for choices and for autocomplete suggestions
RUN_MINUTES_MAX = 600  # the longest run /run accepts (bot/service/reports.py)
PAUSE_DAYS_MAX = 90  # the longest pause /pause accepts (bot/service/pause.py)
SYMPTOM_MAX = 1000

# Where a command may be used (Discord's "contexts") and how the app may be installed.
CONTEXTS = [0, 1, 2]  # a server, the bot's DM, other DMs and group DMs (user-installed)
INTEGRATION_TYPES = [0, 1]  # installed to a server, installed by a user


class Kind(IntEnum):
    """Discord's application command option types that the coach uses."""

    STRING = 3
    INTEGER = 4
    BOOLEAN = 5


@dataclass(frozen=True, slots=True)
class Option:
    name: str
    description: str
    kind: Kind = Kind.STRING
    required: bool = False
    low: int | None = None
    high: int | None = None
    autocomplete: bool = False
    word: str = ""  # typed before the value ("pain 4"); a true BOOLEAN is just the word

    def as_text(self, value: object) -> str:
        if self.kind is Kind.BOOLEAN:
            return self.word if value is True else ""
        return f"{self.word} {value}".strip()


def _pain(description: str, *, word: str = "") -> Option:
    return Option("pain", description, Kind.INTEGER, low=t.PAIN_MIN, high=t.PAIN_MAX, word=word)


OPTIONS: dict[str, tuple[Option, ...]] = {
    "done": (Option("what", texts.channels.DISCORD_OPT_DONE, required=True, autocomplete=True),),
    "run": (
        Option(
            "minutes", texts.channels.DISCORD_OPT_MINUTES, Kind.INTEGER, low=1, high=RUN_MINUTES_MAX
        ),
        _pain(texts.channels.DISCORD_OPT_RUN_PAIN, word="pain"),
        Option("stopped", texts.channels.DISCORD_OPT_STOPPED, Kind.BOOLEAN, word="stopped"),
    ),
    "morning": (_pain(texts.channels.DISCORD_OPT_MORNING_PAIN),),
    "strength": (_pain(texts.channels.DISCORD_OPT_STRENGTH_PAIN),),
    "symptom": (
        Option("text", texts.channels.DISCORD_OPT_SYMPTOM, required=True, high=SYMPTOM_MAX),
    ),
    "howto": (Option("exercise", texts.channels.DISCORD_OPT_EXERCISE, autocomplete=True),),
    "protocol": (Option("id", texts.channels.DISCORD_OPT_PROTOCOL),),
    "timezone": (Option("zone", texts.channels.DISCORD_OPT_ZONE, autocomplete=True),),
    "times": (Option("times", texts.channels.DISCORD_OPT_TIMES),),
    "strengthtime": (Option("time", texts.channels.DISCORD_OPT_TIME),),
    "race": (Option("race", texts.race.DISCORD_OPT_RACE),),
    "pause": (
        Option("days", texts.channels.DISCORD_OPT_DAYS, Kind.INTEGER, low=1, high=PAUSE_DAYS_MAX),
    ),
}

# Slow answers (a chart, a PDF, files): acknowledged at once, answered by a follow-up.
SLOW = frozenset({"progress", "report", "export"})


def commands() -> list[tuple[str, str]]:
    """(name, description) of every slash command: ``/start`` and the service's menu."""
    return [("start", texts.channels.DISCORD_START_HELP), *menu()]


def _option_payload(option: Option, protocols: ProtocolLibrary) -> dict[str, Any]:
    payload: dict[str, Any] = {
        "type": int(option.kind),
        "name": option.name,
        "description": option.description[:DESCRIPTION_MAX],
        "required": option.required,
    }
    if option.kind is Kind.INTEGER:
        payload |= {"min_value": option.low, "max_value": option.high}
    elif option.kind is Kind.STRING and option.high is not None:
        payload["max_length"] = option.high
    if option.name == "id":  # /protocol: the programmes loaded at start, as choices
        payload["choices"] = [{"name": p.name[:100], "value": p.id} for p in protocols][
            :CHOICES_MAX
        ]
    if option.autocomplete:
        payload["autocomplete"] = True
    return payload


def command_payloads(protocols: ProtocolLibrary) -> list[dict[str, Any]]:
    """The global command set, as Discord's bulk overwrite takes it."""
    return [
        {
            "type": 1,
            "name": name,
            "description": description[:DESCRIPTION_MAX],
            "options": [_option_payload(o, protocols) for o in OPTIONS.get(name, ())],
            "contexts": CONTEXTS,
            "integration_types": INTEGRATION_TYPES,
        }
        for name, description in commands()
    ]


def command_hash(payloads: list[dict[str, Any]]) -> str:
    """A fingerprint of the command set: commands are synced only when it changes."""
    canonical = json.dumps(payloads, sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(canonical.encode()).hexdigest()


def command_text(name: str, values: Mapping[str, object]) -> str:
    """The text a user would type for ``/name`` with these option values."""
    words = [f"/{name}"]
    for option in OPTIONS.get(name, ()):
        if option.name in values:
            words.append(option.as_text(values[option.name]))
    return " ".join(w for w in words if w)


def option_values(data: Mapping[str, Any]) -> dict[str, object]:
    """An interaction's options by name (``data["options"]``, sub-commands are not used)."""
    return {str(o["name"]): o.get("value") for o in data.get("options") or [] if "name" in o}


def focused(data: Mapping[str, Any]) -> tuple[str, str]:
    """The option being typed in an autocomplete interaction, and what is typed so far."""
    for option in data.get("options") or []:
        if option.get("focused"):
            return str(option["name"]), str(option.get("value") or "")
    return "", ""


def _typed(text: str) -> str:
    """``text`` as a query is compared with it: lower case, spaces as underscores."""
    return text.lower().replace(" ", "_")


@cache
def _zones() -> tuple[str, ...]:
    return tuple(sorted(z for z in available_timezones() if "/" in z or z == "UTC"))


def suggestions(command: str, typed: str, protocols: ProtocolLibrary) -> list[tuple[str, str]]:
    """(shown name, value) pairs for autocomplete, at most 25, best first; names in the
    language of the turn, found by what is typed in it or in English."""
    query = typed.strip().lower().replace(" ", "_")
    if command == "done":  # a session, or one exercise by its id
        sessions = [(label, value) for value, label in texts.channels.DISCORD_DONE.items()]
        found = [s for s in sessions if query in _typed(f"{s[1]} {s[0]}")]
        found += suggestions("howto", typed, protocols)
        return found[:CHOICES_MAX]
    if command == "howto":
        seen: dict[str, str] = {}
        for protocol in protocols:
            for exercise in protocol.exercises:
                name = gettext(exercise.name)
                if query in _typed(f"{exercise.id} {exercise.name} {name}"):
                    seen.setdefault(exercise.id, name)
        return [(name[:100], ident) for ident, name in seen.items()][:CHOICES_MAX]
    if command == "timezone":
        starts = [z for z in _zones() if z.lower().rsplit("/", 1)[-1].startswith(query)]
        within = [z for z in _zones() if query in z.lower() and z not in starts]
        return [(z, z) for z in (starts + within)[:CHOICES_MAX]]
    return []
