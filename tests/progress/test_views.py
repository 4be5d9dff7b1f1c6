"""The chart, the PDF and the weekly summary, drawn from a six-week runner played through the
service (tests/progress/story.py), opened and read back."""

from __future__ import annotations

import io
from collections.abc import AsyncIterator
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
import pytest_asyncio
from matplotlib import image as mpimg
from PIL import Image
from pypdf import PdfReader

from bot.bootstrap import build
from bot.clock import ManualClock
from bot.coach.records import Decision, Judgement, Referral, RunRecord
from bot.render import ProgressData
from bot.render.chart import chart_title, progress_chart
from bot.render.pdf import report_pdf
from bot.service.context import Context
from bot.service.progress import progress_data, weekly_summary
from bot.service.replies import Reply, UserKey
from bot.settings import Settings
from bot.store import repo
from bot.store.db import sqlite_url
from tests.progress import story

START = datetime(2026, 11, 23, 7, 0, tzinfo=UTC)  # a Monday, 08:00 in Berlin
RUNNER = UserKey("test", "six-weeks")


@dataclass(frozen=True)
class Seeded:
    progress: Reply
    report: Reply
    weekly: list[Reply]
    data: ProgressData


@pytest_asyncio.fixture(scope="module", loop_scope="module")
async def seeded(tmp_path_factory: pytest.TempPathFactory) -> AsyncIterator[Seeded]:
    settings = Settings(
        _env_file=None,  # type: ignore[call-arg]
        database_url=sqlite_url(tmp_path_factory.mktemp("seeded") / "coach.db"),
        telegram_bot_token=None,
    )
    clock = ManualClock(START)
    coach = await build(settings, clock)
    try:
        await story.play(coach.service, clock, RUNNER)
        (progress,) = await coach.service.handle(RUNNER, "/progress")
        (report,) = await coach.service.handle(RUNNER, "/report")
        async with coach.sessions() as session:
            user = await repo.find_user(session, RUNNER.channel, RUNNER.external_id)
            assert user is not None
            user_settings = await repo.user_settings(session, user.id)
            uow = coach.units.on(session)
            ctx = Context(uow, user, user_settings, coach.protocols, clock.now())
            data = await progress_data(ctx)
            weekly = await weekly_summary(ctx)
        yield Seeded(progress, report, weekly, data)
    finally:
        await coach.close()


def _pdf_text(content: bytes) -> tuple[int, str]:
    reader = PdfReader(io.BytesIO(content))
    text = "\n".join(page.extract_text() for page in reader.pages)
    return len(reader.pages), " ".join(text.split())


def test_the_story_is_six_weeks_long(seeded: Seeded) -> None:
    data = seeded.data
    assert data.today - data.start == timedelta(days=story.DAYS - 1)
    assert data.today.weekday() == 6  # it ends on a Sunday evening
    decisions = {r.judgement.decision for r in data.history.runs}
    assert decisions == {Decision.PROGRESS, Decision.HOLD, Decision.REST}
    assert {r.judgement.rule for r in data.history.runs} >= {"R2", "R4", "R5", "R6"}


def test_progress_tells_adherence_streak_trend_and_place(seeded: Seeded) -> None:
    text = seeded.progress.text
    assert "week 6, day 42 of 42" in text
    assert "phase: return (walk-run ladder), walk-run stage 2 of 8" in text
    # 42 days x 3 sessions, less 3 paused and 2 referral days, less 6 partial and 1 missed day.
    assert "Stretch sessions: 102 of 111 done (92%)" in text
    assert "Strength sessions: 35 of 36 done (97%)" in text
    # Partial days (two stretch sessions of three) keep it: most of their plan was done.
    assert "Streak: 27 days in a row with most of the plan done." in text
    assert "Paused days (not counted): 3." in text
    assert "Pain during runs: 2.3 → 0.3" in text
    assert "Everyday pain (/morning): 2 → 0.7" in text
    assert len(text) < 1024  # fits a Telegram photo caption


def test_the_chart_is_a_png_that_decodes(seeded: Seeded) -> None:
    image = seeded.progress.image
    assert image is not None
    assert (image.filename, image.mime) == ("progress.png", "image/png")
    with Image.open(io.BytesIO(image.content)) as picture:
        assert picture.format == "PNG"
        assert 900 <= picture.width <= 2000
        assert 500 <= picture.height <= 1500
        colours = picture.convert("RGB").getcolors(maxcolors=1_000_000)
        assert colours is not None and len(colours) > 50  # drawn, not blank
    pixels = mpimg.imread(io.BytesIO(image.content), format="png")
    assert pixels.shape[0] > 500


