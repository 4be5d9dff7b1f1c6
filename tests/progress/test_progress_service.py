"""/progress, /report, pauses and the weekly summary through the service, as a user."""

from __future__ import annotations

import io
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from pypdf import PdfReader
from sqlalchemy import select

from bot.bootstrap import Coach
from bot.channels.console import ConsoleChat
from bot.clock import ManualClock
from bot.render import ProgressData
from bot.service.context import Context
from bot.service.progress import progress_data, weekly_summary
from bot.service.replies import UserKey
from bot.store import repo
from bot.store.models import Completion, Pause
from tests.conftest import START, Talker


@asynccontextmanager
async def context_for(coach: Coach, who: UserKey) -> AsyncIterator[Context]:
    async with coach.sessions() as session:
        user = await repo.find_user(session, who.channel, who.external_id)
        assert user is not None
        settings = await repo.user_settings(session, user.id)
        yield Context(coach.units.on(session), user, settings, coach.protocols, coach.clock.now())


async def full_day(talker: Talker) -> None:
    for _ in range(3):
        await talker.say("/done stretch")
    await talker.say("/strength 2")


async def test_progress_on_day_one_sends_text_and_chart(talker: Talker) -> None:
    await talker.say("/start")
    text = await talker.say("/progress")
    reply = talker.last[0]  # then the reminder of the unanswered safety check
    assert "Your progress · week 1, day 1 of 42" in text
    assert "Nothing counted yet" in text
    assert "Do most of today's plan and your streak starts." in text
    assert "No runs reported yet." in text
    assert reply.image is not None and reply.image.mime == "image/png"
    assert reply.image.content.startswith(b"\x89PNG")


async def test_report_on_day_one_is_a_one_page_pdf(talker: Talker) -> None:
    await talker.say("/start")
    await talker.say("/report")
    reply = talker.last[0]  # then the reminder of the unanswered safety check
    assert reply.document is not None and reply.document.mime == "application/pdf"
    reader = PdfReader(io.BytesIO(reply.document.content))
    assert len(reader.pages) == 1
    text = reader.pages[0].extract_text()
    assert "No runs reported." in text
    assert "None reported." in text


async def test_help_lists_progress_and_report(talker: Talker) -> None:
    await talker.say("/start")
    text = await talker.say("/help")
    assert "/progress — how it is going" in text
    assert "/report — a one-page PDF" in text


async def test_progress_counts_finished_days_and_the_streak(
    talker: Talker, clock: ManualClock
) -> None:
    await talker.say("/start")
    await full_day(talker)
    clock.advance(timedelta(days=1))
    await talker.say("/done stretch")  # a partial day
    clock.advance(timedelta(days=1))
    await full_day(talker)
    text = await talker.say("/progress")
    assert "Stretch sessions: 7 of 9 done (78%)" in text
    assert "Strength sessions: 2 of 3 done (67%)" in text
    assert "Streak: 1 day in a row with most of the plan done." in text
    assert "Best so far" not in text


async def test_paused_days_keep_the_streak_and_resume_ends_the_pause(
    coach: Coach, talker: Talker, clock: ManualClock
) -> None:
    await talker.say("/start")
    await full_day(talker)  # Mon
    clock.advance(timedelta(days=1))
    await talker.say("/pause 5")  # Tue, nothing done
    clock.advance(timedelta(days=1))  # Wed, nothing done
    clock.advance(timedelta(days=1))
    await talker.say("/resume")  # Thu: back, today counts again
    await full_day(talker)
    text = await talker.say("/progress")
    assert "Streak: 2 days in a row" in text
    assert "Paused days (not counted): 2." in text
    async with context_for(coach, talker.who) as ctx:
        spans = list(await ctx.uow.session.scalars(select(Pause)))
        assert [(s.first_day, s.last_day) for s in spans] == [
            (date(2026, 11, 24), date(2026, 11, 25))
        ]


async def test_pausing_again_extends_the_open_pause(coach: Coach, talker: Talker) -> None:
    await talker.say("/start")
    await talker.say("/pause 2")
    await talker.say("/pause 10")
    async with context_for(coach, talker.who) as ctx:
        spans = list(await ctx.uow.session.scalars(select(Pause)))
        assert [(s.first_day, s.last_day) for s in spans] == [
            (date(2026, 11, 23), date(2026, 12, 2))
        ]
    await talker.say("/resume")  # the same day it began: no day was paused after all
    async with context_for(coach, talker.who) as ctx:
        assert list(await ctx.uow.session.scalars(select(Pause))) == []


