"""/export as CSV beside the JSON, and /delete leaving no row behind in any table of the schema.

Both tests read the schema at test time (``Base.metadata``), so a table added later is covered
without touching them.
"""

from __future__ import annotations

import csv
import io
import zipfile
from datetime import UTC, date, datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy import func, insert, select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.bootstrap import Coach
from bot.service.replies import UserKey
from bot.store import repo
from bot.store.models import Base, User
from tests.conftest import Talker


def user_columns(table: sa.Table) -> list[sa.Column[Any]]:
    """The columns of ``table`` that name a user: ``users.id`` itself or a key pointing at it."""
    if table.name == User.__tablename__:
        return [table.c.id]
    return [
        column
        for column in table.columns
        if column.name == "user_id"
        or any(fk.column.table.name == User.__tablename__ for fk in column.foreign_keys)
    ]


def schema_user_tables() -> list[sa.Table]:
    return [t for t in Base.metadata.sorted_tables if user_columns(t)]


def _filler(column: sa.Column[Any], user_id: int) -> Any:
    if user_columns(column.table) and column in user_columns(column.table):
        return user_id
    if column.foreign_keys and column.nullable:
        return None  # a key to another table (a clinician): that row may not exist
    kind = column.type
    if isinstance(kind, sa.Boolean):
        return False
    if isinstance(kind, sa.DateTime):
        return datetime(2026, 11, 23, 7, tzinfo=UTC)
    if isinstance(kind, sa.Date):
        return date(2026, 11, 23)
    if isinstance(kind, sa.Integer):
        return 1
    if isinstance(kind, sa.JSON):
        return {}
    return f"x{user_id}" if column.unique else "x"


async def fill_every_table(session: AsyncSession, user_id: int) -> None:
    """Give the user at least one row in every table that can hold one, whatever its columns."""
    for table in schema_user_tables():
        column = user_columns(table)[0]
        count = await session.scalar(
            select(func.count()).select_from(table).where(column == user_id)
        )
        if count:
            continue
        values = {
            c.name: _filler(c, user_id)
            for c in table.columns
            if not (c.primary_key and c.autoincrement is not False and c.name == "id")
        }
        await session.execute(insert(table).values(**values))


async def rows_naming(session: AsyncSession, user_id: int) -> dict[str, int]:
    counts: dict[str, int] = {}
    for table in Base.metadata.sorted_tables:
        for column in user_columns(table):
            n = await session.scalar(
                select(func.count()).select_from(table).where(column == user_id)
            )
            counts[f"{table.name}.{column.name}"] = n or 0
    return counts


async def user_id_of(coach: Coach, who: UserKey) -> int:
    async with coach.sessions() as session:
        user = await repo.find_user(session, who.channel, who.external_id)
        assert user is not None
        return user.id


async def seed_through_the_service(talker: Talker) -> None:
    for text in (
        "/start",
        "/screen none",
        "/done stretch",
        "/strength 2",
        "/morning 2",
        "/run 20 pain 1",
        "/symptom my knee is swollen",
    ):
        await talker.say(text)
    await talker.press("Yes")  # the referral stands (it was recorded when heard)
    await talker.say("/pause 2")


async def test_export_sends_json_and_a_zip_with_one_csv_per_table(talker: Talker) -> None:
    await seed_through_the_service(talker)
    await talker.say("/export")
    json_reply, csv_reply = talker.last
    assert json_reply.document is not None and json_reply.document.mime == "application/json"
    attachment = csv_reply.document
    assert attachment is not None and attachment.mime == "application/zip"
    assert attachment.filename.endswith("-csv.zip")
    with zipfile.ZipFile(io.BytesIO(attachment.content)) as archive:
        names = set(archive.namelist())
        expected = {f"{t.name}.csv" for t in schema_user_tables()} | {"chat_pace.csv"}
        assert names == expected
        tables = {
            name.removesuffix(".csv"): list(
                csv.reader(io.StringIO(archive.read(name).decode("utf-8-sig")))
            )
            for name in names
        }
    for name, rows in tables.items():
        assert rows[0] == [c.name for c in Base.metadata.tables[name].columns], name
    assert len(tables["users"]) == 2
    assert len(tables["completions"]) == 3  # header, stretch-1, strength
    run_header, run_row = tables["run_reports"]
    run = dict(zip(run_header, run_row, strict=True))
    assert (run["pain_during"], run["stopped"], run["decision"], run["rule"]) == (
        "1",
        "false",
        "hold",  # pain-free, but in the calm phase running is not part yet (R6 v2)
        "R6",
    )
    assert len(tables["pauses"]) == 2


async def test_delete_leaves_no_row_naming_the_user_in_any_table(
    coach: Coach, talker: Talker
) -> None:
    await seed_through_the_service(talker)
    other = Talker(coach, UserKey("test", "someone-else"))
    await seed_through_the_service(other)
    me, them = await user_id_of(coach, talker.who), await user_id_of(coach, other.who)
    async with coach.sessions() as session, session.begin():
        await fill_every_table(session, me)
        await fill_every_table(session, them)
    async with coach.sessions() as session:
        before = await rows_naming(session, me)
    assert before and all(before.values()), before  # every table holds a row of the user

    await talker.say("/delete")
    await talker.press("Yes, delete everything")
    assert "Everything about you is deleted" in "\n".join(r.text for r in talker.last)

    async with coach.sessions() as session:
        after = await rows_naming(session, me)
        kept = await rows_naming(session, them)
    assert set(after) == set(before)
    assert not any(after.values()), {k: v for k, v in after.items() if v}
    assert all(kept.values()), kept  # the other user's rows are untouched
