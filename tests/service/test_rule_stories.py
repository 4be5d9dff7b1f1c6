"""Multi-week stories through the service, as a physiotherapist would try the coach: the
injected clock moves a day at a time and the runner types what a runner types. CLINICAL.md
§1a, §3 and §4 (v2)."""

from __future__ import annotations

import re
from datetime import timedelta

import pytest

from bot import texts
from bot.bootstrap import Coach
from bot.coach import thresholds as t
from bot.coach.plan import DayPlan, Running
from bot.coach.records import Phase
from bot.service.replies import UserKey
from tests.conftest import Talker


@pytest.fixture
def database_url(every_store: str) -> str:
    """These stories run on SQLite, PostgreSQL and the in-memory unit of work."""
    return every_store


DAY = timedelta(days=1)


class Runner(Talker):
    """A runner whose days pass on the coach's manual clock."""

    def __init__(self, coach: Coach, name: str = "runner") -> None:
        super().__init__(coach, UserKey("test", name))
        self.day = 1
        self.passes_check = True  # answers the return-to-run check all yes when offered

    async def start(self, protocol: str | None = None) -> None:
        await self.say("/start")
        await self.say("/screen none")
        if protocol:
            await self.say(f"/protocol {protocol}")
        await self.say("/side left")

    async def plan(self) -> DayPlan:
        plan = await self.coach.service.plan_for(self.who)
        assert plan is not None
        return plan

    def next_day(self) -> None:
        self.coach.clock.advance(DAY)  # type: ignore[attr-defined]
        self.day += 1

    async def morning(self, pain: int) -> str:
        reply = await self.say(f"/morning {pain}")
        if texts.reports.ASK_STAIRS in reply:
            reply += "\n" + await self.say("yes" if pain <= t.CALM_PAIN_MAX else "no")
        return reply

    async def routine(self, pain: int = 1, strength: int = 1) -> DayPlan:
        """Morning check, stretches and strength; returns the plan as it stands after them."""
        await self.morning(pain)
        plan = await self.plan()
        for _ in range(plan.stretch_sessions):
            await self.say("/done stretch")
        if plan.has_strength:
            await self.say(f"/strength {strength}")
        plan = await self.plan()
        if plan.return_check_due and self.passes_check:  # §3 v3: the check before stage 1
            for answer in ("/returncheck", "yes", "yes", "yes"):
                await self.say(answer)
            plan = await self.plan()
        return plan

    async def run_as_prescribed(self, plan: DayPlan, pain: int, extra: str = "") -> str:
        minutes = plan.stage_detail.total_minutes if plan.stage_detail else 30
        return await self.say(f"/run {minutes} pain {pain}{extra}")


async def test_a_steady_recovery_reaches_the_return_phase_and_the_top_stage(coach: Coach) -> None:
    runner = Runner(coach)
    await runner.start()
    reached: dict[str, int] = {}
    top = len((await runner.plan()).protocol.running.ladder)
    while "maintain" not in reached:
        plan = await runner.routine()
        if plan.phase is Phase.RETURN:
            reached.setdefault("return", runner.day)
            if plan.stage == top:
                reached.setdefault("top stage", runner.day)
        if plan.running is Running.LADDER:
            assert "(PROGRESS, rule R6)" in await runner.run_as_prescribed(plan, 1)
        runner.next_day()
        if (await runner.plan()).phase is Phase.MAINTAIN:
            reached["maintain"] = runner.day
        assert runner.day < 120, reached
    # Calm 3 days, build until 10 good strength sessions, then 8 stages x 2 runs every
    # other day: about five weeks of walk-run.
    assert 10 <= reached["return"] <= 14
    # Each stage: two runs, every other day; the plan shows the next stage the day after.
    fastest = reached["return"] + 2 * t.GREEN_RUNS_TO_ADVANCE * (top - 1) - 1
    assert fastest <= reached["top stage"] <= fastest + 4
    assert reached["top stage"] < reached["maintain"] <= reached["top stage"] + 5
    status = await runner.say("/plan")
    assert "Phase: maintain" in status
    assert "Strength is at the top dose" in status  # 3x30 long reached by then


