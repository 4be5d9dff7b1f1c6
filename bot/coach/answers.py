"""Answers to the questions runners ask (CLINICAL.md §7): the data and how a message finds one.

The answers are data (``protocols/answers.yaml``, validated by :class:`AnswerBook`); this
module reads a runner's words against them:

- the text is normalised like the red flags (case, apostrophes), cut into words, and the words
  in ``matching.stopwords`` are dropped;
- each remaining word is mapped to a known word of the book: the same word, one that starts
  with it or that it starts with (4 letters or more: "swim" and "swimming"), or a typo of it by
  rapidfuzz's ratio (``typo_min_score``);
- an answer's score (0-1) weighs the message's words by how rare they are among the answers
  (a word every answer shares says little): how much of the message the answer's words cover,
  and how much of its closest phrasing the message holds; a keyword of the answer (a word, or
  a phrase found as it is) raises it. The best answer at ``min_score`` or more is chosen;
  the nearest ones are offered when none reaches it.
"""

from __future__ import annotations

import math
import re
import unicodedata
from dataclasses import dataclass
from enum import StrEnum
from functools import cached_property
from string import Formatter

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator
from rapidfuzz import fuzz, process

from bot.coach import thresholds as t
from bot.coach.redflags import normalise

_ID_RE = r"^[a-z0-9][a-z0-9-]{1,30}$"  # fits a button's action: "/ask <id>"
_WORD_RE = re.compile(r"[a-z0-9]+")
_SENTENCE_END = re.compile(r"[.!?](\s|$)")
MAX_SENTENCES = 2  # CLINICAL.md §7: one or two sentences
PREFIX_MIN = 4  # letters a word needs before a prefix of it counts ("swim" in "swimming")
BODY_MARGIN = 0.15  # an answer about the body wins when this close to the best [default]
# A nearest question is offered only when near: one of its keywords is in the message, or this
# many of the message's words are its words ("inside the house" shares one word with "the pain
# is on the inside of my knee": not near) [default].
NEAR_MIN_WORDS = 2
KEYWORD_WEIGHT = 0.35  # how much a keyword adds to a score [default, tuned on the corpus]

# The numbers an answer may name as ``{name}``: each lives once, in bot/coach/thresholds.py.
NUMBERS: dict[str, int] = {
    "calm_days": t.CALM_DAYS_TO_BUILD,
    "calm_pain_max": t.CALM_PAIN_MAX,
    "build_sessions": t.BUILD_STRENGTH_DAYS_TO_RETURN,
    "strength_max": t.STRENGTH_STEP_UP_MAX,
    "green_max": t.RUN_GREEN_MAX,
    "amber_min": t.RUN_GREEN_MAX + 1,
    "amber_max": t.RUN_AMBER_MAX,
    "high_min": t.RUN_HIGH_MIN,
    "morning_rise": t.MORNING_RISE_MIN,
    "greens_to_advance": t.GREEN_RUNS_TO_ADVANCE,
    "ambers_to_step_down": t.AMBERS_TO_STEP_DOWN,
    "rest_days": t.REST_DAYS_AFTER_REST,
    "repeat_rest_days": t.REPEAT_REST_WINDOW_DAYS,
    "overload_pct": t.OVERLOAD_MINUTES_PCT,
    "stalled_days": t.STALLED_NO_IMPROVEMENT_DAYS,
    "unresolved_weeks": t.STALLED_UNRESOLVED_DAYS // 7,
    "growth_pct": t.MAINTAIN_WEEKLY_GROWTH_PCT,
    "massage_hours": t.NO_MASSAGE_HOURS_AFTER_ACUTE,
}


class Compute(StrEnum):
    """Answers that depend on where the runner stands; the service computes them."""

    WHEN_RUN = "when_run"  # from the phase, stage and rest period
    RACE_DAY = "race_day"  # what the plan allows by a named day
    TOMORROW = "tomorrow"  # the plan for tomorrow
    HOWTO = "howto"  # an exercise's own steps
    CLINICIAN_SAYS_FINE = "clinician_says_fine"  # /cleared with a flag open, else noted
    LAST_DECISION = "last_decision"  # the last run's decision and its rule's reason


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


