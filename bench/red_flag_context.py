"""Which context handling hears red flags best: the coach's own rules or medspaCy's ConText.

Both start from the same findings: every phrase of ``protocols/red_flags.yaml`` matched over
the whole message (with its ``not_phrases``), before any negation or context. Then either

- **hand-written**: the coach's matcher as it runs (clauses, NegEx window, someone else's body,
  hypotheticals, body-dependent words: ``bot/coach/context_rules.py``); or
- **medspacy-default**: medspaCy's ConText with its default rules on a blank spaCy tokenizer
  and PyRuSH sentences; a finding counts unless negated, hypothetical, historical or about
  family; or
- **medspacy-extended**: the same, plus the coach's own negations, hypotheticals and
  other-experiencer words as ConText rules (so the comparison is of the algorithm, not of the
  word lists).

Figures on the tuning set and the held-out set: flags named rightly, and everyday messages
that raise any flag. medspaCy is not a dependency of the coach; to run this::

    .venv/bin/pip install medspacy
    PYTHONPATH=. .venv/bin/python bench/red_flag_context.py
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import Any

from loguru import logger

from bot.coach.matching import _WORD_RE, normalise
from bot.coach.phrases import Matcher, _compile, _matches, _spans
from bot.protocol_files import load_red_flags
from tests.service.red_flag_corpus import BENIGN, RED_FLAGS
from tests.service.red_flag_heldout import HELD_OUT_EVERYDAY, HELD_OUT_FLAGS

logger.remove()  # medspaCy and PyRuSH log every sentence split at DEBUG through loguru

import spacy  # noqa: E402
from medspacy.context import ConText, ConTextRule  # noqa: E402
from spacy.tokens import Doc, Span  # noqa: E402
from spacy.util import filter_spans  # noqa: E402

VOCABULARY = load_red_flags()
MATCHER: Matcher = VOCABULARY.matcher
Finder = Callable[[str], set[str]]


def findings(text: str) -> list[tuple[int, int, str]]:
    """(start char, end char, flag) of every phrase match in the normalised text, no context."""
    norm = normalise(text)
    tokens = list(re.finditer(_WORD_RE, norm))
    words = [t.group() for t in tokens]
    found = []
    for flag in VOCABULARY.flags:
        excluded = [s for p in flag.not_phrases for s in _spans(words, _compile(p), MATCHER.m)]
        for phrase in flag.phrases:
            for pos in _matches(words, _compile(phrase), MATCHER.m):
                start, end = pos[0], pos[-1] + 1
                if any(s < end and start < e for s, e in excluded):
                    continue
                found.append((tokens[start].start(), tokens[pos[-1]].end(), flag.id))
    return found


def medspacy_finder(extended: bool) -> Finder:
    nlp = spacy.blank("en")
    nlp.add_pipe("medspacy_pyrush")
    context: ConText = nlp.add_pipe("medspacy_context", config={"rules": "default"})
    if extended:
        words = MATCHER.m.context
        rules = [ConTextRule(n, "NEGATED_EXISTENCE") for n in MATCHER.m.negations]
        rules += [ConTextRule(h, "HYPOTHETICAL") for h in words.hypothetical]
        others = [o.rstrip("*") for o in words.others]
        rules += [ConTextRule(o, "FAMILY", direction="BIDIRECTIONAL") for o in others]
        context.add(rules)

    def find(text: str) -> set[str]:
        doc: Doc = nlp(normalise(text))
        spans = [
            doc.char_span(s, e, label=f, alignment_mode="expand") for s, e, f in findings(text)
        ]
        kept = filter_spans([s for s in spans if s is not None])
        doc.ents = kept
        context(doc)
        flags = set()
        for ent in doc.ents:
            x: Any = ent._
            if not (x.is_negated or x.is_hypothetical or x.is_historical or x.is_family):
                flags.add(ent.label_)
        return flags

    return find


def hand_written(text: str) -> set[str]:
    return {f.id for f in VOCABULARY.find(text)}


def figures(find: Finder, flags: Iterable[tuple[str, str]], everyday: Iterable[str]) -> str:
    flags, everyday = list(flags), list(everyday)
    right = sum(flag in find(text) for text, flag in flags)
    alarms = sum(bool(find(text)) for text in everyday)
    return f"flags named {right}/{len(flags)}, everyday alarmed {alarms}/{len(everyday)}"


def main() -> None:
    finders: dict[str, Finder] = {
        "hand-written": hand_written,
        "medspacy-default": medspacy_finder(extended=False),
        "medspacy-extended": medspacy_finder(extended=True),
    }
    _ = Span  # the entity type medspaCy reads
    for name, find in finders.items():
        print(f"{name:18} tuning:   {figures(find, RED_FLAGS, BENIGN)}")
        print(f"{name:18} held-out: {figures(find, HELD_OUT_FLAGS, HELD_OUT_EVERYDAY)}")


if __name__ == "__main__":
    main()
