"""The service tests run on both stores."""

from __future__ import annotations

import pytest


@pytest.fixture
def database_url(both_databases: str) -> str:
    """Every test here runs on SQLite and on PostgreSQL."""
    return both_databases
