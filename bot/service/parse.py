"""Parsing what users type. Every parser returns a clean value or raises ``BadInput`` whose
message says, in one friendly line, what is accepted. Nothing is stored on a parse error."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from datetime import date, time, timedelta
from functools import cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

from babel.dates import get_day_names, get_month_names

from bot import texts
from bot.coach import thresholds as t
from bot.service import natural_words
from bot.texts import language

_PAIN_RE = re.compile(r"^(?P<n>[0-9]{1,2})(\s*/\s*10)?$", re.ASCII)
_TIME_RE = re.compile(r"^(?P<h>[0-9]{1,2})[:.h](?P<m>[0-9]{2})$", re.ASCII)
_INT_RE = re.compile(r"^[0-9]{1,4}$", re.ASCII)


class BadInput(ValueError):
    """The user's input cannot be used; ``str(exc)`` is the reply to send them."""


def pain(text: str) -> int:
    match = _PAIN_RE.match(text.strip())
    if match is None or not t.PAIN_MIN <= int(match["n"]) <= t.PAIN_MAX:
        raise BadInput(texts.account.BAD_PAIN)
    return int(match["n"])


# A time said in Spanish words: "a las 8", "las 7:30", "a las 8 de la tarde" (20:00).
_SPOKEN_TIME_RE = re.compile(
    r"\b(?:a )?las? (?P<h>[0-9]{1,2})(?:[:.h](?P<m>[0-9]{2}))?"
    r"(?P<pm> de la (?:tarde|noche))?(?: de la (?:manana|mañana))?\b"
)


def _spoken_times(text: str) -> str:
    """ "a las 8 y a las 20:30" as "8:00 20:30": Spanish times as the digits they are."""

    def digits(match: re.Match[str]) -> str:
        hour = int(match["h"]) + (12 if match["pm"] and int(match["h"]) < 12 else 0)
        return f"{hour}:{match['m'] or '00'}"

    spoken = _SPOKEN_TIME_RE.sub(digits, text.lower())
    return re.sub(r"\b(?:y|and)\b", " ", spoken)


def clock_time(text: str) -> time:
    match = _TIME_RE.match(_spoken_times(text).strip())
    if match is None:
        raise BadInput(texts.account.BAD_TIME.format(value=texts.common.clip(text)))
    hour, minute = int(match["h"]), int(match["m"])
    if hour > 23 or minute > 59:
        raise BadInput(texts.account.BAD_TIME.format(value=texts.common.clip(text)))
    return time(hour, minute)


def stretch_times(text: str, sessions: int) -> tuple[time, ...]:
    parts = _spoken_times(text).replace(",", " ").split()
    if len(parts) != sessions:
        raise BadInput(texts.account.BAD_TIMES_COUNT.format(count=sessions))
    times = tuple(sorted(clock_time(p) for p in parts))
    if len(set(times)) != len(times):
        raise BadInput(texts.account.BAD_TIMES_COUNT.format(count=sessions))
    return times


def whole_number(text: str, low: int, high: int, message: str) -> int:
    text = text.strip()
    if not _INT_RE.match(text) or not low <= int(text) <= high:
        raise BadInput(message)
    return int(text)


# Each answer's words, English and Spanish.
_YES = frozenset(
    {"yes", "y", "yeah", "yep", "1", "true", "stopped", "stop"}
    | {"si", "sí", "s", "sip", "claro", "pare", "paré", "me pare", "me paré"}
)
_NO = frozenset(
    {"no", "n", "nope", "0", "false", "ok", "fine", "kept going"}
    | {"nop", "bien", "segui", "seguí", "sin parar", "no pare", "no paré"}
)


def yes_no(text: str) -> bool:
    word = " ".join(text.strip(" .!").lower().split())
    if word in _YES:
        return True
    if word in _NO:
        return False
    raise BadInput(texts.account.BAD_YES_NO)


@cache
def _zone_index() -> tuple[dict[str, str], dict[str, str]]:
    names = {z for z in available_timezones() if "/" in z or z == "UTC"}
    by_name = {z.lower(): z for z in names}
    cities: dict[str, list[str]] = {}
    for zone in names:
        if zone.startswith(("Etc/", "SystemV/", "US/", "posix/", "right/")):
            continue
        city = zone.rsplit("/", 1)[-1].replace("_", " ").lower()
        cities.setdefault(city, []).append(zone)
    unique = {city: sorted(zones)[0] for city, zones in cities.items() if len(zones) == 1}
    return by_name, unique


def timezone_name(text: str) -> str:
    """An IANA zone from its name in any case ("europe/berlin") or its city ("new york")."""
    query = " ".join(text.strip().split())
    if not query or len(query) > 64:
        raise BadInput(texts.account.BAD_TIMEZONE.format(value=texts.common.clip(text)))
    by_name, by_city = _zone_index()
    key = query.lower()
    zone = by_name.get(key.replace(" ", "_")) or by_city.get(key.replace("_", " "))
    if zone is None:
        raise BadInput(texts.account.BAD_TIMEZONE.format(value=texts.common.clip(text)))
    try:
        ZoneInfo(zone)
    except ZoneInfoNotFoundError as exc:  # pragma: no cover - index and tzdata disagree
        raise BadInput(texts.account.BAD_TIMEZONE.format(value=texts.common.clip(text))) from exc
    return zone


