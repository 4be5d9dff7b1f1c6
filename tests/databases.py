"""The databases the suite runs on: a SQLite file per test, and PostgreSQL.

PostgreSQL: ``ITB_TEST_POSTGRES`` names the server (default ``postgresql://postgres@127.0.0.1:
5432/test``, used only to connect). Each test session creates its own database with a random
name there, empties its tables before each test and drops it at the end, so runs sharing one
server never meet. When the server cannot be reached the PostgreSQL tests skip with the
reason, unless ``ITB_REQUIRE_POSTGRES=1`` (CI sets it): then they fail.
"""

from __future__ import annotations

import asyncio
import os
import uuid
from collections.abc import Coroutine, Iterator
from concurrent.futures import ThreadPoolExecutor
from typing import Any, NoReturn, TypeVar

import pytest

SERVER = os.environ.get("ITB_TEST_POSTGRES", "postgresql://postgres@127.0.0.1:5432/test")
REQUIRED = os.environ.get("ITB_REQUIRE_POSTGRES", "").strip() not in ("", "0")
T = TypeVar("T")


def run_apart(work: Coroutine[Any, Any, T]) -> T:
    """Run ``work`` on its own event loop in another thread: a sync fixture can then talk to
    the server without touching the loop pytest-asyncio keeps for the test."""
    with ThreadPoolExecutor(1) as pool:
        return pool.submit(asyncio.run, work).result()


def unavailable(reason: str) -> NoReturn:
    if REQUIRED:
        pytest.fail(f"{reason} (ITB_REQUIRE_POSTGRES is set: PostgreSQL tests must run)")
    pytest.skip(reason)


async def _admin(statement: str) -> None:
    import asyncpg

    connection = await asyncpg.connect(SERVER, timeout=5)
    try:
        await connection.execute(statement)
    finally:
        await connection.close()


async def _empty_tables(url: str) -> None:
    """DELETE, not TRUNCATE: on a few small tables it is several times faster (TRUNCATE
    writes new files for each table)."""
    import asyncpg

    connection = await asyncpg.connect(url, timeout=5)
    try:
        tables = await connection.fetch(
            "SELECT tablename FROM pg_tables WHERE schemaname = 'public'"
            " AND tablename <> 'alembic_version'"
        )
        sequences = await connection.fetch(
            "SELECT sequencename FROM pg_sequences WHERE schemaname = 'public'"
        )
        script = [f'DELETE FROM "{t["tablename"]}";' for t in tables]
        script += [f'ALTER SEQUENCE "{s["sequencename"]}" RESTART;' for s in sequences]
        if script:
            await connection.execute("\n".join(script))
    finally:
        await connection.close()


def session_database() -> Iterator[str]:
    """Create this session's database; yields its asyncpg URL (without the driver name)."""
    try:
        import asyncpg
    except ImportError as exc:
        unavailable(f"asyncpg is not installed: {exc}")
    name = f"itb_test_{uuid.uuid4().hex[:12]}"
    try:
        run_apart(_admin(f'CREATE DATABASE "{name}"'))
    except (OSError, asyncpg.PostgresError, TimeoutError) as exc:
        unavailable(f"PostgreSQL not reachable at {SERVER}: {type(exc).__name__}: {exc}")
    try:
        yield f"{SERVER.rsplit('/', 1)[0]}/{name}"
    finally:
        run_apart(_admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))


def fresh(database: str) -> str:
    """Empty every table of the session's database; its SQLAlchemy URL."""
    run_apart(_empty_tables(database))
    return database.replace("postgresql://", "postgresql+asyncpg://", 1)
