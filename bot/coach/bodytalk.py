"""Hearing three ways (CLINICAL.md §5 v3): a message with no known red flag is ordinary ITB talk
(acknowledged, it changes nothing), body talk the coach cannot place (progression holds and the
safety screen is asked), or not about the runner's body at all.

The words are data (``protocols/itb_talk.yaml``, validated by :class:`ItbTalk`) and are read with
the red-flag matcher, so negation and context (someone else's body, hypotheticals) apply alike:

- a clause is **body talk** when a body part (``body``) or a symptom (``symptoms``) is in it as
  the runner's own words, unless every symptom in it is negated ("no numbness in my foot") or,
  with no symptom, a negation stands in it ("the knee is not swollen") or it is under three words
  ("hip": a word, perhaps an answer to the open question);
- body talk with a symptom in **another place** (``elsewhere``: the inside, front or back of the
  knee, the shin, the calf, the foot; §7) cannot be placed, whatever else it says;
- otherwise body talk is **ordinary** when one of ``ordinary`` is in its clause (the outside of
  the knee or hip, tightness, soreness after strength work, "better", "fine"), and unplaced when
  none is. One unplaced clause makes the message unplaced, unless the message says it has
  passed (``passed``: "then it settled", "fine now"); ``not_talk`` ("hip hop", "on my feet")
  is never body talk, nor a body part named as a topic with no symptom (``topics``: "I talk
  about my knee").
"""

from __future__ import annotations

from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field

from bot.coach.redflags import Clause, Matcher, RedFlagVocabulary, normalise

# A clause naming a body part with no symptom is body talk from this many words on.
_BODY_ONLY_WORDS = 3
_READ_CHARS = 4096  # what is sorted of a message (the red flags are heard in all of it)


class Place(StrEnum):
    """Most cautious last: a message heard in several languages takes the last it gets."""

    NONE = "none"  # not about the runner's body
    ORDINARY = "ordinary"  # ordinary ITB talk: acknowledged, changes nothing
    UNPLACED = "unplaced"  # body talk the coach cannot place: hold and ask
    ELSEWHERE = "elsewhere"  # unplaced too: pain in a place where ITBS does not hurt (§7)

    @property
    def holds(self) -> bool:
        return self in (Place.UNPLACED, Place.ELSEWHERE)


