"""How phrases are matched (``matching`` in ``protocols/red_flags.yaml``) and how a runner's text
is normalised before it is read (``bot.coach.phrases``)."""

from __future__ import annotations

import re
import unicodedata
from typing import Protocol

from pydantic import BaseModel, ConfigDict, Field

from bot.coach.context_words import ContextWords

_WORD_RE = re.compile(r"[a-z0-9']+")
# Clause breaks: sentence punctuation, brackets, dashes between words, line breaks.
_CLAUSE_RE = re.compile(r"[.,;:!?()\[\]\n]+|\s[-–—]+\s")
_SENTENCE_RE = re.compile(r"[^.!?\n]+[.!?\n]*")
_BODY_DEPENDENT = "~"  # a phrase that is a flag only next to the runner's body
_BOTH = " & "  # "lying|resting & ache*|pain*": each part anywhere in the clause, in any order
_CONTRACTION_RE = re.compile(
    r"\b(can|could|did|does|do|is|was|has|have|had|would|wo|are|were|should|must)n[’']?t\b"
)


_SPELLED_NOT_RE = re.compile(r"\b(could|did|does|do|would|should|must) not\b")
_NOT_BEEN_ABLE_RE = re.compile(r"\b(?:haven't|hasn't|hadn't|have not|has not) been able to\b")


class Matching(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    """How phrases are matched; every number here is this product's own choice [default]."""

    negations: tuple[str, ...] = Field(min_length=1)
    uncertain: tuple[str, ...] = ()  # "not sure", "don't know": not a negation
    pseudo: tuple[str, ...] = ()  # a negation or "gone" that says nothing: "doing nothing"
    resolved: tuple[str, ...] = ()  # after a finding: it is over ("the swelling has gone")
    # A word of `resolved` says "over" at the clause's end or before one of these ("gone
    # down", "gone now"), not before a describing word ("the knee's gone angry red").
    resolved_then: tuple[str, ...] = ()
    # Right before a finding, these carry a negation's reach over the item before them ("it
    # doesn't bother me at night or sitting down").
    coordinators: tuple[str, ...] = ()
    # In a later clause, beside a negated sign of the same flag: it has not come back since
    # ("toes went numb in the shop ... no numbness since").
    since: tuple[str, ...] = ()
    over: tuple[str, ...] = ()  # starting a clause: the one before is over ("that's long gone")
    clause_breaks: tuple[str, ...] = ()  # words that end a negation's reach ("but")
    negation_window: int = Field(default=3, ge=0, le=8)
    max_gap: int = Field(default=2, ge=0, le=5)
    fuzzy_min_length: int = Field(default=5, ge=3, le=20)
    fuzzy_min_score: float = Field(default=85, ge=50, le=100)
    context: ContextWords = ContextWords()
    spellings: dict[str, str] = {}  # regional forms read as the standard: "cannae" -> "can't"


def normalise(text: str) -> str:
    """Lower case, no accents ("tobíllo" -> "tobillo", "ñ" -> "n"), plain apostrophes,
    "cannot"/"cant"/"not able to"/"haven't been able to" -> "can't", "&"/" n " -> "and"."""
    text = unicodedata.normalize("NFKD", text.lower())
    text = unicodedata.normalize("NFKC", "".join(c for c in text if not unicodedata.combining(c)))
    text = re.sub(r"[\u2018\u2019\u02bc`´]", "'", text)
    text = text.replace("&", " and ").replace("/", " ")
    text = re.sub(r"\bcan ?not\b|\bcant\b|\b(?:not able|unable) to\b", "can't", text)
    text = re.sub(r"(?<=\w) n (?=\w)", " and ", text)  # "warm n pink"
    text = _SPELLED_NOT_RE.sub(lambda m: m.group(1) + "n't", text)  # "could not" -> "couldn't"
    text = re.sub(r"\bwill not\b", "won't", text)
    text = _CONTRACTION_RE.sub(lambda m: m.group(1) + "n't", text)
    return _NOT_BEEN_ABLE_RE.sub("can't", text)


class Flag(Protocol):
    """A flag's words, as the matcher reads them (``bot.coach.redflags.RedFlag``)."""

    @property
    def id(self) -> str: ...
    @property
    def phrases(self) -> tuple[str, ...]: ...
    @property
    def not_phrases(self) -> tuple[str, ...]: ...


class Vocabulary(Protocol):
    """What the matcher reads of a vocabulary (``bot.coach.redflags.RedFlagVocabulary``)."""

    @property
    def matching(self) -> Matching: ...
    @property
    def flags(self) -> tuple[Flag, ...]: ...
