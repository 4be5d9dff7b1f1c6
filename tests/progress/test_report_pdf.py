"""The clinician's PDF leaves nothing out (issue 18 finding 5, issue 19 item 8): every flag,
the runner's words whole, any script (a placeholder where the font has no glyph, right to left
where the script is), the chart, whole column headings, sources named as the papers, and a
run's distance when it has no minutes. Read back with pypdf."""

from __future__ import annotations

import io
import warnings
from dataclasses import replace
from datetime import timedelta

import pytest
from pypdf import PdfReader

from bot.coach.records import Decision, Judgement, Referral, RunRecord
from bot.protocol_files import default_red_flags
from bot.render import ProgressData
from bot.render.pdf import PLACEHOLDER, report_pdf
from tests.conftest import Talker
from tests.progress.test_views import Seeded, _many_runs, seeded
from tests.service.test_journey import onboard

__all__ = ["seeded"]  # the six-week runner of the views' tests

HEBREW = "הברך שלי נפוחה וחמה"
ARABIC = "ركبتي منتفخة"


def text_of(content: bytes) -> str:
    reader = PdfReader(io.BytesIO(content))
    return " ".join(" ".join(page.extract_text() for page in reader.pages).split())


def with_referrals(data: ProgressData, *words: str) -> ProgressData:
    referrals = tuple(
        Referral(data.start + timedelta(days=i), "swelling", "A swollen knee.", words=w)
        for i, w in enumerate(words)
    )
    return replace(data, history=replace(data.history, referrals=referrals))


def test_every_flag_is_listed_however_few_the_runs(seeded: Seeded) -> None:
    few_runs = replace(seeded.data.history, runs=seeded.data.history.runs[:2])
    data = with_referrals(replace(seeded.data, history=few_runs), *(f"flag {n}" for n in range(9)))
    text = text_of(report_pdf(data))
    assert all(f"“flag {n}”" in text for n in range(9))
    assert "not shown" not in text
    assert "Red flags and referrals (9)" in text


async def test_the_runners_words_are_printed_whole(talker: Talker) -> None:
    await onboard(talker)
    long = "the knee was tight on the hills and on the stairs " * 40 + "then it gave way"
    await talker.say(long)
    await talker.say("/report")
    document = talker.last[0].document
    assert document is not None
    assert "it gave way”" in text_of(document.content)


def test_any_script_prints_and_nothing_is_dropped(seeded: Seeded) -> None:
    words = ("Łódź, Ωμέγα, Жжж, naïve", HEBREW, ARABIC, "膝盖肿了 my knee")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        text = text_of(report_pdf(with_referrals(seeded.data, *words)))
    assert [str(w.message) for w in caught] == []  # no "missing glyphs" warning listing them
    assert "Łódź, Ωμέγα, Жжж, naïve" in text
    assert HEBREW in text  # drawn right to left: read back in reading order
    assert f"“{PLACEHOLDER * 4} my knee”" in text
    assert f"{PLACEHOLDER} stands for a character" in text


def test_the_chart_is_in_the_report(seeded: Seeded) -> None:
    reader = PdfReader(io.BytesIO(report_pdf(seeded.data)))
    assert sum(len(page.images) for page in reader.pages) == 1
    assert "Pain and plan done, day by day" in text_of(report_pdf(seeded.data))


def test_headings_are_whole_words_and_sources_are_papers(seeded: Seeded) -> None:
    text = text_of(report_pdf(_many_runs(seeded.data, 40)))
    for heading in ("Date", "Stage", "Run", "Pain", "Stopped", "Next morning", "Decision"):
        assert heading in text, heading
    assert "Stoppe d" not in text and "mornin g" not in text
    assert "seed" not in text.lower()
    assert "Fredericson et al., Clin J Sport Med 2000;10:169-175" in text
    assert "Fredericson & Weir, Clin J Sport Med 2006" in text


def test_a_run_with_only_a_distance_shows_it(seeded: Seeded) -> None:
    run = RunRecord(
        seeded.data.today, 1, False, Judgement(Decision.HOLD, "R5", "Held."), distance_km=5.0
    )
    data = replace(seeded.data, history=replace(seeded.data.history, runs=(run,)))
    text = text_of(report_pdf(data))
    assert " 5 km 1/10 " in text


@pytest.mark.parametrize("code", ["en", "es"])
async def test_a_flag_is_named_in_words_not_by_its_id(talker: Talker, code: str) -> None:
    """The report names a flag as the coach named it to the runner (the safety screen's label),
    in the runner's language: "No puedes apoyar la pierna ni caminar", never "no-weight"."""
    await onboard(talker)
    await talker.say(f"/language {code}")
    await talker.say("/symptom I can't put any weight on my leg")
    await talker.say("/report")
    document = talker.last[0].document
    assert document is not None
    text = text_of(document.content)
    flag = default_red_flags().speaking(code).get("no-weight")
    assert flag is not None
    assert flag.label in text
    assert "no-weight" not in text
    if code != "en":
        english = default_red_flags().get("no-weight")
        assert english is not None and english.label not in text
