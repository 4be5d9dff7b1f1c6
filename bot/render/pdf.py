"""The one-page A4 report a runner hands to their physio or doctor (fpdf2).

Text is set in DejaVu Sans, shipped inside matplotlib, so every character the coach writes
(arrows, dashes, accents) prints as written. The page is redrawn with fewer run rows, then a
smaller font, until it fits on one page; rows left out are counted in a closing line.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any

import matplotlib
from fpdf import FPDF, FontFace

from bot import texts
from bot.coach.records import History, Referral, RunRecord
from bot.render import ProgressData
from bot.render.summary import adherence_lines, programme_lines, trend_lines

FONT = "DejaVu"
FONT_DIR = Path(matplotlib.get_data_path()) / "fonts" / "ttf"
MARGIN_MM = 12
FONT_SIZES = (9.0, 8.5, 8.0, 7.5)  # points, tried in turn until the page fits
MAX_RUN_ROWS = 40  # more never fit on one page beside the rest of the report
HEADING_FILL = (232, 236, 242)
DECISION_FILL = {
    "progress": (220, 240, 224),
    "hold": (252, 236, 208),
    "rest": (248, 214, 214),
    "refer": (230, 218, 245),
}
# Column widths as fractions of the page width: date, stage, min, pain, stopped, next am,
# decision, rule, reason.
RUN_COLUMNS = (12, 7, 5, 6, 9, 9, 10, 6, 50)
REFERRAL_COLUMNS = (12, 18, 44, 26)
PAIN_GRID_WEEKS = 6  # the pain-by-day grid shows the last six weeks at most


class _Report(FPDF):
    def __init__(self, base_size: float) -> None:
        super().__init__(orientation="portrait", unit="mm", format="A4")
        self.base_size = base_size
        self.set_margins(MARGIN_MM, MARGIN_MM, MARGIN_MM)
        self.set_auto_page_break(auto=True, margin=MARGIN_MM)
        self.add_font(FONT, "", str(FONT_DIR / "DejaVuSans.ttf"))
        self.add_font(FONT, "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
        self.add_font(FONT, "I", str(FONT_DIR / "DejaVuSans-Oblique.ttf"))

    def heading(self, text: str) -> None:
        self.ln(1.5)
        self.set_font(FONT, "B", self.base_size + 2)
        self.cell(0, self.base_size * 0.6, text, new_x="LMARGIN", new_y="NEXT")
        self.ln(0.5)

    def paragraph(self, text: str, *, size: float | None = None, style: str = "") -> None:
        size = size or self.base_size
        self.set_font(FONT, style, size)
        self.multi_cell(0, size * 0.45, text, align="L", new_x="LMARGIN", new_y="NEXT")

    def bullets(self, lines: list[str]) -> None:
        for line in lines:
            self.paragraph(f"• {line}")

    def grid(self, size: float, padding: tuple[float, float] = (0.6, 1), **options: Any) -> Any:
        """A table in the report's one style: horizontal rules, a shaded bold heading row."""
        self.set_font(FONT, "", size)
        return self.table(
            line_height=size * 0.42,
            padding=padding,
            borders_layout="HORIZONTAL_LINES",
            headings_style=FontFace(emphasis="BOLD", fill_color=HEADING_FILL),
            **options,
        )


def _yes_no(value: bool) -> str:
    return texts.report_pdf.PDF_YES if value else texts.report_pdf.PDF_NO


def _short_day(day: date) -> str:
    return day.strftime("%d %b %y")


def _dash(value: int | None) -> str:
    return "-" if value is None else str(value)


def _run_row(run: RunRecord) -> tuple[str, ...]:
    judgement = run.judgement
    return (
        _short_day(run.day),
        _dash(run.stage),
        _dash(run.minutes),
        f"{run.pain_during}/10",
        _yes_no(run.stopped),
        "-" if run.morning_pain is None else f"{run.morning_pain}/10",
        judgement.decision.value,
        judgement.rule,
        texts.reasons.reason_text(judgement),
    )


def _runs(pdf: _Report, runs: list[RunRecord], max_rows: int) -> None:
    pdf.heading(texts.report_pdf.PDF_RUNS.format(n=len(runs)))
    if not runs:
        pdf.paragraph(texts.report_pdf.PDF_RUNS_NONE)
        return
    shown = runs[-max_rows:] if max_rows else []
    size = pdf.base_size - 1
    if shown:
        with pdf.grid(
            size,
            col_widths=RUN_COLUMNS,
            text_align=(
                "LEFT",
                "CENTER",
                "CENTER",
                "CENTER",
                "CENTER",
                "CENTER",
                "LEFT",
                "LEFT",
                "LEFT",
            ),
        ) as table:
            table.row(texts.report_pdf.PDF_RUN_HEADINGS)
            for run in shown:
                fill = DECISION_FILL.get(run.judgement.decision.value)
                row = table.row()
                for i, value in enumerate(_run_row(run)):
                    row.cell(value, style=FontFace(fill_color=fill) if i == 6 else None)
    hidden = len(runs) - len(shown)
    if hidden:
        pdf.paragraph(texts.report_pdf.PDF_RUNS_MORE.format(n=hidden), size=size, style="I")


def _outcome(referral: Referral) -> str:
    if referral.retracted_on is not None:
        return texts.report_pdf.PDF_RETRACTED.format(day=_short_day(referral.retracted_on))
    if referral.cleared_on is None:
        return texts.report_pdf.PDF_OPEN
    who = texts.safety.CLINICIANS.get(
        referral.cleared_by or "", texts.report_pdf.PDF_UNKNOWN_CLINICIAN
    )
    seen = _short_day(referral.seen_on) if referral.seen_on else "-"
    return texts.report_pdf.PDF_CLEARED.format(
        day=_short_day(referral.cleared_on), who=who, seen=seen
    )


