"""Small facts about the deployment (table ``app_state``): read and write one value by key."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.ext.asyncio import AsyncSession

from bot.store.models import AppState


async def get(session: AsyncSession, key: str) -> str | None:
    row = await session.get(AppState, key)
    return row.value if row is not None else None


async def put(session: AsyncSession, key: str, value: str, now: datetime) -> None:
    row = await session.get(AppState, key)
    if row is None:
        session.add(AppState(key=key, value=value, updated_at=now))
    else:
        row.value, row.updated_at = value, now
