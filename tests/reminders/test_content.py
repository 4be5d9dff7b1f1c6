"""What reminders say on special days: the morning after a run, rest days, jitter."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from bot.bootstrap import Coach
from bot.clock import ManualClock
from bot.coach.plan import DayPlan
from bot.reminders.schedule import jitter_minutes
from bot.reminders.ticker import ReminderTicker
from bot.service.context import Context
from bot.service.replies import UserKey
from bot.store.models import MorningReport, RunReport, User
from tests.conftest import Talker
from tests.reminders.conftest import FakeNotifier, at, press, travel


async def test_the_morning_after_a_run_the_first_reminder_asks_for_pain_feeding_r4(
    coach: Coach,
    talker: Talker,
    clock: ManualClock,
    ticker: ReminderTicker,
    notifier: FakeNotifier,
) -> None:
    await talker.say("/start")
    clock.set(at(17))
    await talker.say("/run 20 pain 1")  # a green run, judged on what is known tonight
    await travel(clock, ticker, at(8, day=1), step=timedelta(hours=1))
    morning = notifier.delivered[-1]
    assert morning.at == at(8, day=1)
    assert [r.text.splitlines()[0] for r in morning.replies] == [
        "⏰ Stretch session 1 of 3",
        "You ran yesterday: how does the knee feel this morning? 0 = no pain, 10 = worst. "
        "Your answer decides whether that run counts.",
    ]
    assert [b.label for b in morning.replies[1].all_buttons()] == [str(i) for i in range(11)]

    answer = await press(talker, morning, "4")  # 4 points above a baseline of 0: R4
    assert "Morning pain 4/10 noted." in answer
    assert "revised to REST (rule R4)" in answer  # a pain-free run in calm is a hold (R6 v2)
    async with coach.sessions() as session:
        run = await session.scalar(select(RunReport))
        assert run is not None and (run.morning_pain, run.rule) == (4, "R4")
    # The next reminder does not ask again.
    await travel(clock, ticker, at(13, day=1), step=timedelta(hours=1))
    assert len(notifier.delivered[-1].replies) == 1


async def test_the_question_waits_for_the_first_reminder_actually_sent(
    coach: Coach,
    talker: Talker,
    clock: ManualClock,
    ticker: ReminderTicker,
    notifier: FakeNotifier,
) -> None:
    await talker.say("/start")
    clock.set(at(17))
    await talker.say("/run pain 2")
    clock.set(at(7, day=1))
    await talker.say("/done stretch")  # session 1 done: its 08:00 reminder is not sent
    await travel(clock, ticker, at(13, day=1), step=timedelta(hours=1))
    assert [s.at for s in notifier.delivered if s.at.day == 24] == [at(13, day=1)]
    assert "how does the knee feel" in notifier.delivered[-1].text


async def test_no_morning_question_without_a_run_or_once_answered(
    talker: Talker, clock: ManualClock, ticker: ReminderTicker, notifier: FakeNotifier
) -> None:
    await talker.say("/start")
    await travel(clock, ticker, at(8, day=1), step=timedelta(hours=1))
    assert all(len(s.replies) == 1 for s in notifier.delivered)
    await talker.say("/run pain 1 ")
    clock.set(at(7, day=2))
    await talker.say("/morning 1")
    await travel(clock, ticker, at(8, day=2), step=timedelta(hours=1))
    assert len(notifier.delivered[-1].replies) == 1


async def test_an_open_question_is_not_taken_over(
    coach: Coach,
    talker: Talker,
    clock: ManualClock,
    ticker: ReminderTicker,
    notifier: FakeNotifier,
) -> None:
    await talker.say("/start")
    clock.set(at(17))
    await talker.say("/run pain 1")
    clock.set(at(7, 55, day=1))
    await talker.say("/strength")  # asks for strength pain: the user is answering it
    await travel(clock, ticker, at(8, day=1), step=timedelta(minutes=5))
    assert notifier.delivered[-1].replies[-1].text.startswith("You ran yesterday: send /morning")
    async with coach.sessions() as session:
        user = await session.scalar(select(User))
        assert user is not None and user.pending is not None
        assert user.pending["q"] == "strength_pain"
        assert await session.scalar(select(MorningReport)) is None


async def test_a_strength_rest_day_changes_the_strength_prompt_not_the_stretches(
    talker: Talker, clock: ManualClock, ticker: ReminderTicker, notifier: FakeNotifier
) -> None:
    await talker.say("/start")
    clock.set(at(18, 30))
    await talker.say("/strength 8")  # too painful: tomorrow is a rest day from strength
    await travel(clock, ticker, at(20, day=1), step=timedelta(hours=1))
    tuesday = [s for s in notifier.delivered if s.at.day == 24]
    texts = [s.replies[0].text for s in tuesday]
    assert [t.splitlines()[0] for t in texts] == [
        "⏰ Stretch session 1 of 3",
        "⏰ Stretch session 2 of 3",
        "⏰ Strength: rest day after a painful session. Stretches go on.",
        "⏰ Stretch session 3 of 3",
    ]
    assert tuesday[2].replies[0].buttons == ()  # nothing to mark done on a rest day
    assert tuesday[0].replies[0].all_buttons()[0].label == "Done"


async def test_a_run_rest_decision_changes_the_running_part(
    talker: Talker, clock: ManualClock, ticker: ReminderTicker, notifier: FakeNotifier
) -> None:
    await talker.say("/start")
    await talker.say("/protocol maintenance")  # free running, strength Mon/Wed/Fri
    clock.set(at(18, 30))
    await talker.say("/run 30 pain 7")  # R3: rest, no running for three days
    await travel(clock, ticker, at(18, 30, day=2), step=timedelta(minutes=30))
    wednesday = [s for s in notifier.delivered if s.at == at(18, day=2)]
    assert len(wednesday) == 1
    # The reminder names the rest period and when it can end, as /today does.
    running = "Running: No running yet: no running for 3 days after the rest of Mon 23 Nov"
    assert running in wednesday[0].text
    assert running in await talker.say("/today")
    assert "Strength today" in wednesday[0].text
    stretch = [s for s in notifier.delivered if s.at == at(8, day=2)]
    assert "Running" not in stretch[0].text


async def test_jitter_spreads_users_by_a_stable_offset(
    coach: Coach, clock: ManualClock, notifier: FakeNotifier
) -> None:
    for i in range(6):
        await coach.service.handle(UserKey("test", f"u{i}"), "/start")
    ticker = coach.ticker(notifier, jitter_minutes=10)
    await travel(clock, ticker, at(8, 15), step=timedelta(minutes=1))
    async with coach.sessions() as session:
        users = {u.external_id: u.id for u in await session.scalars(select(User))}
    sent = {s.external_id: s.at for s in notifier.delivered}
    assert sent == {
        who: at(8) + timedelta(minutes=jitter_minutes(user_id, 10))
        for who, user_id in users.items()
    }
    assert len(set(sent.values())) > 1


async def test_after_three_days_without_a_morning_check_the_first_reminder_asks_by_name(
    talker: Talker, clock: ManualClock, ticker: ReminderTicker, notifier: FakeNotifier
) -> None:
    """CLINICAL.md §3 v2: silence never counts as pain-free; the coach asks for the check."""
    await talker.say("/start")
    await travel(clock, ticker, at(21, day=2), step=timedelta(hours=1))
    assert all(len(s.replies) == 1 for s in notifier.delivered)  # days 1-3: not asked yet
    await travel(clock, ticker, at(13, day=3), step=timedelta(hours=1))
    first, second = [s for s in notifier.delivered if s.at.day == 26]
    assert len(first.replies) == 2
    assert "I can't move you on without your morning check" in first.replies[1].text
    assert [b.label for b in first.replies[1].all_buttons()] == [str(i) for i in range(11)]
    assert len(second.replies) == 1  # asked once a day, on the first reminder
    answer = await talker.say("1")  # the keypad's question is open: a typed answer counts
    assert "Morning pain 1/10 noted." in answer
    await travel(clock, ticker, at(8, day=4), step=timedelta(hours=1))
    assert len(notifier.delivered[-1].replies) == 1  # answered yesterday: not silent today


async def test_a_reminder_works_out_todays_plan_once(
    talker: Talker,
    clock: ManualClock,
    ticker: ReminderTicker,
    notifier: FakeNotifier,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The reminder and its morning question read one plan: the history is replayed once."""
    await talker.say("/start")
    clock.set(at(17))
    await talker.say("/run 20 pain 1")
    plans = 0
    plan = Context.plan

    async def counted(ctx: Context) -> DayPlan:
        nonlocal plans
        plans += 1
        return await plan(ctx)

    monkeypatch.setattr(Context, "plan", counted)
    clock.set(at(8, day=1))
    await ticker.tick()
    assert len(notifier.delivered[-1].replies) == 2  # the stretch and the morning question
    assert plans == 1
