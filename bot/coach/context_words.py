"""The words the context rules of ``bot.coach.context_rules`` look for (``matching.context`` in
``protocols/red_flags.yaml``), and how a phrase of them is found in a clause's words."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from pydantic import BaseModel, ConfigDict, Field


class ContextWords(BaseModel):
    """The words the context rules look for; ``word*`` is a prefix."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    others: tuple[str, ...] = ()  # someone else: "son", "mate*", "dog*", "his", "little one"
    runner: tuple[str, ...] = ()  # the runner: "i", "me", "myself"
    body: tuple[str, ...] = ()  # a body part: "knee*", "leg*", "foot"
    hypothetical: tuple[str, ...] = ()  # always hypothetical: "what if", "in case"
    conditional: tuple[str, ...] = ()  # hypothetical in a question: "if"
    questions: tuple[str, ...] = ()  # make a sentence a question without "?": "what then"
    generic: tuple[str, ...] = ()  # in a question, about a sign in general: "to get", "people"
    historical: tuple[str, ...] = ()  # long over: "years ago", "when i was"
    long_ago: tuple[str, ...] = ()  # anywhere in the clause: "as a teenager", "ages ago"
    weather: tuple[str, ...] = ()  # a body-dependent sign with no body part: "weather", "day"
    ahead: tuple[str, ...] = ()  # anywhere in a message, asking ahead: "before it happens"
    current: tuple[str, ...] = ()  # after a historical trigger, back to now: "now", "again"
    function: tuple[str, ...] = ()  # neither a subject nor an object: "is", "really", "it"
    particles: tuple[str, ...] = ()  # between a verb and its object: "over", "to", "off"
    determiners: tuple[str, ...] = ()  # an object follows: "a", "the", "my"
    own: tuple[str, ...] = ("me", "my", "myself")  # right after a finding: the runner's
    after: int = Field(default=2, ge=1, le=4)  # how far after a finding its object is sought
    unowned: tuple[str, ...] = ()  # before a body part, leave its owner open: "la rodilla"
    clitics: tuple[str, ...] = ()  # at or right before a finding: the runner's ("me pateó")
    asking: tuple[str, ...] = ()  # a question's first word, the sign right after: "is", "can"
    # A word ending in "'s" before a body part names its owner ("the cow's leg", "Sam's knee"),
    # except these ("it's", "today's").
    not_owners: tuple[str, ...] = ()
    # Subjects that strike no body: a body-dependent sign after them is a figure of speech
    # even with "me" after it ("the rent hike knocked me off my feet").
    abstract: tuple[str, ...] = ()
    burdens: tuple[str, ...] = ()  # after a sign, no body's: "the weight of these bills"
    general: tuple[str, ...] = ()  # before a body part in a general question: "the", "your"
    companions: tuple[str, ...] = ()  # before "my" and a person the runner was with: "with"
    joining: tuple[str, ...] = ()  # joining two verbs, the subject unknown: "and", "then"
    of: tuple[str, ...] = ()  # between a subject and what it is about: "about", "of"
    causing: tuple[str, ...] = ()  # between such a subject and the sign: "gave", "me"
    carers: tuple[str, ...] = ()  # before a finding: the runner looks after its owner
    vocatives: tuple[str, ...] = ()  # at a clause's start, an address: "coach"
    lasting: tuple[str, ...] = ()  # after a sign, with a span of time: "for", "since"
    spans: tuple[str, ...] = ()  # a span of time after `lasting`: "days", "a", "ages"


@dataclass(frozen=True, slots=True)
class WordSet:
    exact: frozenset[str]
    prefixes: tuple[str, ...]

    @classmethod
    def of(cls, words: Iterable[str]) -> WordSet:
        words = tuple(words)
        return cls(
            frozenset(w for w in words if not w.endswith("*")),
            tuple(w[:-1] for w in words if w.endswith("*")),
        )

    def __contains__(self, word: object) -> bool:
        return isinstance(word, str) and (
            word in self.exact or any(word.startswith(p) for p in self.prefixes)
        )


_YEAR = "#year"  # in a phrase: a year, 1900 to 2099 ("in #year": "in 2009")


def holds(words: list[str], phrase: tuple[str, ...]) -> bool:
    """Whether ``phrase`` stands anywhere in ``words``, ``#year`` matching a year."""
    n = len(phrase)
    return any(
        all(_same(p, w) for p, w in zip(phrase, words[i : i + n], strict=True))
        for i in range(len(words) - n + 1)
    )


def _same(token: str, word: str) -> bool:
    if token == _YEAR:
        return len(word) == 4 and word.isdigit() and word[:2] in ("19", "20")
    return token == word


def contains(words: list[str], phrase: tuple[str, ...]) -> bool:
    """Whether ``phrase`` stands anywhere in ``words``."""
    return begins_before(words, phrase, len(words))


def begins_before(words: list[str], phrase: tuple[str, ...], start: int) -> bool:
    n = len(phrase)
    return any(tuple(words[i : i + n]) == phrase for i in range(min(start, len(words) - n + 1)))
