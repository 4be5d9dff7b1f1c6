"""The questions the coach can leave open, and how each is asked, so any of them can be asked
again after something more important (a red flag) came in between."""

from __future__ import annotations

from enum import StrEnum
from typing import Any

from bot.service import keyboards, texts
from bot.service.context import Context
from bot.service.replies import Reply


class Question(StrEnum):
    RUN_PAIN = "run_pain"
    RUN_STOPPED = "run_stopped"
    MORNING_PAIN = "morning_pain"
    STAIRS = "stairs"
    STRENGTH_PAIN = "strength_pain"
    TIMEZONE = "timezone"
    TIMES = "times"
    DELETE = "delete"
    FLAG = "flag"  # "Did I read that right?" after a red flag was heard
    CLEARED_BY = "cleared_by"
    CLEARED_WHEN = "cleared_when"


# Keys of a stored question that belong to the question itself, not to its data.
_OWN_KEYS = ("q", "n", "at")


def prompt(ctx: Context, question: str, n: int) -> Reply | None:
    """The question ``question`` as first asked, with answer buttons numbered ``n``."""
    if question in (Question.RUN_PAIN, Question.MORNING_PAIN, Question.STRENGTH_PAIN):
        text = {
            Question.RUN_PAIN: texts.ASK_RUN_PAIN,
            Question.MORNING_PAIN: texts.ASK_MORNING,
            Question.STRENGTH_PAIN: texts.ASK_STRENGTH_PAIN,
        }[Question(question)]
        return Reply(text, keyboards.pain_keypad(n))
    if question == Question.RUN_STOPPED:
        return Reply(texts.ASK_RUN_STOPPED, keyboards.yes_no(n))
    if question == Question.STAIRS:
        return Reply(texts.ASK_STAIRS, keyboards.yes_no(n))
    if question == Question.DELETE:
        return Reply(texts.DELETE_CONFIRM, keyboards.confirm_delete(n))
    if question == Question.TIMEZONE:
        return Reply(texts.ASK_TIMEZONE, keyboards.keep_timezone(ctx.settings.timezone))
    if question == Question.TIMES:
        times = texts.times_list(ctx.settings.stretch_times)
        return Reply(
            texts.ASK_TIMES.format(times=times, strength=ctx.settings.strength_time),
            keyboards.keep_times(ctx.settings.stretch_times),
        )
    if question == Question.CLEARED_BY:
        return Reply(texts.ASK_CLEARED_BY, keyboards.cleared_by(n))
    if question == Question.CLEARED_WHEN:
        return Reply(texts.ASK_CLEARED_WHEN, keyboards.cleared_when(n))
    return None


def ask(ctx: Context, question: Question, **data: Any) -> Reply:
    """Open ``question`` (with ``data`` for its answer) and return it as asked."""
    reply = prompt(ctx, question, ctx.ask(question, **data))
    if reply is None:  # only FLAG has no fixed prompt: referrals.hear words it each time
        raise LookupError(question)
    return reply


def data_of(pending: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in pending.items() if k not in _OWN_KEYS}


def reopen(ctx: Context, pending: dict[str, Any]) -> int:
    """Make ``pending`` the open question again (with a fresh number); returns the number."""
    return ctx.ask(str(pending["q"]), **data_of(pending))


def ask_again(ctx: Context, pending: dict[str, Any] | None) -> list[Reply]:
    """Reopen an earlier question and ask it again; [] when there was none."""
    if not pending or not pending.get("q"):
        return []
    n = reopen(ctx, pending)
    reply = prompt(ctx, str(pending["q"]), n)
    if reply is None:
        return []
    return [Reply(texts.ASKING_AGAIN + reply.text, reply.buttons)]
