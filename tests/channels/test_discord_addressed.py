"""Who talks to the bot on Discord: direct messages, the bot's own mention and its commands.
``@everyone``, ``@here`` and role mentions in a server are not: a stranger's public words are
never stored, no user row is made and nobody is sent a DM (issue 18, finding 1)."""

from __future__ import annotations

from bot.store import repo
from tests.channels.fake_discord import FakeDiscord
from tests.channels.test_discord_e2e import USER, Discord, bot, fake, shown

__all__ = ["bot", "fake"]  # the fixtures, shared with the end-to-end tests

STRANGER = 5151
ROLE = 700_000_000_000_000_077


async def _posted(bot: Discord, user: int, text: str, **how: object) -> None:
    await bot._after(user, lambda: bot.fake.post_in_server(user, text, **how))  # type: ignore[arg-type]


async def test_everyone_here_and_roles_are_not_words_to_the_bot(
    bot: Discord, fake: FakeDiscord
) -> None:
    await _posted(bot, STRANGER, "@everyone my knee gave way at the match lol", everyone=True)
    await _posted(bot, STRANGER, "@here fever and my knee is hot and swollen", everyone=True)
    await _posted(bot, STRANGER, f"<@&{ROLE}> knee gave way again", roles=(ROLE,))
    await _posted(bot, STRANGER, f"<@{STRANGER + 1}> my knee gave way, /start")
    async with bot.coach.sessions() as session:
        assert await repo.find_user(session, "discord", str(STRANGER)) is None
    assert fake.seen_by(STRANGER) == []  # no welcome, no red-flag DM
    assert fake.calls_to("POST", "/users/@me/channels") == []
    assert [m.author["id"] for m in fake.in_server()] == [str(STRANGER)] * 4  # no answer there


async def test_the_bots_own_mention_still_is(bot: Discord, fake: FakeDiscord) -> None:
    await _posted(bot, USER, f"@everyone <@{fake.app_id}> /start", everyone=True)
    assert "not medical advice" in shown(fake.seen_by(USER))
    async with bot.coach.sessions() as session:
        assert await repo.find_user(session, "discord", str(USER)) is not None
