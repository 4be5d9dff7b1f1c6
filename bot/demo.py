"""``itb-coach demo``: a runner fast-forwarded through a programme with a scripted pain story.

Everything goes through the real service on a throw-away SQLite file with a manual clock:
calm mornings, strength that steps up at the paced rate (3x30 only in week 6), the walk-run
ladder with a run the day after a run (R9), a run that made them stop (R2) and one inside the
rest period that follows (R8), an amber run (R5), a morning-after that revises a run (R4), and
recovery. Each day prints the plan in one line and each decision with its rule and reason.
"""

from __future__ import annotations

import sys
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from bot import texts
from bot.bootstrap import scratch_coach
from bot.clock import ManualClock
from bot.coach.plan import DayPlan, Running
from bot.service.coach import CoachService, RunnerView
from bot.service.pending import Question
from bot.service.replies import UserKey

DEMO_START = datetime(2026, 1, 5, 7, 0, tzinfo=UTC)  # a Monday
RUNNER = UserKey("demo", "runner")

# The k-th run on a day the plan offers one: (pain during 0-10, pain made them stop).
RUN_STORY = [(1, False), (2, False), (1, False), (7, True), (1, False), (4, False), (1, False)]
RUN_STORY += [(2, False)] + [(1, False)] * 20
STOPPED_RUN = 3  # R2: the morning after it flares to 4/10, then settles over three days
REVISED_RUN = 7  # the morning after this run the knee is sore: R4 revises it
BACK_TO_BACK_AFTER = 1  # the day after this run, the runner runs again: R9
FLARE = [4, 3, 2]  # morning pain on the days after the stopped run
MORNING_STORY = [4, 3, 2, 2, 1, 1]  # everyday pain for the first days, then 1
STRENGTH_FLARE_DAY = 8  # strength pain 4 on this day: the step holds and its count restarts


@dataclass
class Story:
    runs_done: int = 0
    morning_queue: list[int] = field(default_factory=list)  # forced by earlier runs
    extra_run: str | None = None  # a run the plan did not offer, on the next day
    lines: list[str] = field(default_factory=list)

    def morning_pain(self, day: int) -> int:
        if self.morning_queue:
            return self.morning_queue.pop(0)
        return MORNING_STORY[day - 1] if day <= len(MORNING_STORY) else 1

    def after_run(self) -> None:
        k = self.runs_done
        if k == STOPPED_RUN:
            self.morning_queue = list(FLARE)
            self.extra_run = "skip"  # next day nothing; the day after, a run in the rest period
        elif k == REVISED_RUN:
            self.morning_queue = [3]
        elif k == BACK_TO_BACK_AFTER:
            self.extra_run = "/run 25 pain 1"
        self.runs_done += 1


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
        ids = [p.id for p in service.protocols]
        if protocol_id not in ids:
            print(
                f"Unknown programme {protocol_id!r}. Choose one of: {', '.join(ids)}",
                file=sys.stderr,
            )
            return 2
        await say(f"/protocol {protocol_id}")
    await say("/side left")
    first = await service.plan_for(RUNNER)
    assert first is not None  # /start created the runner
    start = texts.common.day_label(clock.now())
    print(f"ITB Coach demo · {first.protocol.name} · {days} days from {start}\n")
    story = Story()
    previous_phase = first.phase
    for day in range(1, days + 1):
        plan = await service.plan_for(RUNNER)
        assert plan is not None
        if plan.phase != previous_phase:
            print(f"        ── phase {plan.phase.value if plan.phase else '—'} begins ──")
        previous_phase = plan.phase
        print(f"Day {day:2} {plan.day.strftime('%a %d %b')}  {texts.plan.plan_summary(plan)}")
        events, decisions = await _day(say, service, story, plan, day)
        print("        " + " · ".join(events))
        for decision in decisions:
            print(f"        → {decision}")
        if day < days:
            clock.advance(timedelta(days=1))
    print("\nWhere the runner ends up (/plan):\n")
    print(await say("/plan"))
    return 0


Say = Callable[[str], Awaitable[str]]


async def _day(
    say: Say, service: CoachService, story: Story, plan: DayPlan, day: int
) -> tuple[list[str], list[str]]:
    """One day of the story: the morning check, stretches, strength and any run."""
    events: list[str] = []
    decisions: list[str] = []
    pain = story.morning_pain(day)
    before = await _look(service)
    await say(f"/morning {pain}")
    events.append(f"morning {pain}/10")
    after = await _look(service)
    decisions += [
        texts.reports.revised_text(now.judgement)
        for was, now in zip(before.runs, after.runs, strict=True)
        if now.judgement != was.judgement
    ]
    if after.question is Question.STAIRS:
        stairs_ok = pain <= 2
        await say("yes" if stairs_ok else "no")
        events.append("stairs pain-free" if stairs_ok else "stairs sore")
    for _ in range(plan.stretch_sessions):
        await say("/done stretch")
    if plan.has_strength:
        strength_pain = 4 if day == STRENGTH_FLARE_DAY else 2
        await say(f"/strength {strength_pain}")
        events.append(f"strength {strength_pain}/10")
    today = await service.plan_for(RUNNER)  # after the morning check: is running on today?
    assert today is not None
    if today.return_check_due:  # §3 v3: the return-to-run check before the first walk-run
        for answer in ("/returncheck", "yes", "yes", "yes"):
            await say(answer)
        events.append("return-to-run check: all yes")
        today = await service.plan_for(RUNNER)
        assert today is not None
    extra, story.extra_run = story.extra_run, None
    if extra == "skip":
        story.extra_run = "/run 15 pain 1"
    elif extra is not None:
        await say(extra)
        events.append(f"an extra run: {extra.removeprefix('/run ')}")
        decisions.append(await _last_decision(service))
    elif today.running in (Running.LADDER, Running.FREE) and story.runs_done < len(RUN_STORY):
        run_pain, stopped = RUN_STORY[story.runs_done]
        minutes = today.stage_detail.total_minutes if today.stage_detail else 30
        await say(f"/run {minutes} pain {run_pain}" + (" stopped" if stopped else ""))
        story.after_run()
        events.append(f"run {minutes} min: pain {run_pain}/10{', stopped' if stopped else ''}")
        decisions.append(await _last_decision(service))
    return events, decisions


async def _look(service: CoachService) -> RunnerView:
    view = await service.look(RUNNER)
    assert view is not None  # /start created the runner
    return view


async def _last_decision(service: CoachService) -> str:
    """The decision on the run just reported, with its rule and reason, on one line."""
    run = (await _look(service)).runs[-1]
    return " ".join(texts.reports.decision_lines(run.judgement))
