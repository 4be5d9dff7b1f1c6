"""No silent drops: when a command replaces a question that owes a pain rating, say so and
how to answer it later."""

from __future__ import annotations

from typing import Any

from bot.service import texts
from bot.service.replies import Reply

# The command that answers each owed question itself: no notice when it is the one typed.
ANSWERED_BY = {
    "run_pain": "run",
    "run_stopped": "run",
    "morning_pain": "morning",
    "strength_pain": "strength",
}


def notice(pending: dict[str, Any] | None, command: str) -> Reply | None:
    """The notice for ``command`` replacing the open question ``pending``, or None when no
    pain rating is owed or the command answers it."""
    question = (pending or {}).get("q")
    if question not in ANSWERED_BY or ANSWERED_BY[question] == command:
        return None
    what, how = texts.SET_ASIDE_WHAT[question]
    pain = (pending or {}).get("pain", "N")
    return Reply(texts.SET_ASIDE.format(what=what, how=how.format(pain=pain)))
