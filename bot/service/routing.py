"""How one message is read and who answers it, the same for every channel.

:func:`read` turns the text into one typed message: a :class:`Command`, a button's
:class:`Answer`, plain words the coach :class:`Said` it understood (a report, a request, or a
doubt to ask back), or :class:`FreeText`. :data:`ROUTES` is the table from a message's type to
its handler. Before it, red flags are heard in anything typed, and a first message (or /start)
gets the welcome; after it, until the safety check is answered, replies end with a reminder.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

from bot import texts
from bot.service import (
    account,
    announce,
    answering,
    clearance,
    everyday,
    everyday_use,
    heard,
    hearing,
    language_choice,
    misses,
    natural,
    onboarding,
    onboarding_answers,
    parse,
    pause,
    referrals,
    reports,
    return_check,
    set_aside,
    unplaced,
)
from bot.service.commands import ALIASES, COMMANDS, SUGGESTABLE, Handler, canonical
from bot.service.context import Context
from bot.service.everyday import (
    CorrectionSaid,
    Everyday,
    OnDaySaid,
    SeveralSaid,
    SkipSaid,
    StairsSaid,
)
from bot.service.natural import AwaySaid, RequestSaid, Understood, Unsure
from bot.service.pending import Pending, Question
from bot.service.questions import ask_again
from bot.service.replies import Reply
from bot.texts import language

log = logging.getLogger(__name__)

# Answers to the open question, by the question (``ctx.pending().question``).
# "Did I read that right?" (Question.FLAG) is settled in ``_answer``: an answer it does not use
# up is read again as the message it is.
ANSWERS: dict[Question, Handler] = {
    Question.RUN_PAIN: reports.answer_run_pain,
    Question.RUN_STOPPED: reports.answer_run_stopped,
    Question.MORNING_PAIN: reports.answer_morning,
    Question.STAIRS: reports.answer_stairs,
    Question.STRENGTH_PAIN: reports.answer_strength,
    Question.TIMEZONE: onboarding.timezone,
    Question.TIMES: onboarding.times,
    Question.DELETE: account.answer_delete,
    Question.CLEARED_BY: clearance.answer_cleared_by,
    Question.CLEARED_WHEN: clearance.answer_cleared_when,
    Question.CLEARED_OK: clearance.answer_cleared_ok,
    Question.RETURN_CHECK: return_check.answer,
}
# Questions whose answer, when not theirs, is read again as the message it is.
SETTLE = {Question.FLAG: referrals.settle_flag_question, Question.BODY: unplaced.settle}
# Questions a pain score answers, also when said in words ("pain 3", "about 2/10").
PAIN_QUESTIONS = frozenset({Question.RUN_PAIN, Question.MORNING_PAIN, Question.STRENGTH_PAIN})


@dataclass(frozen=True, slots=True)
class Command:
    """``/name args`` (``/name@bot`` too)."""

    name: str
    args: str


@dataclass(frozen=True, slots=True)
class Answer:
    """A button's answer, ``ans <question number> <value>``: valid only for that question."""

    number: str
    value: str


@dataclass(frozen=True, slots=True)
class Said:
    """Plain words the coach understood: a report, a request, or something to ask back."""

    text: str
    said: Understood | Everyday


@dataclass(frozen=True, slots=True)
class FreeText:
    """Anything else typed: an answer to the open question, an onboarding step, or a miss."""

    text: str


Message = Command | Answer | Said | FreeText | hearing.TooLong
EVERYDAY = (CorrectionSaid, SkipSaid, StairsSaid, SeveralSaid, OnDaySaid)


def read(text: str, *, pressed: bool = False) -> Message:
    """The message ``text`` is; reading it stores nothing. ``ans <n> <value>`` is an answer
    only from a button (``pressed``): typed, it is the runner's words."""
    too_long = hearing.too_long(text)
    if too_long is not None:
        return too_long
    name, _, args = text.partition(" ")
    if name.startswith("/"):
        return Command(canonical(name[1:].split("@", 1)[0].lower()), args)
    if language_choice.named(text):  # "Español" alone: the language's own name
        return Command("language", text)
    if name == "ans" and pressed:
        number, _, value = args.partition(" ")
        return Answer(number, value)
    said = everyday.understand(text) or natural.understand(text)
    return FreeText(text) if said is None else Said(text, said)


async def route(ctx: Context, text: str, *, created: bool) -> list[Reply]:
    """Every message: red flags first, then the welcome or the handler of its type."""
    if not ctx.user.active:  # they blocked the bot, and are back: so are their reminders
        ctx.user.active = True
        await ctx.write_slots()
    message = read(text, pressed=ctx.pressed)
    if isinstance(message, Command):
        # Only known command names are logged: anything else a user types stays private.
        known = message.name if message.name in COMMANDS or message.name == "start" else "unknown"
        log.info("command", extra={"event": f"cmd_{known}", "user_id": ctx.user.id})
    flags = [] if ctx.pressed else await referrals.hear(ctx, text)
    if flags:
        log.info("red flag heard", extra={"event": "red_flag_heard", "user_id": ctx.user.id})
    starting = isinstance(message, Command) and message.name == "start"
    if created or starting:
        replies = await _start(ctx, message, flags, created=created)
    else:
        # What changed since it was last told comes first, read before the message changes
        # anything (a /delete leaves nothing to read after it).
        news = [] if flags else await announce.news(ctx)
        replies = flags or [*news, *await _handle(ctx, message)]
    with language.use(language_choice.spoken(ctx.user)):  # /language may have changed it
        reminder = onboarding.screen_reminder(ctx, replies)
    return [*replies, reminder] if reminder else replies