async def to_return(runner: Runner) -> DayPlan:
    while True:
        plan = await runner.routine()
        if plan.phase is Phase.RETURN:
            return plan
        runner.next_day()
        assert runner.day < 30


async def climb(runner: Runner, stage: int) -> DayPlan:
    """Green runs on every day the plan offers one, until ``stage``; returns that day's plan."""
    plan = await to_return(runner)
    while plan.stage != stage or plan.running is not Running.LADDER:
        if plan.running is Running.LADDER:
            await runner.run_as_prescribed(plan, 0)
        runner.next_day()
        plan = await runner.routine()
        assert runner.day < 60
    return plan


async def test_a_flare_rests_waits_for_the_morning_and_comes_back_a_stage_lower(
    coach: Coach,
) -> None:
    runner = Runner(coach)
    await runner.start()
    plan = await climb(runner, 3)
    reply = await runner.run_as_prescribed(plan, 7, " stopped")
    assert "(REST, rule R2)" in reply
    assert "next run is at stage 2" in reply
    assert "Rest period: no running for 3 days" in await runner.say("/plan")
    flare = [5, 4, 4, 3, 3, 1]  # morning pain after the stop; the baseline is 1/10
    for n, pain in enumerate(flare, start=1):
        runner.next_day()
        plan = await runner.routine(pain)
        today = await runner.say("/today")
        if pain > 1 + t.REST_SETTLED_MARGIN:
            assert plan.running is Running.REST_DAY, (n, pain)
            assert "No running yet" in today
            if n > t.REST_DAYS_AFTER_REST:  # the days are over, the morning is not settled
                assert f"last morning pain was {pain}/10" in today
            if n == len(flare) - 1:  # the runner tries anyway
                held = await runner.say("/run 20 pain 1")
                assert "(HOLD, rule R8)" in held and "rest period is not over" in held
    # Settled at last (the morning after the R8 run did not flare, so it stays a hold).
    assert plan.running is Running.REST_DAY  # but runs are every other day
    runner.next_day()
    plan = await runner.routine(1)
    assert (plan.running, plan.stage) == (Running.LADDER, 2)
    assert "(PROGRESS, rule R6)" in await runner.run_as_prescribed(plan, 1)


async def test_a_runner_at_four_to_five_daily_is_stepped_down_then_referred(coach: Coach) -> None:
    runner = Runner(coach)
    await runner.start()
    await climb(runner, 3)
    replies: list[str] = []
    while "SEE A CLINICIAN" not in "".join(replies[-1:]) and "⚠" not in "".join(replies[-1:]):
        await runner.morning(1)  # the mornings stay quiet: the runs are the problem
        replies.append(await runner.say(f"/run 40 pain {4 + len(replies) % 2}"))
        if len(replies) == 2:
            assert "Amber runs in a row: 2" in await runner.say("/plan")
        runner.next_day()
        assert len(replies) <= 30, replies[-1]
    joined = "\n".join(replies)
    assert "(HOLD, rule R5)" in joined
    assert "steps down to stage 2" in joined  # the third amber in a row
    assert "steps down to stage 1" in joined
    # §3 v3: at stage 1, three ambers send the runner back to build for a week; the second
    # time within 28 days is a referral, before R7's three weeks are up.
    assert "back to the build phase for 7 days" in joined
    assert "SEE A CLINICIAN, rule R5)" in replies[-1]
    assert len(replies) <= t.STALLED_NO_IMPROVEMENT_DAYS + 1
    assert "Referred to a clinician" in await runner.say("/today")


async def test_the_six_week_programme_ends_in_the_return_phase(coach: Coach) -> None:
    runner = Runner(coach)
    await runner.start("fredericson-six-week")
    levels: list[str] = []
    for _ in range(42):
        plan = await runner.routine()
        assert plan.running is Running.NONE
        first = plan.strength[0]
        levels.append(texts.common.dose_text(first.exercise.dose, first.level))
        runner.next_day()
    assert levels.index("3x30") >= 36  # CLINICAL.md §1a v2: 3x30 no sooner than day 37
    plan = await runner.routine()
    assert (plan.phase, plan.running, plan.stage) == (Phase.RETURN, Running.LADDER, 1)
    today = await runner.say("/today")
    assert "The 6 weeks are done: now the return phase" in today
    assert "Walk-run stage 1: 10 x (run 1 min / walk 1 min)" in today
    assert "(PROGRESS, rule R6)" in await runner.run_as_prescribed(plan, 0)


