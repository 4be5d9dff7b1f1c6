"""The stored state snapshot stays exact through every write path: after each message the
state a message computes from the snapshot is the state the full replay of every report
gives, and a write that reaches back before the snapshot's day drops it in the same
transaction (on SQLite and PostgreSQL)."""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import select

from bot.bootstrap import Coach
from bot.clock import ManualClock
from bot.coach.state import CoachState, derive_state
from bot.service.context import SNAPSHOT_LAG, SNAPSHOT_REFRESH, Context
from bot.store import repo
from bot.store.models import MorningReport, Referral, RunReport, StateSnapshot, StrengthReport
from tests.conftest import Talker

DAYS = 16


async def play_days(talker: Talker, clock: ManualClock, days: int = DAYS) -> None:
    """Onboard, then ``days`` days of morning checks (stairs fine) and strength sessions,
    with a run every other day once running is in the plan."""
    for text in ("/start", "/screen none", "/side left", "/timezone UTC"):
        await talker.say(text)
    for n in range(days):
        if n:
            clock.advance(timedelta(days=1))
        await morning(talker, 1)
        await talker.say("/strength 2")
        if "walk-run" in await talker.say("/today") and n % 2:
            await talker.say("/run 20 pain 1")


async def morning(talker: Talker, pain: int) -> None:
    await talker.say(f"/morning {pain}")
    if any(r.buttons for r in talker.last):  # the calm phase asks about stairs
        await talker.say("yes")


async def snapshot_day(coach: Coach) -> date | None:
    async with coach.sessions() as session:
        return await session.scalar(select(StateSnapshot.day))


async def states(talker: Talker) -> tuple[CoachState, CoachState]:
    """(the state a message computes now, with the snapshot; the full replay's)."""
    coach = talker.coach
    async with coach.sessions() as session, session.begin():
        user = await repo.find_user(session, talker.who.channel, talker.who.external_id)
        assert user is not None
        settings = await repo.user_settings(session, user.id)
        ctx = Context(coach.units.on(session), user, settings, coach.protocols, coach.clock.now())
        ctx.save_snapshot = False
        with_snapshot = await ctx.state()
        full = await repo.load_history(session, user.id)
        return with_snapshot, derive_state(ctx.protocol, settings.start_date, full, ctx.today)


async def assert_exact(talker: Talker) -> None:
    with_snapshot, replayed = await states(talker)
    assert with_snapshot == replayed


async def test_a_snapshot_is_kept_a_few_days_back_and_gives_the_full_replay(
    talker: Talker, clock: ManualClock
) -> None:
    await play_days(talker, clock)
    today = clock.now().date()

    day = await snapshot_day(talker.coach)
    assert day is not None
    assert today - SNAPSHOT_LAG - SNAPSHOT_REFRESH <= day <= today - SNAPSHOT_LAG
    await assert_exact(talker)
    assert "walk-run" in await talker.say("/today")  # the runner did reach the ladder


async def test_reports_of_today_and_the_morning_revision_keep_the_snapshot_exact(
    talker: Talker, clock: ManualClock
) -> None:
    await play_days(talker, clock)
    kept = await snapshot_day(talker.coach)
    assert "walk-run" in await talker.say("/today")
    await talker.say("/run 20 pain 3")  # judged green, the morning after will revise it
    await assert_exact(talker)

    clock.advance(timedelta(days=1))
    await morning(talker, 4)  # R4: three above the baseline, yesterday's run revised
    async with talker.coach.sessions() as session:
        revised = await session.scalar(select(RunReport).order_by(RunReport.id.desc()))
        assert revised is not None and revised.rule == "R4"
    await assert_exact(talker)
    await talker.say("/strength 7")  # painful: strength steps down, tomorrow a rest day
    await assert_exact(talker)
    assert await snapshot_day(talker.coach) == kept  # nothing reached back before it


