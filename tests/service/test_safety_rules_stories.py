"""Stories of CLINICAL.md v3's safety rules, on simulated days: strength on a sore morning and
in a rule's referral (§1a), the ladder and silence (§3), clearance of urgent flags (§5) and the
return-to-run check (§3). Each found the coach doing the wrong thing before v3."""

from __future__ import annotations

from datetime import timedelta

from bot.bootstrap import Coach
from bot.coach.plan import Running, StrengthStatus
from bot.coach.records import Phase
from tests.service.test_rule_stories import Runner, climb

DAY = timedelta(days=1)


async def test_strength_holds_its_dose_on_a_sore_morning(coach: Coach) -> None:
    runner = Runner(coach)
    await runner.start()
    for _ in range(4):  # four good sessions: the step up is due on day 5
        await runner.routine(1, 1)
        runner.next_day()
    await runner.morning(5)  # the morning after a bad day: 4 points above the baseline of 1
    plan = await runner.plan()
    assert plan.strength_level == 0
    assert "Strength holds at this dose today" in await runner.say("/today")
    runner.next_day()
    await runner.morning(1)  # settled again: the step comes now
    assert (await runner.plan()).strength_level == 1


async def test_strength_and_stretches_go_on_in_a_referral_for_a_second_rest(coach: Coach) -> None:
    runner = Runner(coach)
    await runner.start()
    plan = await climb(runner, 2)
    assert "REST (rule R3)" in await runner.run_as_prescribed(plan, 7)
    for _ in range(4):
        runner.next_day()
        await runner.routine(1)
    second = await runner.say("/run 10 pain 7")
    assert "SEE A CLINICIAN (rule R3)" in second
    assert "strength and stretches go on" in second
    level = (await runner.plan()).strength_level
    for _ in range(8):  # a week and more of waiting for the physio, strength every day
        runner.next_day()
        plan = await runner.routine(1, 1)
        assert plan.strength_status is StrengthStatus.DUE
        assert plan.running is Running.STOPPED
    assert plan.strength_level == level  # the current dose, never stepped up
    today = await runner.say("/today")
    assert "Strength, level" in today and "paused" not in today
    assert "(only if painless)" not in today
    assert "Strength and stretches go on at today's dose" in today


async def test_an_open_red_flag_still_pauses_strength(coach: Coach) -> None:
    runner = Runner(coach)
    await runner.start()
    await runner.routine()
    await runner.say("/symptom my knee locked and I can't straighten it")
    plan = await runner.plan()
    assert plan.strength_status is StrengthStatus.STOPPED
    assert "(only if painless)" in await runner.say("/today")
    assert plan.phase is Phase.CALM