def words(text: str) -> tuple[str, ...]:
    """The words of ``text``, normalised ("what's" -> "whats", "can't" -> "cant"), accents
    dropped ("rótula" -> "rotula", "mañana" -> "manana": runners often leave them out)."""
    plain = unicodedata.normalize("NFKD", normalise(text))
    plain = "".join(c for c in plain if not unicodedata.combining(c))
    return tuple(_WORD_RE.findall(plain.replace("'", "")))


class Answer(_Strict):
    id: str = Field(pattern=_ID_RE)
    questions: tuple[str, ...] = Field(min_length=2)
    keywords: tuple[str, ...] = ()
    answer: str = Field(min_length=3, max_length=400)
    compute: Compute | None = None
    body: bool = False  # about the runner's body: the safety hearing hears it too
    statement: bool = False  # also said, not asked ("my physio said I'm fine"): with a keyword
    source: str = Field(min_length=3)

    @field_validator("questions", "keywords")
    @classmethod
    def _have_words(cls, phrases: tuple[str, ...]) -> tuple[str, ...]:
        for phrase in phrases:
            if not words(phrase):
                raise ValueError(f"{phrase!r} has no words")
        return phrases

    @field_validator("answer")
    @classmethod
    def _short_and_known_numbers(cls, text: str) -> str:
        sentences = len(_SENTENCE_END.findall(text.strip()))
        if sentences > MAX_SENTENCES:
            raise ValueError(f"an answer is one or two sentences, this has {sentences}")
        names = {name for _, name, _, _ in Formatter().parse(text) if name is not None}
        unknown = sorted(names - NUMBERS.keys())
        if unknown:
            raise ValueError(
                f"unknown number {{{unknown[0]}}}; known: {', '.join(sorted(NUMBERS))}"
            )
        return text

    @field_validator("source")
    @classmethod
    def _named_source(cls, source: str) -> str:
        if re.search(r"\bseed\s*\d", source, re.IGNORECASE):
            raise ValueError("name the article or the CLINICAL.md section, not a seed number")
        return source

    @property
    def text(self) -> str:
        """The answer with its numbers filled in."""
        return self.answer.format(**NUMBERS)

    @property
    def label(self) -> str:
        """The question as a button shows it: its first phrasing, capitalised (the question
        marks are the language's, ``texts.answers.QUESTION_LABEL``)."""
        first = re.sub(r"\bi\b", "I", self.questions[0])
        return first[:1].upper() + first[1:]


class AnswerMatching(_Strict):
    """How a message is matched; every number here is this product's own choice [default]."""

    stopwords: tuple[str, ...] = ()
    offered: tuple[str, ...] = ()  # answer ids offered when a message is like none of them
    question_starts: tuple[str, ...] = ()  # first words that make a message a question
    question_fillers: tuple[str, ...] = ()  # words before them that change nothing ("so")
    min_score: float = Field(default=0.5, gt=0, le=1)
    statement_min_score: float = Field(default=0.75, gt=0, le=1)
    typo_min_score: float = Field(default=84, ge=50, le=100)


