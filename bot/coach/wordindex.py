"""Which phrase tokens each word of a message matches, worked out once per word, so that hearing
a long message costs time in proportion to its length.

A vocabulary has hundreds of phrases; trying each one at every word of a message (with typo
matching) made a 4,000-character message take about half a second. Here every token a phrase
may start with is indexed by its exact text, its prefix and (for typo matching) its first
letter; a word is looked up once (and remembered), and a clause keeps, for each token, the
places it stands. A phrase is then tried only where its first token is.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Hashable, Iterable, Sequence
from typing import Any, Protocol

_MEMO_MAX = 50_000  # distinct words remembered before the memo starts again


class Option(Protocol):
    @property
    def text(self) -> str: ...
    @property
    def prefix(self) -> bool: ...  # "swell*"
    @property
    def exact(self) -> bool: ...  # "=hop": no typo matching


class Token(Hashable, Protocol):
    @property
    def options(self) -> tuple[Option, ...]: ...


class Lexicon:
    """Every token known so far, and which of them each word matches."""

    def __init__(self, fuzzy: Callable[[Any, str], bool], min_length: int) -> None:
        # ``fuzzy(option, word)``: whether ``word`` is ``option`` or a typo of it
        self._fuzzy = fuzzy
        self._min_length = min_length
        self._known: set[Hashable] = set()
        self._exact: dict[str, set[Hashable]] = defaultdict(set)
        self._prefix: dict[str, set[Hashable]] = defaultdict(set)
        self._typos: dict[str, list[tuple[Option, Hashable]]] = defaultdict(list)
        self._memo: dict[str, frozenset[Hashable]] = {}

    def add(self, tokens: Iterable[Token]) -> bool:
        """Index ``tokens``; whether any was new (a clause indexed before must be again)."""
        new = False
        for token in tokens:
            if token in self._known:
                continue
            new = True
            self._known.add(token)
            self._memo.clear()
            for option in token.options:
                (self._prefix if option.prefix else self._exact)[option.text].add(token)
                if not option.prefix and not option.exact and len(option.text) >= self._min_length:
                    self._typos[option.text[0]].append((option, token))
        return new

    def of(self, word: str) -> frozenset[Hashable]:
        """The tokens ``word`` matches."""
        hit = self._memo.get(word)
        if hit is None:
            found = set(self._exact.get(word, ()))
            for end in range(1, len(word) + 1):
                found |= self._prefix.get(word[:end], set())
            for option, token in self._typos.get(word[:1], ()):
                if token not in found and self._fuzzy(option, word):
                    found.add(token)
            if len(self._memo) >= _MEMO_MAX:
                self._memo.clear()
            hit = self._memo[word] = frozenset(found)
        return hit


class Indexed:
    """One clause's words, with the tokens each matches and where each token stands."""

    def __init__(self, words: list[str], lexicon: Lexicon) -> None:
        self.words = words
        self.hits = [lexicon.of(word) for word in words]
        self.where: dict[Hashable, list[int]] = defaultdict(list)
        for at, hits in enumerate(self.hits):
            for token in hits:
                self.where[token].append(at)


def found(ix: Indexed, phrase: Sequence[Hashable], gap: int) -> list[tuple[int, ...]]:
    """The positions of ``phrase``'s tokens, for every place it matches the clause, with up to
    ``gap`` other words between neighbours: tried only where its first token stands."""
    matches: list[tuple[int, ...]] = []
    n = len(ix.words)
    for start in ix.where.get(phrase[0], ()):
        positions = [start]
        for token in phrase[1:]:
            last = positions[-1]
            window = range(last + 1, min(last + 2 + gap, n))
            at = next((i for i in window if token in ix.hits[i]), None)
            if at is None:
                break
            positions.append(at)
        else:
            matches.append(tuple(positions))
    return matches
