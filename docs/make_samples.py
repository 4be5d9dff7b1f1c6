"""Draw the sample chart and report in ``docs/`` from a six-week runner played through the
real service (``tests/progress/story.py``) on a throw-away database with a manual clock.

    PYTHONPATH=. python docs/make_samples.py

Writes ``docs/progress-sample.png`` (shown in the README) and ``docs/report-sample.pdf``.
"""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime
from pathlib import Path

from bot.bootstrap import scratch_coach
from bot.clock import ManualClock
from bot.service.replies import UserKey
from tests.progress.story import play

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
