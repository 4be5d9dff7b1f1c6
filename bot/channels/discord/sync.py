"""Slash commands are synced to Discord only when the command set changed (its hash is kept in
the ``app_state`` table), or when forced (``itb-coach discord --sync``): Discord rate-limits
command updates, and a restart should not spend them."""

from __future__ import annotations

import logging

from discord.http import HTTPClient

from bot.bootstrap import Coach
from bot.channels.discord.localise import localised_payloads
from bot.channels.discord.slash import command_hash
from bot.store import app_state

log = logging.getLogger(__name__)

HASH_KEY = "discord_commands_hash:{application_id}"  # one per application (bot token)


async def sync_commands(
    http: HTTPClient, application_id: int, coach: Coach, *, force: bool
) -> bool:
    """Overwrite the global commands when their hash differs from the stored one (or ``force``).
    Returns whether they were sent."""
    payloads = await localised_payloads(coach.protocols)
    digest = command_hash(payloads)
    key = HASH_KEY.format(application_id=application_id)
    async with coach.sessions() as session:
        stored = await app_state.get(session, key)
    if stored == digest and not force:
        log.info("commands unchanged", extra={"event": "discord_commands_unchanged"})
        return False
    await http.bulk_upsert_global_commands(application_id, payloads)  # type: ignore[arg-type]
    async with coach.sessions() as session, session.begin():
        await app_state.put(session, key, digest, coach.clock.now())
    log.info("commands synced", extra={"event": "discord_commands_synced"})
    return True
