"""How long the red-flag check takes on one long message: the known flags
(``RedFlagVocabulary.find``) and the three-way sorting (``ItbTalk.place``), as the service runs
them on every typed message. The message is the everyday messages of the corpus (no flag in
them, so every phrase is tried to the end: the slowest case), repeated to the size asked, either
as written (many short clauses) or with its punctuation removed (one long clause). Each figure
is the median of ``--repeat`` runs, in milliseconds. Run from the repository root::

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


def timed(text: str, repeat: int) -> float:
    vocabulary, talk = default_red_flags(), default_itb_talk()
    runs = []
    for _ in range(repeat):
        start = time.perf_counter()
        vocabulary.find(text)
        talk.place(vocabulary.matcher, text)
        runs.append(time.perf_counter() - start)
    return statistics.median(runs) * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    timed("warm up: compile every phrase once", 1)
    for chars in SIZES:
        many = timed(message(chars, clauses=True), args.repeat)
        one = timed(message(chars, clauses=False), args.repeat)
        print(f"{chars:>6} chars: {many:8.1f} ms as written, {one:8.1f} ms as one clause")


if __name__ == "__main__":
    main()
