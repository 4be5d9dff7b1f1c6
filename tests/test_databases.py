"""A run told to use PostgreSQL fails when it cannot reach it, and skips (saying why) only
when it was not told to."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
ONE_TEST = "tests/service/test_journey.py::test_users_are_kept_apart"


def run_on_closed_port(required: bool) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ)
    env["ITB_TEST_POSTGRES"] = "postgresql://postgres@127.0.0.1:9/test"  # discard: nothing
    env["ITB_REQUIRE_POSTGRES"] = "1" if required else ""
    return subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-rs", ONE_TEST],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.mark.parametrize("required", [True, False], ids=["required", "optional"])
def test_an_unreachable_postgres(required: bool) -> None:
    run = run_on_closed_port(required)
    if required:
        assert run.returncode == 1, run.stdout
        assert "1 passed, 1 error" in run.stdout  # SQLite ran, PostgreSQL failed
        assert "ITB_REQUIRE_POSTGRES is set" in run.stdout
    else:
        assert run.returncode == 0, run.stdout
        assert "1 passed, 1 skipped" in run.stdout
        assert "PostgreSQL not reachable at postgresql://postgres@127.0.0.1:9/test" in run.stdout
