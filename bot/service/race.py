"""A race goal: /race DATE [distance], /race (show it), /race off, and the onboarding question.

The race is stored on the settings (day and distance, exported and deleted with them); what it
makes of the plan is worked out each time from the rules (``bot.coach.race``), never stored,
so it follows every report.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from bot import texts
from bot.service import countdown, onboarding, parse
from bot.service import natural_words as w
from bot.service.context import Context
from bot.service.replies import Reply

RACE_STEP = "race"
DISTANCE_MAX = 32  # characters of a distance kept (``UserSettings.race_distance``)
FURTHEST_DAYS = 366
SKIP_WORDS = frozenset(
    {"skip", "no event", "no", "none", "nope", "not really", "no race"}
    | {"saltar", "ninguna", "ninguno", "nada", "sin carrera", "no tengo", "ninguna carrera"}
)
_MONTHS = parse.MONTHS
_WEEKDAYS = frozenset(parse.WEEKDAYS)  # a day's name before the date: "Sun 14 March"
_LEADING = frozenset(("on", "the", "el"))
# "14 de marzo de 2027": the Spanish date's "de" joins day, month and year.
_OF = re.compile(r"\b(\d{1,2}) de (\w+)(?: de (\d{4}))?\b", re.IGNORECASE)
_NUMERIC = re.compile(r"^(\d{1,2})[/.](\d{1,2})(?:[/.](\d{2}|\d{4}))?\.?$")
_ORDINAL = re.compile(r"^(\d{1,2})(?:st|nd|rd|th)?,?$")
_YEAR = re.compile(r"^(\d{4})$")


def _dated(year: int | None, month: int, day: int, today: date) -> date | None:
    """The day, in ``year`` or (without one) the next time it comes."""
    try:
        found = date(year if year is not None else today.year, month, day)
    except ValueError:
        return None
    if year is None and found < today:
        try:
            found = date(today.year + 1, month, day)
        except ValueError:
            return None
    return found


def _day_in(words: list[str], today: date) -> date | None:
    """A date written in all of ``words``: 2027-03-14, 14/3[/2027], 14 March [2027],
    March 14[th] [2027]."""
    if len(words) == 1:
        try:
            return date.fromisoformat(words[0])
        except ValueError:
            pass
        if match := _NUMERIC.match(words[0]):
            year = match[3] and int(match[3]) + (2000 if len(match[3]) == 2 else 0)
            return _dated(year or None, int(match[2]), int(match[1]), today)
        return None
    year = None
    if len(words) == 3 and (match := _YEAR.match(words[2])):
        year, words = int(match[1]), words[:2]
    if len(words) != 2:
        return None
    first, second = words
    if (day := _ORDINAL.match(first)) and second.rstrip(",") in _MONTHS:
        return _dated(year, _MONTHS[second.rstrip(",")], int(day[1]), today)
    if first in _MONTHS and (day := _ORDINAL.match(second)):
        return _dated(year, _MONTHS[first], int(day[1]), today)
    return None


def parse_race(args: str, today: date) -> tuple[date, str | None] | None:
    """The race day and its distance from ``/race``'s words, or None when no date leads them.
    A weekday before the date ("Sun 14 March") and "on" are allowed."""
    tokens = _OF.sub(r"\1 \2 \3", args).replace(",", " ").split()
    words = [w.plain(token) for token in tokens]
    first = 0
    while first < len(words) and (words[first] in _WEEKDAYS or words[first] in _LEADING):
        first += 1
    for size in (3, 2, 1):
        if first + size > len(words):
            continue
        day = _day_in(words[first : first + size], today)
        if day is not None:
            distance = " ".join(tokens[first + size :]).strip(" .-")
            return day, (distance[:DISTANCE_MAX] or None)
    return _date_last(tokens, words, today)


def _date_last(tokens: list[str], words: list[str], today: date) -> tuple[date, str | None] | None:
    """The distance first and the date last: "half marathon on 14 March"."""
    for size in (3, 2, 1):
        if size >= len(words):
            continue
        day = _day_in(words[-size:], today)
        if day is not None:
            before = tokens[:-size]
            while before and (w.plain(before[-1]) in _WEEKDAYS or w.plain(before[-1]) in _LEADING):
                before.pop()
            distance = " ".join(before).strip(" .-")
            return day, (distance[:DISTANCE_MAX] or None)
    return None


async def _shown(ctx: Context) -> list[Reply]:
    found = await countdown.race_outlook(ctx)
    if found is None:
        return [Reply(texts.race.NO_RACE)]
    return [Reply(texts.race.race_text(found, ctx.settings.race_distance))]


async def race(ctx: Context, args: str) -> list[Reply]:
    """/race DATE [distance] sets the race; /race shows it; /race off removes it; during
    onboarding, "skip" (the question's button) moves on without one."""
    words = " ".join(args.lower().split())
    asked = ctx.user.onboarding_step == RACE_STEP
    if not words:
        return [step_question(ctx)] if asked else await _shown(ctx)
    if asked and words in SKIP_WORDS:
        return [Reply(texts.race.RACE_SKIPPED), *await onboarding.finish_step(ctx, RACE_STEP)]
    if words == "skip":  # the onboarding's button, pressed after onboarding: nothing to skip
        return await _shown(ctx)
    if w.plain(words) in w.COMMAND_OFF:
        ctx.settings.race_day, ctx.settings.race_distance = None, None
        return [Reply(texts.race.RACE_OFF)]
    parsed = parse_race(args, ctx.today)
    if parsed is None:
        bad = Reply(texts.race.BAD_RACE.format(value=texts.common.clip(args)))
        return [bad, step_question(ctx)] if asked else [bad]
    day, distance = parsed
    if day < ctx.today:
        return [Reply(texts.race.RACE_IN_PAST)]
    if day > ctx.today + timedelta(days=FURTHEST_DAYS):
        return [Reply(texts.race.RACE_TOO_FAR)]
    ctx.settings.race_day, ctx.settings.race_distance = day, distance
    return [*await _shown(ctx), *await onboarding.finish_step(ctx, RACE_STEP)]


def step_question(ctx: Context) -> Reply:
    return onboarding.step_question(ctx, RACE_STEP)