def test_the_chart_is_deterministic(seeded: Seeded) -> None:
    first = progress_chart(seeded.data)
    assert first == progress_chart(seeded.data)
    assert b"Software" not in first and b"tIME" not in first


def test_the_report_is_one_page_with_the_expected_text(seeded: Seeded) -> None:
    document = seeded.report.document
    assert document is not None
    assert (document.filename, document.mime) == ("itb-coach-report.pdf", "application/pdf")
    pages, text = _pdf_text(document.content)
    assert pages == 1
    for expected in (
        "Hip strength with return to running",
        "Started Mon 23 Nov 2026",
        "Stretch sessions: 102 of 111 done (92%)",
        "walk-run ladder",
        "Walk-run ladder: stage 2 of 8",
        "Side-lying hip abduction 2x20",  # level 5: the §1a v2 pace, two steps back after /cleared
        "Run reports (13)",
        "a run inside a rest period",  # the rule key lists R1-R9 as CLINICAL.md §4 v2 has them
        "minutes over 125%",
        "Pain made you stop the run.",
        "R4",
        "R5",
        "swelling",
        "a coach, not a clinician",
    ):
        assert expected in text, expected


def _many_runs(data: ProgressData, count: int) -> ProgressData:
    reason = "A long reason that wraps over several lines of the table, " * 3
    runs = tuple(
        RunRecord(
            data.start + timedelta(days=i % 42),
            i % 8,
            i % 7 == 0,
            Judgement(Decision.HOLD, "R5", reason),
            minutes=30,
        )
        for i in range(count)
    )
    return replace(data, history=replace(data.history, runs=runs))


def test_the_report_stays_one_page_for_a_long_history(seeded: Seeded) -> None:
    pages, text = _pdf_text(report_pdf(_many_runs(seeded.data, 90)))
    assert pages == 1
    assert "earlier run reports not shown" in text
    assert "Run reports (90)" in text


def test_the_report_prints_text_beyond_latin_1(seeded: Seeded) -> None:
    referral = Referral(seeded.data.start, "swelling", "Knee “puffy” → swollen, Müller ✓", None)
    history = replace(seeded.data.history, referrals=(referral,))
    pages, text = _pdf_text(report_pdf(replace(seeded.data, history=history)))
    assert pages == 1
    assert "Müller" in text
    assert "open" in text


def test_the_weekly_summary_has_the_chart_and_the_coming_week(seeded: Seeded) -> None:
    (reply,) = seeded.weekly
    assert reply.image is not None and reply.image.content.startswith(b"\x89PNG")
    head, coming = reply.text.split("\n")
    assert head.startswith("Your week: ")
    assert "% of the plan done" in head
    # The six weeks are over on this Sunday: the coming week is week 7.
    assert coming.startswith("Coming week 7: you have finished Hip strength")


def test_samples_script_exists() -> None:
    assert (Path(__file__).parents[2] / "docs" / "make_samples.py").is_file()


def test_one_adherence_figure_in_every_view(seeded: Seeded) -> None:
    # The same days give the same numbers: /progress, the weekly summary, the chart's title
    # and the report all read ``adherence.figure`` (the issue saw 64%/65% against 67%/73%).
    adherence = seeded.data.adherence
    overall, week = adherence.overall_pct, adherence.week_pct
    assert overall is not None and week is not None
    days = [d for d in adherence.days if d.day > seeded.data.today - timedelta(days=7)]
    counted = [d for d in days if not d.paused and (d.day < seeded.data.today or d.kept)]
    assert week == round(100 * sum(d.done for d in counted) / sum(d.prescribed for d in counted))
    figure = f"Plan done: {overall}% since the start, {week}% in the last 7 days."
    assert figure in seeded.progress.text
    (weekly,) = seeded.weekly
    assert weekly.text.startswith(
        f"Your week: {week}% of the plan done ({overall}% since the start)"
    )
    title = chart_title(seeded.data)
    assert f"{overall}% of the plan done" in title and f"last 7 days {week}%" in title
    assert seeded.report.document is not None
    _, report = _pdf_text(seeded.report.document.content)
    assert f"{overall}% since the start, {week}% in the last 7 days" in report
