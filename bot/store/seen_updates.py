"""Update ids a webhook took lately (table ``seen_updates``), shared by every process.

Telegram sends an update again when it did not get a quick 200; a load balancer may hand the
second copy to another process. :func:`first_delivery` claims the id in the database, so only
the first copy is handled, whichever process gets it. Rows older than :data:`KEPT` are removed
as new ones come (Telegram gives up redelivering within a day).
"""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import delete
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.store.models import SeenUpdate

KEPT = timedelta(hours=25)


async def first_delivery(
    sessions: async_sessionmaker[AsyncSession], channel: str, update_id: int, now: datetime
) -> bool:
    """Claim ``update_id``: True the first time it is seen (within :data:`KEPT`), else False."""
    async with sessions() as session, session.begin():
        dialect = session.get_bind().dialect.name
        insert = pg_insert if dialect == "postgresql" else sqlite_insert
        claim = (
            insert(SeenUpdate)
            .values(channel=channel, update_id=update_id, seen_at=now)
            .on_conflict_do_nothing()
        )
        await session.execute(delete(SeenUpdate).where(SeenUpdate.seen_at < now - KEPT))
        claimed = (await session.execute(claim)).rowcount == 1  # type: ignore[attr-defined]
    return claimed