async def test_each_user_gets_their_own_local_dates(coach: Coach, clock: ManualClock) -> None:
    # 11:30 UTC on Mon 23 Nov is 00:30 on Tue 24 in Auckland and 03:30 on Mon 23 in LA.
    clock.set(datetime(2026, 11, 23, 11, 30, tzinfo=UTC))
    kiwi = Talker(coach, UserKey("test", "auckland"))
    angeleno = Talker(coach, UserKey("test", "los-angeles"))
    for talker, zone in ((kiwi, "Pacific/Auckland"), (angeleno, "America/Los_Angeles")):
        await talker.say("/start")
        await talker.say(f"/timezone {zone}")
        await talker.say("/protocol fredericson-six-week")  # starts the programme today
        await full_day(talker)
    async with coach.sessions() as session:
        rows = await session.execute(select(Completion.user_id, Completion.day).distinct())
        days = sorted(day for _user, day in rows)
    assert days == [date(2026, 11, 23), date(2026, 11, 24)]
    # Twelve hours later it is still Tue 24 in Auckland (12:30) and Mon 23 in LA (15:30).
    clock.advance(timedelta(hours=12))
    kiwi_data, la_data = (
        await progress_data_for(coach, kiwi.who),
        await progress_data_for(coach, angeleno.who),
    )
    assert (kiwi_data.start, kiwi_data.today) == (date(2026, 11, 24), date(2026, 11, 24))
    assert (la_data.start, la_data.today) == (date(2026, 11, 23), date(2026, 11, 23))
    assert kiwi_data.adherence.streak == la_data.adherence.streak == 1
    # At 12:00 UTC on Tue 24 each has a new local day, not yet done: it breaks nothing.
    clock.set(datetime(2026, 11, 24, 12, 0, tzinfo=UTC))
    kiwi_data, la_data = (
        await progress_data_for(coach, kiwi.who),
        await progress_data_for(coach, angeleno.who),
    )
    assert [d.day for d in kiwi_data.adherence.days] == [date(2026, 11, 24), date(2026, 11, 25)]
    assert [d.day for d in la_data.adherence.days] == [date(2026, 11, 23), date(2026, 11, 24)]
    assert kiwi_data.adherence.streak == la_data.adherence.streak == 1
    assert kiwi_data.adherence.stretch_prescribed == la_data.adherence.stretch_prescribed == 3


async def progress_data_for(coach: Coach, who: UserKey) -> ProgressData:
    async with context_for(coach, who) as ctx:
        return await progress_data(ctx)


async def test_weekly_summary_tells_what_the_coming_week_holds(
    coach: Coach, talker: Talker, clock: ManualClock
) -> None:
    await talker.say("/start")
    for _ in range(6):  # Mon to Sat
        await full_day(talker)
        clock.advance(timedelta(days=1))
    clock.advance(timedelta(hours=11))  # Sunday 18:00
    async with context_for(coach, talker.who) as ctx:
        assert ctx.today.weekday() == 6
        (reply,) = await weekly_summary(ctx)
    head, coming = reply.text.split("\n")
    # Sunday is still going at 18:00: counted once done, like on /progress and the chart.
    assert head == (
        "Your week: 100% of the plan done (100% since the start), 6 of 7 days kept, "
        "a streak of 6 days."
    )
    assert coming.startswith("Coming week 2 of 6: calm phase.")
    assert reply.image is not None and reply.image.mime == "image/png"


async def test_console_saves_the_chart_and_prints_its_path(coach: Coach, tmp_path: Path) -> None:
    out = io.StringIO()
    chat = ConsoleChat(coach.service, "me", out, tmp_path / "files", echo=False)
    await chat.say("/start")
    await chat.say("/progress")
    await chat.say("/report")
    printed = out.getvalue()
    assert f"[file saved: {tmp_path / 'files' / 'progress.png'}]" in printed
    assert f"[file saved: {tmp_path / 'files' / 'itb-coach-report.pdf'}]" in printed
    assert (tmp_path / "files" / "progress.png").read_bytes().startswith(b"\x89PNG")


def test_start_is_a_monday_morning() -> None:
    assert START.weekday() == 0
