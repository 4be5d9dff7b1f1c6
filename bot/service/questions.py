"""The questions the coach can leave open, and how each is asked, so any of them can be asked
again after something more important (a red flag) came in between."""

from __future__ import annotations

from bot import texts
from bot.service import keyboards
from bot.service.context import Context
from bot.service.pending import AnswerData, CheckSoFar, Pending, Question
from bot.service.replies import Reply


def prompt(ctx: Context, question: Question, n: int) -> Reply | None:
    """The question ``question`` as first asked, with answer buttons numbered ``n``."""
    if question in (Question.RUN_PAIN, Question.MORNING_PAIN, Question.STRENGTH_PAIN):
        text = {
            Question.RUN_PAIN: texts.reports.ASK_RUN_PAIN,
            Question.MORNING_PAIN: texts.reports.ASK_MORNING,
            Question.STRENGTH_PAIN: texts.reports.ASK_STRENGTH_PAIN,
        }[question]
        return Reply(text, keyboards.pain_keypad(n))
    if question == Question.RUN_STOPPED:
        return Reply(texts.reports.ASK_RUN_STOPPED, keyboards.yes_no(n))
    if question == Question.STAIRS:
        return Reply(texts.reports.ASK_STAIRS, keyboards.yes_no(n))
    if question == Question.DELETE:
        return Reply(texts.account.DELETE_CONFIRM, keyboards.confirm_delete(n))
    if question == Question.TIMEZONE:
        rows = keyboards.keep_timezone(ctx.settings.timezone)
        return Reply(texts.onboarding.ASK_TIMEZONE, rows, asks_location=True)
    if question == Question.TIMES:
        times = texts.common.times_list(ctx.settings.stretch_times)
        return Reply(
            texts.onboarding.ASK_TIMES.format(times=times, strength=ctx.settings.strength_time),
            keyboards.keep_times(ctx.settings.stretch_times),
        )
    if question == Question.CLEARED_BY:
        return Reply(texts.safety.ASK_CLEARED_BY, keyboards.cleared_by(n))
    if question == Question.CLEARED_WHEN:
        return Reply(texts.safety.ASK_CLEARED_WHEN, keyboards.cleared_when(n))
    if question == Question.RETURN_CHECK:
        pending = ctx.pending()
        so_far = (pending.about(CheckSoFar) if pending else None) or CheckSoFar()
        item = texts.ladder.return_check_item(len(so_far.answers))
        return Reply(item, keyboards.yes_no(n))
    if question == Question.CLEARED_OK:
        return Reply(texts.ladder.ASK_CLEARED_OK, keyboards.yes_no(n))
    return None


def ask(ctx: Context, question: Question, data: AnswerData | None = None) -> Reply:
    """Open ``question`` (with ``data`` for its answer) and return it as asked."""
    reply = prompt(ctx, question, ctx.ask(question, data))
    if reply is None:  # only FLAG has no fixed prompt: referrals.hear words it each time
        raise LookupError(question)
    return reply


def reopen(ctx: Context, pending: Pending) -> int:
    """Make ``pending`` the open question again (with a fresh number); returns the number."""
    return ctx.ask(pending.question, pending.data)


def ask_again(ctx: Context, pending: Pending | None) -> list[Reply]:
    """Reopen an earlier question and ask it again; [] when there was none."""
    if pending is None:
        return []
    n = reopen(ctx, pending)
    reply = prompt(ctx, pending.question, n)
    if reply is None:
        return []
    return [Reply(texts.safety.ASKING_AGAIN + reply.text, reply.buttons)]
