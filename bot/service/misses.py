"""Helpful misses: the commands closest to an unknown one (``/tday`` -> ``/today``), and for a
message not understood the nearest questions the coach can answer and the commands it most
likely meant, as buttons: never a dead end."""

from __future__ import annotations

import re
from collections.abc import Mapping
from types import MappingProxyType

from rapidfuzz import fuzz, process

from bot import texts
from bot.coach.answers import AnswerBook
from bot.service.replies import Button, Reply
from bot.texts import language

# rapidfuzz ratio (0-100) a command name must reach to be suggested: "tday" is 89 from
# "today", "hlep" 75 from "help"; "xyz" reaches nothing.
COMMAND_MATCH_MIN = 65
# Suggestions within this many points of the best one are shown with it.
COMMAND_MATCH_SPREAD = 10
# rapidfuzz ratio a typed word must reach to count as one of a meaning's words.
WORD_MATCH_MIN = 80
MAX_SUGGESTIONS = 3
MAX_QUESTIONS = 3  # the nearest questions offered for a message not understood

# What a runner most often means, with the words that point to it, most common first.
MEANINGS: tuple[tuple[str, str, str], ...] = (
    ("today", "/today", "today plan what now day schedule next"),
    ("run", "/run", "run ran jog jogged running km miles minutes race parkrun"),
    ("stretch", "/done stretch", "stretch stretches stretched stretching"),
    ("help", "/help", "help commands how can menu"),
    ("strength", "/done strength", "strength exercises hip clams bridges workout"),
    ("morning", "/morning", "morning knee woke pain sore stiff hurts"),
)
NO_ALIASES: Mapping[str, str] = MappingProxyType({})
_FALLBACK = ("today", "run", "help")


def _sentence(label: str) -> str:
    return label[:1].upper() + label[1:]


def _or_list(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + texts.common.OR + items[-1]


def unknown_command(
    command: str, known: list[str], aliases: Mapping[str, str] = NO_ALIASES
) -> Reply:
    """``/tday``: "Did you mean /today?" with a button for each close command. ``aliases``:
    the names the runner's language has for the commands (``/progreso`` for ``/progress``),
    compared too; a command close under both of its names is offered once, by the closer
    one, the runner's own name on a tie."""
    own = {alias: name for alias, name in aliases.items() if name in known}
    spellings = [*own, *known]
    matches = process.extract(
        command.lower(), spellings, scorer=fuzz.ratio, score_cutoff=COMMAND_MATCH_MIN, limit=None
    )
    value = texts.common.clip("/" + command)
    if not matches:
        return Reply(texts.account.UNKNOWN_COMMAND.format(value=value))
    # Best first; on a tie the runner's own name (earlier in ``spellings``) first.
    matches.sort(key=lambda m: (-m[1], m[2]))
    best = matches[0][1]
    offered: dict[str, str] = {}  # command -> the name it is offered by
    for spelling, score, _ in matches:
        if score >= best - COMMAND_MATCH_SPREAD:
            offered.setdefault(own.get(spelling, spelling), spelling)
    names = [f"/{spelling}" for spelling in offered.values()][:MAX_SUGGESTIONS]
    return Reply(
        texts.conversation.DID_YOU_MEAN.format(value=value, options=_or_list(names)),
        (tuple(Button(name, name) for name in names),),
    )


def _score(words: list[str], keywords: str) -> float:
    vocabulary = keywords.split()
    best = 0.0
    for word in words:
        match = process.extractOne(word, vocabulary, scorer=fuzz.ratio)
        best = max(best, match[1] if match else 0.0)
    return best


def not_understood(text: str, book: AnswerBook) -> Reply:
    """The nearest questions the coach can answer (a button each, ``/ask <id>``), then the
    likeliest commands in one row, named in one line."""
    words = re.findall(r"[a-z]+", text.lower())
    scored = sorted(
        ((_score(words, keywords), i) for i, (_, _, keywords) in enumerate(MEANINGS)),
        key=lambda pair: (-pair[0], pair[1]),
    )
    chosen = [MEANINGS[i][0] for score, i in scored if score >= WORD_MATCH_MIN]
    chosen += [name for name in _FALLBACK if name not in chosen]
    picks = [m for name in chosen[:MAX_SUGGESTIONS] for m in MEANINGS if m[0] == name]
    labels = [texts.conversation.SUGGESTIONS[name] for name, _, _ in picks]
    nearest = (book.translated(a, language.current()) for a in book.nearest(text, MAX_QUESTIONS))
    questions = tuple(
        (Button(texts.answers.QUESTION_LABEL.format(question=a.label), f"/ask {a.id}"),)
        for a in nearest
    )
    commands = tuple(
        Button(_sentence(texts.conversation.SUGGESTIONS[name]), action) for name, action, _ in picks
    )
    return Reply(texts.answers.NEAREST.format(options=_or_list(labels)), (*questions, commands))
