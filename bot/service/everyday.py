"""More of the runner's everyday words, read before the single reports of ``natural``:
a correction of the last report, a skipped session, the stairs in words, two reports in one
message and a report about a named day of the last week.

Pure, like ``natural``: each phrase family is a small table or pattern below; the service
decides what each value does (``bot.service.everyday_use``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from babel.dates import get_day_names

from bot.coach import thresholds as t
from bot.service import natural, parse
from bot.service import natural_words as w
from bot.service.natural import MorningSaid, StrengthSaid, StretchesSaid

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
# A day named in full in any language the coach speaks (Babel's names, accents dropped), as
# the English name the service dates.
_DAY_NAMES = {
    "ayer": "yesterday",
    **{name: WEEKDAYS[n] for name, n in parse.calendar_words(get_day_names, "wide").items()},
}


@dataclass(frozen=True, slots=True)
class CorrectionSaid:
    """ "actually it was more like a 3": the last report's pain, corrected."""

    pain: int


@dataclass(frozen=True, slots=True)
class SkipSaid:
    """ "too tired tonight, skipping the strength": today's session of ``item`` skipped."""

    item: str  # "strength" or "stretch"


@dataclass(frozen=True, slots=True)
class StairsSaid:
    """The stairs and walking, in words: ``ok`` is True when they were pain-free."""

    ok: bool


@dataclass(frozen=True, slots=True)
class SeveralSaid:
    """Two reports in one message: "did strength and stretches, pain 0"."""

    reports: tuple[StrengthSaid | StretchesSaid, ...]


@dataclass(frozen=True, slots=True)
class OnDaySaid:
    """A report about a named day of the last week: ``day`` is "yesterday" or a weekday's
    name (the service dates it)."""

    report: MorningSaid | StrengthSaid | StretchesSaid
    day: str

    def days_back(self, weekday: int) -> int:
        """How many days before today (its ``weekday``, Monday 0) the named day was: 0-6."""
        if self.day == "yesterday":
            return 1
        return (weekday - WEEKDAYS.index(self.day)) % 7


Everyday = CorrectionSaid | SkipSaid | StairsSaid | SeveralSaid | OnDaySaid

# "actually 3" alone corrects; "actually, did strength, 2" is a report ("more like" always).
# Each pattern holds its English and Spanish words (the text's accents are dropped).
_CORRECTION_START = re.compile(
    r"^(actually|oops|correction|no wait|en realidad|perdon|correccion|no espera|me equivoque)\b"
)
_CORRECTION = re.compile(
    r"\b(more like|i meant|meant to say|make (that|it)|should have (said|been)|not \d+ but|"
    r"mas bien|quise decir|queria decir|no (era|fue) (un )?\d+ sino|no \d+ sino)\b"
)
_LAST_SCORE = re.compile(r"(\d{1,2})(?: ?/ ?10)?[^\d]*$")
_SKIP = re.compile(
    r"\b(skip|skipping|skipped|skip it|giving (it|the \w+) a miss|not doing|won'?t do|"
    r"no (strength|stretch\w*) (today|tonight)|"
    r"me (lo |la |los |las )?(salto|salte)|salto|hoy no (hago|toca)|no voy a hacer|paso de|"
    r"sin (fuerza|estiramientos) (hoy|esta noche))\b"
)
_SKIP_ITEMS = (
    ("strength", r"strength|hip (work|exercises?)|exercises|fuerza|ejercicios"),
    ("stretch", r"stretch|estira"),
)
_STAIRS = re.compile(
    r"\b(stairs|steps|staircase|walking|escaleras|escalones|caminar|andar|caminando|andando)\b"
)
# Said to be painless, read before the sore words it holds ("didn't hurt", "no me duelen").
_STAIRS_NO_PAIN = re.compile(
    r"\b(pain[- ]free|no pain|didn'?t hurt|sin (dolor|molestias?)|"
    r"no (me )?(duele|duelen|dolio|dolieron|molesta|molestan|molestaron))\b"
)
_STAIRS_SORE = re.compile(
    r"\b(sore|hurt|hurts|hurting|painful|ache|aches|achy|tender|twinge|"
    r"duele|duelen|dolio|dolieron|dolorido|dolorida|molesta|molestan|molestia|molestias)\b"
)
_STAIRS_FINE = re.compile(
    r"\b(fine|ok|okay|good|great|no problems?|easy|"
    r"bien|perfecto|perfectas|genial|sin problemas?|facil)\b"
)
_DAY = re.compile(
    r"\b(on |last |el |el pasado )?("
    + "|".join((*WEEKDAYS, *_DAY_NAMES))
    + r"|yesterday)('?s)?( pasado)?\b"
)


