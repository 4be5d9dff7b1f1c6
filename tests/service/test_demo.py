"""The demo plays the real service through a scripted story and explains each decision."""

from __future__ import annotations

import pytest

from bot.demo import run_demo


async def test_demo_shows_every_kind_of_decision(capsys: pytest.CaptureFixture[str]) -> None:
    assert await run_demo(42) == 0
    out = capsys.readouterr().out
    assert "phase build begins" in out
    assert "phase return begins" in out
    assert "PROGRESS (rule R6)" in out
    assert "REST (rule R2)" in out
    assert "HOLD (rule R5)" in out
    assert "revised to HOLD (rule R4)" in out
    assert out.count("Day ") >= 42
    # /plan at the end counts the last green run of the day it was reported
    assert "Green runs at this stage: 1 of 2" in out


async def test_demo_rejects_an_unknown_protocol(capsys: pytest.CaptureFixture[str]) -> None:
    assert await run_demo(3, "nope") == 2
    assert "hip-strength-return" in capsys.readouterr().err
