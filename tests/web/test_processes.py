"""The web view and the bot as separate processes on one database at the same time: the
operator's command, ``itb-coach web`` and a runner's ``itb-coach chat`` (whose reminder ticker
delivers what the web queued), on SQLite and on PostgreSQL."""

from __future__ import annotations

import os
import re
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

COMMAND = str(Path(sys.executable).with_name("itb-coach"))
PASSWORD = "two processes password"


class Process:
    """A running command whose output is read line by line in the background."""

    def __init__(self, args: list[str], env: dict[str, str], *, stdin: bool = False) -> None:
        self.proc = subprocess.Popen(
            [COMMAND, *args],
            env=env,
            stdin=subprocess.PIPE if stdin else subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
        )
        self.lines: list[str] = []
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        assert self.proc.stdout is not None
        for line in self.proc.stdout:
            self.lines.append(line)

    def type(self, text: str) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.write(text + "\n")
        self.proc.stdin.flush()

    def wait_for(self, pattern: str, timeout: float = 60) -> re.Match[str]:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            found = re.search(pattern, "".join(self.lines))
            if found:
                return found
            time.sleep(0.1)
        raise AssertionError(f"no {pattern!r} in:\n{''.join(self.lines)[-3000:]}")

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=20)
            except subprocess.TimeoutExpired:  # pragma: no cover
                self.proc.kill()


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture
def env(both_databases: str, tmp_path: Path) -> Iterator[dict[str, str]]:
    port = _free_port()
    yield {
        **{k: v for k, v in os.environ.items() if k in ("PATH", "HOME", "LANG", "TMPDIR")},
        "DATABASE_URL": both_databases,
        "WEB_PORT": str(port),
        "REMINDER_TICK_SECONDS": "1",
        "PYTHONUNBUFFERED": "1",
    }


def _csrf(page: httpx.Response) -> str:
    found = re.search(r'name="csrf" value="([^"]+)"', page.text)
    assert found, page.text[:300]
    return found.group(1)


def test_web_and_bot_processes_share_one_database(env: dict[str, str]) -> None:
    added = subprocess.run(
        [COMMAND, "clinician", "add", "--email", "ann@example.org", "--name", "Ann"],
        env=env,
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    )
    link = re.search(r"(/set-password/\S+)", added.stdout)
    assert link, added.stdout
    web = Process(["web"], env)
    runner = Process(["chat", "--user", "jane"], env, stdin=True)
    base = f"http://127.0.0.1:{env['WEB_PORT']}"
    try:
        with httpx.Client(base_url=base, timeout=30) as client:
            for _ in range(300):
                try:
                    if client.get("/healthz").text == "ok":
                        break
                except httpx.TransportError:
                    time.sleep(0.1)
            page = client.get(link.group(1))
            data = {"csrf": _csrf(page), "password": PASSWORD, "again": PASSWORD}
            assert "Your password is set" in client.post(link.group(1), data=data).text
            page = client.post(
                "/sign-in",
                data={"csrf": _csrf(page), "email": "ann@example.org", "password": PASSWORD},
            )
            assert page.status_code == 303
            runner.type("/start")
            runner.type("/screen none")
            runner.type("/share")
            code = runner.wait_for(r"code: (\S+)").group(1)
            csrf = _csrf(client.get("/caseload"))
            page = client.post("/codes", data={"csrf": csrf, "code": code, "label": "Jane"})
            assert page.status_code == 303
            # The runner's own process sends the web's question, and hears the answer.
            runner.wait_for(r"Ann asks to follow your rehab")
            runner.type("Allow")
            runner.wait_for(r"Ann now follows your rehab")
            caseload = client.get("/caseload")
            assert "Jane" in caseload.text
            runner.type("my knee gave way this morning")
            runner.wait_for(r"Did I read that right")
            user = re.search(r'href="/runners/(\d+)"', caseload.text)
            assert user
            page = client.get(f"/runners/{user.group(1)}")
            assert "“my knee gave way this morning”" in page.text
    finally:
        runner.stop()
        web.stop()
