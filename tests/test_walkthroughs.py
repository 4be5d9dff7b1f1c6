"""The README's walk-throughs stay marked, so CI (``.ci/walkthroughs.py``) keeps running them."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[1]


def _runner() -> ModuleType:
    spec = importlib.util.spec_from_file_location("walkthroughs", ROOT / ".ci" / "walkthroughs.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def test_every_walkthrough_is_found_and_ci_runs_them() -> None:
    found = {w.name: w for w in _runner().walkthroughs()}
    assert set(found) >= {
        "console",
        "telegram",
        "telegram-webhook",
        "discord",
        "worker",
        "web",
        "session",
        "demo",
        "samples",
        "discord-session",
        "bench",
    }
    assert "fake_bot_api" in found["telegram"].script
    assert "TELEGRAM_BOT_TOKEN=" in found["telegram"].script
    assert "X-Telegram-Bot-Api-Secret-Token" in found["telegram-webhook"].script
    assert "fake_discord" in found["discord"].script
    ci = (ROOT / ".ci" / "run").read_text()
    assert "make test" in ci and ".ci/walkthroughs.py" in ci and "set -euo pipefail" in ci


def test_no_recipe_uses_the_real_database() -> None:
    """Each recipe takes a temporary database of its own, never ``data/``."""
    for walkthrough in _runner().walkthroughs():
        assert "data/" not in walkthrough.script, walkthrough.name
        starts_coach = "itb-coach" in walkthrough.script and "demo" not in walkthrough.name
        if starts_coach and walkthrough.name not in ("bench",):
            assert "mktemp" in walkthrough.script, walkthrough.name


def test_a_background_process_is_waited_for_and_its_output_checked() -> None:
    """A recipe that starts a process with ``&`` waits until it answers and checks what it
    said, so it cannot pass silently (as a Discord recipe once did)."""
    for walkthrough in _runner().walkthroughs():
        if " & " in walkthrough.script:
            assert "until " in walkthrough.script, walkthrough.name
            checked = ("grep", "transcript", "curl -fs")
            assert any(c in walkthrough.script for c in checked), walkthrough.name


def test_the_recipes_use_the_projects_own_python() -> None:
    for walkthrough in _runner().walkthroughs():
        for line in walkthrough.script.splitlines():
            assert "PYTHONPATH" not in line
            assert not line.startswith(("python ", "itb-coach ")), line
