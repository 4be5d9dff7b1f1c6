"""Fixtures shared by every layer: a coach on a temporary SQLite file with a manual clock."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

import bot.bootstrap
import tests.memory_store
from bot import protocol_files
from bot.bootstrap import Coach, build
from bot.clock import ManualClock
from bot.service.replies import Reply, UserKey
from bot.settings import Settings
from bot.store.db import sqlite_url
from tests import databases
from tests.memory_store import MEMORY, memory_coach

# A Monday morning, 07:00 UTC, so weekday-dependent plans are predictable.
START = datetime(2026, 11, 23, 7, 0, tzinfo=UTC)


def _once_per_folder(load: Callable[[Path | None], Any]) -> Callable[[Path | None], Any]:
    """``load`` remembered per folder and the files in it (names, sizes, times): every test
    builds a coach, and reading the protocol files again each time was a fifth of the suite.
    A test that writes its own files gets its own load."""
    seen: dict[tuple[Any, ...], Any] = {}

    def loaded(directory: Path | None = None) -> Any:
        folder = Path(directory) if directory is not None else None
        files = sorted(folder.iterdir()) if folder is not None and folder.is_dir() else []
        key = (folder, tuple((f.name, f.stat().st_size, f.stat().st_mtime_ns) for f in files))
        if key not in seen:
            seen[key] = load(directory)
        return seen[key]

    return loaded


@pytest.fixture(scope="session", autouse=True)
def protocols_read_once() -> Iterator[None]:
    """The protocol, red-flag and answer files are read once per session (they are not
    changed by any test; a loaded library is never changed either)."""
    with pytest.MonkeyPatch.context() as patch:
        for name in ("load_protocols", "load_red_flags", "load_answers"):
            shared = _once_per_folder(getattr(protocol_files, name))
            for module in (bot.bootstrap, tests.memory_store):
                if hasattr(module, name):
                    patch.setattr(module, name, shared)
        yield


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock(START)


@pytest.fixture(scope="session")
def postgres_database() -> Iterator[str]:
    """This test session's own PostgreSQL database (see ``tests/databases.py``)."""
    yield from databases.session_database()


@pytest.fixture
def postgres_url(postgres_database: str) -> str:
    """The session's PostgreSQL database with every table emptied: a fresh store per test."""
    return databases.fresh(postgres_database)


@pytest.fixture
def database_url(tmp_path: Path) -> str:
    """The store a test's coach uses: a SQLite file here; ``both_databases`` where a folder's
    conftest says so."""
    return sqlite_url(tmp_path / "coach.db")


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def both_databases(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """Each test that uses it runs twice: on a SQLite file and on PostgreSQL."""
    if request.param == "sqlite":
        return sqlite_url(tmp_path / "coach.db")
    if request.node.get_closest_marker("sqlite_only"):
        pytest.skip("SQLite behaviour")  # deselected before this runs; see pytest_collection
    return str(request.getfixturevalue("postgres_url"))


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """A test marked ``sqlite_only`` checks SQLite's own behaviour: its PostgreSQL run is not
    collected (not skipped, so a run that requires PostgreSQL has no skip to explain)."""
    kept, dropped = [], []
    for item in items:
        params = getattr(getattr(item, "callspec", None), "params", {})
        wrong = item.get_closest_marker("sqlite_only") and params.get("both_databases") == (
            "postgresql"
        )
        (dropped if wrong else kept).append(item)
    if dropped:
        config.hook.pytest_deselected(items=dropped)
        items[:] = kept


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres), MEMORY])
def every_store(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """As ``both_databases``, and a third time on the in-memory unit of work
    (``tests/memory_store.py``): a module opts in by taking its ``database_url`` from here."""
    if request.param == MEMORY:
        return MEMORY
    if request.param == "sqlite":
        return sqlite_url(tmp_path / "coach.db")
    return str(request.getfixturevalue("postgres_url"))


@pytest.fixture
def settings(database_url: str) -> Settings:
    return Settings(
        _env_file=None,  # type: ignore[call-arg]
        database_url=database_url,
        telegram_bot_token=None,
    )


@pytest.fixture
async def coach(settings: Settings, clock: ManualClock) -> AsyncIterator[Coach]:
    if settings.database_url == MEMORY:
        yield memory_coach(settings, clock)  # type: ignore[misc]  # the parts tests use
        return
    built = await build(settings, clock)
    yield built
    await built.close()


class Talker:
    """Talks to the service as one user and keeps the last replies."""

    def __init__(self, coach: Coach, who: UserKey) -> None:
        self.coach = coach
        self.who = who
        self.last: list[Reply] = []

    async def say(self, text: str, *, pressed: bool = False) -> str:
        self.last = await self.coach.service.handle(self.who, text, pressed=pressed)
        return "\n".join(r.text for r in self.last)

    async def press(self, label: str) -> str:
        """Press the button labelled ``label`` in the last replies."""
        for reply in reversed(self.last):
            for button in reply.all_buttons():
                if button.label == label:
                    return await self.say(button.action, pressed=True)
        raise AssertionError(f"no button {label!r} in {[r.text[:40] for r in self.last]}")


@pytest.fixture
def talker(coach: Coach) -> Talker:
    return Talker(coach, UserKey("test", "runner-1"))
