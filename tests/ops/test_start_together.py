"""Replicas started together: each runs the schema upgrade at start, and every one comes up
(the upgrade runs once, under a lock; the others find the schema at head)."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.store.db import sqlite_url
from tests import databases

PROCESSES = 4

# Each process imports everything first, then waits for the same instant, so the upgrades
# really start together rather than one import time apart.
COME_UP = """
import asyncio, sys, time
from bot.bootstrap import build
from bot.settings import Settings

async def up() -> None:
    coach = await build(Settings(_env_file=None, database_url=sys.argv[1]))
    await coach.close()

start = float(sys.argv[2])
while time.time() < start:
    time.sleep(0.005)
asyncio.run(up())
print("up")
"""


@pytest.fixture
def empty_postgres() -> Iterator[str]:
    """A PostgreSQL database of its own, empty: no schema yet."""
    for url in databases.session_database():
        yield url.replace("postgresql://", "postgresql+asyncpg://", 1)


def start_together(url: str) -> list[subprocess.CompletedProcess[str]]:
    start = time.time() + 4  # after every process has done its imports
    env = {**os.environ, "LOG_LEVEL": "WARNING"}
    running = [
        subprocess.Popen(
            [sys.executable, "-c", COME_UP, url, str(start)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
        )
        for _ in range(PROCESSES)
    ]
    results = []
    for process in running:
        out, err = process.communicate(timeout=120)
        results.append(subprocess.CompletedProcess(process.args, process.returncode, out, err))
    return results


def check_all_up(results: list[subprocess.CompletedProcess[str]]) -> None:
    failed = [r.stderr.strip().splitlines()[-1:] for r in results if r.returncode != 0]
    assert failed == [], f"{len(failed)} of {PROCESSES} processes died: {failed}"
    assert [r.stdout.strip() for r in results] == ["up"] * PROCESSES


@pytest.mark.postgres
def test_four_processes_start_together_on_an_empty_postgresql(empty_postgres: str) -> None:
    check_all_up(start_together(empty_postgres))


def test_four_processes_start_together_on_a_new_sqlite_file(tmp_path: Path) -> None:
    check_all_up(start_together(sqlite_url(tmp_path / "new.db")))
