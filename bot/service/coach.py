"""The service every channel calls: one message in, replies out, one transaction per message.

Channels pass the sender and the text (a typed message or a button's action). Commands, answers
to the open question and free text are routed here, once, for every channel.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import date

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.clock import Clock
from bot.coach.plan import DayPlan
from bot.coach.protocol import ProtocolLibrary
from bot.reminders import commands as reminder_commands
from bot.reminders.slots import stop_slots, sync_user_slots
from bot.service import (
    account,
    daily,
    onboarding,
    parse,
    progress,
    referrals,
    reports,
    texts,
)
from bot.service.context import DEFAULT_STRENGTH_TIME, DEFAULT_STRETCH_TIMES, Context
from bot.service.replies import Reply, UserKey
from bot.store import repo
from bot.store.models import UserSettings

log = logging.getLogger(__name__)

# Longest text the coach reads; Telegram's own message limit, and plenty for any command.
MAX_INPUT_CHARS = 4096

Handler = Callable[[Context, str], Awaitable[list[Reply]]]


@dataclass(frozen=True, slots=True)
class Command:
    name: str
    handler: Handler
    in_menu: bool = True  # listed by /help and in the channel's command menu


def _command_table() -> dict[str, Command]:
    table = [
        Command("today", daily.show_today),
        Command("done", daily.done),
        Command("run", reports.run),
        Command("morning", reports.morning),
        Command("strength", reports.strength),
        Command("symptom", referrals.symptom),
        Command("plan", daily.plan_status),
        Command("progress", progress.progress),
        Command("report", progress.report),
        Command("howto", daily.howto),
        Command("protocol", onboarding.protocol),
        Command("timezone", onboarding.timezone),
        Command("times", onboarding.times),
        Command("strengthtime", onboarding.strength_time),
        Command("pause", onboarding.pause),
        Command("resume", onboarding.resume),
        Command("cleared", referrals.cleared),
        Command("export", account.export),
        Command("delete", account.delete),
        Command("help", lambda _ctx, _args: _help()),
        Command("side", onboarding.side, in_menu=False),
        Command("screen", onboarding.screen, in_menu=False),
        Command("snooze", reminder_commands.snooze, in_menu=False),
        Command("skip", reminder_commands.skip, in_menu=False),
    ]
    return {c.name: c for c in table}


async def _help() -> list[Reply]:
    return [Reply(texts.help_text([c.name for c in COMMANDS.values() if c.in_menu]))]


COMMANDS = _command_table()

# Answers to the open question, by the question's name (``user.pending["q"]``).
ANSWERS: dict[str, Handler] = {
    "run_pain": reports.answer_run_pain,
    "run_stopped": reports.answer_run_stopped,
    "morning_pain": reports.answer_morning,
    "stairs": reports.answer_stairs,
    "strength_pain": reports.answer_strength,
    "timezone": onboarding.timezone,
    "times": onboarding.times,
    "flag": referrals.answer_flag,
    "delete": account.answer_delete,
}


def menu() -> list[tuple[str, str]]:
    """(command, one-line description) for a channel's command menu."""
    return [(c.name, texts.COMMAND_HELP[c.name]) for c in COMMANDS.values() if c.in_menu]


