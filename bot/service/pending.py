"""The open question: which one, its number on answer buttons, when it was asked, and what its
answer needs (``data``: a run's minutes while its pain is asked, the flags a "Did I read that
right?" is about, the question a red flag set aside...). Stored on the user's row as JSON
(``{"q", "n", "at", **data}``), so it survives restarts."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Any


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


@dataclass(frozen=True, slots=True)
class Pending:
    question: Question
    number: int  # answer buttons carry it: an answer to an older question is refused
    asked_at: datetime
    data: Mapping[str, Any] = field(default_factory=dict)

    @classmethod
    def stored(cls, raw: Mapping[str, Any] | None) -> Pending | None:
        """The question stored as ``raw``; None when none is open or it cannot be read (one
        asked before questions carried a time, or one this version no longer asks)."""
        if not raw or not raw.get("q"):
            return None
        try:
            question = Question(str(raw["q"]))
            asked = datetime.fromisoformat(str(raw.get("at")))
        except ValueError:
            return None
        number = raw.get("n", 0)
        data = {k: v for k, v in raw.items() if k not in _OWN_KEYS}
        return cls(question, number if isinstance(number, int) else 0, asked, data)

    def to_stored(self) -> dict[str, Any]:
        return {
            "q": self.question.value,
            "n": self.number,
            "at": self.asked_at.isoformat(),
            **self.data,
        }
