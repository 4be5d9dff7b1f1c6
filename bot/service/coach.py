"""The service every channel calls: one message in, replies out, one transaction per message.

Channels pass the sender and the text (a typed message or a button's action). Commands, answers
to the open question and free text are routed here, once, for every channel.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.clock import Clock
from bot.coach.plan import DayPlan
from bot.coach.protocol import ProtocolLibrary
from bot.coach.redflags import RedFlagVocabulary
from bot.protocol_files import default_red_flags
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
from bot.service.questions import Question
from bot.service.replies import Reply, UserKey
from bot.store import repo
from bot.store.models import User, UserSettings

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
# "Did I read that right?" (Question.FLAG) is settled in ``_answer``: an answer it does not use
# up is read again as the message it is.
ANSWERS: dict[str, Handler] = {
    Question.RUN_PAIN: reports.answer_run_pain,
    Question.RUN_STOPPED: reports.answer_run_stopped,
    Question.MORNING_PAIN: reports.answer_morning,
    Question.STAIRS: reports.answer_stairs,
    Question.STRENGTH_PAIN: reports.answer_strength,
    Question.TIMEZONE: onboarding.timezone,
    Question.TIMES: onboarding.times,
    Question.DELETE: account.answer_delete,
    Question.CLEARED_BY: referrals.answer_cleared_by,
    Question.CLEARED_WHEN: referrals.answer_cleared_when,
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
        red_flags: RedFlagVocabulary | None = None,
    ) -> None:
        self.sessions = sessions
        self.clock = clock
        self.protocols = protocols
        self.default_timezone = default_timezone
        self.red_flags = red_flags or default_red_flags()

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
            return await self._ctx(session, user, settings, self.clock.now()).plan()

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
            ctx = self._ctx(session, user, settings, now)
            settings.start_date = ctx.today
            log.info("user created", extra={"event": "user_created", "user_id": user.id})
            return ctx, True
        settings = await repo.user_settings(session, user.id)
        return self._ctx(session, user, settings, now), False

    def _ctx(
        self, session: AsyncSession, user: User, settings: UserSettings, now: datetime
    ) -> Context:
        return Context(session, user, settings, self.protocols, now, red_flags=self.red_flags)

    async def _route(self, ctx: Context, text: str, *, created: bool) -> list[Reply]:
        """Red flags are heard first in anything typed, whatever question is open; then
        /start and first messages, commands, answers to the open question, free text."""
        if not ctx.user.active:  # they blocked the bot, and are back: so are their reminders
            ctx.user.active = True
            await sync_user_slots(ctx)
        name, _, args = text.partition(" ")
        command = name[1:].split("@", 1)[0].lower() if name.startswith("/") else None
        if command is not None:
            # Only known command names are logged: anything else a user types stays private.
            known = command if command in COMMANDS or command == "start" else "unknown"
            log.info("command", extra={"event": f"cmd_{known}", "user_id": ctx.user.id})
        heard = [] if ctx.pressed else await referrals.hear(ctx, text)
        if heard:
            log.info("red flag heard", extra={"event": "red_flag_heard", "user_id": ctx.user.id})
        if created or command == "start":
            # A first message of any kind gets the welcome and disclaimer first.
            replies = await onboarding.start(ctx, args, created=created)
            if heard:
                return [*replies[:1], *heard] if created else heard
            if created and command not in (None, "start"):
                replies += await self._command(ctx, command, args)
            return replies
        if heard:
            return heard
        if command is not None:
            return await self._command(ctx, command, args)
        return await self._answer_or_free_text(ctx, text)

    async def _answer_or_free_text(self, ctx: Context, text: str) -> list[Reply]:
        pending = ctx.pending()
        name, _, args = text.partition(" ")
        if name == "ans":  # a button's answer, valid only for the question it was shown with
            number, _, value = args.partition(" ")
            if pending and str(pending.get("n")) == number:
                return await self._answer(ctx, pending, value)
            return [Reply(texts.STALE_ANSWER)]
        if pending:
            return await self._answer(ctx, pending, text)
        return referrals.note_if_symptom(ctx, text) or [Reply(texts.NOT_UNDERSTOOD)]

    async def _answer(self, ctx: Context, pending: dict[str, Any], value: str) -> list[Reply]:
        if pending.get("q") == Question.FLAG:
            replies, used = await referrals.settle_flag_question(ctx, value)
            if used:
                return replies
            return [*replies, *await self._answer_or_free_text(ctx, value)]
        handler = ANSWERS.get(str(pending.get("q")))
        if handler is None:
            ctx.clear_pending()
            return await self._answer_or_free_text(ctx, value)
        return await handler(ctx, value)

    async def _command(self, ctx: Context, command: str, args: str) -> list[Reply]:
        entry = COMMANDS.get(command)
        if entry is None:
            return [Reply(texts.UNKNOWN_COMMAND.format(value=texts.clip("/" + command)))]
        ctx.clear_pending()
        return await entry.handler(ctx, args)
