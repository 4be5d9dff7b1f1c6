"""How long the red-flag check takes on one long message: the known flags
(``RedFlagVocabulary.find``) and the three-way sorting (``ItbTalk.place``, which reads the
first 4,096 characters), as the service runs them on every typed message. The message is the
everyday messages of the corpus (no flag in them, so every phrase is tried to the end: the
slowest case), repeated to the size asked, either as written (many short clauses) or with its
punctuation removed (one long clause). Each figure is the median of ``--repeat`` runs, in
milliseconds. Run from the repository root::

    .venv/bin/python -m bench.red_flag_speed
"""

from __future__ import annotations

import argparse
import re
import statistics
import time

from bot.protocol_files import default_itb_talk, default_red_flags
from tests.service.red_flag_corpus import BENIGN

SIZES = (1_000, 4_000, 16_000)


def message(chars: int, *, clauses: bool) -> str:
    text = ""
    i = 0
    while len(text) < chars:
        text += BENIGN[(i * 7) % len(BENIGN)] + ". "
        i += 1
    text = text[:chars]
    return text if clauses else re.sub(r"[.,;:!?()\-\n]", " ", text)


def timed(text: str, repeat: int) -> tuple[float, float]:
    """Median milliseconds of the flag check alone, and of the check and the sorting."""
    vocabulary, talk = default_red_flags(), default_itb_talk()
    alone, both = [], []
    for _ in range(repeat):
        start = time.perf_counter()
        vocabulary.find(text)
        heard = time.perf_counter()
        talk.place(vocabulary.matcher, text)
        alone.append(heard - start)
        both.append(time.perf_counter() - start)
    return statistics.median(alone) * 1000, statistics.median(both) * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    timed("warm up: compile every phrase once", 1)
    print("chars   shape        flags (ms)  flags + sorting (ms)")
    for chars in SIZES:
        for shape, clauses in (("as written", True), ("one clause", False)):
            alone, both = timed(message(chars, clauses=clauses), args.repeat)
            print(f"{chars:>6}  {shape:<11} {alone:10.1f}  {both:10.1f}")


if __name__ == "__main__":
    main()