async def _start(
    ctx: Context, message: Message, flags: list[Reply], *, created: bool
) -> list[Reply]:
    """A first message of any kind gets the welcome and disclaimer first."""
    command = message if isinstance(message, Command) else None
    replies = await onboarding.start(ctx, command.args if command else "", created=created)
    if flags:
        return [*replies[:1], *flags] if created else flags
    if created and command is not None and command.name != "start":
        # The command is answered at once. The safety check comes last, so its buttons are
        # the ones a number answers, unless the command asked a question of its own.
        answered = await run_command(ctx, command.name, command.args)
        if ctx.pending() is not None:
            return [*replies, *answered]
        return [replies[0], *answered, *replies[1:]]
    return replies


async def understand(ctx: Context, text: str) -> list[Reply]:
    """The reply to ``text`` by the handler its type names (red flags already heard)."""
    return await _handle(ctx, read(text))


async def _handle(ctx: Context, message: Message) -> list[Reply]:
    handle: Callable[[Context, Any], Awaitable[list[Reply]]] = ROUTES[type(message)]
    return await handle(ctx, message)


async def _on_command(ctx: Context, message: Command) -> list[Reply]:
    return await run_command(ctx, message.name, message.args)


async def _on_answer(ctx: Context, message: Answer) -> list[Reply]:
    pending = ctx.pending()
    if pending and str(pending.number) == message.number:
        return await _answer(ctx, pending, message.value)
    return [Reply(texts.account.STALE_ANSWER)]


async def _on_words(ctx: Context, message: Said | FreeText) -> list[Reply]:
    """Typed words: an answer to the open question first, then the open onboarding step,
    then a plain-word report or request, then a question the coach can answer; words about
    the body sorted three ways (ordinary ITB talk acknowledged, body talk the coach cannot
    place held, CLINICAL.md §5 v3); anything else, the nearest questions and commands."""
    pending = ctx.pending()
    if pending:
        return await _answer(ctx, pending, message.text)
    if ctx.user.onboarding_step is not None:
        return await _on_onboarding_step(ctx, message)
    if isinstance(message, Said) and not _unsure_elsewhere(ctx, message):
        if not isinstance(message.said, Unsure):
            return await _reported(ctx, message.text, message.said)
        # A doubt to ask back about: an answer about the body first (questions come after
        # reports and requests; red flags were heard before).
        return await answering.answer(ctx, message.text, only_body=True) or await _natural(
            ctx, message.said
        )
    missed = misses.not_understood(message.text, ctx.answers)
    return await _asked_or_placed(ctx, message.text) or [missed]


def _unsure_elsewhere(ctx: Context, message: Said) -> bool:
    """Words asked back about ("knee sore": when?), a report with no score, or the stairs in
    words, that speak of pain in another place or in vague words ("feels funny"): body talk
    the coach cannot place (CLINICAL.md §5 v3, §7)."""
    said = message.said
    vague = isinstance(said, Unsure | StairsSaid) or getattr(said, "pain", 0) is None
    return vague and unplaced.not_a_report(ctx, message.text)


async def _reported(ctx: Context, text: str, said: Understood | Everyday) -> list[Reply]:
    """A report or request, and when its words also speak of pain in another place or in
    vague words ("back of my knee aches, 4/10 after 6k"), the hold with its screen: the score
    is recorded, and the place is not where ITB pain is (CLINICAL.md §5 v3, §7)."""
    return await _and_held(ctx, text, await _natural(ctx, said))


async def _and_held(ctx: Context, text: str, replies: list[Reply]) -> list[Reply]:
    """``replies``, and the hold with its screen when ``text`` speaks of pain in another place
    or in vague words and nothing holds yet."""
    if _held(ctx) or not unplaced.not_a_report(ctx, text):
        return replies
    return [*replies, *await unplaced.place(ctx, text)]


def _held(ctx: Context) -> bool:
    pending = ctx.pending()
    return pending is not None and pending.question is Question.BODY


async def _asked_or_placed(ctx: Context, text: str, *, only_questions: bool = False) -> list[Reply]:
    """A question's answer and, when the words are also body talk the coach cannot place, the
    hold (an answer never hides one); words with no answer are sorted three ways alone."""
    answered = await answering.answer(ctx, text, only_questions=only_questions)
    if answered and (_held(ctx) or not unplaced.sort(ctx, text).holds):
        return answered
    return [*answered, *await unplaced.place(ctx, text)]


