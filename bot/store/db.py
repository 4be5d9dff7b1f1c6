"""Engine and session setup, and the schema upgrade the app runs at start."""

from __future__ import annotations

import asyncio
import fcntl
import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from sqlalchemy import event, text
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


# Any fixed number: the advisory lock's key, the same in every process of a deployment.
MIGRATION_LOCK_KEY = 0x17B_C0AC


async def upgrade_schema(engine: AsyncEngine) -> None:
    """Bring the database to the newest migration (``alembic upgrade head``), once however many
    processes start together: on PostgreSQL the upgrade's transaction first takes an advisory
    lock (the others wait for it, then find the schema at head and do nothing); on SQLite a
    lock file beside the database does the same."""
    async with _sqlite_file_lock(engine), engine.begin() as connection:
        if engine.dialect.name == "postgresql":
            await connection.execute(
                text("SELECT pg_advisory_xact_lock(:key)"), {"key": MIGRATION_LOCK_KEY}
            )  # released by the commit
        await connection.run_sync(_upgrade)
    log.info("schema upgraded", extra={"event": "schema_upgraded"})


@asynccontextmanager
async def _sqlite_file_lock(engine: AsyncEngine) -> AsyncIterator[None]:
    """An exclusive ``flock`` on ``<database>.migrate.lock`` while the body runs (SQLite files
    only; nothing for other databases or an in-memory SQLite)."""
    path = engine.url.database if engine.dialect.name == "sqlite" else None
    if not path or path == ":memory:":
        yield
        return
    with open(f"{path}.migrate.lock", "a+b") as handle:
        await asyncio.to_thread(fcntl.flock, handle.fileno(), fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle.fileno(), fcntl.LOCK_UN)
