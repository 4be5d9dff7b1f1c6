"""The open question and its typed data, as stored on the user's row (bot/service/pending.py)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.service.pending import ClearedBy, FlagsHeard, Pending, Question, RunSoFar

AT = datetime(2026, 3, 2, 7, 30, tzinfo=UTC)


@pytest.mark.parametrize(
    "pending",
    [
        Pending(Question.MORNING_PAIN, 3, AT),
        Pending(Question.RUN_PAIN, 4, AT, RunSoFar(30, 5.2)),
        Pending(Question.RUN_STOPPED, 5, AT, RunSoFar(None, None, 4)),
        Pending(Question.CLEARED_WHEN, 6, AT, ClearedBy("physio")),
        Pending(
            Question.FLAG,
            7,
            AT,
            FlagsHeard(
                ("swelling",), (11, 12), Pending(Question.RUN_STOPPED, 5, AT, RunSoFar(20, None, 3))
            ),
        ),
    ],
)
def test_a_question_and_its_data_survive_the_row(pending: Pending) -> None:
    assert Pending.stored(pending.to_stored()) == pending


def test_questions_stored_before_the_data_was_typed_read_the_same() -> None:
    # The JSON of earlier versions: the same keys, so open questions survive an upgrade.
    run = {"q": "run_stopped", "n": 9, "at": AT.isoformat(), "minutes": 25, "pain": 2}
    flag = {
        "q": "flag",
        "n": 10,
        "at": AT.isoformat(),
        "flags": ["locking"],
        "rows": [3],
        "resume": run,
    }
    assert Pending.stored(run) == Pending(Question.RUN_STOPPED, 9, AT, RunSoFar(25, None, 2))
    heard = Pending.stored(flag)
    assert heard is not None and heard.about(FlagsHeard) == FlagsHeard(
        ("locking",), (3,), Pending.stored(run)
    )
    assert heard.about(RunSoFar) is None


@pytest.mark.parametrize(
    "raw",
    [
        None,
        {},
        {"q": None, "n": 4},
        {"q": "no_such_question", "n": 1, "at": AT.isoformat()},
        {"q": "run_pain", "n": 1},  # no time asked
        {"q": "flag", "n": 1, "at": AT.isoformat(), "rows": ["x"]},  # unreadable data
    ],
)
def test_no_question_when_none_is_open_or_it_cannot_be_read(raw: dict[str, object] | None) -> None:
    assert Pending.stored(raw) is None
