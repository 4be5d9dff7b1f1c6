"""How long the red-flag check takes on one long message: the known flags
(``RedFlagVocabulary.find``) and the three-way sorting (``ItbTalk.place``), as the service runs
them on every typed message. The message is runners' words from the corpora, repeated to the
size asked; the figure is the median of ``--repeat`` runs, in milliseconds. Run::

    .venv/bin/python -m bench.red_flag_speed
"""

from __future__ import annotations

import argparse
import statistics
import time

from bot.protocol_files import default_itb_talk, default_red_flags
from tests.service.red_flag_corpus import BENIGN, RED_FLAGS, UNPLACED

SIZES = (1_000, 4_000, 16_000)


def message(chars: int) -> str:
    """Everyday words, body talk and flags mixed, cut at ``chars`` characters."""
    parts = [*BENIGN, *UNPLACED, *(text for text, _flag in RED_FLAGS)]
    text = ""
    i = 0
    while len(text) < chars:
        text += parts[(i * 7) % len(parts)] + ". "
        i += 1
    return text[:chars]


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
    default_red_flags().find("warm up")  # compile once, outside the timing
    for chars in SIZES:
        print(f"{chars:>6} chars: {timed(message(chars), args.repeat):8.1f} ms")


if __name__ == "__main__":
    main()
