"""Plain words to a report: "ran 5k, knee 3/10" becomes a run with a distance and a pain score.

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
import unicodedata
from dataclasses import dataclass, field
from enum import StrEnum

from bot.coach import thresholds as t

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

# --- vocabulary -----------------------------------------------------------------------------


def _words(spaced: str) -> frozenset[str]:
    return frozenset(spaced.split())


_WORD_NUMBERS = "zero one two three four five six seven eight nine ten"

_REQUESTS: tuple[tuple[Want, str], ...] = (
    (Want.TODAY, r"(what'?s |what is |show me |show )?(my |the )?(plan|today|todays plan)"),
    (Want.TODAY, r"(my |the )?plan (for )?today|today'?s plan|what'?s on today"),
    (Want.TODAY, r"what (do|should|shall) i do( today| now)?|what now|what'?s next"),
    (Want.PLAN, r"where am i|status|(what|which) (phase|stage|week)( am i in| is it)?"),
    (Want.PROGRESS, r"(my )?progress|how am i doing|how'?s it going|stats"),
    (Want.HELP, r"help( me)?|menu|commands|what can you do|how does (this|it) work"),
    (Want.HELLO, r"(hi|hello|hey|hiya|howdy|yo|good (morning|afternoon|evening))( there| coach)?"),
    (Want.DONE, r"(all |just )?(done|finished|did it|done it|completed)( it| that)?( now)?"),
    (Want.THANKS, r"(thanks|thank you|thx|cheers|ta)( a lot| very much| coach)?"),
)
_REQUEST_RES = tuple(
    (want, re.compile(rf"(?:{pattern})(?: please)?")) for want, pattern in _REQUESTS
)

# Said outright: no pain. "Zero pain" is "0 pain" once word numbers are digits. "The knee was
# fine" is not here: fine is not a score, so it is asked, never guessed as 0.
_ZERO_PAIN = re.compile(
    r"\b(no (knee )?pain|pain[- ]free|painless|without (any )?pain|(zero|0) pain|"
    r"did ?n[o']t hurt)\b"
)
# How the knee was, without a score: pain is talked of, so its score is asked.
_KNEE_FINE = re.compile(r"\bknee (is |was |felt |feels )?(fine|good|great|ok|okay|alright)\b")
_NOT_STOPPED = re.compile(
    r"\b(did ?n[o']t (have to )?stop|no stopping|without stopping|kept going|non[- ]?stop)\b"
)
_STOPPED = re.compile(
    r"\b(had to stop|stopped|stop(ped)? early|cut (it )?short|could ?n[o']t finish|"
    r"pulled up|gave up|bailed|dnf)\b"
)
_NOT_A_REPORT = re.compile(
    r"\b(did ?n[o']t|have ?n[o']t|has ?n[o']t|not yet|never|skipped|skipping|no (run|running|"
    r"stretch\w*|strength)|won'?t|will|going to|gonna|tomorrow|plan(ning)? to|want to|wanna|"
    r"hope to|later|tonight|should i|can i|could i|shall i|may i|would)\b"
)
_YESTERDAY = re.compile(r"\b(yesterday|last (night|week)|the other day)\b")
# "achy after yesterday": how it is now, because of yesterday; not a report about yesterday.
_AFTER_YESTERDAY = re.compile(r"\b(after|from|since) (yesterday|last night)('?s \w+)?\b")
# A score said last, after a comma: "knee fine this morning, 1", "hip work done, 2".
_TRAILING_SCORE = re.compile(
    r"(?:[,;:\-]|\b(?:was|at|is)) ?(?:a |maybe |about |like )?(\d{1,2})(?: ?/ ?10)?[ .!]*$"
)
_MORNING = re.compile(r"\b(this morning|morning|woke|waking|today|right now|now)\b")
_RUN = re.compile(
    r"\b(ran|run|runs|running|jog|jogs|jogged|jogging|walk[- ]?run|run[- /]?walk|parkrun|"
    r"treadmill|tempo|intervals|easy|long run)\b"
)
_STRENGTH = re.compile(
    r"\b(strength|hip (work|exercises?)|exercises|rehab exercises|clams?|clamshells?|bridges|"
    r"side[- ]lying|leg raises|abduction|band work)\b"
)
_STRETCHES = re.compile(r"\b(stretch|stretches|stretched|stretching)\b")
# A run said as done; "sore hip after the run" names a run but reports none.
_RAN = re.compile(r"\b(ran|jogged|did|done|finished|completed|went for)\b")
_DONE = re.compile(r"\b(did|done|finished|completed|complete|got through|stretched|ticked off)\b")
_PAIN_WORDS = _words(
    "pain painful knee knees hurt hurts hurting sore soreness ache aches aching achy stiff "
    "stiffness tender itb niggle"
)
# Words that may stand between a pain word and its score: "knee was maybe 3".
_FILLER = _words(
    "was is at about around maybe like of level score rating felt feels feeling a an only just "
    "still roughly approx the my it its it's left right during after afterwards now today this "
    "morning run be been probably"
)
# Pain words that say it hurts ("knee" alone says where, not that: "my knee feels weird").
_HURT_WORDS = _PAIN_WORDS - {"knee", "knees", "itb"}
_KM = _words("k km kms kilometer kilometers kilometre kilometres")
_MILES = _words("mi mile miles")
_MINUTES = _words("m min mins minute minutes")
_HOURS = _words("h hr hrs hour hours")
_COUNTED = _words("stage level week day session sessions set sets x reps rep times")
_NUMBER_WORDS = {w: str(i) for i, w in enumerate(_WORD_NUMBERS.split())}
_TOKEN = re.compile(r"\d+(?:\.\d+)?|[a-z]+(?:'[a-z]+)?|/")


def _normalise(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).lower()
    text = text.replace("\u2019", "'").replace("\u2018", "'")
    text = re.sub(r"(\d),(\d)", r"\1.\2", text)  # "5,5 km"
    text = re.sub(r"\bhalf an hour\b", "30 min", text)
    text = re.sub(r"\ban hour\b", "60 min", text)
    words = re.sub(r"[a-z]+", lambda m: _NUMBER_WORDS.get(m[0], m[0]), text)
    return " ".join(words.split())


# --- away -----------------------------------------------------------------------------------

_WEEKDAY_NAMES = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_AWAY = re.compile(
    r"\b(away|on holiday|on holidays|on vacation|on a trip|travell?ing|out of town|no reminders)\b"
)
_AWAY_WEEKEND = re.compile(r"\b(this|the|for the) weekend\b")
_AWAY_UNTIL = re.compile(
    r"\b(?:till|until|til|'til|back on|back)\s+(?:the\s+)?"
    rf"(?:(?P<weekday>{'|'.join(_WEEKDAY_NAMES)})|(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\b)"
)


def _away(clean: str) -> AwaySaid | None:
    """A message saying the runner is away and for how long; None for any other."""
    if clean.endswith("?") or not _AWAY.search(clean):
        return None
    if match := _AWAY_UNTIL.search(clean):
        if match["weekday"]:
            return AwaySaid(back_weekday=_WEEKDAY_NAMES.index(match["weekday"]))
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
        if tokens[j] in _PAIN_WORDS:
            return True
        if tokens[j] not in _FILLER:
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
    tokens = _TOKEN.findall(text)
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
        if unit in _KM or unit in _MILES:
            found.km = round(value * (KM_PER_MILE if unit in _MILES else 1.0), 2)
        elif unit in _MINUTES or unit in _HOURS:
            minutes = value * (60 if unit in _HOURS else 1)
            rest = tokens[i + 2] if i + 2 < len(tokens) else ""
            if unit in _HOURS and rest.isdigit():  # "1h30"
                minutes, skip = minutes + int(rest), 1
            found.minutes = (found.minutes or 0) + round(minutes)
        elif _is_score(tokens, i) or _near_pain_word(tokens, i):
            found.pain = int(value) if value.is_integer() else -1
            skip = 2 if _is_score(tokens, i) and tokens[i + 1] == "/" else 0
        elif (i > 0 and tokens[i - 1] in _COUNTED) or unit in _COUNTED:
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
    bare = clean.strip(" .!?")
    if (away := _away(clean)) is not None:
        return away
    for want, pattern in _REQUEST_RES:
        if pattern.fullmatch(bare):
            return RequestSaid(want)
    zero_pain = _ZERO_PAIN.search(clean) is not None
    not_stopped = _NOT_STOPPED.search(clean) is not None
    rest = _NOT_STOPPED.sub(" ", _ZERO_PAIN.sub(" ", _AFTER_YESTERDAY.sub(" now ", clean)))
    if clean.endswith("?") or _NOT_A_REPORT.search(rest):
        return None
    amounts = _amounts(rest)
    trailing = _TRAILING_SCORE.search(clean)
    scored = trailing is not None and t.PAIN_MIN <= int(trailing[1]) <= t.PAIN_MAX
    if amounts.pain is None and trailing and scored and not _RUN.search(rest) and not amounts.km:
        # A run's last number may be its minutes or distance: that one is asked.
        amounts.pain = int(trailing[1])
        amounts.bare = [b for b in amounts.bare if b != trailing[1]]
    if amounts.pain is None and zero_pain:
        amounts.pain = 0
    if amounts.pain is not None and not t.PAIN_MIN <= amounts.pain <= t.PAIN_MAX:
        return Unsure(Doubt.PAIN_SCALE)
    kinds = [
        kind
        for kind, pattern in (("run", _RUN), ("strength", _STRENGTH), ("stretch", _STRETCHES))
        if pattern.search(rest)
    ]
    if not kinds and (amounts.km is not None):
        kinds = ["run"]  # a distance is a run's
    if len(kinds) > 1:
        return Unsure(Doubt.SEVERAL)
    if kinds and _YESTERDAY.search(rest):
        return Unsure(Doubt.OTHER_DAY)
    stopped = not not_stopped and _STOPPED.search(rest) is not None
    if kinds == ["run"]:
        return _run(clean, amounts, stopped=stopped)
    if kinds == ["strength"]:
        done = _DONE.search(rest) or amounts.pain is not None
        return StrengthSaid(amounts.pain) if done else None
    if kinds == ["stretch"]:
        return StretchesSaid() if _DONE.search(rest) else None
    return _pain_alone(rest, amounts)


def pain_score(text: str) -> int | None:
    """A pain score said in words, for a question that asked for one: "pain 3", "3/10",
    "knee about 2", "no pain". None when there is none on the 0-10 scale."""
    clean = _normalise(text)
    if _ZERO_PAIN.search(clean) or _KNEE_FINE.search(clean):
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
    if said_nothing and not _RAN.search(clean):
        return None
    return RunSaid(amounts.minutes, amounts.km, amounts.pain, stopped)


def _pain_alone(rest: str, amounts: _Amounts) -> Understood | None:
    """Pain with no activity named: this morning's knee, or asked back when it is unclear."""
    words = set(_TOKEN.findall(rest))
    said_pain = (
        amounts.pain is not None or bool(words & _HURT_WORDS) or bool(_KNEE_FINE.search(rest))
    )
    if not said_pain:
        return None
    if _MORNING.search(rest) and not _YESTERDAY.search(rest):
        return MorningSaid(amounts.pain)
    if _YESTERDAY.search(rest):
        return None
    score = f", pain {amounts.pain}" if amounts.pain is not None else ""
    return Unsure(
        Doubt.PAIN_WHEN,
        (f"ran{score}", f"knee this morning{score}", f"strength done{score}"),
    )
