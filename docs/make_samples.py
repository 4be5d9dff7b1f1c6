"""Draw the sample chart and report in ``docs/`` from a six-week runner played through the
real service (``tests/progress/story.py``) on a throw-away database with a manual clock.

    PYTHONPATH=. python docs/make_samples.py

Writes ``docs/progress-sample.png`` (shown in the README) and ``docs/report-sample.pdf``.
"""

from __future__ import annotations

import asyncio
import tempfile
from datetime import UTC, datetime
from pathlib import Path

from bot.bootstrap import build
from bot.clock import ManualClock
from bot.service.replies import UserKey
from bot.settings import Settings
from bot.store.db import sqlite_url
from tests.progress.story import play

DOCS = Path(__file__).resolve().parent
START = datetime(2026, 11, 23, 7, 0, tzinfo=UTC)  # a Monday morning
RUNNER = UserKey("docs", "sample-runner")


async def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        settings = Settings(
            _env_file=None,  # type: ignore[call-arg]
            database_url=sqlite_url(Path(folder) / "samples.db"),
            telegram_bot_token=None,
        )
        clock = ManualClock(START)
        coach = await build(settings, clock)
        try:
            await play(coach.service, clock, RUNNER)
            progress = await coach.service.handle(RUNNER, "/progress")
            report = await coach.service.handle(RUNNER, "/report")
        finally:
            await coach.close()
    image, document = progress[0].image, report[0].document
    assert image is not None and document is not None
    (DOCS / "progress-sample.png").write_bytes(image.content)
    (DOCS / "report-sample.pdf").write_bytes(document.content)
    print(progress[0].text)
    print(f"\nwrote {DOCS / 'progress-sample.png'} and {DOCS / 'report-sample.pdf'}")


if __name__ == "__main__":
    asyncio.run(main())
