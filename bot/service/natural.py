"""Plain words to a report: "ran 5k, knee 3/10" (or "corrí 5 km, dolor 3") becomes a run with a
distance and a pain score. The words of each meaning, English and Spanish, are the tables of
``bot.service.natural_words``; one set of rules reads both.

Pure: no I/O, no clock, no storage. :func:`understand` returns one typed value, an
:class:`Unsure` (the message carries something, but what exactly must be asked), or None when
the message is not a report or a plain request. Rules it keeps:

- a number is a pain score only next to a pain word ("pain 3", "knee 3", "stiff, maybe 3")
  or written as a score ("3/10", "3 out of 10"); any other bare number is not a pain score;
- a run's number with no unit ("ran 5") is asked back: minutes or kilometres?
- talk of the future, of something not done, or a question is not a report.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from enum import StrEnum

from bot.coach import thresholds as t
from bot.service import natural_words as w
from bot.texts import language

KM_PER_MILE = 1.609344  # the international mile
MAX_RUN_MINUTES = 600  # the same bound /run accepts
MAX_RUN_KM = 200.0


@dataclass(frozen=True, slots=True)
class RunSaid:
    minutes: int | None = None
    distance_km: float | None = None
    pain: int | None = None  # None: ask for it
    stopped: bool = False  # "had to stop", like /run's "stopped"; unsaid means it did not


@dataclass(frozen=True, slots=True)
class MorningSaid:
    pain: int | None = None  # None: ask for it


@dataclass(frozen=True, slots=True)
class StrengthSaid:
    pain: int | None = None  # None: ask for it


@dataclass(frozen=True, slots=True)
class StretchesSaid:
    pass


class Want(StrEnum):
    TODAY = "today"
    PLAN = "plan"
    PROGRESS = "progress"
    HELP = "help"
    HELLO = "hello"
    THANKS = "thanks"
    DONE = "done"  # a bare "done": the item whose reminder came last


@dataclass(frozen=True, slots=True)
class RequestSaid:
    want: Want


class Doubt(StrEnum):
    RUN_AMOUNT = "run_amount"  # "ran 5": minutes or km?
    PAIN_WHEN = "pain_when"  # "pain 3": during a run, this morning, or strength?
    PAIN_SCALE = "pain_scale"  # "pain 12": the scale is 0-10
    SEVERAL = "several"  # "ran 5k and did my stretches": one at a time
    OTHER_DAY = "other_day"  # "ran 5k yesterday": reports are for today
    RUN_OUT_OF_RANGE = "run_out_of_range"  # "ran 500 km": more than one run can be


@dataclass(frozen=True, slots=True)
class Unsure:
    """Ask this back. ``options`` are messages that, sent as they are, are understood without
    doubt (a channel shows them as buttons); they may be empty."""

    doubt: Doubt
    options: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class AwaySaid:
    """Away, so no reminders: "away this weekend", "away till Monday", "on holiday until the
    20th". A request for a pause of those days (``bot.service.pause`` names the dates)."""

    weekend: bool = False
    back_weekday: int | None = None  # Mon=0: back on that day
    back_day: int | None = None  # a day of the month: back on that day


Report = RunSaid | MorningSaid | StrengthSaid | StretchesSaid
Understood = Report | RequestSaid | AwaySaid | Unsure

# --- vocabulary: bot.service.natural_words, every table in English and Spanish --------------

_REQUEST_RES = tuple(
    (Want(want), re.compile(rf"(?:{pattern}){w.PLEASE}")) for want, pattern in w.REQUESTS
)
_normalise = w.normalise


# --- away -----------------------------------------------------------------------------------

# Each table holds its English and Spanish words (the text's accents are dropped).
_WEEKDAY_NAMES = (
    ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"),
    ("lunes", "martes", "miercoles", "jueves", "viernes", "sabado", "domingo"),
)
_WEEKDAY_INDEX = {name: i for names in _WEEKDAY_NAMES for i, name in enumerate(names)}
_AWAY = re.compile(
    r"\b(away|on holiday|on holidays|on vacation|on a trip|travell?ing|out of town|no reminders|"
    r"de viaje|de vacaciones|fuera de casa|fuera|viajando|sin recordatorios)\b"
)
_AWAY_WEEKEND = re.compile(r"\b((this|the|for the) weekend|(este|el) (fin de semana|finde))\b")
_AWAY_UNTIL = re.compile(
    r"\b(?:till|until|til|'til|back on|back|hasta|vuelvo|vuelvo el)\s+(?:the\s+|el\s+|el dia\s+)?"
    rf"(?:(?P<weekday>{'|'.join(_WEEKDAY_INDEX)})|(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\b)"
)