class AnswerBook(_Strict):
    """Every answer the coach gives to a question, and how a message is matched to one.

    ``translations`` are the same answers in other languages (``answers.<code>.yaml``): the
    same ids, sources and marks. A message is matched in every language, and the answer is
    given in the language asked for (:meth:`translated`)."""

    language: str = Field(default="en", pattern=r"^[a-z]{2,3}$")
    source: str = Field(min_length=3)
    matching: AnswerMatching
    answers: tuple[Answer, ...] = Field(min_length=1)
    translations: tuple[AnswerBook, ...] = ()

    @model_validator(mode="after")
    def _unique(self) -> AnswerBook:
        ids = [a.id for a in self.answers]
        dupes = sorted({i for i in ids if ids.count(i) > 1})
        if dupes:
            raise ValueError(f"answer ids repeat: {', '.join(dupes)}")
        unknown = [i for i in self.matching.offered if i not in ids]
        if unknown:
            raise ValueError(f"matching.offered names no answer: {', '.join(unknown)}")
        for other in self.translations:
            _same_answers(self, other)
        return self

    def in_language(self, code: str) -> AnswerBook:
        """The book in ``code``; this one when there is none."""
        return next((b for b in (self, *self.translations) if b.language == code), self)

    def translated(self, answer: Answer, code: str) -> Answer:
        """``answer`` in ``code`` (the same id), or as it is when there is none."""
        return self.in_language(code).get(answer.id) or answer

    def get(self, answer_id: str) -> Answer | None:
        return next((a for a in self.answers if a.id == answer_id), None)

    @cached_property
    def _matcher(self) -> _Matcher:
        return _Matcher(self)

    def ranked(self, text: str) -> tuple[Scored, ...]:
        """Every answer with a score above 0 for ``text``, best first."""
        return self._matcher.ranked(text)

    def is_question(self, text: str) -> bool:
        """Whether ``text`` is put as a question in any of the book's languages."""
        return any(b._is_question(text) for b in (self, *self.translations))

    def _is_question(self, text: str) -> bool:
        """Whether ``text`` is put as a question: it holds "?", or one of its clauses starts
        with a question word, after fillers ("so why R4", "pain behind the knee, what does
        that mean"); "I can walk fine" is not one."""
        if "?" in text:
            return True
        clauses = re.split(r"[,.;:!\n]+|\s[-–—]\s", normalise(text))
        for clause in clauses:
            said = list(words(clause))
            while said and said[0] in self._fillers:
                said.pop(0)
            if said and said[0] in self._starts:
                return True
        return False

    @cached_property
    def _fillers(self) -> frozenset[str]:
        return frozenset(w for s in self.matching.question_fillers for w in words(s))

    @cached_property
    def _starts(self) -> frozenset[str]:
        return frozenset(w for s in self.matching.question_starts for w in words(s))

    def nearest(self, text: str, limit: int) -> tuple[Answer, ...]:
        """Up to ``limit`` answers near ``text`` in any language (closest first), then the
        ``offered`` ones: this book's own."""
        ranked = sorted(
            (s for b in (self, *self.translations) for s in b.ranked(text) if s.near),
            key=lambda s: -s.raw,
        )
        ids = list(dict.fromkeys(s.answer.id for s in ranked))[:limit]
        found = [a for a in (self.get(i) for i in ids) if a is not None]
        offered = (self.get(i) for i in self.matching.offered)
        found += [a for a in offered if a is not None and a not in found]
        return tuple(found[:limit])

    def match(self, text: str) -> Answer | None:
        """The answer ``text`` asks for in any of the book's languages (this book's own), or
        None when none reaches ``min_score``."""
        best: Scored | None = None
        asked = self.is_question(text)
        for book in (self, *self.translations):
            found = book._match(text, asked=asked)
            if found is not None and (best is None or found.raw > best.raw):
                best = found
        return None if best is None else self.get(best.answer.id)

    def _match(self, text: str, *, asked: bool) -> Scored | None:
        """The answer in this language, by :meth:`match`'s rules. An answer about the body
        ("pain on the inside of my knee") comes first when it is close to the best: safety
        before convenience."""
        ranked = [s for s in self.ranked(text) if s.score >= self.matching.min_score]
        if not asked:  # said, not asked: only what is said so, by its keyword
            least = self.matching.statement_min_score
            ranked = [s for s in ranked if s.answer.statement and s.keyword and s.score >= least]
        if not ranked:
            return None
        body = next((s for s in ranked if s.answer.body), None)
        if body is not None and body.raw >= ranked[0].raw - BODY_MARGIN:
            return body
        return ranked[0]


def _same_answers(book: AnswerBook, other: AnswerBook) -> None:
    """A translation holds the same answers: the same ids, sources and marks."""
    theirs = {a.id: a for a in other.answers}
    for answer in book.answers:
        twin = theirs.pop(answer.id, None)
        if twin is None:
            raise ValueError(f"answer {answer.id!r} has no {other.language!r} translation")
        for name in ("source", "compute", "body", "statement"):
            if getattr(twin, name) != getattr(answer, name):
                raise ValueError(f"answer {answer.id!r}: {name} differs in {other.language!r}")
    if theirs:
        raise ValueError(f"{other.language!r} answers not in the book: {', '.join(theirs)}")


