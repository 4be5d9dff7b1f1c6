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
    assert set(found) == {"console", "telegram", "samples", "bench", "web"}
    assert "fake_bot_api" in found["telegram"].script
    assert "TELEGRAM_BOT_TOKEN=" in found["telegram"].script
    assert ".ci/walkthroughs.py" in (ROOT / ".ci" / "run").read_text()


def test_the_recipes_use_the_projects_own_python() -> None:
    for walkthrough in _runner().walkthroughs():
        for line in walkthrough.script.splitlines():
            assert "PYTHONPATH" not in line
            assert not line.startswith(("python ", "itb-coach ")), line