def _away(clean: str) -> AwaySaid | None:
    """A message saying the runner is away and for how long; None for any other."""
    if clean.endswith("?") or not _AWAY.search(clean):
        return None
    if match := _AWAY_UNTIL.search(clean):
        if match["weekday"]:
            return AwaySaid(back_weekday=_WEEKDAY_INDEX[match["weekday"]])
        if 1 <= int(match["day"]) <= 31:
            return AwaySaid(back_day=int(match["day"]))
    return AwaySaid(weekend=True) if _AWAY_WEEKEND.search(clean) else None


# --- numbers --------------------------------------------------------------------------------


@dataclass
class _Amounts:
    minutes: int | None = None
    km: float | None = None
    pain: int | None = None
    bare: list[str] = field(default_factory=list)  # no unit and no pain word


def _is_number(token: str) -> bool:
    return token[0].isdigit()


def _near_pain_word(tokens: list[str], i: int) -> bool:
    """A pain word before ``tokens[i]``, with at most three filler words between."""
    j = i - 1
    while j >= 0 and i - j <= 4:
        if tokens[j] in w.PAIN_WORDS:
            return True
        if tokens[j] not in w.FILLER:
            return False
        j -= 1
    return False


def _is_score(tokens: list[str], i: int) -> bool:
    following = tokens[i + 1 : i + 4]
    return following[:2] == ["/", "10"] or following == [
        "out",
        "of",
        "10",
    ]


def _amounts(text: str) -> _Amounts:
    tokens = w.TOKEN.findall(text)
    found = _Amounts()
    skip = 0
    for i, token in enumerate(tokens):
        if skip:
            skip -= 1
            continue
        if not _is_number(token):
            continue
        unit = tokens[i + 1] if i + 1 < len(tokens) else ""
        value = float(token)
        if unit in w.KM or unit in w.MILES:
            found.km = round(value * (KM_PER_MILE if unit in w.MILES else 1.0), 2)
        elif unit in w.MINUTES or unit in w.HOURS:
            minutes = value * (60 if unit in w.HOURS else 1)
            rest = tokens[i + 2] if i + 2 < len(tokens) else ""
            if unit in w.HOURS and rest.isdigit():  # "1h30"
                minutes, skip = minutes + int(rest), 1
            found.minutes = (found.minutes or 0) + round(minutes)
        elif _is_score(tokens, i) or _near_pain_word(tokens, i):
            found.pain = int(value) if value.is_integer() else -1
            skip = 2 if _is_score(tokens, i) and tokens[i + 1] == "/" else 0
        elif (i > 0 and tokens[i - 1] in w.COUNTED) or unit in w.COUNTED:
            continue
        else:
            found.bare.append(token)
    return found


# --- deciding -------------------------------------------------------------------------------