async def test_silence_is_asked_for_by_name_and_never_moves_the_phase(coach: Coach) -> None:
    runner = Runner(coach)
    await runner.start()
    for _ in range(20):
        await runner.say("/strength 0")  # strength every day, but no morning check
        runner.next_day()
    today = await runner.say("/today")
    assert re.search(r"No morning check for \d+ days", today)
    assert "I can't move you on without your morning check" in today
    assert "phase: calm" in today
    run = await runner.say("/run 20 pain 0")
    assert "(HOLD, rule R6)" in run and "not part of the calm phase yet" in run
    assert "stage" not in run
    await runner.morning(0)
    assert "I can't move you on" not in await runner.say("/today")


async def test_a_run_in_calm_gets_one_coherent_message(coach: Coach) -> None:
    runner = Runner(coach)
    await runner.start()
    await runner.say("/run 30 pain 1")
    assert len(runner.last) == 1
    text = runner.last[0].text
    assert "(HOLD, rule R6)" in text and "The calm phase has no running on purpose" in text
    assert "PROGRESS" not in text and "stage" not in text and "move you up" not in text


async def test_strength_steps_at_the_paced_rate_and_says_so(coach: Coach) -> None:
    runner = Runner(coach)
    await runner.start()
    replies = []
    for _ in range(4):
        await runner.morning(1)
        replies.append(await runner.say("/strength 1"))
        runner.next_day()
    assert "1 of 3 sessions at this step" in replies[0]
    assert "3 of 3 sessions at this step" in replies[2]  # 3 done, but only 3 days since
    assert "steps up to level 2" in replies[3]
    assert "Side-lying hip abduction: 1x20" in await runner.say("/today")


async def test_painful_strength_steps_down_and_rests_tomorrow_and_says_so(coach: Coach) -> None:
    # §1a v2: >= 6/10 steps the dose down one and suggests a rest day from strength; at the
    # lowest step there is nothing to step down to, but the rest day still comes and is said.
    runner = Runner(coach)
    await runner.start()
    at_lowest = await runner.say("/strength 7")
    assert "stays at level 1, the lowest, and tomorrow is a rest day from strength" in at_lowest
    runner.next_day()
    assert not (await runner.plan()).has_strength
    for _ in range(6):  # up to level 2
        runner.next_day()
        await runner.say("/strength 1")
    runner.next_day()
    assert (await runner.plan()).strength_level == 1  # level 2, as the runner counts
    stepped = await runner.say("/strength 6")
    assert "steps down to level 1 and tomorrow is a rest day from strength" in stepped
    runner.next_day()
    assert not (await runner.plan()).has_strength


async def test_maintain_weekly_minutes_warn_then_hold(coach: Coach) -> None:
    runner = Runner(coach)
    await runner.start("maintenance")
    weeks = [60, 60, 80, 100]  # +33%, then +25%: two weeks in a row over +10%
    replies: list[str] = []
    for total in weeks:
        for day in range(7):
            if day in (0, 3):
                replies.append(await runner.say(f"/run {total // 2} pain 1"))
            runner.next_day()
    assert "Careful: 80 minutes this week against 60 last week" in replies[5]
    assert "(HOLD, rule R9)" in replies[7]
    assert "2 weeks in a row" in replies[7]


def test_the_pdf_rule_key_lists_r1_to_r9_in_table_order() -> None:
    from bot.coach.rules import RUN_RULES

    ids = [rule for rule, _ in texts.report_pdf.PDF_RULE_KEY]
    assert sorted(ids) == [f"R{n}" for n in range(1, 10)]
    assert [i for i in ids if i in {r.id for r in RUN_RULES}] == [r.id for r in RUN_RULES]
