"""``itb-coach demo``: a runner fast-forwarded through a programme with a scripted pain story.

Everything goes through the real service on a throw-away SQLite file with a manual clock:
good days, a flare that forces a stop, a morning-after that revises a run, and recovery.
Each day prints the plan in one line and each decision with its rule and reason.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from bot.bootstrap import scratch_coach
from bot.clock import ManualClock
from bot.coach.plan import Running
from bot.service import texts
from bot.service.coach import CoachService
from bot.service.replies import UserKey

DEMO_START = datetime(2026, 1, 5, 7, 0, tzinfo=UTC)  # a Monday
RUNNER = UserKey("demo", "runner")

# The k-th run of the story: (pain during 0-10, pain made them stop).
RUN_STORY = [(1, False), (2, False), (1, False), (7, True), (4, False), (1, False), (1, False)]
RUN_STORY += [(2, False)] + [(1, False)] * 20
REVISED_RUN = 7  # the morning after this run (0-based index) the knee flares: R4
MORNING_STORY = [4, 3, 3, 2, 2, 1]  # everyday pain for the first days, then 1
STRENGTH_FLARE_DAY = 8  # strength pain 4 on this day: the dose holds


@dataclass
class Story:
    runs_done: int = 0
    flare_tomorrow: int | None = None  # morning pain forced by yesterday's run
    lines: list[str] = field(default_factory=list)

    def morning_pain(self, day: int) -> int:
        if self.flare_tomorrow is not None:
            pain, self.flare_tomorrow = self.flare_tomorrow, None
            return pain
        return MORNING_STORY[day - 1] if day <= len(MORNING_STORY) else 1


def _decision_lines(reply: str) -> str:
    """The decision and its reason from the coach's reply, on one line."""
    lines = reply.splitlines()
    return " ".join(line for line in lines[1:3] if line)


async def run_demo(days: int = 42, protocol_id: str | None = None) -> int:
    clock = ManualClock(DEMO_START)
    async with scratch_coach(clock) as coach:
        return await _play(coach.service, clock, days, protocol_id)


async def _play(
    service: CoachService, clock: ManualClock, days: int, protocol_id: str | None
) -> int:
    async def say(text: str) -> str:
        return "\n".join(r.text for r in await service.handle(RUNNER, text))

    await say("/start")
    await say("/screen none")
    if protocol_id:
        reply = await say(f"/protocol {protocol_id}")
        if "don't know" in reply:
            ids = ", ".join(p.id for p in service.protocols)
            print(f"Unknown programme {protocol_id!r}. Choose one of: {ids}", file=sys.stderr)
            return 2
    await say("/side left")
    first = await service.plan_for(RUNNER)
    assert first is not None  # /start created the runner
    protocol = first.protocol
    print(f"ITB Coach demo · {protocol.name} · {days} days from {texts.day_label(clock.now())}\n")
    story = Story()
    previous_phase = None
    for day in range(1, days + 1):
        plan = await service.plan_for(RUNNER)
        assert plan is not None
        if plan.phase != previous_phase and previous_phase is not None:
            print(f"        ── phase {plan.phase.value if plan.phase else '—'} begins ──")
        previous_phase = plan.phase
        print(f"Day {day:2} {plan.day.strftime('%a %d %b')}  {texts.plan_summary(plan)}")
        events: list[str] = []
        decisions: list[str] = []
        pain = story.morning_pain(day)
        reply = await say(f"/morning {pain}")
        events.append(f"morning {pain}/10")
        if "revised" in reply:
            decisions.append(next(line for line in reply.splitlines() if "revised" in line))
        if texts.ASK_STAIRS in reply:
            stairs_ok = pain <= 2
            await say("yes" if stairs_ok else "no")
            events.append("stairs pain-free" if stairs_ok else "stairs sore")
        for _ in range(plan.stretch_sessions):
            await say("/done stretch")
        if plan.has_strength:
            strength_pain = 4 if day == STRENGTH_FLARE_DAY else 2
            await say(f"/strength {strength_pain}")
            events.append(f"strength {strength_pain}/10")
        if plan.running in (Running.LADDER, Running.FREE) and story.runs_done < len(RUN_STORY):
            run_pain, stopped = RUN_STORY[story.runs_done]
            reply = await say(f"/run 25 pain {run_pain}" + (" stopped" if stopped else ""))
            if stopped:
                story.flare_tomorrow = 4
            if story.runs_done == REVISED_RUN:
                story.flare_tomorrow = 3
            story.runs_done += 1
            events.append(f"run: pain {run_pain}/10{', stopped' if stopped else ''}")
            decisions.append(_decision_lines(reply))
        print("        " + " · ".join(events))
        for decision in decisions:
            print(f"        → {decision}")
        if day < days:
            clock.advance(timedelta(days=1))
    print("\nWhere the runner ends up (/plan):\n")
    print(await say("/plan"))
    return 0
