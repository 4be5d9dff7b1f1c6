"""The sample chart and report committed in ``docs/`` are what ``make samples`` writes today:
a change to the chart, the report or the story that did not regenerate them fails here."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ("progress-sample.png", "report-sample.pdf")


def test_the_committed_samples_are_what_make_samples_writes(tmp_path: Path) -> None:
    """Regenerated into a temporary folder, in another time zone than the machine's and with
    no matplotlibrc of the user's: fixed clock and fonts give the committed bytes."""
    env = {**os.environ, "TZ": "Pacific/Auckland", "MPLCONFIGDIR": str(tmp_path / "mpl")}
    done = subprocess.run(
        [sys.executable, str(ROOT / "docs" / "make_samples.py"), "--out", str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
        env=env,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    stale = [
        name
        for name in SAMPLES
        if (tmp_path / name).read_bytes() != (ROOT / "docs" / name).read_bytes()
    ]
    assert not stale, f"out of date in docs/: {stale}; run `make samples` and commit them"
