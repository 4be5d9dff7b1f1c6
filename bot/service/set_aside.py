"""No silent drops: when a command replaces a question that owes a pain rating, say so and
how to answer it later."""

from __future__ import annotations

from bot import texts
from bot.service.pending import Pending, Question, RunSoFar
from bot.service.replies import Reply

# The command that answers each owed question itself: no notice when it is the one typed.
ANSWERED_BY = {
    Question.RUN_PAIN: "run",
    Question.RUN_STOPPED: "run",
    Question.MORNING_PAIN: "morning",
    Question.STRENGTH_PAIN: "strength",
}


def notice(pending: Pending | None, command: str) -> Reply | None:
    """The notice for ``command`` replacing the open question ``pending``, or None when no
    pain rating is owed or the command answers it."""
    if pending is None or ANSWERED_BY.get(pending.question, command) == command:
        return None
    what, how = texts.conversation.SET_ASIDE_WHAT[pending.question]
    run = pending.about(RunSoFar)
    pain = run.pain if run and run.pain is not None else "N"
    return Reply(texts.conversation.SET_ASIDE.format(what=what, how=how.format(pain=pain)))
