"""The open question: which one, its number on answer buttons, when it was asked, and what its
answer needs, typed per question (``RunSoFar`` while a run's pain and stop are asked,
``FlagsHeard`` behind "Did I read that right?", ``ClearedBy`` while the day of a clearance is
asked). Stored on the user's row as JSON (``{"q", "n", "at", **fields}``), so it survives
restarts."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from typing import Any, TypeVar


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
    BODY = "body"  # the safety screen after body talk the coach cannot place (FlagsHeard)
    CLEARED_BY = "cleared_by"
    CLEARED_WHEN = "cleared_when"
    CLEARED_OK = "cleared_ok"  # "Did they say you may exercise again?" (§5 v3)
    RETURN_CHECK = "return_check"  # the return-to-run checklist, one item at a time (§3 v3)


@dataclass(frozen=True, slots=True)
class RunSoFar:
    """A run report while its questions are asked: what ``/run`` or plain words gave, then
    the pain during it."""

    minutes: int | None = None
    distance_km: float | None = None
    pain: int | None = None


@dataclass(frozen=True, slots=True)
class FlagsHeard:
    """The red flags a "Did I read that right?" is about, their referral rows, and the
    question they set aside (asked again once this one is settled)."""

    flags: tuple[str, ...]
    rows: tuple[int, ...]
    resume: Pending | None = None


@dataclass(frozen=True, slots=True)
class ClearedBy:
    """Who cleared the runner, while the day they were seen is asked; and that day, while
    the runner is asked whether the clinician said they may exercise again."""

    who: str
    seen: date | None = None


@dataclass(frozen=True, slots=True)
class CheckSoFar:
    """The return-to-run check's answers so far, in the checklist's order."""

    answers: tuple[bool, ...] = ()


AnswerData = RunSoFar | FlagsHeard | ClearedBy | CheckSoFar
_Data = TypeVar("_Data", RunSoFar, FlagsHeard, ClearedBy, CheckSoFar)


@dataclass(frozen=True, slots=True)
class Pending:
    question: Question
    number: int  # answer buttons carry it: an answer to an older question is refused
    asked_at: datetime
    data: AnswerData | None = None

    def about(self, kind: type[_Data]) -> _Data | None:
        """The question's data when it is of ``kind``, else None."""
        return self.data if isinstance(self.data, kind) else None

    @classmethod
    def stored(cls, raw: Mapping[str, Any] | None) -> Pending | None:
        """The question stored as ``raw``; None when none is open or it cannot be read (one
        asked before questions carried a time, or one this version no longer asks)."""
        if not raw or not raw.get("q"):
            return None
        try:
            question = Question(str(raw["q"]))
            asked = datetime.fromisoformat(str(raw.get("at")))
            data = _data_from(question, raw)
        except (ValueError, TypeError):
            return None
        number = raw.get("n", 0)
        return cls(question, number if isinstance(number, int) else 0, asked, data)

    def to_stored(self) -> dict[str, Any]:
        stored: dict[str, Any] = {
            "q": self.question.value,
            "n": self.number,
            "at": self.asked_at.isoformat(),
        }
        data = self.data
        if isinstance(data, RunSoFar):
            stored.update(minutes=data.minutes, distance_km=data.distance_km, pain=data.pain)
        elif isinstance(data, FlagsHeard):
            stored.update(flags=list(data.flags), rows=list(data.rows))
            stored["resume"] = data.resume.to_stored() if data.resume else None
        elif isinstance(data, ClearedBy):
            stored["who"] = data.who
            stored["seen"] = data.seen.isoformat() if data.seen else None
        elif isinstance(data, CheckSoFar):
            stored["answers"] = list(data.answers)
        return stored


def _data_from(question: Question, raw: Mapping[str, Any]) -> AnswerData | None:
    if question in (Question.RUN_PAIN, Question.RUN_STOPPED):
        pain = raw.get("pain")
        return RunSoFar(
            raw.get("minutes"), raw.get("distance_km"), None if pain is None else int(pain)
        )
    if question in (Question.FLAG, Question.BODY):
        flags = tuple(str(f) for f in raw.get("flags") or ())
        rows = tuple(int(r) for r in raw.get("rows") or ())
        return FlagsHeard(flags, rows, Pending.stored(raw.get("resume")))
    if question is Question.RETURN_CHECK:
        return CheckSoFar(tuple(bool(a) for a in raw.get("answers") or ()))
    if question in (Question.CLEARED_WHEN, Question.CLEARED_OK):
        seen = raw.get("seen")
        return ClearedBy(str(raw.get("who") or "other"), date.fromisoformat(seen) if seen else None)
    return None
