"""The return-to-run check (CLINICAL.md §3 v3 [default]): before the first walk-run of the
return phase, one checklist of yes/no taps (a brisk walk, single-leg squats, single-leg hops on
the painful side, each at pain <= 2/10). All yes: stage 1 starts that day. Any no: build goes
on, and the check is offered again after 3 more strength sessions; two failed checks a week
apart refer to a clinician (R7's advice). The answers are stored, exported and reported."""

from __future__ import annotations

from bot import texts
from bot.coach import thresholds as t
from bot.coach.records import RETURN_CHECK_CAUSE
from bot.service import parse, questions
from bot.service.context import Context
from bot.service.pending import CheckSoFar, Question
from bot.service.referrals import raise_referral
from bot.service.replies import Reply

ITEMS = 3  # brisk walk, single-leg squats, single-leg hops (texts.ladder.RETURN_CHECK_ITEMS)


async def start(ctx: Context, _args: str) -> list[Reply]:
    """``/returncheck``: the checklist's first question, when the check is due."""
    state = await ctx.state()
    if not state.return_check_due or state.referral is not None:
        return [Reply(texts.ladder.RETURN_CHECK_NOT_DUE)]
    return [questions.ask(ctx, Question.RETURN_CHECK, CheckSoFar())]


async def answer(ctx: Context, value: str) -> list[Reply]:
    ok = parse.yes_no(value)
    pending = ctx.pending()
    so_far = (pending.about(CheckSoFar) if pending else None) or CheckSoFar()
    answers = (*so_far.answers, ok)
    if len(answers) < ITEMS:
        return [questions.ask(ctx, Question.RETURN_CHECK, CheckSoFar(answers))]
    ctx.clear_pending()
    state = await ctx.state()
    if not state.return_check_due:
        return [Reply(texts.ladder.RETURN_CHECK_NOT_DUE)]
    walk, squats, hops = answers[:ITEMS]
    await ctx.uow.record_return_check(ctx.user.id, ctx.today, ctx.now, (walk, squats, hops))
    if all(answers):
        return [Reply(texts.ladder.RETURN_CHECK_PASSED.format(pain=t.RETURN_CHECK_PAIN_MAX))]
    first = state.check_failed_on
    if first is not None and (ctx.today - first).days >= t.RETURN_CHECK_REFER_DAYS:
        reason = texts.ladder.RETURN_CHECK_REFER.format(days=t.RETURN_CHECK_REFER_DAYS)
        return await raise_referral(ctx, RETURN_CHECK_CAUSE, reason, source="rule")
    return [Reply(texts.ladder.RETURN_CHECK_FAILED.format(n=t.RETURN_CHECK_RETRY_SESSIONS))]