ROUTES: dict[type[Message], Callable[[Context, Any], Awaitable[list[Reply]]]] = {
    Command: _on_command,
    Answer: _on_answer,
    Said: _on_words,
    FreeText: _on_words,
    hearing.TooLong: hearing.on_too_long,
}


async def _answer(ctx: Context, pending: Pending, value: str) -> list[Reply]:
    settle = SETTLE.get(pending.question)
    if settle is not None:
        # "Did I read that right?", the screen after unplaced body talk: an answer it does not
        # use up is read again as the message it is.
        replies, used = await settle(ctx, value)
        if used:
            return [*replies, *_step_again(ctx)]
        if referrals.adds_or_worsens(value) and isinstance(read(value), FreeText):
            # "no, it's worse than that": the flag stays; its words are still sorted (body
            # talk the coach cannot place holds too), never answered as not understood.
            placed = await unplaced.place(ctx, value)
            still = ctx.pending()  # the question the flag set aside, reopened
            again = _step_again(ctx) if still is None or _held(ctx) else ask_again(ctx, still)
            return [*replies, *placed, *again]
        return [*replies, *await understand(ctx, value)]
    handler = ANSWERS.get(pending.question)
    if handler is None:
        ctx.clear_pending()
        return await understand(ctx, value)
    try:
        return await handler(ctx, value)
    except parse.BadInput as bad:
        return await _answer_in_words(ctx, pending, handler, value, bad)


async def _answer_in_words(
    ctx: Context, pending: Pending, handler: Handler, value: str, bad: parse.BadInput
) -> list[Reply]:
    """Not the answer's usual form: a report or request said instead (the question is set
    aside, and the reply says so), a pain score in words, or a question the coach answers
    before asking its own again; else the usual complaint."""
    said = natural.understand(value)
    if (
        said is not None
        and not isinstance(said, Unsure)
        and not _unsure_elsewhere(ctx, Said(value, said))
    ):
        notice = set_aside.notice(pending, "")
        ctx.clear_pending()
        replies = await _reported(ctx, value, said)
        return [*replies, notice] if notice else replies
    score = natural.pain_score(value) if pending.question in PAIN_QUESTIONS else None
    if score is not None:
        return await _and_held(ctx, value, await handler(ctx, str(score)))
    # A question put to the coach, or body talk the coach cannot place (which holds, whatever
    # is asked): answered, then the coach's own question asked again after it.
    replies = await _asked_or_placed(ctx, value, only_questions=True)
    if not replies:
        raise bad
    return replies if _held(ctx) else [*replies, *ask_again(ctx, pending)]


def _step_again(ctx: Context) -> list[Reply]:
    """The open onboarding step, asked again after a red flag was settled (the safety check
    reminds itself)."""
    step = ctx.user.onboarding_step
    if ctx.pending() is not None or step in (None, "screen"):
        return []
    return [onboarding.step_question(ctx, step)]


async def _on_onboarding_step(ctx: Context, message: Said | FreeText) -> list[Reply]:
    step = ctx.user.onboarding_step
    assert step is not None
    action = onboarding_answers.step_action(ctx, message.text)
    if action is not None:
        command = read(action)  # a button's action: a command
        if isinstance(command, Command):
            return await run_command(ctx, command.name, command.args)
        return await run_command(ctx, "", action)
    if isinstance(message, FreeText) or _unsure_elsewhere(ctx, message):
        missed = await _asked_or_placed(ctx, message.text, only_questions=True) or [
            Reply(texts.conversation.STEP_NOT_UNDERSTOOD)
        ]
        if ctx.pending() is not None:
            return missed  # the screen's answers must stay the buttons a number answers
        return [*missed, onboarding.step_question(ctx, step)]
    replies = await _reported(ctx, message.text, message.said)
    if step == "screen":
        return replies  # the safety check's reminder ends every reply
    return [*replies, onboarding.step_question(ctx, step)]


async def _natural(ctx: Context, said: Understood | Everyday) -> list[Reply]:
    if isinstance(said, AwaySaid):
        return await pause.away(ctx, said)
    if isinstance(said, EVERYDAY):
        return await everyday_use.act(ctx, said)
    if isinstance(said, RequestSaid):
        command = heard.REQUEST_COMMANDS[said.want]
        replies = await run_command(ctx, command, "") if command else []
        return [*heard.request_line(said), *replies]
    if isinstance(said, Unsure):
        return heard.ask_back(said)
    return await heard.report(ctx, said)


async def run_command(ctx: Context, name: str, args: str) -> list[Reply]:
    entry = COMMANDS.get(name)
    if entry is None:
        return [misses.unknown_command(name, SUGGESTABLE, ALIASES.get(language.current(), {}))]
    notice = set_aside.notice(ctx.pending(), name)
    ctx.clear_pending()
    replies = await entry.handler(ctx, args)
    return [*replies, notice] if notice else replies