async def test_a_change_to_a_report_before_the_snapshot_drops_it_in_the_same_transaction(
    talker: Talker, clock: ManualClock
) -> None:
    """No message writes a report for a past day; a write from anywhere (a store fix, a
    future path) that does is still caught by the session event."""
    await play_days(talker, clock)
    coach = talker.coach
    first_day = clock.now().date() - timedelta(days=DAYS - 1)
    assert await snapshot_day(coach) is not None
    async with coach.sessions() as session, session.begin():
        row = await session.scalar(select(MorningReport).where(MorningReport.day == first_day))
        assert row is not None
        row.pain = 8
        await session.flush()
        assert await session.scalar(select(StateSnapshot.day)) is None  # same transaction
    await assert_exact(talker)

    await talker.say("/today")  # the next message stores a new one
    assert await snapshot_day(coach) is not None
    async with coach.sessions() as session, session.begin():
        old = await session.scalar(select(StrengthReport).where(StrengthReport.day == first_day))
        await session.delete(old)
    assert await snapshot_day(coach) is None
    await assert_exact(talker)


async def test_a_write_dated_on_or_after_the_snapshot_keeps_it(
    talker: Talker, clock: ManualClock
) -> None:
    await play_days(talker, clock)
    coach = talker.coach
    kept = await snapshot_day(coach)
    assert kept is not None
    async with coach.sessions() as session, session.begin():
        row = await session.scalar(select(MorningReport).where(MorningReport.day == kept))
        assert row is not None
        row.pain = 6
    assert await snapshot_day(coach) == kept
    await assert_exact(talker)


async def test_a_referral_raised_before_the_snapshot_and_cleared_later(
    talker: Talker, clock: ManualClock
) -> None:
    await play_days(talker, clock, days=4)
    replies = await talker.say("/symptom the knee looks swollen tonight")
    assert "swollen" in replies.lower() or talker.last
    buttons = [b for r in talker.last for b in r.all_buttons()]
    await talker.say(next(b.action for b in buttons if b.action.endswith(" yes")))
    for _ in range(8):
        clock.advance(timedelta(days=1))
        await morning(talker, 1)
    assert await snapshot_day(talker.coach) is not None
    await assert_exact(talker)

    for message in ("/cleared", "physio", "today"):
        await talker.say(message)
    assert await snapshot_day(talker.coach) is not None  # dropped, then stored anew
    await assert_exact(talker)
    async with talker.coach.sessions() as session:
        referral = await session.scalar(select(Referral))
        assert referral is not None and referral.cleared_on == clock.now().date()


async def test_a_referral_taken_back_the_day_it_was_raised(
    talker: Talker, clock: ManualClock
) -> None:
    await play_days(talker, clock)
    kept = await snapshot_day(talker.coach)
    await talker.say("/symptom the knee looks swollen tonight")
    await assert_exact(talker)
    await talker.say("No, I didn't mean that")
    await assert_exact(talker)
    assert await snapshot_day(talker.coach) == kept  # raised after its day: it stands


async def test_a_snapshot_of_another_start_or_protocol_is_not_used(
    talker: Talker, clock: ManualClock
) -> None:
    await play_days(talker, clock)
    assert await snapshot_day(talker.coach) is not None
    await talker.say("/protocol fredericson-six-week")  # a new programme starts today
    await assert_exact(talker)
    await talker.say("/today")
    await assert_exact(talker)


async def test_the_snapshot_goes_with_delete(talker: Talker, clock: ManualClock) -> None:
    await play_days(talker, clock, days=6)
    assert await snapshot_day(talker.coach) is not None
    await talker.say("/delete")
    assert "deleted" in (await talker.say("yes")).lower()
    async with talker.coach.sessions() as session:
        assert await session.scalar(select(StateSnapshot.user_id)) is None


async def test_a_read_only_look_moves_no_snapshot(talker: Talker, clock: ManualClock) -> None:
    await play_days(talker, clock)
    kept = await snapshot_day(talker.coach)
    clock.advance(timedelta(days=12))  # the snapshot is old enough for a message to move it
    coach = talker.coach
    view = await coach.service.look(talker.who)
    plan = await coach.service.plan_for(talker.who)
    assert view is not None and plan is not None and view.plan == plan
    assert await snapshot_day(coach) == kept  # neither wrote anything
    await talker.say("/today")
    assert await snapshot_day(coach) != kept  # a message does
