"""A pause is stored once, as its span in ``pauses``: the settings read its end from there,
and the upgrade that dropped ``user_settings.paused_until`` keeps every pause it held."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy import text
from sqlalchemy.engine import Connection

from bot.bootstrap import Coach
from bot.store import repo
from bot.store.db import make_engine, make_sessions, migrations_dir, sqlite_url
from tests.conftest import Talker


def _migrate(connection: Connection, revision: str, *, down: bool = False) -> None:
    config = Config()
    config.set_main_option("script_location", str(migrations_dir()))
    config.attributes["connection"] = connection
    (command.downgrade if down else command.upgrade)(config, revision)


async def test_pause_and_resume_write_the_span_the_settings_read(
    coach: Coach, talker: Talker
) -> None:
    await talker.say("/start")
    assert "No reminders from Mon 23 to Wed 25 Nov" in await talker.say("/pause 3")
    async with coach.sessions() as session:
        user = await repo.find_user(session, talker.who.channel, talker.who.external_id)
        assert user is not None
        settings = await repo.user_settings(session, user.id)
        today = coach.clock.now().date()
        assert settings.paused_until == today + timedelta(days=2)
        spans = (await session.execute(text("SELECT first_day, last_day FROM pauses"))).all()
        assert [tuple(map(str, s)) for s in spans] == [(str(today), str(today + timedelta(days=2)))]
    await talker.say("/resume")
    async with coach.sessions() as session:
        settings = await repo.user_settings(session, user.id)
        assert settings.paused_until is None  # the span began today: it is gone
    assert "Reminders paused" not in await talker.say("/today")


async def test_the_upgrade_keeps_a_pause_held_only_by_the_settings(tmp_path: Path) -> None:
    engine = make_engine(sqlite_url(tmp_path / "old.db"))
    created = datetime(2026, 11, 1, tzinfo=UTC)
    async with engine.begin() as connection:
        await connection.run_sync(_migrate, "0005")
        for user_id, paused_until in ((1, "2026-12-01"), (2, None), (3, "2026-11-20")):
            await connection.execute(
                text(
                    "INSERT INTO users (id, channel, external_id, created_at, active)"
                    " VALUES (:id, 'test', :ext, :at, 1)"
                ),
                {"id": user_id, "ext": f"r{user_id}", "at": created},
            )
            await connection.execute(
                text(
                    "INSERT INTO user_settings (user_id, protocol_id, start_date, side, timezone,"
                    " stretch_times, strength_time, paused_until) VALUES (:id, 'acute',"
                    " '2026-11-01', 'both', 'UTC', '08:00', '18:00', :until)"
                ),
                {"id": user_id, "until": paused_until},
            )
        # Runner 3 paused after the pauses table existed: their span is there already.
        await connection.execute(
            text(
                "INSERT INTO pauses (user_id, first_day, last_day)"
                " VALUES (3, '2026-11-14', '2026-11-20')"
            )
        )
        await connection.run_sync(_migrate, "head")
    try:
        async with make_sessions(engine)() as session:
            ends = [(await repo.user_settings(session, i)).paused_until for i in (1, 2, 3)]
            assert ends == [date(2026, 12, 1), None, date(2026, 11, 20)]
            spans = (await session.execute(text("SELECT COUNT(*) FROM pauses"))).scalar_one()
            assert spans == 2  # runner 1's span added, runner 3's not doubled
        async with engine.begin() as connection:
            await connection.run_sync(_migrate, "0005", down=True)
            back = await connection.execute(
                text("SELECT user_id, paused_until FROM user_settings ORDER BY user_id")
            )
            assert [(i, str(d) if d else None) for i, d in back] == [
                (1, "2026-12-01"),
                (2, None),
                (3, "2026-11-20"),
            ]
    finally:
        await engine.dispose()
