"""Typed answers to the open onboarding step: a button's number, its label (typos forgiven
where the choices are few and far apart), or plain words ("my left knee", "keep it",
"none of these"). Each answer becomes the action of the button it means, so typing and
pressing share one path.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable

from rapidfuzz import fuzz, process

from bot import texts
from bot.service import natural, parse, race
from bot.service import natural_words as w
from bot.service.context import Context
from bot.service.onboarding import step_question
from bot.service.replies import Button

# How close a typed label must be to a button's (0-100, rapidfuzz's ratio): "rigth" is 80
# from "right"; "left" is 22 from "right", so a typo never lands on the other side.
LABEL_MATCH_MIN = 75
# Words of a programme's name ("glute and core"), rapidfuzz's token_set_ratio.
PROTOCOL_MATCH_MIN = 85


def _words(listed: str) -> frozenset[str]:
    return frozenset(listed.split("|"))


# Each table holds its English and Spanish words (accents dropped: "asi esta bien").
_KEEP = _words(
    "keep|keep it|keep them|keep these|keep this|yes|y|ok|okay|fine|sure|default|the default|"
    "same|that's fine|sounds good|good|correct|as is|"
    "si|vale|bien|esta bien|asi esta bien|perfecto|de acuerdo|dejalo|dejalo asi|mantener|"
    "correcto|por defecto|lo mismo|igual"
)
_NONE = w.NONE_OF_THESE
_SIDE_WORDS = {
    **{"left": "left", "l": "left", "right": "right", "r": "right", "both": "both"},
    **{"izquierda": "left", "izquierdo": "left", "izq": "left", "derecha": "right"},
    **{"derecho": "right", "der": "right", "ambas": "both", "ambos": "both", "dos": "both"},
}


def _clean(text: str) -> str:
    plain = unicodedata.normalize("NFKD", text.lower().replace("\u2019", "'"))
    plain = "".join(c for c in plain if not unicodedata.combining(c))
    return " ".join(plain.strip(" .!¡").split())


def _label(button: Button) -> str:
    return _clean(
        button.label.lower().removeprefix("✓ ").removesuffix(texts.onboarding.DEFAULT_MARK.lower())
    )


def _by_number(text: str, buttons: tuple[Button, ...]) -> str | None:
    if text.isdigit() and 1 <= int(text) <= len(buttons):
        return buttons[int(text) - 1].action
    return None


def _by_label(text: str, buttons: tuple[Button, ...], *, fuzzy: bool) -> str | None:
    labels = [_label(b) for b in buttons]
    if text in labels:
        return buttons[labels.index(text)].action
    if not fuzzy or not text:
        return None
    match = process.extractOne(text, labels, scorer=fuzz.ratio, score_cutoff=LABEL_MATCH_MIN)
    return buttons[match[2]].action if match else None


def _screen_words(ctx: Context, text: str) -> str | None:
    return "/screen none" if text in _NONE else None


def _protocol_words(ctx: Context, text: str) -> str | None:
    if text in _KEEP:
        return f"/protocol {ctx.protocols.default.id}"
    named = {p.id: p.id for p in ctx.protocols} | {
        _clean(name): p.id
        for p in ctx.protocols
        for name in (p.name, texts.catalog.gettext(p.name))  # English and the runner's
    }
    matches = process.extract(
        text, list(named), scorer=fuzz.token_set_ratio, score_cutoff=PROTOCOL_MATCH_MIN, limit=None
    )
    best = {named[m[0]] for m in matches if matches and m[1] == matches[0][1]}
    return f"/protocol {best.pop()}" if len(best) == 1 else None  # "hip" names two: ask again


def _side_words(ctx: Context, text: str) -> str | None:
    if text in _KEEP:
        return f"/side {ctx.settings.side}"
    said = {_SIDE_WORDS[w] for w in re.findall(r"[a-z]+", text) if w in _SIDE_WORDS}
    if said == {"left", "right"} or "both" in said:
        return "/side both"
    return f"/side {said.pop()}" if len(said) == 1 else None


def _timezone_words(ctx: Context, text: str) -> str | None:
    if text in _KEEP:
        return f"/timezone {ctx.settings.timezone}"
    try:
        return f"/timezone {parse.timezone_name(text)}"
    except parse.BadInput:
        return None


def _times_words(ctx: Context, text: str) -> str | None:
    if text in _KEEP:
        return "/times " + ctx.settings.stretch_times.replace(",", " ")
    try:
        chosen = parse.stretch_times(text, len(ctx.stretch_times))
    except parse.BadInput:
        return None
    return "/times " + " ".join(t.strftime("%H:%M") for t in chosen)


def _race_words(ctx: Context, text: str) -> str | None:
    """A race date or a "no" answers the race question, and digits that may be a date get
    the hint of how to write one; other words, a question and a report with a pain score
    ("ran an easy 4k, knee 1/10": not a race on 1 October) are read as the message they are,
    and the question is asked again."""
    if text in race.SKIP_WORDS:
        return f"/race {text}"
    said = natural.understand(text)
    if said is not None and getattr(said, "pain", None) is not None:
        return None  # a report with a score
    if race.parse_race(text, ctx.today) is not None:
        return f"/race {text}"
    asked = "?" in text  # "sprained it in 2015, does that matter?": a question, not a date
    return f"/race {text}" if any(c.isdigit() for c in text) and not asked else None


_WORDS: dict[str, Callable[[Context, str], str | None]] = {
    "screen": _screen_words,
    "protocol": _protocol_words,
    "side": _side_words,
    "timezone": _timezone_words,
    "times": _times_words,
    "race": _race_words,
}
# Steps whose labels are short and far apart enough to forgive a typo in them.
_FUZZY_LABELS = frozenset({"protocol", "side"})


def step_action(ctx: Context, text: str) -> str | None:
    """The button action a typed answer to the open onboarding step means, or None when it
    answers no step (none is open, or the words are not understood)."""
    step = ctx.user.onboarding_step
    if step is None or step not in _WORDS:
        return None
    buttons = step_question(ctx, step).all_buttons()
    clean = _clean(text)
    return (
        _by_number(clean, buttons)
        or _by_label(clean, buttons, fuzzy=step in _FUZZY_LABELS)
        or _WORDS[step](ctx, clean)
    )