@dataclass(frozen=True, slots=True)
class Scored:
    answer: Answer
    score: float  # 0-1
    raw: float = 0.0  # before capping at 1: orders answers that both reach 1
    keyword: bool = False  # one of the answer's keywords is in the message
    shared: int = 0  # how many of the message's words are the answer's words

    @property
    def near(self) -> bool:
        return self.keyword or self.shared >= NEAR_MIN_WORDS


@dataclass(frozen=True, slots=True)
class _Entry:
    answer: Answer
    vocabulary: frozenset[str]
    phrasings: tuple[frozenset[str], ...]
    keywords: frozenset[str]  # one-word keywords
    phrases: tuple[str, ...]  # several-word keywords, found as they are (" how long ")


class _Matcher:
    def __init__(self, book: AnswerBook) -> None:
        self.stop = frozenset(w for s in book.matching.stopwords for w in words(s))
        self.typo_min = book.matching.typo_min_score
        self.entries = tuple(self._entry(a) for a in book.answers)
        self.known = sorted(frozenset().union(*(e.vocabulary for e in self.entries)))
        counts = {w: sum(w in e.vocabulary for e in self.entries) for w in self.known}
        n = len(self.entries)
        self.weight = {w: math.log(1 + n / c) for w, c in counts.items()}
        self.unknown_weight = math.log(1 + n / 2)  # an unknown word: rare, but says nothing

    def _content(self, text: str) -> list[str]:
        return [w for w in words(text) if w not in self.stop]

    def _entry(self, answer: Answer) -> _Entry:
        phrasings = tuple(frozenset(self._content(q)) for q in answer.questions)
        single = [k for k in answer.keywords if len(words(k)) == 1]
        keywords = frozenset(w for k in single for w in words(k))
        phrases = tuple(
            " " + " ".join(words(k)) + " " for k in answer.keywords if len(words(k)) > 1
        )
        vocabulary = frozenset().union(*phrasings, keywords)
        return _Entry(answer, vocabulary, phrasings, keywords, phrases)

    def _known(self, word: str) -> str | None:
        """The book's word this typed word stands for, or None."""
        if word in self.weight:
            return word
        if len(word) < PREFIX_MIN:
            return None
        for known in self.known:
            if len(known) >= PREFIX_MIN and (word.startswith(known) or known.startswith(word)):
                return known
        same_start = [k for k in self.known if k[0] == word[0]]  # typos keep the first letter
        found = process.extractOne(word, same_start, scorer=fuzz.ratio, score_cutoff=self.typo_min)
        return found[0] if found else None

    def ranked(self, text: str) -> tuple[Scored, ...]:
        typed = self._content(text)
        if not typed:
            return ()
        mapped = [self._known(w) for w in typed]
        message = {w for w in mapped if w is not None}
        total = sum(self.weight[w] for w in message) + self.unknown_weight * mapped.count(None)
        spaced = " " + " ".join(words(text)) + " "
        scored = []
        for entry in self.entries:
            keyword = bool(message & entry.keywords) or any(p in spaced for p in entry.phrases)
            score = self._score(entry, message, total, keyword)
            if score > 0:
                shared = len(message & entry.vocabulary)
                rounded = round(min(score, 1.0), 3)
                scored.append(Scored(entry.answer, rounded, score, keyword, shared))
        return tuple(sorted(scored, key=lambda s: -s.raw))

    def _score(self, entry: _Entry, message: set[str], total: float, keyword: bool) -> float:
        covered = sum(self.weight[w] for w in message & entry.vocabulary)
        if total == 0:
            return 0.0
        coverage = covered / total
        best = max(
            (
                sum(self.weight[w] for w in message & p) / sum(self.weight[w] for w in p)
                for p in entry.phrasings
                if p
            ),
            default=0.0,
        )
        return (coverage + best) / 2 + (KEYWORD_WEIGHT if keyword else 0.0)
