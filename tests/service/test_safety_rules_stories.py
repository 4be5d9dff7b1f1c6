"""Stories of CLINICAL.md v3's safety rules, on simulated days: strength on a sore morning and
in a rule's referral (§1a), the ladder and silence (§3), clearance of urgent flags (§5) and the
return-to-run check (§3). Each found the coach doing the wrong thing before v3."""

from __future__ import annotations

import json
from datetime import timedelta
from typing import Any

from bot.bootstrap import Coach
from bot.clock import ManualClock
from bot.coach.plan import Running, StrengthStatus
from bot.coach.records import Phase
from tests.service.test_rule_stories import Runner, climb, to_return

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
    assert "REST, rule R3)" in await runner.run_as_prescribed(plan, 7)
    for _ in range(4):
        runner.next_day()
        await runner.routine(1)
    second = await runner.say("/run 10 pain 7")
    assert "SEE A CLINICIAN, rule R3)" in second
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


async def test_runs_without_morning_checks_never_move_the_ladder(coach: Coach) -> None:
    runner = Runner(coach)
    await runner.start()
    plan = await to_return(runner)
    replies: list[str] = []
    for _ in range(12):  # runs reported every other day, and not one morning check
        if plan.running is Running.LADDER:
            replies.append(await runner.run_as_prescribed(plan, 0))
        for view in (await runner.say("/plan"), await runner.say("/today")):
            if "I can't move you on" in view:
                assert "stage 2" not in view.lower(), view
        runner.next_day()
        plan = await runner.plan()
        assert plan.stage == 1, (runner.day, replies[-1:])
    assert len(replies) >= 5
    assert all("2 of 2 green runs" not in reply for reply in replies)
    assert "counted for nothing: its morning check never came" in replies[-1]
    assert "counted for nothing" in await runner.say("/plan")


async def test_a_week_between_two_green_runs_starts_the_count_again(coach: Coach) -> None:
    runner = Runner(coach)
    await runner.start()
    plan = await to_return(runner)
    assert "1 of 2 green runs" in await runner.run_as_prescribed(plan, 0)
    for _ in range(7):  # mornings go on, the runner does not run for a week
        runner.next_day()
        plan = await runner.routine(1)
    assert "Green runs at this stage: 0 of 2" in await runner.say("/plan")
    reply = await runner.run_as_prescribed(plan, 0)
    assert "1 of 2 green runs" in reply and ": 2 green runs in a row" not in reply
    runner.next_day()
    plan = await runner.routine(1)
    assert plan.stage == 1


async def test_nine_amber_runs_at_stage_one_go_back_to_build_then_to_a_clinician(
    coach: Coach,
) -> None:
    runner = Runner(coach)
    await runner.start()
    plan = await to_return(runner)
    replies: list[str] = []
    phases: list[Phase | None] = []
    while len(replies) < 9 and "SEE A CLINICIAN" not in "".join(replies[-1:]):
        if plan.running is Running.LADDER:
            replies.append(await runner.run_as_prescribed(plan, 4))
        runner.next_day()
        plan = await runner.routine(1)
        phases.append(plan.phase)
        assert runner.day < 80
    assert "back to the build phase for 7 days" in replies[2]
    assert phases.count(Phase.BUILD) >= 7  # no running for a week, then stage 1 again
    assert "SEE A CLINICIAN, rule R5)" in replies[5]
    assert "second time within 28 days" in replies[5]
    assert plan.running is Running.STOPPED


def clock_of(runner: Runner) -> ManualClock:
    clock = runner.coach.clock
    assert isinstance(clock, ManualClock)
    return clock


async def exported_referrals(runner: Runner) -> list[dict[str, Any]]:
    await runner.say("/export")
    document = runner.last[0].document
    assert document is not None
    referrals: list[dict[str, Any]] = json.loads(document.content)["referrals"]
    return referrals


async def test_an_emergency_at_ten_to_midnight_is_not_cleared_twenty_minutes_later(
    coach: Coach,
) -> None:
    runner = Runner(coach)
    await runner.start()
    clock = clock_of(runner)
    clock.advance(timedelta(hours=16, minutes=50))  # 23:50
    assert "emergency" in await runner.say("my knee is hot and red and I have a fever")
    clock.advance(timedelta(minutes=20))  # 00:10, the next calendar day
    refused = await runner.say("/cleared")
    assert "can't be cleared before" in refused and "05:50" in refused
    assert "Someone else" not in refused  # not even asked who
    assert "rule R1)" in await runner.say("/run pain 1")
    clock.advance(timedelta(hours=6))  # 06:10: six hours have passed
    assert "Who cleared you" in await runner.say("/cleared")