def understand(text: str) -> Everyday | None:
    """One of these values, or None: not one of these."""
    clean = w.normalise(text)
    if not clean or clean.startswith("/") or clean.endswith("?"):
        return None
    for read in (_correction, _skip, _stairs, _several):
        said = read(clean)
        if said is not None:
            return said
    return _on_day(clean)


def _correction(clean: str) -> CorrectionSaid | None:
    score = _LAST_SCORE.search(clean)
    activity = w.RUN.search(clean) or w.STRENGTH.search(clean)
    starts = _CORRECTION_START.search(clean) and not activity
    if not (starts or _CORRECTION.search(clean)) or score is None:
        return None
    pain = int(score[1])
    return CorrectionSaid(pain) if t.PAIN_MIN <= pain <= t.PAIN_MAX else None


def _skip(clean: str) -> SkipSaid | None:
    if not _SKIP.search(clean):
        return None
    for item, pattern in _SKIP_ITEMS:
        if re.search(rf"\b({pattern})", clean):
            return SkipSaid(item)
    return None


def _stairs(clean: str) -> StairsSaid | None:
    if not _STAIRS.search(clean) or w.RUN.search(clean) or re.search(r"\d", clean):
        return None  # "sore when walking, 4" carries a score: the usual reports read it
    if _STAIRS_NO_PAIN.search(clean):
        return StairsSaid(True)
    if _STAIRS_SORE.search(clean):
        return StairsSaid(False)
    if _STAIRS_FINE.search(clean):
        return StairsSaid(True)
    return None


def stairs_answer(text: str) -> bool | None:
    """The answer to "were stairs and walking pain-free?" in words: "no, a bit sore",
    "stairs were fine"; None when it is not one."""
    clean = w.normalise(text)
    said = _stairs(clean)
    if said is not None:
        return said.ok
    if _STAIRS_NO_PAIN.search(clean):
        return True
    if _STAIRS_SORE.search(clean):
        return False
    if _STAIRS_FINE.search(clean):
        return True  # "fine": the stairs were fine (not the "did you stop?" sense of it)
    first = clean.split(" ", 1)[0].strip(",.!")
    answers = {"yes": True, "yeah": True, "yep": True, "no": False, "nope": False}
    answers |= {"si": True, "sip": True, "claro": True, "nop": False}
    return answers.get(first)


def _several(clean: str) -> SeveralSaid | None:
    if not (w.STRENGTH.search(clean) and w.STRETCHES.search(clean)):
        return None
    if w.RUN.search(clean):
        return None  # a run's numbers and pain are asked one at a time
    alone = w.STRETCHES.sub(" ", clean)
    strength = natural.understand(alone)
    if not isinstance(strength, StrengthSaid):
        return None
    return SeveralSaid((strength, StretchesSaid()))


def _on_day(clean: str) -> OnDaySaid | None:
    found = _DAY.search(clean)
    if found is None:
        return None
    said = natural.understand(_DAY.sub(" ", clean))
    if isinstance(said, MorningSaid | StrengthSaid | StretchesSaid):
        return OnDaySaid(said, _DAY_NAMES.get(found[2], found[2]))
    return None
