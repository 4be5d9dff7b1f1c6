"""The text package: it words every fact the rules return, and sits just above the domain."""

from __future__ import annotations

import ast
import sys
from datetime import date
from pathlib import Path

import pytest

import bot.texts
from bot.coach.protocol import WalkRunStage
from bot.coach.records import (
    Decision,
    Judgement,
    Phase,
    Reason,
    RestBlock,
    RestWait,
    Why,
)
from bot.coach.rules import EVERY_RULE, RUN_RULES
from bot.texts import report_pdf
from bot.texts.reasons import RULE_KEY, reason_text, rest_block_text

TEXTS_DIR = Path(bot.texts.__file__).parent
LIBRARIES = ("babel", "yaml")  # the catalogue (Babel) and its protocol-file extractor
DAY = date(2026, 3, 2)
BLOCK = RestBlock(RestWait.MORNING_HIGH, DAY, date(2026, 3, 6), 2, 1, morning_pain=4)


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text())
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found |= {a.name for a in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
    return found


@pytest.mark.parametrize("path", sorted(TEXTS_DIR.glob("*.py")), ids=lambda p: p.name)
def test_texts_import_only_the_domain_and_the_standard_library(path: Path) -> None:
    for module in _imports(path):
        top = module.split(".")[0]
        if top == "bot":
            assert module.startswith(("bot.coach", "bot.texts")), f"{path.name}: {module}"
        else:
            allowed = top in sys.stdlib_module_names or top in ("__future__", *LIBRARIES)
            assert allowed, f"{path.name}: {module}"


@pytest.mark.parametrize("why", list(Why))
@pytest.mark.parametrize("decision", list(Decision))
def test_every_reason_is_worded(why: Why, decision: Decision) -> None:
    reason = Reason(
        why,
        pain=4,
        stage=3,
        next_stage=2,
        baseline=1,
        count=1,
        minutes=40,
        stage_minutes=24,
        stage_detail=WalkRunStage(repeats=6, run_min=3, walk_min=1),
        flag="the knee locked",
        phase=Phase.BUILD,
        rest=BLOCK,
    )
    text = reason_text(Judgement(decision, "R0", reason))
    assert text[0].isupper() and text.endswith(".")
    assert "None" not in text


def test_a_stored_reason_is_returned_as_recorded() -> None:
    assert reason_text(Judgement(Decision.HOLD, "R5", "as it was said then")) == (
        "as it was said then"
    )


@pytest.mark.parametrize(
    ("block", "expected"),
    [
        (
            RestBlock(RestWait.DAYS_OFF, DAY, date(2026, 3, 6), 2, 1),
            "no running for 3 days after the rest of Mon 02 Mar, so not before Fri 06 Mar",
        ),
        (
            RestBlock(RestWait.NO_MORNING, DAY, date(2026, 3, 6), 2, 1),
            "I have no morning check since the rest, and running comes back only once your "
            "morning pain is 2/10 or less (within 1 point of your baseline of 1/10)",
        ),
        (
            BLOCK,
            "your last morning pain was 4/10, and running comes back only once it is 2/10 or "
            "less (within 1 point of your baseline of 1/10)",
        ),
    ],
)
def test_rest_block_wording(block: RestBlock, expected: str) -> None:
    assert rest_block_text(block) == expected


def test_every_rule_of_the_table_has_one_line_in_the_key() -> None:
    assert set(RULE_KEY) == set(EVERY_RULE)
    assert all(line.endswith(".") for line in RULE_KEY.values())
    assert [rule for rule, _ in report_pdf.PDF_RULE_KEY] == list(EVERY_RULE)
    assert list(EVERY_RULE[: len(RUN_RULES)]) == [rule.id for rule in RUN_RULES]
