"""Draw the sample chart and report in ``docs/`` from a six-week runner played through the
real service (``tests/progress/story.py``) on a throw-away database with a manual clock.

    .venv/bin/python docs/make_samples.py

Writes ``docs/progress-sample.png`` (shown in the README) and ``docs/report-sample.pdf``.
"""

from __future__ import annotations

import asyncio
import sys
from datetime import UTC, datetime
from pathlib import Path

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


async def main() -> None:
    clock = ManualClock(START)
    async with scratch_coach(clock) as coach:
        await play(coach.service, clock, RUNNER)
        progress = await coach.service.handle(RUNNER, "/progress")
        report = await coach.service.handle(RUNNER, "/report")
    image, document = progress[0].image, report[0].document
    assert image is not None and document is not None
    (DOCS / "progress-sample.png").write_bytes(image.content)
    (DOCS / "report-sample.pdf").write_bytes(document.content)
    print(progress[0].text)
    print(f"\nwrote {DOCS / 'progress-sample.png'} and {DOCS / 'report-sample.pdf'}")


if __name__ == "__main__":
    asyncio.run(main())