def _referrals(pdf: _Report, history: History, max_rows: int) -> None:
    """Each flag or referral: when, what, the runner's own words, and how it ended."""
    pdf.heading(texts.report_pdf.PDF_REFERRALS)
    if not history.referrals:
        pdf.paragraph(texts.report_pdf.PDF_REFERRALS_NONE)
        return
    size = pdf.base_size - 1
    with pdf.grid(size, col_widths=REFERRAL_COLUMNS, text_align="LEFT") as table:
        table.row(texts.report_pdf.PDF_REFERRAL_HEADINGS)
        for referral in history.referrals[-max_rows:]:
            words = f"“{referral.words}”" if referral.words else referral.reason
            table.row(
                (
                    _short_day(referral.day),
                    referral.cause + (f" ({referral.urgency})" if referral.urgency else ""),
                    words,
                    _outcome(referral),
                )
            )
    hidden = len(history.referrals) - max_rows
    if hidden > 0:
        pdf.paragraph(texts.report_pdf.PDF_REFERRALS_MORE.format(n=hidden), size=size, style="I")


def _pain_cell(history: History, day: date) -> str:
    morning = next((m.pain for m in history.mornings if m.day == day), None)
    strength = next((s.pain for s in history.strength if s.day == day), None)
    runs = [r.pain_during for r in history.runs if r.day == day]
    parts = [
        f"{label} {value}"
        for label, value in zip(
            texts.report_pdf.PDF_PAIN_GRID_KEYS,
            (morning, strength, max(runs, default=None)),
            strict=True,
        )
        if value is not None
    ]
    return f"{day.day}: " + " ".join(parts) if parts else f"{day.day}"


def _pain_grid(pdf: _Report, data: ProgressData) -> None:
    """Morning, strength and run pain day by day, a week a row, beside the runs' table."""
    last = data.today
    first = max(data.start, last - timedelta(weeks=PAIN_GRID_WEEKS) + timedelta(days=1))
    first -= timedelta(days=first.weekday())  # rows start on Mondays
    pdf.heading(texts.report_pdf.PDF_PAIN_GRID)
    size = pdf.base_size - 2
    pdf.paragraph(texts.report_pdf.PDF_PAIN_GRID_KEY, size=size, style="I")
    with pdf.grid(size, padding=(0.4, 0.8), text_align="LEFT") as table:
        table.row(texts.report_pdf.PDF_PAIN_GRID_HEADINGS)
        monday = first
        while monday <= last:
            days = [monday + timedelta(days=i) for i in range(7)]
            cells = [_pain_cell(data.history, d) if data.start <= d <= last else "" for d in days]
            table.row((monday.strftime("%d %b"), *cells))
            monday += timedelta(days=7)


def _rules(pdf: _Report) -> None:
    pdf.heading(texts.report_pdf.PDF_RULES)
    size = pdf.base_size - 1.5
    for rule, text in texts.report_pdf.PDF_RULE_KEY:
        pdf.set_font(FONT, "B", size)
        pdf.cell(8, size * 0.42, rule)
        pdf.set_font(FONT, "", size)
        pdf.multi_cell(0, size * 0.42, text, align="L", new_x="LMARGIN", new_y="NEXT")


def _draw(data: ProgressData, base_size: float, max_rows: int) -> _Report:
    pdf = _Report(base_size)
    pdf.set_title(texts.report_pdf.PDF_TITLE)
    pdf.set_author("ITB Coach")
    pdf.set_creation_date(datetime.combine(data.today, time(0), UTC))
    pdf.add_page()
    pdf.set_font(FONT, "B", base_size + 7)
    pdf.cell(0, base_size * 0.8, texts.report_pdf.PDF_TITLE, new_x="LMARGIN", new_y="NEXT")
    pdf.paragraph(
        texts.report_pdf.PDF_SUBTITLE.format(today=texts.common.day_label(data.today)),
        size=base_size - 1,
        style="I",
    )
    pdf.heading(texts.report_pdf.PDF_PROGRAMME)
    pdf.bullets(programme_lines(data))
    pdf.heading(texts.report_pdf.PDF_ADHERENCE)
    pdf.bullets(adherence_lines(data.adherence))
    pain = trend_lines(data)
    if pain:
        pdf.heading(texts.report_pdf.PDF_PAIN)
        pdf.bullets(pain)
    runs = [r for r in data.history.runs if r.day >= data.start]
    _runs(pdf, runs, max_rows)
    _pain_grid(pdf, data)
    _referrals(pdf, data.history, max_rows=max(max_rows // 2, 3))
    _rules(pdf)
    pdf.ln(2)
    pdf.paragraph(texts.report_pdf.PDF_FOOTER, size=base_size - 1, style="I")
    return pdf


def report_pdf(data: ProgressData) -> bytes:
    """The report as PDF bytes, always exactly one A4 page: every run at the largest font that
    fits, else as many of the most recent runs as fit at the smallest font."""
    runs = sum(1 for r in data.history.runs if r.day >= data.start)
    if runs <= MAX_RUN_ROWS:
        for base_size in FONT_SIZES:
            pdf = _draw(data, base_size, runs)
            if pdf.pages_count == 1:
                return bytes(pdf.output())
    # Binary search for the most rows that fit: a redraw costs tens of milliseconds per row.
    fits, low, high = _draw(data, FONT_SIZES[-1], 0), 0, min(runs, MAX_RUN_ROWS)
    while low < high:
        middle = (low + high + 1) // 2
        pdf = _draw(data, FONT_SIZES[-1], middle)
        if pdf.pages_count == 1:
            fits, low = pdf, middle
        else:
            high = middle - 1
    return bytes(fits.output())