class ItbTalk(BaseModel):
    """The ordinary-ITB vocabulary, beside the red flags, in one language; ``translations``
    are the other languages' (set by the loader)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    language: str = Field(default="en", pattern=r"^[a-z]{2,3}$")
    source: str = Field(min_length=3)
    body: tuple[str, ...] = Field(min_length=1)  # body parts: "knee*", "foot"
    symptoms: tuple[str, ...] = Field(min_length=1)  # "pain*", "hurt*", "weird"
    elsewhere: tuple[str, ...] = Field(min_length=1)  # "inside|inner", "shin*"
    ordinary: tuple[str, ...] = Field(min_length=1)  # "outside|outer", "tight*", "better"
    vague: tuple[str, ...] = ()  # "~weird", "not right": never made ordinary by its clause
    passed: tuple[str, ...] = ()  # "settled", "fine now": what it describes has passed
    not_talk: tuple[str, ...] = ()  # "hip hop": plain text that only looks like body talk
    topics: tuple[str, ...] = ()  # "talk about": with no symptom, the body is a topic
    translations: tuple[ItbTalk, ...] = ()

    def place_heard(self, vocabulary: RedFlagVocabulary, text: str) -> Place:
        """Where a message with no known red flag belongs, heard in every language (each
        with its own red-flag matcher): the most cautious of their sortings."""
        matchers = vocabulary.matchers(text)
        places = (
            talk.place(matchers.get(talk.language, vocabulary.matcher), text)
            for talk in (self, *self.translations)
        )
        return max(places, key=list(Place).index)

    def place(self, matcher: Matcher, text: str) -> Place:
        """Where a message with no known red flag belongs."""
        text = normalise(text[:_READ_CHARS])
        for phrase in self.not_talk:
            text = text.replace(phrase, " ")
        read = matcher.read(text)
        clauses = [clause for clause, _theirs in read]
        kinds = [Place.NONE if theirs else self._clause(matcher, c) for c, theirs in read]
        if Place.ORDINARY in kinds:  # "outside knee slight pulling, pain 3 by 10": placed
            kinds = [
                Place.ORDINARY if k is Place.UNPLACED and _scored(self, matcher, c) else k
                for k, c in zip(kinds, clauses, strict=True)
            ]
        if Place.ELSEWHERE in kinds and self._not_since(matcher, clauses):
            return Place.ORDINARY  # "toes went numb in the shop ... no numbness since"
        if Place.ELSEWHERE in kinds or self._elsewhere_before(matcher, clauses, kinds):
            return Place.ELSEWHERE
        if any(_score(c) for c in clauses) and any(
            k is not Place.ORDINARY and self._names_elsewhere(matcher, c)
            for c, k in zip(clauses, kinds, strict=True)
        ):
            return Place.ELSEWHERE  # "3/10 but it's the back of the knee this time"
        if Place.UNPLACED in kinds and self._only_named(matcher, clauses, kinds):
            return Place.NONE  # "hop 20 times on each leg, no pain at all": nothing felt
        if Place.UNPLACED in kinds:
            passed = any(matcher.told(c[0], p) for c in clauses for p in self.passed)
            return Place.ORDINARY if passed or self._not_since(matcher, clauses) else Place.UNPLACED
        return Place.ORDINARY if Place.ORDINARY in kinds else Place.NONE

    def _only_named(self, matcher: Matcher, clauses: list[Clause], kinds: list[Place]) -> bool:
        """Whether every unplaced clause names a body part with no symptom, and the message
        says a symptom is not there ("no pain at all", "doesn't hurt")."""
        felt = [any(matcher.heard(c, s) for s in self.symptoms) for c in clauses]
        unplaced = [i for i, k in enumerate(kinds) if k is Place.UNPLACED]
        if any(felt[i] for i in unplaced):
            return False
        return any(self._denied(matcher, c[0]) for c in clauses)

    def _not_since(self, matcher: Matcher, clauses: list[Clause]) -> bool:
        """Whether the message's last clause with a word of ``since`` says a symptom or sign
        has not come back since ("... and no numbness since")."""
        for words, _question in reversed(clauses):
            if any(w in matcher.m.since for w in words):
                return self._denied(matcher, words) or matcher.denied_since(words)
        return False

    def _denied(self, matcher: Matcher, words: list[str]) -> bool:
        """Whether a symptom stands in ``words`` only negated ("no pain at all")."""
        return any(
            _present(matcher, words, s) and not matcher.told(words, s) for s in self.symptoms
        )

    def vague_in(self, matcher: Matcher, text: str) -> bool:
        """Whether a vague symptom ("weird", "not right") is in ``text`` as the runner's own."""
        clauses = matcher.clauses(normalise(text[:_READ_CHARS]))
        return any(matcher.heard(c, v) for c in clauses for v in self.vague)

    def _elsewhere_before(
        self, matcher: Matcher, clauses: list[Clause], kinds: list[Place]
    ) -> bool:
        """Another place named alone and unplaced, the symptom in a clause after it ("front of
        my knee, under the kneecap, aches going down stairs"; not "calves are fine, knee a bit
        tight")."""
        named = [
            k is Place.UNPLACED and any(matcher.heard(c, e) for e in self.elsewhere)
            for c, k in zip(clauses, kinds, strict=True)
        ]
        felt = [any(matcher.heard(c, s) for s in self.symptoms) for c in clauses]
        return any(
            named[i] and not felt[i] and (any(felt[i + 1 :]) or any(felt[:i]))
            for i in range(len(clauses))
        )

    def _names_elsewhere(self, matcher: Matcher, clause: Clause) -> bool:
        """Whether a clause names another place on the runner's body ("the back of the
        knee", "my shin"), not as fine ("toes fine")."""
        if any(_present(matcher, clause[0], o) for o in self.ordinary):
            return False
        return any(matcher.heard(clause, e) for e in self.elsewhere) and any(
            matcher.heard(clause, b) for b in self.body
        )

    def _clause(self, matcher: Matcher, clause: Clause) -> Place:
        words = clause[0]
        negations = matcher.m.negations
        symptoms = [s for s in self.symptoms if _present(matcher, words, s)]
        felt = [s for s in symptoms if matcher.heard(clause, s)]
        if not felt and (symptoms or any(_present(matcher, words, n) for n in negations)):
            return Place.NONE  # "no numbness in my foot", "the knee is not swollen"
        body = any(matcher.heard(clause, b) for b in self.body)
        if not felt and (not body or len(words) < _BODY_ONLY_WORDS):
            return Place.NONE  # "hip": a word, perhaps an answer
        if not felt and _score(clause):
            return Place.ORDINARY  # "knee's been 1/10 lately": a report of the knee
        if not felt and any(_present(matcher, words, t) for t in self.topics):
            return Place.NONE  # "I talk about my knee more than the grandkids": a topic
        if not felt and not _owned(matcher, words):
            return Place.NONE  # "the toes in the front row got trodden on": not the runner's
        if felt and any(matcher.heard(clause, e) for e in self.elsewhere):
            return Place.ELSEWHERE
        vague = any(v in felt for v in self.vague)
        if not vague and any(_present(matcher, words, o) for o in self.ordinary):
            return Place.ORDINARY
        return Place.UNPLACED


def _owned(matcher: Matcher, words: list[str]) -> bool:
    """Whether a clause may name the runner's own body: a runner word ("I", "my"), or a body
    part not after "the", "a" or "an" ("knee feels off")."""
    scope = matcher.scope
    if any(w in scope.runner or w in scope.own for w in words):
        return True
    return any(
        w in scope.body and (i == 0 or words[i - 1] not in _NOT_OWNED) for i, w in enumerate(words)
    )


_NOT_OWNED = frozenset({"the", "a", "an"})  # before a body part, with no runner word: anyone's


def _score(clause: Clause) -> bool:
    """Whether a clause gives a score out of ten ("3/10", "3 out of 10")."""
    words = clause[0]
    return "10" in words and any(w.isdigit() and w != "10" for w in words)


def _scored(talk: ItbTalk, matcher: Matcher, clause: Clause) -> bool:
    """Whether a clause is only a pain and its score ("pain 3 by 10"), naming no place."""
    words = clause[0]
    return any(w.isdigit() for w in words) and not any(
        _present(matcher, words, p) for p in (*talk.body, *talk.elsewhere, *talk.vague)
    )


def _present(matcher: Matcher, words: list[str], phrase: str) -> bool:
    return matcher.present(words, phrase)
