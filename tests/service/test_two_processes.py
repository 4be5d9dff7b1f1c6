"""One user's messages landing in two processes at once (two engines, two services, one
database) are handled one after another: no write is lost, nothing fails."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator

import pytest
from sqlalchemy import func, select

from bot.bootstrap import Coach, build
from bot.clock import ManualClock
from bot.settings import Settings
from bot.store import repo
from bot.store.models import User, UserSettings
from tests.conftest import Talker
from tests.service.test_journey import onboard


@pytest.fixture
async def other(settings: Settings, clock: ManualClock) -> AsyncIterator[Coach]:
    """A second process on the same database."""
    built = await build(settings, clock)
    yield built
    await built.close()


async def test_quick_messages_in_two_processes_lose_no_write(talker: Talker, other: Coach) -> None:
    await onboard(talker)
    there = Talker(other, talker.who)
    # Each "/done stretch" reads today's completions and adds the next session: without the
    # row lock two of them read the same state and one session is lost (or fails).
    said = await asyncio.gather(
        talker.say("/done stretch"), there.say("/done stretch"), talker.say("/done stretch")
    )
    assert sorted(s.splitlines()[0].split(" Left today")[0] for s in said) == [
        f"✓ Stretch session {n} of 3 done." for n in (1, 2, 3)
    ]
    async with other.sessions() as session:
        user = await repo.find_user(session, talker.who.channel, talker.who.external_id)
        assert user is not None
        done = await repo.completions_on(session, user.id, talker.coach.clock.now().date())
    assert done == {"stretch-1", "stretch-2", "stretch-3"}


async def pending_number(coach: Coach, talker: Talker) -> int:
    async with coach.sessions() as session:
        user = await repo.find_user(session, talker.who.channel, talker.who.external_id)
        assert user is not None
        return int((user.pending or {}).get("n", 0))  # no question asked yet: 0


async def test_open_questions_asked_in_two_processes_keep_counting(
    talker: Talker, other: Coach
) -> None:
    await onboard(talker)
    there = Talker(other, talker.who)
    before = await pending_number(other, talker)
    # Each question reads the counter and stores the next number: four asked at once must
    # move it four times.
    await asyncio.gather(*(t.say("/run 20") for t in (talker, there, talker, there)))
    assert await pending_number(other, talker) == before + 4


async def test_a_new_users_first_messages_in_two_processes_make_one_user(
    talker: Talker, other: Coach
) -> None:
    there = Talker(other, talker.who)
    said = await asyncio.gather(talker.say("/start"), there.say("/today"))
    # The second to arrive finds the user: the plan, or set-up resumed ("Welcome back").
    assert all("Welcome" in s or "Today" in s for s in said)
    assert sum("Welcome to ITB Coach" in s for s in said) >= 1
    async with other.sessions() as session:
        users = await session.scalar(select(func.count()).select_from(User))
        settings = await session.scalar(select(func.count()).select_from(UserSettings))
    assert (users, settings) == (1, 1)
