"""The service every channel calls: one message in, replies out, one transaction per message.

Channels pass the sender and the text (a typed message or a button's action); the user is
loaded and locked here and the message goes to :mod:`bot.service.routing`, the same for every
channel.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import AsyncIterator
from dataclasses import dataclass, replace
from datetime import datetime
from zoneinfo import ZoneInfo

from bot import texts
from bot.clock import Clock
from bot.coach.answers import AnswerBook
from bot.coach.plan import DayPlan
from bot.coach.protocol import ProtocolLibrary
from bot.coach.records import RunRecord
from bot.coach.redflags import RedFlagVocabulary
from bot.protocol_files import default_answers, default_red_flags
from bot.service import hearing, language_choice, parse, reopen, routing
from bot.service.context import DEFAULT_STRENGTH_TIME, DEFAULT_STRETCH_TIMES, Context
from bot.service.language_choice import spoken
from bot.service.pending import Question
from bot.service.ports import OpensUnitsOfWork, SettingsRecord, UnitOfWork, UserRecord
from bot.service.replies import Reply, UserKey
from bot.texts import language

log = logging.getLogger(__name__)

# Longest text the coach reads as a report or command (longer: see bot.service.hearing).
MAX_INPUT_CHARS = hearing.MAX_READ_CHARS


@dataclass(frozen=True, slots=True)
class RunnerView:
    plan: DayPlan
    question: Question | None  # the open question, if any
    runs: tuple[RunRecord, ...]  # oldest first, each with its judgement as it stands now


class CoachService:
    def __init__(
        self,
        units: OpensUnitsOfWork,
        clock: Clock,
        protocols: ProtocolLibrary,
        default_timezone: str = "UTC",
        red_flags: RedFlagVocabulary | None = None,
        *,
        state_snapshots: bool = True,
        answers: AnswerBook | None = None,
    ) -> None:
        self.units = units  # opens one unit of work (one transaction) per message
        # False: every message replays the runner's whole history (the benchmark's baseline).
        self.state_snapshots = state_snapshots
        self.clock = clock
        self.protocols = protocols
        self.default_timezone = default_timezone
        self.red_flags = red_flags or default_red_flags()
        self.answers = answers or default_answers()

    async def handle(self, who: UserKey, text: str, *, pressed: bool = False) -> list[Reply]:
        """Answer one message or button press. Never returns an empty list.

        ``pressed``: the text is a button's action (a channel may then edit that message).
        Input that cannot be used rolls the whole transaction back: nothing stored changes,
        and the reply says what is accepted.
        """
        text = text.strip()
        refused = hearing.unheard(text)  # never cut: read in full or refused, and said so
        if refused is not None:
            log.info("too long", extra={"event": "message_too_long", "channel": who.channel})
            with language.use(await self.language_of(who)) as speaks:  # the runner's language
                return _worded([hearing.unheard(text) or refused], speaks)
        speaks = language.current()
        try:
            async with self.units() as uow:
                ctx, created = await self._context(uow, who)
                ctx.pressed = pressed
                speaks = spoken(ctx.user)
                with language.use(speaks):  # every reply worded in the runner's language
                    replies = await routing.route(ctx, text, created=created)
                speaks = spoken(ctx.user)  # /language may have changed it
        except parse.BadInput as bad:
            log.info("bad input", extra={"event": "bad_input", "channel": who.channel})
            return _worded([Reply(str(bad))], speaks)
        with language.use(speaks):
            return _worded(replies or [Reply(texts.account.NOT_UNDERSTOOD)], speaks)

    async def plan_for(self, who: UserKey) -> DayPlan | None:
        """Today's plan for a known user (read only), or None for someone never seen."""
        async with self._reading(who) as ctx:
            return await ctx.plan() if ctx else None

    async def look(self, who: UserKey) -> RunnerView | None:
        """Where a known user stands (read only): today's plan, the open question and their
        runs with the judgement each stands at; None for someone never seen."""
        async with self._reading(who) as ctx:
            if ctx is None:
                return None
            pending = ctx.pending()
            runs = (await ctx.full_history()).runs
            return RunnerView(await ctx.plan(), pending.question if pending else None, runs)

    async def waiting(self, who: UserKey) -> list[Reply]:
        """The question a known user left open, as asked (read only); [] when none waits or
        the user was never seen (:mod:`bot.service.reopen`)."""
        async with self._reading(who) as ctx:
            if ctx is None:
                return []
            with language.use(spoken(ctx.user)) as speaks:
                return _worded(reopen.open_question(ctx), speaks)

    async def language_of(self, who: UserKey) -> str | None:
        """A known runner's language (read only); else what their client says, if anything.
        Channels word their own lines in it (a failure, a notice) as the service words its."""
        async with self.units() as uow:
            user = await uow.find_user(who.channel, who.external_id)
        return spoken(user) if user is not None else (who.language or language.current())

    @contextlib.asynccontextmanager
    async def _reading(self, who: UserKey) -> AsyncIterator[Context | None]:
        """A known user's context for a read that writes nothing (not even the state
        snapshot), or None for someone never seen."""
        async with self.units() as uow:
            user = await uow.find_user(who.channel, who.external_id)
            if user is None:
                yield None
                return
            settings = await uow.settings(user.id)
            ctx = self._ctx(uow, user, settings, self.clock.now())
            ctx.save_snapshot = False
            yield ctx

    async def mark_inactive(self, who: UserKey) -> None:
        """The user blocked the bot: no sends and no reminders until they write again."""
        async with self.units() as uow:
            user = await uow.find_user(who.channel, who.external_id)
            if user is not None:
                user.active = False
                await uow.reminders.stop_slots(user.id)
                log.info("user inactive", extra={"event": "user_inactive", "user_id": user.id})

    async def _context(self, uow: UnitOfWork, who: UserKey) -> tuple[Context, bool]:
        now = self.clock.now()
        user = await uow.lock_user(who.channel, who.external_id)  # one at a time

        created = None
        if user is None:
            created = await uow.add_user(who.channel, who.external_id, now)
            # None: another process created them just now; theirs is read, locked, below.
            user = created or await uow.lock_user(who.channel, who.external_id)
        if user is None:  # pragma: no cover - add_user found them, so they exist
            raise LookupError("user vanished while being created")
        if created is not None:
            created.language = language_choice.first_language(who.language)
            settings = await uow.add_settings(
                user.id,
                protocol_id=self.protocols.default.id,
                start_date=now.astimezone(ZoneInfo(self.default_timezone)).date(),
                side="both",
                timezone=self.default_timezone,
                stretch_times=DEFAULT_STRETCH_TIMES,
                strength_time=DEFAULT_STRENGTH_TIME,
            )
            log.info("user created", extra={"event": "user_created", "user_id": user.id})
            return self._ctx(uow, user, settings, now), True
        settings = await uow.settings(user.id)
        return self._ctx(uow, user, settings, now), False

    def _ctx(
        self, uow: UnitOfWork, user: UserRecord, settings: SettingsRecord, now: datetime
    ) -> Context:
        return Context(
            uow,
            user,
            settings,
            self.protocols,
            now,
            red_flags=self.red_flags,
            answers=self.answers,
            snapshots=self.state_snapshots,
        )


def _worded(replies: list[Reply], code: str | None) -> list[Reply]:
    """The replies marked with the language they are worded in, so a channel words its own
    lines around them (the console's "file saved") the same way."""
    return [replace(reply, language=code or language.SOURCE) for reply in replies]
