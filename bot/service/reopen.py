"""What a runner coming back to a channel sees first: the question left open (a pain rating,
a yes or no, a set-up step) as it was asked, so a restarted console shows that question rather
than the first-time greeting. Read only: the question keeps its number, its buttons still
answer it."""

from __future__ import annotations

from bot.service import questions
from bot.service.context import Context
from bot.service.onboarding import step_question
from bot.service.replies import Reply


def open_question(ctx: Context) -> list[Reply]:
    """The open question as asked, else the open set-up step; [] when nothing waits."""
    pending = ctx.pending()
    if pending is not None:
        reply = questions.prompt(ctx, pending.question, pending.number)
        if reply is not None:
            return [reply]
    step = ctx.user.onboarding_step
    return [step_question(ctx, step)] if step is not None else []
