"""Draw the sample chart and report in ``docs/`` from a six-week runner played through the
real service (``tests/progress/story.py``) on a throw-away database with a manual clock.

    make samples                                      # or: .venv/bin/python docs/make_samples.py
    .venv/bin/python docs/make_samples.py --out DIR   # somewhere else (the staleness test)

Writes ``progress-sample.png`` (shown in the README) and ``report-sample.pdf``. The same code
gives the same bytes on every run: a fixed clock, matplotlib's own defaults (its bundled
DejaVu fonts, whatever a ``matplotlibrc`` on the machine says), PNG and PDF without a
software or time stamp, and the PDF's creation date the story's last day.
``tests/progress/test_samples.py`` fails when the committed files are not what this writes.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
from datetime import UTC, datetime
from pathlib import Path

import matplotlib

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:  # run as a file: the story lives in tests/, beside bot/
    sys.path.insert(0, str(ROOT))

from bot.bootstrap import scratch_coach  # noqa: E402
from bot.clock import ManualClock  # noqa: E402
from bot.service.replies import UserKey  # noqa: E402
from tests.progress.story import play  # noqa: E402

DOCS = Path(__file__).resolve().parent
START = datetime(2026, 11, 23, 7, 0, tzinfo=UTC)  # a Monday morning
RUNNER = UserKey("docs", "sample-runner")
FILES = ("progress-sample.png", "report-sample.pdf")
# matplotlib's defaults, not the machine's: the bundled DejaVu Sans, and a fixed salt for the
# ids of any SVG drawn.
STABLE_RC = {"font.family": ["DejaVu Sans"], "svg.hashsalt": "itb-coach-samples"}


async def main(out: Path) -> None:
    matplotlib.rcdefaults()
    matplotlib.rcParams.update(STABLE_RC)
    clock = ManualClock(START)
    async with scratch_coach(clock) as coach:
        await play(coach.service, clock, RUNNER)
        progress = await coach.service.handle(RUNNER, "/progress")
        report = await coach.service.handle(RUNNER, "/report")
    image, document = progress[0].image, report[0].document
    assert image is not None and document is not None
    out.mkdir(parents=True, exist_ok=True)
    (out / FILES[0]).write_bytes(image.content)
    (out / FILES[1]).write_bytes(document.content)
    print(progress[0].text)
    print(f"\nwrote {out / FILES[0]} and {out / FILES[1]}")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=DOCS, help="folder to write (docs/)")
    asyncio.run(main(parser.parse_args().out))
