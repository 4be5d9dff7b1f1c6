"""The batch's reads (bot/store/prefetch.py) are the database's reads: for runners with a
long history and a state snapshot, a short one and none, every read a reminder makes gives
the same answer from the batch's fetch as from the one-runner queries, and so does the
reminder itself."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from bot.bootstrap import Coach
from bot.clock import ManualClock
from bot.reminders.content import reminder_replies
from bot.service.context import Context
from bot.service.replies import UserKey
from bot.store import repo
from bot.store.models import (
    Completion,
    MorningReport,
    Referral,
    RunReport,
    StrengthReport,
    User,
    UserSettings,
)
from bot.store.prefetch import PrefetchedUnitOfWork

NOW = datetime(2026, 11, 23, 7, 30, tzinfo=UTC)


def history_rows(user_id: int, start: date, days: int) -> list[object]:
    rows: list[object] = []
    for n in range(days):
        day = start + timedelta(days=n)
        at = datetime.combine(day, datetime.min.time(), UTC) + timedelta(hours=8)
        if n % 4 != 3:  # some mornings missing
            rows.append(MorningReport(user_id=user_id, day=day, pain=n % 3, stairs_ok=n > 4))
        if day == NOW.date():
            continue
        rows.append(Completion(user_id=user_id, day=day, item="stretch-1", done_at=at))
        if n % 3 == 0:
            rows.append(StrengthReport(user_id=user_id, day=day, pain=2))
        if n >= 21 and n % 2 == 1:
            rows.append(
                RunReport(
                    user_id=user_id,
                    day=day,
                    reported_at=at + timedelta(hours=10),
                    minutes=20,
                    pain_during=1,
                    stopped=False,
                    stage=1,
                    phase="return",
                    morning_pain=None if day == NOW.date() - timedelta(days=1) else 1,
                    decision="progress",
                    rule="R6",
                    reason="A green run.",
                )
            )
    if days > 35:
        rows.append(
            Referral(
                user_id=user_id,
                day=start + timedelta(days=30),
                raised_at=NOW - timedelta(days=days - 30),
                cause="swelling",
                source="symptom",
                reason="Swelling of the knee needs a clinician's look.",
                cleared_on=start + timedelta(days=33),
                cleared_by="physio",
            )
        )
    return rows


async def runner(coach: Coach, name: str, days: int) -> int:
    who = UserKey("test", name)
    for text in ("/start", "/screen none", "/side left"):
        await coach.service.handle(who, text)
    async with coach.sessions() as session, session.begin():
        user = await repo.find_user(session, "test", name)
        assert user is not None
        if days:
            settings = await session.get(UserSettings, user.id)
            assert settings is not None
            settings.start_date = NOW.date() - timedelta(days=days - 1)
            session.add_all(history_rows(user.id, settings.start_date, days))
        return user.id


async def test_prefetched_reads_match_the_databases(coach: Coach, clock: ManualClock) -> None:
    clock.set(NOW)
    ids = [await runner(coach, "year", 400), await runner(coach, "weeks", 45)]
    ids += [await runner(coach, "new", 0)]
    for name in ("year", "weeks", "new"):  # a message: the snapshots are written
        await coach.service.handle(UserKey("test", name), "/today")
    today, yesterday = NOW.date(), NOW.date() - timedelta(days=1)
    async with coach.sessions() as session, session.begin():
        plain = coach.units.on(session)
        fetched = await PrefetchedUnitOfWork(session, coach.units.reminders(session)).fetch(
            dict.fromkeys(ids, today)
        )
        snapshots = awaited = 0
        for user_id in ids:
            settings = await repo.user_settings(session, user_id)
            protocol = coach.protocols.get(settings.protocol_id) or coach.protocols.default
            start = settings.start_date
            snapshot = await plain.load_snapshot(user_id, protocol, start)
            snapshots += snapshot is not None
            assert await fetched.load_snapshot(user_id, protocol, start) == snapshot
            for since in (None, today - timedelta(days=400), today - timedelta(days=20), today):
                assert await fetched.history(user_id, since) == await plain.history(user_id, since)
            for day in (today, yesterday):
                assert await fetched.completions_on(user_id, day) == await plain.completions_on(
                    user_id, day
                )
                assert await fetched.morning_id(user_id, day) == await plain.morning_id(
                    user_id, day
                )
            awaiting = await plain.runs_awaiting_morning(user_id, today)
            assert await fetched.runs_awaiting_morning(user_id, today) == awaiting
            awaited += len(awaiting)
            user = await session.get(User, user_id)
            assert user is not None
            texts = []
            for uow in (plain, fetched):
                ctx = Context(uow, user, settings, coach.protocols, NOW, save_snapshot=False)
                replies = await reminder_replies(ctx, "stretch", 2, first_today=True)
                texts.append([(r.text, r.buttons) for r in replies or []])
            assert texts[0] == texts[1] and texts[0]
        assert snapshots == 2  # the two with a history have one: the window path is tested
        assert awaited == 1  # the 6-week runner's run of yesterday waits for this morning
