"""Red flags (CLINICAL.md §5): symptoms that stop coaching and hand the runner to a clinician.

The vocabulary is data (``protocols/red_flags.yaml``, validated by :class:`RedFlagVocabulary`);
how a runner's words are read against it is ``bot.coach.phrases``.
"""

from __future__ import annotations

from enum import StrEnum
from functools import cached_property

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from bot.coach.matching import _WORD_RE, Matching, normalise
from bot.coach.phrases import Clause, Matcher, _phrase_tokens

__all__ = ["Clause", "Matcher", "Matching", "normalise"]

_ID_RE = r"^[a-z0-9][a-z0-9-]{1,23}$"  # fits the referral's cause column and a button's action


class Urgency(StrEnum):
    """How soon a clinician must see the runner (CLINICAL.md §5), most urgent first."""

    EMERGENCY = "emergency"
    URGENT = "urgent"
    SOON = "soon"

    @property
    def rank(self) -> int:
        return list(Urgency).index(self)


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class RedFlag(_Strict):
    id: str = Field(pattern=_ID_RE)
    label: str = Field(min_length=3, max_length=64)  # the safety screen's button
    short: str = Field(min_length=3, max_length=48)  # in the one-line list of signs
    urgency: Urgency
    reason: str = Field(min_length=10)
    phrases: tuple[str, ...] = Field(min_length=1)
    not_phrases: tuple[str, ...] = ()

    @field_validator("phrases", "not_phrases")
    @classmethod
    def _phrases_have_words(cls, phrases: tuple[str, ...]) -> tuple[str, ...]:
        for phrase in phrases:
            if not _phrase_tokens(phrase):
                raise ValueError(f"phrase {phrase!r} has no words")
        return phrases


class RedFlagVocabulary(_Strict):
    """Every red flag the coach listens for, the wording of each urgency, and how it matches,
    in one language; ``translations`` are the same flags in the other languages (set by the
    loader), and every message is heard with all of them."""

    language: str = Field(default="en", pattern=r"^[a-z]{2,3}$")
    source: str = Field(min_length=3)
    advice: dict[Urgency, str]
    matching: Matching
    flags: tuple[RedFlag, ...] = Field(min_length=1)
    translations: tuple[RedFlagVocabulary, ...] = ()

    @model_validator(mode="after")
    def _complete(self) -> RedFlagVocabulary:
        ids = [f.id for f in self.flags]
        dupes = sorted({i for i in ids if ids.count(i) > 1})
        if dupes:
            raise ValueError(f"flag ids repeat: {', '.join(dupes)}")
        missing = [u.value for u in Urgency if u not in self.advice]
        if missing:
            raise ValueError(f"advice is missing for urgency {', '.join(missing)}")
        return self

    def get(self, flag_id: str) -> RedFlag | None:
        return next((f for f in self.flags if f.id == flag_id), None)

    @cached_property
    def matcher(self) -> Matcher:
        return Matcher(self)

    @cached_property
    def exact_matcher(self) -> Matcher:
        """The matcher without typo matching."""
        exact = self.matching.model_copy(update={"fuzzy_min_score": 100.0})
        return Matcher(self.model_copy(update={"matching": exact}))

    @cached_property
    def markers(self) -> dict[str, frozenset[str]]:
        """Each language's marker words: its context words (``matching.context``, the
        negations) that no other language here has nor reads as a regional spelling (Jamaican
        "mi", "di" are English as much as Spanish)."""
        every = (self, *self.translations)
        words = {v.language: _context_words(v.matching) for v in every}
        spelled = {w for v in every for form in v.matching.spellings for w in form.split()}
        return {
            language: frozenset(
                w
                for w in own - spelled
                if all(w not in other for other in words.values() if other is not own)
            )
            for language, own in words.items()
        }

    def matchers(self, text: str) -> dict[str, Matcher]:
        """Each language's matcher for ``text``. When the text has another language's markers
        and none of a language's own, that language's phrases are read without typo matching
        ("a esta temperatura" is Spanish, not a typo of "a temperature") and with the context
        words of the language the text is written in: "my patient fractured her hip" is
        someone else's in English, though "fractur*" is a Spanish phrase too."""
        words = set(_WORD_RE.findall(normalise(text)))
        every = (self, *self.translations)
        shown = [v for v in every if words & self.markers[v.language]]
        if not shown:
            return {v.language: v.matcher for v in every}
        written = {v.language for v in shown}
        return {
            v.language: v.matcher if v.language in written else v.read_in(shown[0]) for v in every
        }

    def read_in(self, other: RedFlagVocabulary) -> Matcher:
        """This vocabulary's phrases, exact, with ``other``'s context words (cached)."""
        matcher = self.readers.get(other.language)
        if matcher is None:
            grammar = other.matching.model_copy(update={"fuzzy_min_score": 100.0})
            model = self.model_copy(update={"matching": grammar})
            matcher = self.readers[other.language] = Matcher(model)
        return matcher

    @cached_property
    def readers(self) -> dict[str, Matcher]:
        """The matchers of :meth:`read_in`, by the language of the text."""
        return {}

    def find(self, text: str) -> tuple[RedFlag, ...]:
        """The flags the runner's words describe in any language, in this vocabulary's order
        and words (may be empty)."""
        ids = {f.id for m in self.matchers(text).values() for f in m.find(text)}
        return tuple(f for f in self.flags if f.id in ids)

    def speaking(self, language: str) -> RedFlagVocabulary:
        """The same flags in ``language`` (this vocabulary when it has no such translation)."""
        if language == self.language:
            return self
        return next((v for v in self.translations if v.language == language), self)


def together(vocabularies: tuple[RedFlagVocabulary, ...]) -> RedFlagVocabulary:
    """The first vocabulary, each knowing the others as its translations; the others must
    name exactly its flags (by id) and keep each flag's urgency."""
    first = vocabularies[0]
    for other in vocabularies[1:]:
        if [(f.id, f.urgency) for f in other.flags] != [(f.id, f.urgency) for f in first.flags]:
            raise ValueError(f"the {other.language!r} flags must be the {first.language!r} ones")
    bare = tuple(v.model_copy(update={"translations": ()}) for v in vocabularies)
    full = [
        v.model_copy(update={"translations": tuple(o for o in bare if o is not v)}) for v in bare
    ]
    return full[0].model_copy(update={"translations": tuple(full[1:])})  # speaking(): all heard


def _context_words(m: Matching) -> set[str]:
    c = m.context
    every = (*c.determiners, *c.runner, *c.function, *c.particles, *c.others, *m.negations)
    return {w for w in every if " " not in w and not w.endswith("*")}


def most_urgent(flags: tuple[RedFlag, ...]) -> Urgency:
    return min((f.urgency for f in flags), key=lambda u: u.rank, default=Urgency.SOON)
