"""The fresh sets of runners' messages (``red_flag_corpus_unseen.py`` … ``unseen15.py``), each
written by someone who had read neither the vocabularies, the code nor the other sets, through
the whole service, the three ways of ``test_red_flag_corpus.py``; and their shape (counts, flag
ids, no message twice in any corpus).

Each set was measured once before anything was tuned on it (its first figures, ``first``);
the sets tuned on since are tuning sets, and their floors are the figures after tuning. The
first figures say how the coach hears text nobody has tuned on: it does not meet the bar of
CLINICAL.md §5 there (every flag and unplaced message held, at most 2% of everyday messages,
none with emergency wording). docs/hearing.md has every figure. One set:
``.venv/bin/pytest -q -s tests/service/test_red_flag_corpus_fresh.py -k fresh3``."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from types import ModuleType

import pytest

from bot.bootstrap import Coach
from tests.service import (
    red_flag_corpus,
    red_flag_corpus_es,
    red_flag_corpus_es_heldout,
    red_flag_corpus_unseen,
    red_flag_corpus_unseen2,
    red_flag_corpus_unseen3,
    red_flag_corpus_unseen4,
    red_flag_corpus_unseen5,
    red_flag_corpus_unseen6,
    red_flag_corpus_unseen7,
    red_flag_corpus_unseen8,
    red_flag_corpus_unseen9,
    red_flag_corpus_unseen10,
    red_flag_corpus_unseen11,
    red_flag_corpus_unseen12,
    red_flag_corpus_unseen13,
    red_flag_corpus_unseen14,
    red_flag_corpus_unseen15,
    red_flag_heldout,
)

# The module-scoped coach fixture is imported so this module gets its own coach.
from tests.service.test_red_flag_corpus import WAYS, coach, measure_parts  # noqa: F401

Ways = tuple[int, int, int]  # message, /symptom text, at an open pain keypad


@dataclass(frozen=True)
class Floors:
    """Flags held /100, unplaced held /20, everyday held /60 (at most), emergency wording on
    everyday (at most), each way; flags named rightly by the vocabulary /100."""

    flags: Ways
    unplaced: Ways
    everyday: Ways
    emergency: Ways
    named: int

    def of(self, way: str) -> tuple[int, int, int, int]:
        n = list(WAYS).index(way)
        return self.flags[n], self.unplaced[n], self.everyday[n], self.emergency[n]


@dataclass(frozen=True)
class FreshSet:
    name: str
    module: ModuleType
    prefix: str  # UNSEEN, UNSEEN2, ...
    first: Floors  # measured once, before anything was tuned on it (2026-12-07)
    floors: Floors  # now: after tuning, for the sets tuned on

    def part(self, kind: str) -> tuple:  # type: ignore[type-arg]
        return getattr(self.module, f"{self.prefix}_{kind}")  # type: ignore[no-any-return]


TUNED_ALL = Floors((100, 100, 100), (20, 20, 20), (0, 0, 0), (0, 0, 0), 100)
SETS = (
    FreshSet(
        "fresh1",
        red_flag_corpus_unseen,
        "UNSEEN",
        Floors((85, 86, 86), (15, 17, 17), (2, 3, 2), (0, 0, 0), 69),
        TUNED_ALL,
    ),
    FreshSet(
        "fresh2",
        red_flag_corpus_unseen2,
        "UNSEEN2",
        Floors((91, 93, 93), (17, 18, 18), (8, 9, 9), (1, 1, 1), 78),
        Floors((100, 100, 100), (18, 19, 19), (0, 0, 0), (0, 0, 0), 99),
    ),
    FreshSet(
        "fresh3",
        red_flag_corpus_unseen3,
        "UNSEEN3",
        Floors((95, 97, 97), (18, 19, 19), (6, 7, 5), (1, 1, 1), 90),
        TUNED_ALL,
    ),
    # Tuned: the one everyday message held ("is it normal for it to hurt at night or should
    # that worry me? asking before it happens") is held on purpose: asking ahead makes a
    # message's sentences questions, it never silences a sign told beside it.
    FreshSet(
        "fresh4",
        red_flag_corpus_unseen4,
        "UNSEEN4",
        Floors((98, 98, 98), (18, 18, 18), (8, 8, 8), (1, 1, 1), 91),
        Floors((100, 100, 100), (20, 20, 20), (1, 1, 1), (0, 0, 0), 100),
    ),
    # Tuned: crepitus with "no pain just noise" is read as a report of no pain when it is a
    # plain message or at the keypad.
    FreshSet(
        "fresh5",
        red_flag_corpus_unseen5,
        "UNSEEN5",
        Floors((97, 98, 97), (18, 19, 18), (7, 9, 9), (0, 0, 0), 89),
        Floors((100, 100, 100), (19, 20, 19), (0, 0, 0), (0, 0, 0), 100),
    ),
    # Measured once before anything was tuned on them (2026-12-07), then tuned.
    FreshSet(
        "fresh6",
        red_flag_corpus_unseen6,
        "UNSEEN6",
        Floors((97, 99, 97), (18, 18, 17), (10, 10, 10), (1, 1, 1), 94),
        Floors((100, 100, 100), (20, 20, 20), (0, 0, 0), (0, 0, 0), 100),
    ),
    # Tuned: "sharp stitch in my side every single run, 15 min in" is a run report to the
    # coach as a plain message or at the keypad. One message ("knee keeps giving out") was in
    # the third set too; it now ends "again".
    FreshSet(
        "fresh7",
        red_flag_corpus_unseen7,
        "UNSEEN7",
        Floors((100, 100, 100), (17, 18, 17), (9, 9, 9), (1, 1, 1), 92),
        Floors((100, 100, 100), (19, 20, 19), (0, 0, 0), (0, 0, 0), 100),
    ),
    # Measured once (2026-12-07), then tuned. Still held, each a judgement call: toes that
    # catch on a stair carpet; a clinician's patients named by a bare body part ("hip fracture
    # on the xray") or after the sign ("a classic foot drop in clinic today, chap who..."); a
    # phone dropped on the foot; swelling in a pregnancy two years past; a parent's form; "got
    # a belt off the electric fence... all grand now" (a belt is a blow).
    FreshSet(
        "fresh8",
        red_flag_corpus_unseen8,
        "UNSEEN8",
        Floors((99, 99, 99), (16, 18, 18), (7, 8, 7), (1, 1, 1), 95),
        Floors((100, 100, 100), (19, 19, 19), (2, 2, 2), (0, 0, 0), 100),
    ),
    FreshSet(
        "fresh9",
        red_flag_corpus_unseen9,
        "UNSEEN9",
        Floors((98, 99, 99), (15, 17, 16), (10, 12, 10), (1, 1, 1), 97),
        Floors((100, 100, 100), (18, 20, 19), (5, 5, 5), (0, 0, 0), 100),
    ),
    # Measured once (2026-12-07), with the same hearing, before anything was tuned on them;
    # then tuned. Not held still: a hamstring "grabby" (a muscle word makes it ordinary) and a
    # knee that clicks with no pain.
    FreshSet(
        "fresh10",
        red_flag_corpus_unseen10,
        "UNSEEN10",
        Floors((99, 99, 99), (18, 18, 18), (5, 6, 5), (0, 0, 0), 93),
        Floors((100, 100, 100), (19, 19, 19), (0, 1, 0), (0, 0, 0), 99),
    ),
    FreshSet(
        "fresh11",
        red_flag_corpus_unseen11,
        "UNSEEN11",
        Floors((100, 100, 100), (17, 17, 17), (4, 6, 3), (0, 0, 0), 96),
        Floors((100, 100, 100), (18, 18, 18), (0, 0, 0), (0, 0, 0), 100),
    ),
    # Measured once (2026-12-07), the thirteenth written to trip the coach up, then tuned.
    # Still held: a quad bike too heavy for a bridge (Shetland; "quad" is a muscle too), a
    # radiographer's eyes that "hurt more than my knee", and as /symptom two more.
    FreshSet(
        "fresh12",
        red_flag_corpus_unseen12,
        "UNSEEN12",
        Floors((98, 98, 98), (18, 19, 18), (4, 4, 4), (0, 0, 0), 92),
        Floors((100, 100, 100), (20, 20, 20), (1, 1, 1), (0, 0, 0), 97),
    ),
    FreshSet(
        "fresh13",
        red_flag_corpus_unseen13,
        "UNSEEN13",
        Floors((93, 94, 93), (18, 18, 18), (3, 6, 4), (0, 0, 0), 82),
        Floors((100, 100, 100), (20, 20, 20), (0, 3, 1), (0, 0, 0), 99),
    ),
    # Measured once (2026-12-07) with the hearing as last tuned on sets 12 and 13: the last
    # first figures. Then tuned.
    FreshSet(
        "fresh14",
        red_flag_corpus_unseen14,
        "UNSEEN14",
        Floors((96, 97, 97), (17, 18, 17), (4, 4, 4), (1, 1, 1), 96),
        Floors((100, 100, 100), (17, 18, 17), (0, 0, 0), (0, 0, 0), 100),
    ),
    FreshSet(
        "fresh15",
        red_flag_corpus_unseen15,
        "UNSEEN15",
        Floors((96, 97, 96), (19, 19, 19), (3, 4, 3), (1, 1, 1), 96),
        Floors((100, 100, 100), (19, 19, 19), (0, 1, 0), (0, 0, 0), 100),
    ),
)
CASES = [pytest.param(s, way, id=f"{s.name}-{way}") for s in SETS for way in WAYS]


@pytest.mark.asyncio(loop_scope="module")
@pytest.mark.parametrize(("fresh", "way"), CASES)
async def test_a_fresh_set_through_the_service(
    coach: Coach,  # noqa: F811
    fresh: FreshSet,
    way: str,
    capsys: pytest.CaptureFixture[str],
) -> None:
    flags = [text for text, _flag in fresh.part("FLAGS")]
    unplaced, everyday = list(fresh.part("UNPLACED")), fresh.part("EVERYDAY")
    with capsys.disabled():
        parts = await measure_parts(coach, way, fresh.name, flags, unplaced, everyday)
    held_flags, held_unplaced, most_everyday, most_emergency = fresh.floors.of(way)
    assert len(flags) - len(parts.flags) >= held_flags
    assert len(unplaced) - len(parts.unplaced) >= held_unplaced
    assert len(parts.everyday) <= most_everyday
    assert len(parts.emergency) <= most_emergency


@pytest.mark.parametrize("fresh", SETS, ids=[s.name for s in SETS])
def test_a_fresh_sets_flags_named_rightly(
    coach: Coach,  # noqa: F811
    fresh: FreshSet,
    capsys: pytest.CaptureFixture[str],
) -> None:
    vocabulary = coach.service.red_flags
    named = [
        (text, flag, {f.id for f in vocabulary.find(text)}) for text, flag in fresh.part("FLAGS")
    ]
    wrong = [(text, flag, found) for text, flag, found in named if flag not in found]
    with capsys.disabled():
        print(f"\n{fresh.name} flags named rightly: {len(named) - len(wrong)}/{len(named)}")
        for text, flag, found in wrong:
            print(f"  not named {flag} (named {sorted(found)}): {text}")
    assert len(named) - len(wrong) >= fresh.floors.named


def _key(text: str) -> str:
    return " ".join(text.casefold().split())


def _messages(module: ModuleType) -> list[str]:
    """Every message of a corpus module: the texts of its (text, flag) pairs and its strings."""
    found: list[str] = []
    for name, value in vars(module).items():
        if name.isupper() and isinstance(value, tuple):
            found += [item[0] if isinstance(item, tuple) else item for item in value]
    return found


@pytest.mark.parametrize("fresh", SETS, ids=[s.name for s in SETS])
def test_a_fresh_sets_shape(coach: Coach, fresh: FreshSet) -> None:  # noqa: F811
    flags = fresh.part("FLAGS")
    assert (len(flags), len(fresh.part("UNPLACED")), len(fresh.part("EVERYDAY"))) == (100, 20, 60)
    ids = {f.id for f in coach.service.red_flags.flags}
    assert Counter(flag for _text, flag in flags) == {flag: 10 for flag in ids}
    own = _messages(fresh.module)
    assert all(text and text == text.strip() for text in own)
    assert len({_key(text) for text in own}) == len(own)  # none twice in the set


def test_no_message_stands_in_two_corpora() -> None:
    modules = (
        red_flag_corpus,
        red_flag_heldout,
        red_flag_corpus_es,
        red_flag_corpus_es_heldout,
        *(s.module for s in SETS),
    )
    seen: dict[str, str] = {}
    for module in modules:
        for key in {_key(text) for text in _messages(module)}:
            assert key not in seen, f"{key!r} is in {seen.get(key)} and {module.__name__}"
            seen[key] = module.__name__