# Who cleared the runner, by each key's words in English and Spanish (accents dropped).
_CLINICIANS = {
    key: frozenset(names.split("|"))
    for key, names in {
        "physio": "physio|physiotherapist|physical therapist|pt|therapist|"
        "fisio|fisioterapeuta|fisioterapia|kine|kinesiologo|kinesiologa",
        "doctor": "doctor|dr|gp|physician|sports doctor|surgeon|consultant|"
        "medico|medica|doctora|medico deportivo|medico de cabecera|traumatologo|traumatologa|"
        "cirujano|cirujana",
        "other": "other|someone else|nurse|osteo|osteopath|chiropractor|"
        "otro|otra|otra persona|alguien mas|enfermero|enfermera|osteopata|quiropractico|"
        "quiropractica",
    }.items()
}
_ARTICLE_RE = re.compile(r"^(?:my|a|an|the|mi|el|la|un|una) ")
_TODAY = frozenset(("today", "hoy"))
_YESTERDAY = frozenset(("yesterday", "ayer"))
_DAYS_AGO_RE = re.compile(
    r"^(?:(?P<n>[0-9]{1,2}) days? ago|hace (?P<hace>[0-9]{1,2}) dias?)$", re.ASCII
)
_DAY_MONTH_RE = re.compile(r"^(?P<d>[0-9]{1,2})[/.-](?P<m>[0-9]{1,2})(?:[/.-](?P<y>[0-9]{4}))?$")
# "20 de noviembre", "20 Nov 2026", "November 20": the month by its name in any language.
_NAMED_MONTH_RE = re.compile(
    r"^(?:(?P<d>[0-9]{1,2})(?:st|nd|rd|th)? (?:de |of )?(?P<m>[a-z]+)\.?"
    r"|(?P<m2>[a-z]+)\.? (?P<d2>[0-9]{1,2})(?:st|nd|rd|th)?)(?:,? (?:de )?(?P<y>[0-9]{4}))?$"
)


def calendar_words(names: Callable[..., Mapping[int, str]], *widths: str) -> dict[str, int]:
    """Babel's month or day names in every language the coach speaks, lower case and without
    accents or a closing dot ("sept.", "miércoles"), each to its number."""
    return {
        natural_words.plain(name).rstrip("."): number
        for code in language.SUPPORTED
        for width in widths
        for number, name in names(width, locale=code).items()
    }


# Month names, wide and short ("marzo", "mar"), and the Latin American "setiembre".
MONTHS = {**calendar_words(get_month_names, "wide", "abbreviated"), "sept": 9, "setiembre": 9}
# Day names (Monday 0): in full in every language, and the English short ones. Short Spanish
# ones are not days here: "mar" is Tuesday and March.
WEEKDAYS = {
    **calendar_words(get_day_names, "wide"),
    **{"mon": 0, "tue": 1, "tues": 1, "wed": 2, "thu": 3, "thur": 3, "thurs": 3, "fri": 4},
    **{"sat": 5, "sun": 6},
}


def clinician(text: str) -> str:
    """Who cleared the runner: ``physio``, ``doctor`` or ``other``."""
    word = _ARTICLE_RE.sub("", " ".join(natural_words.plain(text).strip(" .!").split()))
    for key, names in _CLINICIANS.items():
        if word in names:
            return key
    raise BadInput(texts.safety.BAD_CLINICIAN)


def past_day(text: str, today: date) -> date:
    """A day on or before ``today``: today, yesterday, "3 days ago", 2026-11-20, 20/11 or
    "20 November", in English or Spanish ("hoy", "ayer", "hace 3 días", "20 de noviembre")."""
    value = natural_words.normalise(text).strip(" .!")
    day: date | None = None
    if value in _TODAY:
        day = today
    elif value in _YESTERDAY:
        day = today - timedelta(days=1)
    elif match := _DAYS_AGO_RE.match(value):
        day = today - timedelta(days=int(match["n"] or match["hace"]))
    elif match := _DAY_MONTH_RE.match(value):
        day = _calendar_day(int(match["y"] or today.year), int(match["m"]), int(match["d"]))
    elif (match := _NAMED_MONTH_RE.match(value)) and (match["m"] or match["m2"]) in MONTHS:
        month = MONTHS[match["m"] or match["m2"]]
        day = _calendar_day(int(match["y"] or today.year), month, int(match["d"] or match["d2"]))
    else:
        try:
            day = date.fromisoformat(value)
        except ValueError:
            day = None
    if day is None or day > today:
        raise BadInput(texts.safety.BAD_PAST_DAY)
    return day


def _calendar_day(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None
