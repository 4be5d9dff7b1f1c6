"""The service every channel calls: one message in, replies out, one transaction per message.

Channels pass the sender and the text (a typed message or a button's action). It is routed
here, once, for every channel: red flags are heard first in anything typed; then /start and
first messages; then the first of commands, answers to the open question, the open onboarding
step and plain-word reports that takes it; else a helpful miss. Until the safety check is
answered, replies end with a reminder of it.
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
    heard,
    misses,
    natural,
    onboarding,
    onboarding_answers,
    parse,
    progress,
    referrals,
    reports,
    set_aside,
    texts,
)
from bot.service.context import DEFAULT_STRENGTH_TIME, DEFAULT_STRETCH_TIMES, Context
from bot.service.natural import RequestSaid, Understood, Unsure
from bot.service.questions import Question
from bot.service.replies import Reply, UserKey
from bot.store import repo
from bot.store.models import User, UserSettings

log = logging.getLogger(__name__)

# Longest text the coach reads; Telegram's own message limit, and plenty for any command.
MAX_INPUT_CHARS = 4096

Handler = Callable[[Context, str], Awaitable[list[Reply]]]
# A way of reading a message: its replies, or None when it is not this step's to answer.
Step = Callable[[Context, str], Awaitable[list[Reply] | None]]


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
        Command("undo", heard.undo, in_menu=False),
    ]
    return {c.name: c for c in table}


async def _help() -> list[Reply]:
    return [Reply(texts.help_text([c.name for c in COMMANDS.values() if c.in_menu]))]


COMMANDS = _command_table()
# What an unknown command is compared with for a suggestion.
SUGGESTABLE = ["start", *(c.name for c in COMMANDS.values() if c.in_menu)]
# Questions a pain score answers, also when said in words ("pain 3", "about 2/10").
PAIN_QUESTIONS = frozenset({Question.RUN_PAIN, Question.MORNING_PAIN, Question.STRENGTH_PAIN})

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


def _command_of(text: str) -> tuple[str | None, str]:
    """("today", args) for "/today@bot args"; (None, text) for anything not a command."""
    name, _, args = text.partition(" ")
    if not name.startswith("/"):
        return None, text
    return name[1:].split("@", 1)[0].lower(), args


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
        if not ctx.user.active:  # they blocked the bot, and are back: so are their reminders
            ctx.user.active = True
            await sync_user_slots(ctx)
        command, args = _command_of(text)
        if command is not None:
            # Only known command names are logged: anything else a user types stays private.
            known = command if command in COMMANDS or command == "start" else "unknown"
            log.info("command", extra={"event": f"cmd_{known}", "user_id": ctx.user.id})
        flags = [] if ctx.pressed else await referrals.hear(ctx, text)
        if flags:
            log.info("red flag heard", extra={"event": "red_flag_heard", "user_id": ctx.user.id})
        if created or command == "start":
            replies = await self._start(ctx, command, args, flags, created=created)
        else:
            replies = flags or await self._understand(ctx, text)
        reminder = onboarding.screen_reminder(ctx, replies)
        return [*replies, reminder] if reminder else replies

    async def _start(
        self, ctx: Context, command: str | None, args: str, flags: list[Reply], *, created: bool
    ) -> list[Reply]:
        """A first message of any kind gets the welcome and disclaimer first."""
        replies = await onboarding.start(ctx, args, created=created)
        if flags:
            return [*replies[:1], *flags] if created else flags
        if created and command not in (None, "start"):
            # The command is answered at once. The safety check comes last, so its buttons are
            # the ones a number answers, unless the command asked a question of its own.
            answered = await self._command(ctx, command, args)
            if ctx.pending() is not None:
                return [*replies, *answered]
            return [replies[0], *answered, *replies[1:]]
        return replies

    async def _understand(self, ctx: Context, text: str) -> list[Reply]:
        steps: tuple[Step, ...] = (
            self._by_command,
            self._by_answer,
            self._by_onboarding_step,
            self._by_natural,
        )
        for step in steps:
            replies = await step(ctx, text)
            if replies is not None:
                return replies
        # Words about the body get the signs that need a clinician; anything else, a guess.
        return referrals.note_if_symptom(ctx, text) or [misses.not_understood(text)]

    async def _by_command(self, ctx: Context, text: str) -> list[Reply] | None:
        command, args = _command_of(text)
        return None if command is None else await self._command(ctx, command, args)

    async def _by_answer(self, ctx: Context, text: str) -> list[Reply] | None:
        pending = ctx.pending()
        name, _, args = text.partition(" ")
        if name == "ans":  # a button's answer, valid only for the question it was shown with
            number, _, value = args.partition(" ")
            if pending and str(pending.get("n")) == number:
                return await self._answer(ctx, pending, value)
            return [Reply(texts.STALE_ANSWER)]
        return await self._answer(ctx, pending, text) if pending else None

    async def _answer(self, ctx: Context, pending: dict[str, Any], value: str) -> list[Reply]:
        if pending.get("q") == Question.FLAG:
            # "Did I read that right?": an answer it does not use up is read again as the
            # message it is.
            replies, used = await referrals.settle_flag_question(ctx, value)
            if used:
                return [*replies, *self._step_again(ctx)]
            return [*replies, *await self._understand(ctx, value)]
        handler = ANSWERS.get(str(pending.get("q")))
        if handler is None:
            ctx.clear_pending()
            return await self._understand(ctx, value)
        try:
            return await handler(ctx, value)
        except parse.BadInput as bad:
            return await self._answer_in_words(ctx, pending, handler, value, bad)

    async def _answer_in_words(
        self,
        ctx: Context,
        pending: dict[str, Any],
        handler: Handler,
        value: str,
        bad: parse.BadInput,
    ) -> list[Reply]:
        """Not the answer's usual form: a report or request said instead (the question is set
        aside, and the reply says so), or a pain score in words; else the usual complaint."""
        said = natural.understand(value)
        if said is not None and not isinstance(said, Unsure):
            notice = set_aside.notice(pending, "")
            ctx.clear_pending()
            replies = await self._natural(ctx, said)
            return [*replies, notice] if notice else replies
        score = natural.pain_score(value) if pending.get("q") in PAIN_QUESTIONS else None
        if score is None:
            raise bad
        return await handler(ctx, str(score))

    def _step_again(self, ctx: Context) -> list[Reply]:
        """The open onboarding step, asked again after a red flag was settled (the safety
        check reminds itself)."""
        step = ctx.user.onboarding_step
        if ctx.pending() is not None or step in (None, "screen"):
            return []
        return [onboarding.step_question(ctx, step)]

    async def _by_onboarding_step(self, ctx: Context, text: str) -> list[Reply] | None:
        step = ctx.user.onboarding_step
        if step is None:
            return None
        action = onboarding_answers.step_action(ctx, text)
        if action is not None:
            command, args = _command_of(action)
            return await self._command(ctx, command or "", args)
        said = natural.understand(text)
        if said is None:
            missed = referrals.note_if_symptom(ctx, text) or [Reply(texts.STEP_NOT_UNDERSTOOD)]
            return [*missed, onboarding.step_question(ctx, step)]
        replies = await self._natural(ctx, said)
        if step == "screen":
            return replies  # the safety check's reminder ends every reply
        return [*replies, onboarding.step_question(ctx, step)]

    async def _by_natural(self, ctx: Context, text: str) -> list[Reply] | None:
        said = natural.understand(text)
        return None if said is None else await self._natural(ctx, said)

    async def _natural(self, ctx: Context, said: Understood) -> list[Reply]:
        if isinstance(said, RequestSaid):
            command = heard.REQUEST_COMMANDS[said.want]
            replies = await self._command(ctx, command, "") if command else []
            return [*heard.request_line(said), *replies]
        if isinstance(said, Unsure):
            return heard.ask_back(said)
        return await heard.report(ctx, said)

    async def _command(self, ctx: Context, command: str, args: str) -> list[Reply]:
        entry = COMMANDS.get(command)
        if entry is None:
            return [misses.unknown_command(command, SUGGESTABLE)]
        notice = set_aside.notice(ctx.pending(), command)
        ctx.clear_pending()
        replies = await entry.handler(ctx, args)
        return [*replies, notice] if notice else replies