def understand(text: str) -> Understood | None:
    """What a plain message reports or asks for; None when it is neither."""
    clean = _normalise(text)
    if not clean or clean.startswith("/"):
        return None
    bare = clean.strip(" .!?¿¡")
    if (away := _away(clean)) is not None:
        return away
    for want, pattern in _REQUEST_RES:
        if pattern.fullmatch(bare):
            return RequestSaid(want)
    zero_pain = w.ZERO_PAIN.search(clean) is not None
    not_stopped = w.NOT_STOPPED.search(clean) is not None
    rest = w.NOT_STOPPED.sub(" ", w.ZERO_PAIN.sub(" ", w.AFTER_YESTERDAY.sub(" now ", clean)))
    if clean.endswith("?") or w.NOT_A_REPORT.search(rest):
        return None
    amounts = _amounts(rest)
    trailing = w.TRAILING_SCORE.search(clean)
    scored = trailing is not None and t.PAIN_MIN <= int(trailing[1]) <= t.PAIN_MAX
    if amounts.pain is None and trailing and scored and not w.RUN.search(rest) and not amounts.km:
        # A run's last number may be its minutes or distance: that one is asked.
        amounts.pain = int(trailing[1])
        amounts.bare = [b for b in amounts.bare if b != trailing[1]]
    if amounts.pain is None and zero_pain:
        amounts.pain = 0
    if amounts.pain is not None and not t.PAIN_MIN <= amounts.pain <= t.PAIN_MAX:
        return Unsure(Doubt.PAIN_SCALE)
    kinds = [
        kind
        for kind, pattern in (("run", w.RUN), ("strength", w.STRENGTH), ("stretch", w.STRETCHES))
        if pattern.search(rest)
    ]
    if not kinds and (amounts.km is not None):
        kinds = ["run"]  # a distance is a run's
    if len(kinds) > 1:
        return Unsure(Doubt.SEVERAL)
    if kinds and w.YESTERDAY.search(rest):
        return Unsure(Doubt.OTHER_DAY)
    stopped = not not_stopped and w.STOPPED.search(rest) is not None
    if kinds == ["run"]:
        return _run(clean, amounts, stopped=stopped)
    if kinds == ["strength"]:
        done = w.DONE.search(rest) or amounts.pain is not None
        return StrengthSaid(amounts.pain) if done else None
    if kinds == ["stretch"]:
        return StretchesSaid() if w.DONE.search(rest) else None
    return _pain_alone(rest, amounts)


def pain_score(text: str) -> int | None:
    """A pain score said in words, for a question that asked for one: "pain 3", "3/10",
    "knee about 2", "no pain". None when there is none on the 0-10 scale."""
    clean = _normalise(text)
    if w.ZERO_PAIN.search(clean) or w.KNEE_FINE.search(clean):
        return 0  # asked how much it hurt, "the knee was fine" answers it
    pain = _amounts(clean).pain
    return pain if pain is not None and t.PAIN_MIN <= pain <= t.PAIN_MAX else None


def _run(clean: str, amounts: _Amounts, *, stopped: bool) -> Understood | None:
    bare = amounts.bare
    if amounts.minutes is None and amounts.km is None and bare:
        number = bare[0]
        as_minutes = re.sub(rf"\b{re.escape(number)}\b", f"{number} min", clean, count=1)
        as_km = re.sub(rf"\b{re.escape(number)}\b", f"{number} km", clean, count=1)
        return Unsure(Doubt.RUN_AMOUNT, (as_minutes, as_km))
    if amounts.minutes is not None and not 1 <= amounts.minutes <= MAX_RUN_MINUTES:
        return Unsure(Doubt.RUN_OUT_OF_RANGE)
    if amounts.km is not None and not 0 < amounts.km <= MAX_RUN_KM:
        return Unsure(Doubt.RUN_OUT_OF_RANGE)
    said_nothing = amounts.minutes is None and amounts.km is None and amounts.pain is None
    if said_nothing and not w.RAN.search(clean):
        return None
    return RunSaid(amounts.minutes, amounts.km, amounts.pain, stopped)


def _pain_alone(rest: str, amounts: _Amounts) -> Understood | None:
    """Pain with no activity named: this morning's knee, or asked back when it is unclear
    (minutes with no activity named may be a run's: "today 30 min, it hurt 4")."""
    words = set(w.TOKEN.findall(rest))
    said_pain = (
        amounts.pain is not None or bool(words & w.HURT_WORDS) or bool(w.KNEE_FINE.search(rest))
    )
    if not said_pain:
        return None
    timed = amounts.minutes is not None
    if w.MORNING.search(rest) and not w.YESTERDAY.search(rest) and not timed:
        return MorningSaid(amounts.pain)
    if w.YESTERDAY.search(rest):
        return None
    ran, morning, strength, pain = w.OPTIONS.get(language.current(), w.OPTIONS["en"])
    score = f", {pain} {amounts.pain}" if amounts.pain is not None else ""
    run = f"{ran} {amounts.minutes} min" if timed else ran
    return Unsure(Doubt.PAIN_WHEN, (f"{run}{score}", f"{morning}{score}", f"{strength}{score}"))
