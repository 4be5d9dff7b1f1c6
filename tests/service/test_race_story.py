"""A runner with a half marathon ahead, played day by day through the service.

The race is set at onboarding; the projection it gets back names the earliest day of each phase
and ladder stage. A steady runner (every report pain-free, every session done) then plays the
days, and each phase and stage is reached within a day of what the projection said.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta

from bot.coach.plan import Running, StrengthStatus
from bot.service.replies import UserKey
from tests.conftest import START, Talker

RACE = "2027-02-21 half marathon"  # 13 weeks after START (Mon 23 Nov 2026)
_LINE = re.compile(r"^· (?P<what>.+): (?P<day>now|\w{3} \d{1,2} \w{3} \d{4})$", re.M)


async def onboard_with_race(talker: Talker, race: str = RACE) -> str:
    await talker.say("/start")
    await talker.press("None of these")
    await talker.press("Hip strength with return to running (default)")
    await talker.press("Left")
    await talker.say("Europe/Berlin")
    asked = await talker.press("Keep these times")
    assert "training for an event" in asked
    return await talker.say(race)


def projected(reply: str, today: date) -> dict[str, date]:
    """The projection's lines, "build phase (…)" -> its day."""
    found = {}
    for match in _LINE.finditer(reply):
        day = match["day"]
        found[match["what"]] = (
            today if day == "now" else datetime.strptime(day, "%a %d %b %Y").date()
        )
    return found


async def steady_day(talker: Talker) -> tuple[str | None, int | None]:
    """One pain-free, fully adherent day; the phase and stage the day opened with."""
    service, who = talker.coach.service, talker.who
    await talker.say("/morning 0")
    if any(reply.buttons for reply in talker.last):  # the calm phase asks about stairs
        await talker.say("yes")
    plan = await service.plan_for(who)
    assert plan is not None
    opened = (plan.phase.value if plan.phase else None, plan.stage)
    for _ in range(plan.stretch_sessions):
        await talker.say("/done stretch")
    if plan.strength_status is StrengthStatus.DUE:
        await talker.say("/done strength")
        await talker.say("0")
    plan = await service.plan_for(who)
    assert plan is not None
    if plan.return_check_due:  # §3 v3: the return-to-run check before stage 1, all yes
        for answer in ("/returncheck", "yes", "yes", "yes"):
            await talker.say(answer)
        plan = await service.plan_for(who)
        assert plan is not None
    if plan.running is Running.LADDER and plan.stage_detail is not None:
        await talker.say(f"/run {plan.stage_detail.total_minutes} pain 0")
    elif plan.running is Running.FREE:
        await talker.say("/run 30 pain 0")
    return opened


def label(phase: str | None, stage: int | None) -> str:
    if phase == "return":
        return f"stage {stage}"
    return str(phase)


def _key(what: str) -> str:
    """A projection line's name as :func:`label` writes a position."""
    if match := re.search(r"stage (\d+)", what):
        return f"stage {match[1]}"
    return {"calm phase": "calm", "free running": "maintain"}.get(what, what.split(" ")[0])


async def test_steady_runner_reaches_each_phase_within_a_day_of_the_projection(
    talker: Talker,
) -> None:
    reply = await onboard_with_race(talker)
    today = START.date()
    assert "half marathon on Sun 21 Feb 2027, in 90 days" in reply
    assert "Realistic" in reply
    assert "Decision date: Sun 31 Jan 2027" in reply
    assert "run-walk" in reply.lower()
    expected = {_key(what): day for what, day in projected(reply, today).items()}
    assert {"calm", "build", "stage 1", "stage 7", "maintain"} <= set(expected)
    assert "You're set" in reply  # onboarding ends with the race question

    clock = talker.coach.clock
    reached: dict[str, date] = {}
    day = today
    while "maintain" not in reached and day < today + timedelta(days=80):
        reached.setdefault(label(*await steady_day(talker)), day)
        clock.advance(timedelta(days=1))  # type: ignore[attr-defined]
        day += timedelta(days=1)
    assert set(reached) == set(expected)
    late = {k: (reached[k] - v).days for k, v in expected.items() if abs((reached[k] - v).days) > 1}
    assert not late, f"days off the projection: {late}"


async def test_race_countdown_in_plan_and_race_shown_changed_and_removed(talker: Talker) -> None:
    await onboard_with_race(talker)
    plan = await talker.say("/plan")
    assert "Race: half marathon in 90 days (Sun 21 Feb) · decision date Sun 31 Jan · on track" in (
        plan
    )
    shown = await talker.say("/race")
    assert "half marathon on Sun 21 Feb 2027" in shown
    soon = await talker.say("/race 28 November 10k")  # 5 days away: no running by then
    assert "10k on Sat 28 Nov 2026" in soon
    assert "Not realistic" in soon
    assert "Pull out, or pick a later race" in soon
    assert "too soon" in await talker.say("/plan")
    assert "Race removed" in await talker.say("/race off")
    assert "Race:" not in await talker.say("/plan")
    assert "No race set" in await talker.say("/race")


async def test_race_question_is_skippable_and_bad_dates_change_nothing(talker: Talker) -> None:
    await talker.say("/start")
    await talker.press("None of these")
    await talker.press("Hip strength with return to running (default)")
    await talker.press("Left")
    await talker.say("Europe/Berlin")
    await talker.press("Keep these times")
    again = await talker.say("sometime in 31 spring")
    assert "couldn't read a race date" in again
    assert "training for an event" in again  # asked again
    done = await talker.press("No event")
    assert "No event, fine" in done
    assert "You're set" in done
    assert "No race set" in await talker.say("/race")
    assert "No race set" in await talker.say("/race skip")  # the button again, later
    assert "has passed" in await talker.say("/race 2026-11-01")
    assert "more than a year" in await talker.say("/race 2028-06-01")
    assert "No race set" in await talker.say("/race")


async def test_a_scored_report_at_the_race_question_is_a_run_not_a_race(talker: Talker) -> None:
    reply = await onboard_with_race(talker, "stocks crashed again, I'm gutted, 3k walk-run, 1/10")
    assert "Run recorded: pain 1/10" in reply and "Your race" not in reply
    assert "training for an event" in reply  # asked again
    asked = await talker.say("broke my ankle in 2015, does that matter for the plan?")
    assert "couldn't read a race date" not in asked and "Your race" not in asked
    await talker.press("No event")
    assert "No race set" in await talker.say("/race")


async def test_the_race_is_exported_and_deleted(talker: Talker) -> None:
    await onboard_with_race(talker)
    talker_export = [r for r in await talker.coach.service.handle(talker.who, "/export")]
    document = next(r.document for r in talker_export if r.document is not None)
    assert b'"race_day": "2027-02-21"' in document.content
    assert b'"race_distance": "half marathon"' in document.content
    await talker.say("/delete")
    await talker.say("yes")
    other = Talker(talker.coach, UserKey("test", "runner-1"))
    assert "No race set" in await other.say("/race")


def test_a_race_date_written_after_its_distance_is_read() -> None:
    from bot.service.race import parse_race

    today = date(2026, 12, 7)
    assert parse_race("half marathon on 14 March", today) == (date(2027, 3, 14), "half marathon")
    assert parse_race("10k on Sun 14/3", today) == (date(2027, 3, 14), "10k")
    assert parse_race("14 March half marathon", today) == (date(2027, 3, 14), "half marathon")
    assert parse_race("marathon", today) is None