class CoachService:
    def __init__(
        self,
        sessions: async_sessionmaker[AsyncSession],
        clock: Clock,
        protocols: ProtocolLibrary,
        default_timezone: str = "UTC",
    ) -> None:
        self.sessions = sessions
        self.clock = clock
        self.protocols = protocols
        self.default_timezone = default_timezone

    async def handle(self, who: UserKey, text: str, *, pressed: bool = False) -> list[Reply]:
        """Answer one message or button press. Never returns an empty list.

        ``pressed``: the text is a button's action (a channel may then edit that message).
        Input that cannot be used rolls the whole transaction back: nothing stored changes,
        and the reply says what is accepted.
        """
        text = text.strip()[:MAX_INPUT_CHARS]
        async with self.sessions() as session:
            try:
                async with session.begin():
                    ctx, created = await self._context(session, who)
                    ctx.pressed = pressed
                    replies = await self._route(ctx, text, created=created)
            except parse.BadInput as bad:
                log.info("bad input", extra={"event": "bad_input", "channel": who.channel})
                return [Reply(str(bad))]
        return replies or [Reply(texts.NOT_UNDERSTOOD)]

    async def plan_for(self, who: UserKey) -> DayPlan | None:
        """Today's plan for a known user (read only), or None for someone never seen."""
        async with self.sessions() as session:
            user = await repo.find_user(session, who.channel, who.external_id)
            if user is None:
                return None
            settings = await repo.user_settings(session, user.id)
            return await Context(session, user, settings, self.protocols, self.clock.now()).plan()

    async def mark_inactive(self, who: UserKey) -> None:
        """The user blocked the bot: no sends and no reminders until they write again."""
        async with self.sessions() as session, session.begin():
            user = await repo.find_user(session, who.channel, who.external_id)
            if user is not None:
                user.active = False
                await stop_slots(session, user.id)
                log.info("user inactive", extra={"event": "user_inactive", "user_id": user.id})

    async def _context(self, session: AsyncSession, who: UserKey) -> tuple[Context, bool]:
        now = self.clock.now()
        user = await repo.lock_user(session, who.channel, who.external_id)  # one at a time

        created = None
        if user is None:
            created = await repo.add_user(session, who.channel, who.external_id, now)
            # None: another process created them just now; theirs is read, locked, below.
            user = created or await repo.lock_user(session, who.channel, who.external_id)
        if user is None:  # pragma: no cover - add_user found them, so they exist
            raise LookupError("user vanished while being created")
        if created is not None:
            settings = UserSettings(
                user_id=user.id,
                protocol_id=self.protocols.default.id,
                start_date=date.min,  # set below, once the zone gives a local date
                side="both",
                timezone=self.default_timezone,
                stretch_times=DEFAULT_STRETCH_TIMES,
                strength_time=DEFAULT_STRENGTH_TIME,
            )
            session.add(settings)
            ctx = Context(session, user, settings, self.protocols, now)
            settings.start_date = ctx.today
            log.info("user created", extra={"event": "user_created", "user_id": user.id})
            return ctx, True
        settings = await repo.user_settings(session, user.id)
        return Context(session, user, settings, self.protocols, now), False

    async def _route(self, ctx: Context, text: str, *, created: bool) -> list[Reply]:
        if not ctx.user.active:  # they blocked the bot, and are back: so are their reminders
            ctx.user.active = True
            await sync_user_slots(ctx)
        name, _, args = text.partition(" ")
        command = name[1:].split("@", 1)[0].lower() if name.startswith("/") else None
        if command is not None:
            # Only known command names are logged: anything else a user types stays private.
            known = command if command in COMMANDS or command == "start" else "unknown"
            log.info("command", extra={"event": f"cmd_{known}", "user_id": ctx.user.id})
        if created or command == "start":
            # A first message of any kind gets the welcome and disclaimer first.
            replies = await onboarding.start(ctx, args, created=created)
            if created and command not in (None, "start"):
                replies += await self._command(ctx, command, args)
            return replies
        if command is not None:
            return await self._command(ctx, command, args)
        pending = ctx.pending() or {}
        if name == "ans":
            number, _, value = args.partition(" ")
            if pending.get("q") and str(pending.get("n")) == number:
                return await ANSWERS[str(pending["q"])](ctx, value)
            return [Reply(texts.STALE_ANSWER)]
        if pending.get("q") in ANSWERS:
            return await ANSWERS[str(pending["q"])](ctx, text)
        return referrals.check_free_text(ctx, text) or [Reply(texts.NOT_UNDERSTOOD)]

    async def _command(self, ctx: Context, command: str, args: str) -> list[Reply]:
        entry = COMMANDS.get(command)
        if entry is None:
            return [Reply(texts.UNKNOWN_COMMAND.format(value=texts.clip("/" + command)))]
        ctx.clear_pending()
        return await entry.handler(ctx, args)
