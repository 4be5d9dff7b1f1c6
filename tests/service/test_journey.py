"""Use cases on a temporary SQLite file, driven as a user would drive them."""

from __future__ import annotations

import json
from datetime import timedelta

from sqlalchemy import func, select

from bot.bootstrap import build
from bot.coach.records import Decision
from bot.service.replies import UserKey
from bot.store import repo
from bot.store.models import RunReport, User
from tests.conftest import Talker


async def onboard(talker: Talker) -> None:
    await talker.say("/start")
    await talker.press("None of these")
    await talker.press("Hip strength with return to running (default)")
    await talker.press("Left")
    await talker.say("Europe/Berlin")
    await talker.press("Keep these times")
    await talker.press("No event")


async def runs(talker: Talker) -> list[RunReport]:
    async with talker.coach.sessions() as session:
        user = await repo.find_user(session, talker.who.channel, talker.who.external_id)
        assert user is not None
        return await repo.run_rows(session, user.id)


async def test_onboarding_shows_disclaimer_and_walks_every_step(talker: Talker) -> None:
    first = await talker.say("/start")
    assert "not medical advice" in first
    assert "safety check" in first
    await talker.press("None of these")
    assert "Which programme" in talker.last[-1].text
    await talker.press("Hip strength with return to running (default)")
    assert "Which knee" in talker.last[-1].text
    await talker.press("Right")
    assert "time zone" in talker.last[-1].text
    reply = await talker.say("new york")  # a typed city answers the open question
    assert "America/New_York" in reply
    reply = await talker.say("07:30 12:30 21:00")
    assert "07:30, 12:30, 21:00" in reply
    assert "training for an event" in talker.last[-1].text
    reply = await talker.say("no")  # the race question is skippable
    assert "You're set" in reply
    assert "Stretches, 3x today" in reply  # the plan follows at once
    plan = await talker.say("/today")
    assert "Stretches, 3x today" in plan
    assert "phase: calm" in plan


async def test_start_then_today_works_at_once(talker: Talker) -> None:
    await talker.say("/start")
    plan = await talker.say("/today")
    assert "Hip strength with return to running" in plan
    assert "Side-lying hip abduction: 1x15" in plan


async def test_runs_in_calm_are_held_revised_rested_and_a_second_rest_refers(
    talker: Talker,
) -> None:
    await onboard(talker)
    clock = talker.coach.clock
    green = await talker.say("/run 20 pain 1")
    # CLINICAL.md §4 v2 R6: pain-free, but running is not part of the calm phase: one message.
    assert "HOLD (rule R6)" in green
    assert "not part of the calm phase yet" in green
    assert "stage" not in green
    assert [r.text for r in talker.last] == [green]
    clock.advance(timedelta(days=1))  # type: ignore[attr-defined]
    revised = await talker.say("/morning 3")  # baseline 0 -> rise of 3: R4, hold -> rest
    assert "revised to REST (rule R4)" in revised
    inside = await talker.say("/run pain 4")
    assert "HOLD (rule R8)" in inside
    assert "rest period is not over" in inside
    clock.advance(timedelta(days=2))  # type: ignore[attr-defined]
    stopped = await talker.say("/run pain 7 stopped")
    assert "SEE A CLINICIAN (rule R2)" in stopped  # the second rest within 14 days
    stored = await runs(talker)
    assert [(r.decision, r.rule) for r in stored] == [
        (Decision.REST, "R4"),
        (Decision.HOLD, "R8"),
        (Decision.REFER, "R2"),
    ]
    assert stored[0].morning_pain == 3
    assert "morning after" in stored[0].reason
    assert "Referred to a clinician" in await talker.say("/today")


async def test_run_questions_by_keypad_and_typed_answer(talker: Talker) -> None:
    await onboard(talker)
    await talker.say("/run 30")
    await talker.press("2")
    assert "stop" in talker.last[-1].text
    reply = await talker.say("no")
    assert "HOLD (rule R6)" in reply  # pain-free, but running is not part of the calm phase
    [run] = await runs(talker)
    assert (run.minutes, run.pain_during, run.stopped) == (30, 2, False)


