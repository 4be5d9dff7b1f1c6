"""The demo plays the real service through a scripted story and explains each decision."""

from __future__ import annotations

import re

import pytest

from bot.demo import run_demo


async def test_demo_shows_every_kind_of_decision(capsys: pytest.CaptureFixture[str]) -> None:
    assert await run_demo(42) == 0
    out = capsys.readouterr().out
    assert "phase build begins" in out
    assert "phase return begins" in out
    for decision in (
        "(PROGRESS, rule R6)",
        "(REST, rule R2)",
        "(HOLD, rule R5)",
        "nothing moves on. Your rest period is not over",  # a run inside the rest period
        "nothing moves on. You also ran yesterday",  # a run the day after a run
        "revised to HOLD (rule R4)",
    ):
        assert decision in out, decision
    assert out.count("Day ") >= 42
    assert "SEE A CLINICIAN" not in out  # a recovering runner is not referred


async def test_demo_strength_reaches_3x30_only_in_week_6(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """CLINICAL.md §1a v2: Fredericson's runners took six weeks to reach 3x30."""
    assert await run_demo(42) == 0
    out = capsys.readouterr().out
    days = [int(n) for n in re.findall(r"^Day +(\d+) .*abduction 3x30", out, re.M)]
    # Never before week 6; the demo's sore mornings hold the dose on their days (§1a v3), so it
    # may come just after the six weeks: by day 42 it is at least 3x25, one step short.
    assert all(day >= 36 for day in days)
    assert days or re.search(r"^Day 42 .*abduction 3x25", out, re.M)


async def test_demo_rejects_an_unknown_protocol(capsys: pytest.CaptureFixture[str]) -> None:
    assert await run_demo(3, "nope") == 2
    assert "hip-strength-return" in capsys.readouterr().err