async def test_someone_else_cannot_clear_an_urgent_flag_and_a_clearance_is_self_reported(
    coach: Coach,
) -> None:
    runner = Runner(coach)
    await runner.start()
    clock = clock_of(runner)
    await runner.say("I can't put any weight on my leg")
    clock.advance(timedelta(hours=8))
    await runner.say("/cleared")
    refused = await runner.press("Someone else")
    assert "only be cleared by a physio or a doctor" in refused
    assert "rule R1)" in await runner.say("/run pain 1")
    await runner.say("/cleared")
    await runner.press("Physio")
    assert "Did they say you may exercise again?" in await runner.press("Today")
    assert "stays open" in await runner.press("No")
    assert "rule R1)" in await runner.say("/run pain 1")
    [referral] = await exported_referrals(runner)
    assert referral["cleared_on"] is None
    await runner.say("/cleared")
    await runner.press("Physio")
    await runner.press("Today")
    assert "self-reported" in await runner.press("Yes")
    [referral] = await exported_referrals(runner)
    assert referral["cleared_source"] == "self" and referral["cleared_by"] == "physio"


async def test_a_soon_flag_keeps_the_short_clearance(coach: Coach) -> None:
    runner = Runner(coach)
    await runner.start()
    await runner.say("it keeps locking")
    await runner.say("/cleared")
    await runner.press("Someone else")
    assert "Cleared by your Someone else" in await runner.press("Today")
    [referral] = await exported_referrals(runner)
    assert referral["cleared_source"] == "self"


async def reach_the_check(runner: Runner) -> None:
    runner.passes_check = False
    await runner.start()
    while not (await runner.routine()).return_check_due:
        runner.next_day()
        assert runner.day < 30


async def take_the_check(runner: Runner, *answers: str) -> str:
    assert "Can you walk briskly for 30 minutes?" in await runner.say("/returncheck")
    replies = [await runner.press(answer) for answer in answers]
    return replies[-1]


async def test_the_return_to_run_check_passes_into_stage_one(coach: Coach) -> None:
    runner = Runner(coach)
    await reach_the_check(runner)
    assert (await runner.plan()).phase is Phase.BUILD  # no walk-run before the check
    assert "the return-to-run check (/returncheck)" in await runner.say("/today")
    assert "stage 1" in await take_the_check(runner, "Yes", "Yes", "Yes")
    plan = await runner.plan()
    assert (plan.phase, plan.running, plan.stage) == (Phase.RETURN, Running.LADDER, 1)
    [check] = (await exported(runner))["return_checks"]
    assert (check["brisk_walk"], check["single_leg_squats"], check["single_leg_hops"]) == (
        True,
        True,
        True,
    )


async def test_a_failed_check_keeps_build_and_twice_a_week_apart_refers(coach: Coach) -> None:
    runner = Runner(coach)
    await reach_the_check(runner)
    assert "after 3 more strength sessions" in await take_the_check(runner, "Yes", "Yes", "No")
    plan = await runner.plan()
    assert (plan.phase, plan.running, plan.return_check_due) == (Phase.BUILD, Running.WALK, False)
    days = 0
    while not (await runner.plan()).return_check_due:
        runner.next_day()
        await runner.routine()
        days += 1
    assert days == 3  # offered again after 3 more strength sessions
    assert "after 3 more" in await take_the_check(runner, "No", "Yes", "Yes")  # 3 days on
    for _ in range(4):
        runner.next_day()
        await runner.routine()
    referred = await take_the_check(runner, "Yes", "No", "Yes")  # a week after the first
    assert "see a physio or sports doctor" in referred
    assert (await runner.plan()).strength_status is StrengthStatus.DUE  # a rule's referral
    assert len((await exported(runner))["return_checks"]) == 3


async def exported(runner: Runner) -> dict[str, Any]:
    await runner.say("/export")
    document = runner.last[0].document
    assert document is not None
    data: dict[str, Any] = json.loads(document.content)
    return data
