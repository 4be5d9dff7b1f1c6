"""Engine and session setup, and the schema upgrade the app runs at start."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from sqlalchemy import event
from sqlalchemy.engine import Connection
from sqlalchemy.ext.asyncio import AsyncEngine, async_sessionmaker, create_async_engine

import bot
import bot.store.snapshots  # its session event keeps stored snapshots true

log = logging.getLogger(__name__)


def migrations_dir() -> Path:
    """``bot/_data/migrations`` in an installed wheel, else the repository's ``migrations/``."""
    packaged = Path(bot.__file__).parent / "_data" / "migrations"
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parents[2] / "migrations"


def sqlite_url(path: str | Path) -> str:
    return f"sqlite+aiosqlite:///{Path(path).expanduser()}"


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    # WAL lets readers and the writer work together; busy_timeout waits for a lock instead of
    # failing; SQLite enforces foreign keys (and so ON DELETE CASCADE) only when asked.
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA synchronous=NORMAL")
    # Deleted rows (/delete, /undo) are overwritten with zeros, whatever the build's default.
    cursor.execute("PRAGMA secure_delete=ON")
    cursor.close()


def make_engine(url: str) -> AsyncEngine:
    if url.startswith("sqlite"):
        path = url.split(":///", 1)[-1]
        if path and path != ":memory:":
            Path(path).parent.mkdir(parents=True, exist_ok=True)
    engine = create_async_engine(url, pool_pre_ping=not url.startswith("sqlite"))
    if engine.dialect.name == "sqlite":
        event.listen(engine.sync_engine, "connect", _sqlite_pragmas)
    return engine


def make_sessions(engine: AsyncEngine) -> async_sessionmaker[Any]:
    return async_sessionmaker(engine, expire_on_commit=False)


def _upgrade(connection: Connection) -> None:
    config = Config()
    config.set_main_option("script_location", str(migrations_dir()))
    config.attributes["connection"] = connection
    command.upgrade(config, "head")


async def upgrade_schema(engine: AsyncEngine) -> None:
    """Bring the database to the newest migration (``alembic upgrade head``)."""
    async with engine.begin() as connection:
        await connection.run_sync(_upgrade)
    log.info("schema upgraded", extra={"event": "schema_upgraded"})