async def test_stale_answer_button_is_not_applied_twice(talker: Talker) -> None:
    await onboard(talker)
    await talker.say("/run")
    await talker.press("1")
    no_button = next(b for r in talker.last for b in r.all_buttons() if b.label == "No")
    await talker.say(no_button.action, pressed=True)
    again = await talker.say(no_button.action, pressed=True)
    assert "already answered" in again
    assert len(await runs(talker)) == 1


async def test_second_session_on_same_database_remembers_the_user(
    talker: Talker, settings, clock
) -> None:
    await onboard(talker)
    await talker.say("/run pain 2")
    await talker.coach.close()
    again = await build(settings, clock)
    try:
        other = Talker(again, talker.who)
        status = await other.say("/plan")
        assert "Last run" in status
        assert "pain 2/10" in status
        assert "Welcome to ITB Coach" not in status
    finally:
        await again.close()


async def test_done_marks_sessions_and_button_edits_plan(talker: Talker) -> None:
    await onboard(talker)
    await talker.say("/today")
    await talker.press("Done: stretches 1/3")
    assert talker.last[0].replaces_origin
    assert "✓○○" in talker.last[0].text
    await talker.say("/done stretch")
    await talker.say("/done stretch")
    assert "All of today's" in await talker.say("/done stretch")
    reply = await talker.say("/done strength")
    assert "How much did the knee hurt" in reply
    await talker.say("2")
    assert "1 of 3 sessions at this step" in talker.last[0].text
    for _ in range(3):  # CLINICAL.md 1a v2: 3 good sessions and 4 days before the next step
        talker.coach.clock.advance(timedelta(days=1))  # type: ignore[attr-defined]
        assert "Side-lying hip abduction: 1x15" in await talker.say("/today")
        await talker.say("/strength 1")
    assert "steps up to level 2" in talker.last[0].text
    talker.coach.clock.advance(timedelta(days=1))  # type: ignore[attr-defined]
    assert "Side-lying hip abduction: 1x20" in await talker.say("/today")


async def test_red_flag_in_free_text_holds_at_once_and_is_cleared_with_care(
    talker: Talker,
) -> None:
    await onboard(talker)
    reply = await talker.say("my knee gave way on the stairs")
    assert "red flag" in reply and "Did I read that right?" in reply
    # Held before any button is pressed: the flag counts once heard.
    assert "SEE A CLINICIAN (rule R1)" in await talker.say("/run pain 1")
    plan = await talker.say("/today")
    assert "No running until a clinician has cleared you" in plan
    assert "Who cleared you" in await talker.say("/cleared")
    assert "When did they see you" in await talker.say("physio")
    assert "Cleared by your Physio" in await talker.say("today")
    assert "No running until a clinician" not in await talker.say("/today")


async def test_symptom_text_with_no_known_flag_lists_the_signs(talker: Talker) -> None:
    await onboard(talker)
    reply = await talker.say("/symptom no swelling today, just tight")
    assert "see a physio or doctor if you have any of these" in reply
    assert "not" not in reply.split(":")[0]  # never "that is not a red flag"
    assert "Referred" not in await talker.say("/today")


async def test_export_has_every_run_field(talker: Talker) -> None:
    await onboard(talker)
    await talker.say("/run pain 4")
    await talker.say("/export")
    document = talker.last[0].document
    assert document is not None
    data = json.loads(document.content)
    [run] = data["run_reports"]
    for key in ("date", "pain_during", "stopped", "morning_pain", "decision", "rule", "reason"):
        assert key in run
    assert run["decision"] == "hold"
    assert data["settings"]["timezone"] == "Europe/Berlin"


async def test_delete_needs_confirmation_and_removes_everything(talker: Talker) -> None:
    await onboard(talker)
    await talker.say("/run pain 4")
    await talker.say("/delete")
    await talker.press("No, keep it")
    assert len(await runs(talker)) == 1
    await talker.say("/delete")
    await talker.press("Yes, delete everything")
    async with talker.coach.sessions() as session:
        assert await session.scalar(select(func.count()).select_from(User)) == 0
        for table in repo.user_tables():
            assert await session.scalar(select(func.count()).select_from(table)) == 0


async def test_users_are_kept_apart(coach) -> None:
    alice = Talker(coach, UserKey("test", "alice"))
    bob = Talker(coach, UserKey("test", "bob"))
    await onboard(alice)
    await onboard(bob)
    await alice.say("/run pain 1")
    assert "Last run" not in await bob.say("/plan")
