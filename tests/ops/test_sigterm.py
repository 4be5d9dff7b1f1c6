"""SIGTERM (and SIGINT) stop every process kind gracefully: it logs the drain, finishes what is
under way, closes the database and exits 0. Each kind runs as a user runs it, in a subprocess
(against the fake Bot API or the local Discord stand-in)."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TOKEN = "123456:ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghij"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def get(url: str) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(url, timeout=5) as answer:
            return answer.status, answer.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode()


def wait_for(url: str) -> None:
    for _ in range(150):
        try:
            get(url)
            return
        except OSError:
            time.sleep(0.1)
    raise AssertionError(f"{url} never answered")


@pytest.fixture
def bot_api() -> Iterator[str]:
    port = free_port()
    fake = subprocess.Popen(
        [sys.executable, "-m", "tests.channels.fake_bot_api", "--port", str(port)],
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
    )
    wait_for(f"http://127.0.0.1:{port}/_test/calls?method=none")
    yield f"http://127.0.0.1:{port}"
    fake.terminate()
    fake.wait(10)


@pytest.fixture
def discord_api() -> Iterator[str]:
    port = free_port()
    fake = subprocess.Popen(
        [sys.executable, "-m", "tests.channels.fake_discord", "--port", str(port)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert fake.stdout is not None
    assert "local Discord on" in fake.stdout.readline()
    yield f"http://127.0.0.1:{port}"
    fake.terminate()
    fake.wait(10)


class Running:
    """``itb-coach <args>`` in a subprocess, its log lines gathered as they come."""

    def __init__(self, tmp_path: Path, args: list[str], env: dict[str, str]) -> None:
        environment = {
            k: v for k, v in os.environ.items() if not k.startswith(("DISCORD_", "TELEGRAM_"))
        }
        environment |= {
            "DATABASE_URL": f"sqlite+aiosqlite:///{tmp_path / 'coach.db'}",
            "METRICS_PORT": "",
            **env,
        }
        self.process = subprocess.Popen(
            [sys.executable, "-m", "bot", *args],
            cwd=tmp_path,
            env=environment,
            stdin=subprocess.PIPE,  # left open: a console waiting for its next line
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
        )
        self.lines: list[str] = []
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        assert self.process.stderr is not None
        for line in self.process.stderr:
            self.lines.append(line)

    def wait_for_line(self, needle: str, timeout: float = 60) -> None:
        deadline = time.monotonic() + timeout
        while not any(needle in line for line in self.lines):
            if self.process.poll() is not None or time.monotonic() > deadline:
                raise AssertionError(f"no {needle!r} in {''.join(self.lines)[-2000:]}")
            time.sleep(0.05)

    def stop(self, sig: signal.Signals = signal.SIGTERM) -> int:
        self.process.send_signal(sig)
        code = self.process.wait(60)
        self._reader.join(10)
        return code


def check_drained(
    running: Running, sig: signal.Signals = signal.SIGTERM, *, quiet: bool = False
) -> None:
    if not quiet:
        running.wait_for_line("event=process_ready")
    assert running.stop(sig) == 0, "".join(running.lines)[-2000:]
    log = "".join(running.lines)
    assert f"{sig.name}, finishing the work under way" in log
    assert "event=shutdown_drain" in log
    assert quiet or "event=process_stopped" in log  # INFO: not shown in a quiet console
    assert "Traceback" not in log


def test_worker(tmp_path: Path, bot_api: str) -> None:
    env = {"TELEGRAM_BOT_TOKEN": TOKEN, "TELEGRAM_API_BASE_URL": f"{bot_api}/bot"}
    check_drained(Running(tmp_path, ["worker"], env))


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGINT])
def test_telegram_polling(tmp_path: Path, bot_api: str, sig: signal.Signals) -> None:
    port = free_port()
    env = {
        "TELEGRAM_BOT_TOKEN": TOKEN,
        "TELEGRAM_API_BASE_URL": f"{bot_api}/bot",
        "METRICS_PORT": str(port),
    }
    running = Running(tmp_path, ["telegram"], env)
    running.wait_for_line("event=process_ready")
    assert get(f"http://127.0.0.1:{port}/healthz") == (200, json.dumps({"status": "ok"}))
    assert "itb_process_ready 1.0" in get(f"http://127.0.0.1:{port}/metrics")[1]
    assert image_healthcheck(port) == 0
    check_drained(running, sig)
    assert image_healthcheck(port) == 1


def image_healthcheck(port: int) -> int:
    """The Dockerfile's HEALTHCHECK command, as the container runs it."""
    env = {**os.environ, "METRICS_PORT": str(port), "PORT": str(free_port())}
    command = [sys.executable, "-m", "bot.ops.healthcheck"]
    return subprocess.run(command, cwd=ROOT, env=env, timeout=30).returncode


def test_telegram_webhook(tmp_path: Path, bot_api: str) -> None:
    port = free_port()
    env = {
        "TELEGRAM_BOT_TOKEN": TOKEN,
        "TELEGRAM_API_BASE_URL": f"{bot_api}/bot",
        "WEBHOOK_URL": f"http://127.0.0.1:{port}/hook",
        "WEBHOOK_SECRET": "s3cret",
        "PORT": str(port),
    }
    running = Running(tmp_path, ["telegram", "--webhook"], env)
    running.wait_for_line("event=process_ready")
    status, body = get(f"http://127.0.0.1:{port}/metrics")
    assert status == 200 and "itb_messages_handled" in body
    check_drained(running)


def test_discord(tmp_path: Path, discord_api: str) -> None:
    env = {"DISCORD_BOT_TOKEN": "fake-token", "DISCORD_API_BASE_URL": discord_api}
    check_drained(Running(tmp_path, ["discord"], env))


def test_console(tmp_path: Path) -> None:
    database = tmp_path / "chat.db"
    running = Running(tmp_path, ["chat", "--db", str(database)], {})
    # The console logs warnings only. Its signal handlers are in place before the database
    # file is made; a stop during the start-up is answered once it is up.
    for _ in range(600):
        if database.exists() or running.process.poll() is not None:
            break
        time.sleep(0.05)
    check_drained(running, quiet=True)
