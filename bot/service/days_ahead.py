"""A day ahead named in a runner's words: "on Saturday", "this weekend", "in 10 days",
"next month", "on the 20th", "14 March", "2027-03-14"; in Spanish too ("el sábado", "en 10 días",
"14 de marzo"), each table holding both languages. Pure: today is an argument."""

from __future__ import annotations

import re
import unicodedata
from datetime import date, timedelta

from bot.service import natural_words as w
from bot.service import parse

_NUMBERS = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "couple": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    **{"un": 1, "una": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6, "siete": 7},
    **{"ocho": 8, "nueve": 9, "diez": 10, "once": 11, "doce": 12},
}
_UNIT_DAYS = {"day": 1, "week": 7, "month": 30, "dia": 1, "semana": 7, "mes": 30}
_IN = re.compile(
    r"\b(?:in|en|dentro de) (?:a )?(\d+|[a-z]+)(?: of)? (day|week|month|dia|semana|mes)(?:s|es)?\b"
)
# Day and month names in every language the coach speaks (``parse``, from Babel).
_DAY_NUMBERS = parse.WEEKDAYS
_MONTH_NUMBERS = parse.MONTHS
_WEEKDAY = re.compile(rf"\b({w.alternatives(frozenset(_DAY_NUMBERS))})\b")
_MONTH = f"({w.alternatives(frozenset(_MONTH_NUMBERS))})"
_DAY_MONTH = re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?(?: of| de)? {_MONTH}\b")
_MONTH_DAY = re.compile(rf"\b{_MONTH} (\d{{1,2}})(?:st|nd|rd|th)?\b")
_NTH = re.compile(r"\bthe (\d{1,2})(?:st|nd|rd|th)\b")
_ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")


def day_ahead(text: str, today: date) -> date | None:
    """The day ``text`` names, on or after ``today`` (a date without a year is the next one),
    or None when it names none."""
    low = unicodedata.normalize("NFKD", text.lower())
    low = "".join(c for c in low if not unicodedata.combining(c))
    for find in (_iso, _day_month, _relative, _weekday, _nth):
        found = find(low, today)
        if found is not None:
            return found
    return None


def _iso(low: str, today: date) -> date | None:
    match = _ISO.search(low)
    return _safe(int(match[1]), int(match[2]), int(match[3])) if match else None


def _day_month(low: str, today: date) -> date | None:
    match = _DAY_MONTH.search(low)
    day, month = (match[1], match[2]) if match else (None, None)
    if match is None:
        match = _MONTH_DAY.search(low)
        day, month = (match[2], match[1]) if match else (None, None)
    if day is None or month is None:
        return None
    number = _MONTH_NUMBERS[month]
    found = _safe(today.year, number, int(day))
    if found is not None and found < today:
        found = _safe(today.year + 1, number, int(day))
    return found


def _relative(low: str, today: date) -> date | None:
    if re.search(r"\b(today|tonight|hoy|esta noche)\b", low):
        return today
    if re.search(r"\b(tomorrow|tmrw|tmr|(?<!la )(?<!esta )manana)\b", low):
        return today + timedelta(days=1)
    match = _IN.search(low)
    if match:
        count = int(match[1]) if match[1].isdigit() else _NUMBERS.get(match[1])
        if count is not None:
            return today + timedelta(days=count * _UNIT_DAYS[match[2]])
    if re.search(r"\b(next week|(la )?semana que viene|(la )?proxima semana)\b", low):
        return today + timedelta(days=7)
    if re.search(r"\b(next month|(el )?mes que viene|(el )?proximo mes)\b", low):
        return today + timedelta(days=30)
    if re.search(r"\b(weekend|fin de semana|finde)\b", low):
        return today + timedelta(days=(5 - today.weekday()) % 7 if today.weekday() < 6 else 0)
    return None


def _weekday(low: str, today: date) -> date | None:
    match = _WEEKDAY.search(low)
    if match is None:
        return None
    ahead = (_DAY_NUMBERS[match[1]] - today.weekday()) % 7
    return today + timedelta(days=ahead)


def _nth(low: str, today: date) -> date | None:
    match = _NTH.search(low)
    if match is None:
        return None
    day = int(match[1])
    found = _safe(today.year, today.month, day)
    if found is None or found < today:
        month = today.month % 12 + 1
        found = _safe(today.year + (today.month == 12), month, day)
    return found


def _safe(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None
