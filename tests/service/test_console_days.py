"""A runner on the console channel over simulated days: the console adapter ``itb-coach chat``
uses (numbered choices, typed answers), driven line by line with the manual clock moved a day
at a time. It shows on screen what the v2 rules decide (CLINICAL.md §3, §4)."""

from __future__ import annotations

import io
from datetime import timedelta
from pathlib import Path

from bot.bootstrap import Coach
from bot.channels.console import ConsoleChat
from bot.clock import ManualClock

ONBOARD = ["/start", "None of these", "1", "Left", "UTC", "Keep these times", "No event"]


async def test_a_runner_on_the_console_over_three_weeks(
    coach: Coach, clock: ManualClock, tmp_path: Path
) -> None:
    out = io.StringIO()
    chat = ConsoleChat(coach.service, "ana", out, tmp_path, echo=True)
    days: list[str] = []

    async def day(*lines: str) -> str:
        start = out.tell()
        for line in lines:
            await chat.say(line)
        clock.advance(timedelta(days=1))
        days.append(out.getvalue()[start:])
        return days[-1]

    await day(*ONBOARD, "/morning 1", "yes", "/strength 1")
    calm_run = await day("/morning 1", "yes", "/strength 1", "/run 20 pain 1")
    assert "HOLD (rule R6)" in calm_run and "stage" not in calm_run.split("/run")[1]
    await day("/morning 1", "yes", "/strength 1")
    for _ in range(3):  # three days without a morning check
        await day("/strength 1")
    silent = await day("/today", "/morning 1")
    assert "I can't move you on without your morning check" in silent
    while "phase: return" not in days[-1]:
        await day("/morning 1", "/strength 1", "/today")
        assert len(days) < 20
    first = await day("/morning 1", "/run 20 pain 1")
    assert "PROGRESS (rule R6)" in first and "1 of 2 green runs in a row at stage 1" in first
    again = await day("/morning 1", "/run 20 pain 0")
    assert "HOLD (rule R9)" in again and "10 x (run 1 min / walk 1 min)" in again
    stopped = await day("/morning 1", "/run 20 pain 7 stopped")
    assert "REST (rule R2)" in stopped
    inside = await day("/morning 4", "/today", "/run 15 pain 1")
    assert "Yesterday's run stays a REST" in inside
    assert "No running yet: no running for 3 days" in inside
    assert "HOLD (rule R8)" in inside and "rest period is not over" in inside
