"""How a runner's words are read against the red-flag vocabulary (``bot.coach.redflags``):

- the text is normalised (case, curly quotes, "cant" -> "can't", "&" -> "and"), regional
  spellings are read as the standard (``spellings``: "cannae" -> "can't") and it is cut into
  clauses at punctuation and at words such as "but" or "because";
- a phrase is a sequence of tokens that must appear in order inside one clause, with at most
  ``max_gap`` other words between neighbours ("can't put *any* weight"); a token may end in
  ``*`` (a prefix), list alternatives with ``|``, or start with ``=`` (exact: no typo matching);
  other tokens of ``fuzzy_min_length`` letters or more also match common typos ("swolen") by
  their similarity ratio (rapidfuzz), with the same first letter;
- a match is dropped when a negation ("no", "didn't", "not") stands at most
  ``negation_window`` words before it in its clause (the NegEx idea: Chapman et al., J Biomed
  Inform 2001), unless an uncertainty ("not sure", "don't know") says the runner cannot rule it
  out; and when one of the flag's ``not_phrases`` (other senses: "fall marathon", "popped to
  the shops") overlaps it;
- a match is dropped, too, when its context says it is not the runner's own finding: someone
  else's body, a hypothetical, or (for a phrase marked ``~``, body-dependent) an object or a
  figure of speech (``bot.coach.context_rules``); and when the next clause starts by saying it
  is long over (``over``: "swollen after my op, but that's long gone").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from rapidfuzz import fuzz

from bot.coach.context_rules import Scope, WordSet, contains
from bot.coach.matching import (
    _BODY_DEPENDENT,
    _BOTH,
    _CLAUSE_RE,
    _SENTENCE_RE,
    _WORD_RE,
    Flag,
    Matching,
    Vocabulary,
    normalise,
)
from bot.coach.wordindex import Indexed, Lexicon, found


def _phrase_tokens(phrase: str) -> tuple[str, ...]:
    return tuple(normalise(phrase.removeprefix(_BODY_DEPENDENT).replace(_BOTH, " ")).split())


def _parts(phrase: str) -> tuple[str, ...]:
    """A phrase's parts: one, or several joined by `` & `` (each carries the phrase's ``~``)."""
    mark = _BODY_DEPENDENT if _body_dependent(phrase) else ""
    return tuple(mark + part.strip() for part in phrase.removeprefix(mark).split(_BOTH.strip()))


@dataclass(frozen=True, slots=True)
class _Option:
    text: str
    prefix: bool  # "swell*"
    exact: bool  # "=hop": no typo matching

    def matches(self, word: str, m: Matching) -> bool:
        if word == self.text or (self.prefix and word.startswith(self.text)):
            return True
        return (
            not self.exact
            and not self.prefix
            and len(self.text) >= m.fuzzy_min_length
            and len(word) >= m.fuzzy_min_length - 1
            and word[0] == self.text[0]
            and fuzz.ratio(word, self.text) >= m.fuzzy_min_score
        )


@dataclass(frozen=True, slots=True, eq=False)  # one object per spelling (``parse``): hashed fast
class _Token:
    options: tuple[_Option, ...]

    @classmethod
    @cache
    def parse(cls, raw: str) -> _Token:
        options = (
            _Option(o.strip("=*"), o.endswith("*"), o.startswith("=")) for o in raw.split("|")
        )
        return cls(tuple(o for o in options if o.text))

    def matches(self, word: str, m: Matching) -> bool:
        return any(option.matches(word, m) for option in self.options)


_Phrase = tuple[_Token, ...]
Clause = tuple[list[str], bool]  # its words, and whether its sentence asks a question


def _compile(phrase: str) -> _Phrase:
    return tuple(_Token.parse(raw) for raw in _phrase_tokens(phrase))


@cache
def _compile_cached(phrase: str) -> _Phrase:
    return _compile(phrase)


def _body_dependent(phrase: str) -> bool:
    return phrase.startswith(_BODY_DEPENDENT)


def _matches(
    words: list[str], phrase: _Phrase, m: Matching, *, gaps: bool = True
) -> list[tuple[int, ...]]:
    """The positions of ``phrase``'s tokens, for every place it matches ``words``; with
    ``gaps``, up to ``max_gap`` other words may stand between neighbouring tokens."""
    gap = m.max_gap if gaps else 0
    found: list[tuple[int, ...]] = []
    for start, word in enumerate(words):
        if not phrase[0].matches(word, m):
            continue
        positions = [start]
        for token in phrase[1:]:
            window = range(positions[-1] + 1, min(positions[-1] + 2 + gap, len(words)))
            at = next((i for i in window if token.matches(words[i], m)), None)
            if at is None:
                break
            positions.append(at)
        else:
            found.append(tuple(positions))
    return found


def _spans(words: list[str], phrase: _Phrase, m: Matching) -> list[tuple[int, int]]:
    """(start, end) of every contiguous match, end exclusive."""
    return [(p[0], p[-1] + 1) for p in _matches(words, phrase, m, gaps=False)]


def _inside(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    return any(s <= start and end <= e for s, e in spans)


_Compiled = tuple[tuple[_Phrase, ...], bool]  # a phrase's parts, and whether body-dependent


class Matcher:
    def __init__(self, vocabulary: Vocabulary) -> None:
        m = vocabulary.matching
        self.m = m
        self.lexicon = Lexicon(lambda option, word: option.matches(word, m), m.fuzzy_min_length)
        self._indexed: dict[int, Indexed] = {}
        self._weathered: set[int] = set()  # the last text's clauses in weather sentences
        self._compiled: dict[str, _Compiled] = {}
        self.flags = tuple(
            (flag, tuple(map(self._compile, flag.phrases)), tuple(map(self._one, flag.not_phrases)))
            for flag in vocabulary.flags
        )
        self.starts: dict[_Token, set[int]] = {}  # a phrase's first token: the flags it may raise
        for i, (_flag, phrases, _others) in enumerate(self.flags):
            for parts, _body in phrases:
                self.starts.setdefault(parts[0][0], set()).add(i)
        self.scope = Scope(m.context)
        self.negations = tuple(map(self._one, m.negations))
        self.uncertain = tuple(map(self._one, m.uncertain))
        self.pseudo = tuple(map(self._one, m.pseudo))
        self.resolved = tuple(map(self._one, m.resolved))
        self.resolved_then = WordSet.of(m.resolved_then)
        self.over = tuple(tuple(_phrase_tokens(p)) for p in m.over)
        self.questions = tuple(tuple(q.split()) for q in m.context.questions)
        self.breaks = {word for phrase in m.clause_breaks for word in _phrase_tokens(phrase)}
        self.spellings = {normalise(k): normalise(v) for k, v in m.spellings.items()}
        forms = sorted(self.spellings, key=len, reverse=True)
        self.regional = re.compile(r"\b(?:" + "|".join(map(re.escape, forms)) + r")\b")

    def _one(self, phrase: str) -> _Phrase:
        compiled = _compile_cached(phrase)
        if self.lexicon.add(compiled):
            self._indexed.clear()
        return compiled

    def _compile(self, phrase: str) -> _Compiled:
        compiled = self._compiled.get(phrase)
        if compiled is None:
            parts = tuple(map(self._one, _parts(phrase)))
            compiled = self._compiled[phrase] = parts, _body_dependent(phrase)
        return compiled

    def index(self, words: list[str]) -> Indexed:
        ix = self._indexed.get(id(words))
        if ix is None or ix.words is not words:  # kept until the next message's clauses
            ix = self._indexed[id(words)] = Indexed(words, self.lexicon)
        return ix

    def _at(self, words: list[str], phrase: _Phrase, *, gaps: bool = True) -> list[tuple[int, ...]]:
        return found(self.index(words), phrase, self.m.max_gap if gaps else 0)

    def _spans(self, words: list[str], phrase: _Phrase) -> list[tuple[int, int]]:
        return [(p[0], p[-1] + 1) for p in self._at(words, phrase, gaps=False)]

    def clauses(self, text: str) -> list[Clause]:
        return [clause for _n, clause in self._numbered(text)]

    def _numbered(self, text: str) -> list[tuple[int, Clause]]:
        """The clauses of ``text``, each with the number of its sentence."""
        self._indexed.clear()
        clauses: list[tuple[int, Clause]] = []
        sentences = _SENTENCE_RE.findall(self.standard(normalise(text)))
        for n, sentence in enumerate(sentences):
            said = _WORD_RE.findall(sentence)
            question = "?" in sentence or any(contains(said, q) for q in self.questions)
            for part in _CLAUSE_RE.split(sentence):
                current: list[str] = []
                said_here = _WORD_RE.findall(part)  # "because of my knee": no break before "of"
                for at, word in enumerate(said_here):
                    if word in self.breaks and said_here[at + 1 : at + 2] != ["of"]:
                        clauses.append((n, (current, question)))
                        current = []
                    else:
                        current.append(word)
                clauses.append((n, (current, question)))
        numbered = [(n, (self._my(c[0]), c[1])) for n, c in clauses if c[0]]
        self._weathered = self._weather_sentences(numbered)
        return numbered

    def _weather_sentences(self, numbered: list[tuple[int, Clause]]) -> set[int]:
        """The clauses (by ``id`` of their words) of sentences that name the weather and no
        body part: a body-dependent sign in them is the weather's ("the heatwave is brutal,
        red hot on the bridge at noon")."""
        scope = self.scope
        sentences: dict[int, list[list[str]]] = {}
        for n, (words, _question) in numbered:
            sentences.setdefault(n, []).append(words)
        weathered: set[int] = set()
        for clauses in sentences.values():
            said = [w for words in clauses for w in words]
            if any(w in scope.weather for w in said) and not any(w in scope.body for w in said):
                weathered.update(id(words) for words in clauses)
        return weathered

    def read(self, text: str) -> list[tuple[Clause, bool]]:
        """The clauses of ``text``, each with whether it goes on about someone else: it names
        no one and no body part, and an earlier clause of its sentence named someone else and
        not the runner ("my friend was in labour all night, said the pain was unreal")."""
        numbered = self._numbered(text)
        read: list[tuple[Clause, bool]] = []
        sentence, theirs = -1, False
        for n, clause in numbered:
            if n != sentence:
                sentence, theirs = n, False
            who = self.scope.whose(clause[0])
            read.append((clause, theirs and who is None))
            if who is not None:
                theirs = who == "other"
        return read

    def standard(self, text: str) -> str:
        """Regional spellings read as the standard ones ("cannae" -> "can't", "sat doon" ->
        "sitting down", Nigerian Pidgin "e no dey" -> "it doesn't")."""
        if not self.spellings:
            return text
        return self.regional.sub(lambda m: self.spellings[m.group(0)], text)

    def _my(self, words: list[str]) -> list[str]:
        """ "me knee", "me ankle" (British, Irish, Australian English): "my knee"; a body
        part with "'s" is the body part ("calf's gone numb")."""
        body = self.scope.body
        words = [w[:-2] if w.endswith("'s") and w[:-2] in body else w for w in words]
        return [
            "my" if w == "me" and i + 1 < len(words) and words[i + 1] in body else w
            for i, w in enumerate(words)
        ]

    def negated(self, words: list[str], positions: tuple[int, ...]) -> bool:
        start, end = positions[0], positions[-1] + 1
        if any(e <= start for u in self.uncertain for _s, e in self._spans(words, u)):
            return False
        pseudo = [span for p in self.pseudo for span in self._spans(words, p)]
        reach = max(0, start - self.m.negation_window - 1)
        if start > 0 and words[start - 1] in self.m.coordinators:
            reach = max(0, reach - self.m.negation_window)  # "not at night or sitting down"
        for n in self.negations:
            for s, e in self._spans(words, n):
                if reach < e <= start and not _inside(s, e, pseudo):
                    return True
        between = [w for i, w in enumerate(words[start:end], start) if i not in positions]
        if any(_spans(between, n, self.m) for n in self.negations):
            return True  # "knee isn't hot": the negation stands inside the phrase
        last = end + self.m.negation_window + 1
        over = (span for r in self.resolved for span in self._spans(words, r))
        return any(
            end <= s and e <= last and not _inside(s, e, pseudo) and self._closes(words, e)
            for s, e in over
        )

    def _closes(self, words: list[str], end: int) -> bool:
        """Whether a word of ``resolved`` ending at ``end`` says the finding is over: at the
        clause's end or before a word such as "now", "down" (``resolved_then``), not before a
        describing word ("gone angry red", "settled in the joint")."""
        if not self.m.resolved_then or end == len(words):
            return True
        return words[end] in self.resolved_then

    def the_runners(
        self, clause: Clause, positions: tuple[int, ...], *, body_dependent: bool = False
    ) -> bool:
        """Whether a match is the runner's own finding: not negated, not someone else's, not
        hypothetical, and for a body-dependent phrase, about the body."""
        words, question = clause
        start, end = positions[0], positions[-1] + 1
        return not (
            self.negated(words, positions)
            or self.scope.someone_else(words, start, end)
            or self.scope.hypothetical_at(words, start, question)
            or (
                body_dependent
                and (id(words) in self._weathered or not self.scope.bodily(words, start, end))
            )
        )

    def heard(self, clause: Clause, phrase: str) -> bool:
        """Whether ``phrase`` (vocabulary syntax) is in ``clause`` as the runner's own words."""
        return self._part_in(clause, self._compile(phrase), [])

    def present(self, words: list[str], phrase: str) -> bool:
        """Whether ``phrase`` is in ``words`` at all, negated or not."""
        return all(self._at(words, part) for part in self._compile(phrase)[0])

    def told(self, words: list[str], phrase: str) -> bool:
        """Whether ``phrase`` is in ``words`` and not negated ("it settled", not "I can't
        settle them"); whose it is and when are not asked."""
        return all(
            any(not self.negated(words, at) for at in self._at(words, part))
            for part in self._compile(phrase)[0]
        )

    def _part_in(
        self, clause: Clause, compiled: _Compiled, excluded: list[tuple[int, int]]
    ) -> bool:
        """Whether every part of a phrase is in ``clause`` as the runner's own words."""
        parts, body_dependent = compiled
        for part in parts:
            for positions in self._at(clause[0], part):
                start, end = positions[0], positions[-1] + 1
                if any(s < end and start < e for s, e in excluded):
                    continue
                if self.the_runners(clause, positions, body_dependent=body_dependent):
                    break
            else:
                return False
        return True

    def _flag_in(
        self, clause: Clause, phrases: tuple[_Compiled, ...], others: tuple[_Phrase, ...]
    ) -> bool:
        where = self.index(clause[0]).where
        excluded = [span for phrase in others for span in self._spans(clause[0], phrase)]
        return any(
            self._part_in(clause, compiled, excluded)
            for compiled in phrases
            if compiled[0][0][0] in where
        )

    def find(self, text: str) -> tuple[Flag, ...]:
        found: set[int] = set()
        read = self.read(text)
        clauses = [clause for clause, _theirs in read]
        if self.scope.asked_ahead([w for words, _question in clauses for w in words]):
            # Asking ahead makes each sentence a question, so its "if" is hypothetical; a sign
            # told plainly ("for future reference, my knee is swollen") is still heard.
            clauses = [(words, True) for words, _question in clauses]
        for n, clause in enumerate(clauses):
            if self.long_over(clauses, n) or read[n][1]:
                continue
            where = self.index(clause[0]).where
            maybe = {i for token in where for i in self.starts.get(token, ())}  # type: ignore[call-overload]
            for i in maybe - found:
                _flag, phrases, others = self.flags[i]
                if self._flag_in(clause, phrases, others) and not self._not_since(clauses, n, i):
                    found.add(i)
        return tuple(self.flags[i][0] for i in sorted(found))

    def _not_since(self, clauses: list[Clause], n: int, i: int) -> bool:
        """Whether a later clause says flag ``i`` has not come back since: a word of
        ``since`` and the flag's own words, negated ("no numbness since")."""
        return any(self._denied_since(words, i) for words, _question in clauses[n + 1 :])

    def denied_since(self, words: list[str]) -> bool:
        """Whether ``words`` say a sign has not come back since ("no numbness since")."""
        return any(self._denied_since(words, i) for i in range(len(self.flags)))

    def _denied_since(self, words: list[str], i: int) -> bool:
        if not any(w in self.m.since for w in words):
            return False
        _flag, phrases, _others = self.flags[i]
        for parts, _body in phrases:
            spans = [self._at(words, part) for part in parts]
            if all(spans) and all(all(self.negated(words, at) for at in s) for s in spans):
                return True
        return False

    def long_over(self, clauses: list[Clause], n: int) -> bool:
        """Whether the clause after ``clauses[n]`` says it is long over ("knee was swollen after
        my op but that's long gone")."""
        after = clauses[n + 1][0] if n + 1 < len(clauses) else []
        return any(tuple(after[: len(p)]) == p for p in self.over)
