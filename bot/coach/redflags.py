"""Red flags (CLINICAL.md §5): symptoms that stop coaching and hand the user to a clinician.

Each flag has an id (short, used in buttons), the question shown at onboarding, a one-line
reason, whether it is an emergency, and words that reveal it in free text.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class RedFlag:
    id: str
    label: str
    reason: str
    urgent: bool
    patterns: tuple[str, ...]


RED_FLAGS: tuple[RedFlag, ...] = (
    RedFlag(
        "locked",
        "The knee locks or cannot fully straighten",
        "A knee that locks or will not straighten can mean something is caught inside the joint.",
        False,
        (r"\block(s|ed|ing)?\b", r"\b(can'?t|cannot|won'?t) (fully )?straighten"),
    ),
    RedFlag(
        "gives-way",
        "The knee gives way",
        "A knee that gives way suggests the joint is unstable, which the IT band does not cause.",
        False,
        (r"\bg(ave|ives|iving) way\b", r"\bbuckl(e|es|ed|ing)\b", r"\bunstable\b"),
    ),
    RedFlag(
        "swelling",
        "Visible swelling of the knee",
        "Visible swelling points to a problem inside or around the joint that needs examining.",
        False,
        (r"\bswell(ing|ed|s)?\b", r"\bswollen\b", r"\bpuffy\b"),
    ),
    RedFlag(
        "hot-red-fever",
        "A hot, red knee with fever or feeling unwell",
        "A hot, red knee with fever can be a joint infection, which is an emergency.",
        True,
        (
            r"\bfever\b",
            r"\bfeverish\b",
            r"\bhot (and|&) red\b",
            r"\bred (and|&) hot\b",
            r"\bchills\b",
        ),
    ),
    RedFlag(
        "no-weight",
        "You cannot bear weight on the leg",
        "Not being able to bear weight needs an examination, and can mean a fracture.",
        False,
        (r"\b(can'?t|cannot|unable to) (bear|put|take) (any )?weight\b", r"\bcan'?t walk\b"),
    ),
    RedFlag(
        "trauma",
        "The pain began with a fall, twist, blow or a 'pop'",
        "Pain that began with a fall, twist, blow or pop is an injury, not an overuse problem.",
        False,
        (r"\bfell\b", r"\bfall(en)?\b", r"\btwist(ed)?\b", r"\bpop(ped)?\b", r"\bblow\b"),
    ),
    RedFlag(
        "night-pain",
        "Night pain or pain at rest",
        "Pain at night or at rest is not typical of IT band syndrome and should be checked.",
        False,
        (r"\bnight pain\b", r"\bpain at (night|rest)\b", r"\bwakes? me\b", r"\bat rest\b"),
    ),
    RedFlag(
        "bone-pain",
        "Pinpoint bone pain, or pain when hopping",
        "Pinpoint bone pain or pain on hopping can be a stress fracture.",
        False,
        (r"\bbone pain\b", r"\bhop(ping)?\b", r"\bstress fracture\b"),
    ),
    RedFlag(
        "nerve",
        "Numbness, tingling or foot weakness",
        "Numbness, tingling or a weak foot point to a nerve, which needs a clinician.",
        False,
        (r"\bnumb(ness)?\b", r"\btingl(e|es|ing)\b", r"\bpins and needles\b", r"\bfoot drop\b"),
    ),
)

RED_FLAGS_BY_ID = {flag.id: flag for flag in RED_FLAGS}

_COMPILED = tuple(
    (flag, tuple(re.compile(p, re.IGNORECASE) for p in flag.patterns)) for flag in RED_FLAGS
)


def _normalise(text: str) -> str:
    # Curly apostrophes and odd widths would otherwise hide "can’t" from the patterns.
    text = unicodedata.normalize("NFKC", text).replace("\u2019", "'").replace("\u2018", "'")
    return " ".join(text.split())


def find_red_flags(text: str) -> tuple[RedFlag, ...]:
    """The red flags whose words appear in free text, in catalogue order (may be empty).

    Matching is generous ("no swelling" still matches "swelling"): the service asks the user
    to confirm a flag found in free text, so a false alarm costs one question, not a referral.
    """
    clean = _normalise(text)
    return tuple(flag for flag, regexes in _COMPILED if any(r.search(clean) for r in regexes))
