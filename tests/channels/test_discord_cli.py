"""``itb-coach discord`` as a user runs it: a clear line and an exit code, never a traceback."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def itb_coach(tmp_path: Path, **env: str) -> subprocess.CompletedProcess[str]:
    environment = {k: v for k, v in os.environ.items() if not k.startswith("DISCORD_")}
    environment |= {"DATABASE_URL": f"sqlite+aiosqlite:///{tmp_path / 'coach.db'}", **env}
    return subprocess.run(
        [sys.executable, "-m", "bot", "discord"],
        cwd=tmp_path,
        env=environment,
        capture_output=True,
        text=True,
        timeout=60,
    )


@pytest.fixture
def stand_in() -> Iterator[str]:
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "tests.channels.fake_discord", "--port", str(port)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert process.stdout is not None
    assert "local Discord on" in process.stdout.readline()  # it prints once it listens
    yield f"http://127.0.0.1:{port}"
    process.terminate()
    process.wait(10)


def test_without_a_token(tmp_path: Path) -> None:
    done = itb_coach(tmp_path)
    assert (done.returncode, done.stderr) == (2, "itb-coach: DISCORD_BOT_TOKEN is not set.\n")


def test_a_wrong_token_is_one_line(tmp_path: Path, stand_in: str) -> None:
    done = itb_coach(tmp_path, DISCORD_BOT_TOKEN="wrong", DISCORD_API_BASE_URL=stand_in)
    assert done.returncode == 2
    assert "Discord refused DISCORD_BOT_TOKEN" in done.stderr
    assert "Traceback" not in done.stderr


def test_discord_out_of_reach_is_one_line(tmp_path: Path) -> None:
    started = time.monotonic()
    nowhere = f"http://127.0.0.1:{free_port()}"
    done = itb_coach(tmp_path, DISCORD_BOT_TOKEN="t", DISCORD_API_BASE_URL=nowhere)
    assert done.returncode == 1
    assert f"cannot reach Discord at 127.0.0.1:{nowhere.rsplit(':', 1)[1]}" in done.stderr
    assert "Traceback" not in done.stderr and time.monotonic() - started < 60


def test_sync_is_an_option_of_the_discord_command() -> None:
    from bot.cli import _parser

    assert _parser().parse_args(["discord", "--sync"]).sync is True
    assert _parser().parse_args(["discord"]).sync is False
