"""/delete removes everything about the runner and /export shows it (issue 18, finding 7):
the Telegram chat's send pace too, on SQLite and PostgreSQL; a stale Done button records no
extra session; SQLite overwrites what it deletes."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from sqlalchemy import func, insert, select

from bot.bootstrap import Coach
from bot.service.replies import UserKey
from bot.store import db
from bot.store.models import ChatPace, Completion
from tests.conftest import Talker
from tests.service.test_journey import onboard

CHAT = 4242
OTHER_CHAT = 5353
WORDS = "Zanzibar-gravel my knee has swollen up"


async def pace_rows(coach: Coach) -> dict[int, float]:
    async with coach.sessions() as session:
        rows = await session.execute(select(ChatPace.chat_id, ChatPace.tat))
        return {int(chat): float(tat) for chat, tat in rows}


async def test_the_chats_pace_is_exported_and_deleted(coach: Coach) -> None:
    runner = Talker(coach, _telegram(CHAT))
    await onboard(runner)
    async with coach.sessions() as session, session.begin():
        await session.execute(
            insert(ChatPace),
            [{"chat_id": CHAT, "tat": 1.79e9}, {"chat_id": OTHER_CHAT, "tat": 1.8e9}],
        )
    await runner.say("/export")
    document = runner.last[0].document
    assert document is not None
    exported: dict[str, Any] = json.loads(document.content)
    assert [r["chat_id"] for r in exported["chat_pace"]] == [CHAT]
    await runner.say("/delete")
    await runner.press("Yes, delete everything")
    assert await pace_rows(coach) == {OTHER_CHAT: 1.8e9}  # theirs gone, another chat's kept


async def test_a_stale_done_button_records_no_extra_session(talker: Talker, coach: Coach) -> None:
    await onboard(talker)
    await talker.say("/today")
    [done] = [
        b for r in talker.last for b in r.all_buttons() if b.label.startswith("Done: stretch")
    ]
    first = await talker.say(done.action, pressed=True)
    again = await talker.say(done.action, pressed=True)  # the same old button, pressed again
    assert "already" in again, (first, again)
    async with coach.sessions() as session:
        count = await session.scalar(select(func.count()).select_from(Completion))
    assert count == 1


def test_sqlite_overwrites_what_it_deletes() -> None:
    class Cursor:
        def __init__(self) -> None:
            self.said: list[str] = []

        def execute(self, statement: str) -> None:
            self.said.append(statement)

        def close(self) -> None:
            pass

    class Connection:
        def __init__(self) -> None:
            self.made = Cursor()

        def cursor(self) -> Cursor:
            return self.made

    connection = Connection()
    db._sqlite_pragmas(connection, None)
    assert "PRAGMA secure_delete=ON" in connection.made.said


def _telegram(chat: int) -> UserKey:
    return UserKey("telegram", str(chat))


async def test_deleted_words_are_not_left_in_the_sqlite_file(
    coach: Coach, talker: Talker, tmp_path: Path
) -> None:
    if coach.engine.dialect.name != "sqlite":
        return
    await onboard(talker)
    await talker.say(WORDS)
    await talker.say("/delete")
    await talker.press("Yes, delete everything")
    await coach.close()  # the last connection checkpoints the write-ahead log
    stored = b"".join(p.read_bytes() for p in tmp_path.glob("coach.db*"))
    assert b"Zanzibar-gravel" not in stored
