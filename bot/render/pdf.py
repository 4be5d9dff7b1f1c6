"""The A4 report a runner hands to their physio or doctor (fpdf2): everything, as many pages as
it takes.

Every run report and every red flag is listed (pages grow; table headings repeat on each page),
the runner's words are printed whole, and the progress chart is drawn in. Text is set in
DejaVu Sans, shipped inside matplotlib (Latin, Greek, Cyrillic, Hebrew, Arabic, symbols), with
fpdf2's text shaping (HarfBuzz) so right-to-left scripts read right to left. A character the
font cannot draw (Chinese, say) is printed as :data:`PLACEHOLDER` and a note says so: nothing
the runner wrote is dropped silently. Column widths are measured from the headings' longest
word, so a heading never breaks inside a word.
"""

from __future__ import annotations

import functools
import io
import unicodedata
from collections.abc import Sequence
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any

import matplotlib
from fontTools.ttLib import TTFont  # type: ignore[import-untyped]
from fpdf import FPDF, FontFace

from bot import texts
from bot.coach.records import History, Referral, RunRecord
from bot.render import ProgressData
from bot.render.chart import progress_chart
from bot.render.summary import adherence_lines, programme_lines, trend_lines

FONT = "DejaVu"
FONT_DIR = Path(matplotlib.get_data_path()) / "fonts" / "ttf"
FONT_FILES = {"": "DejaVuSans.ttf", "B": "DejaVuSans-Bold.ttf", "I": "DejaVuSans-Oblique.ttf"}
MARGIN_MM = 12
FONT_SIZE = 9.0  # points
PADDING_MM = (0.6, 1.0)  # a table cell's (vertical, horizontal) padding
KEEP_WITH_HEADING_MM = 45  # room a heading needs below it, or it starts the next page
PLACEHOLDER = "□"  # U+25A1, in the font: stands for a character it cannot draw
HEADING_FILL = (232, 236, 242)
DECISION_FILL = {
    "progress": (220, 240, 224),
    "hold": (252, 236, 208),
    "rest": (248, 214, 214),
    "refer": (230, 218, 245),
}
RUN_ALIGN = ("LEFT", "CENTER", "CENTER", "CENTER", "CENTER", "CENTER", "LEFT", "LEFT", "LEFT")
PAIN_GRID_WEEKS = 6  # the pain-by-day grid shows the last six weeks at most


@functools.cache
def _drawable() -> frozenset[int]:
    """The code points the regular face can draw."""
    return frozenset(TTFont(FONT_DIR / FONT_FILES[""], lazy=True).getBestCmap())


def drawable(text: str) -> tuple[str, bool]:
    """``text`` with each character the font lacks shown as :data:`PLACEHOLDER`; and whether
    any was. Invisible format characters the font lacks (joiners, marks) are left out."""
    out, replaced = [], False
    for char in text:
        if char in "\n\t" or ord(char) in _drawable():
            out.append(char)
        elif unicodedata.category(char) != "Cf":
            out.append(PLACEHOLDER)
            replaced = True
    return "".join(out), replaced


class _Report(FPDF):
    def __init__(self, base_size: float) -> None:
        super().__init__(orientation="portrait", unit="mm", format="A4")
        self.base_size = base_size
        self.placeholders = False  # set when a character had to be shown as PLACEHOLDER
        self.set_margins(MARGIN_MM, MARGIN_MM, MARGIN_MM)
        self.set_auto_page_break(auto=True, margin=MARGIN_MM)
        for style, name in FONT_FILES.items():
            self.add_font(FONT, style, str(FONT_DIR / name))
        self.set_text_shaping(True)  # HarfBuzz: Arabic joined, Hebrew and Arabic right to left

    def safe(self, text: str) -> str:
        shown, replaced = drawable(text)
        self.placeholders |= replaced
        return shown

    def heading(self, text: str) -> None:
        if self.will_page_break(KEEP_WITH_HEADING_MM):
            self.add_page()  # a heading never ends a page alone
        self.ln(1.5)
        self.set_font(FONT, "B", self.base_size + 2)
        self.cell(0, self.base_size * 0.6, text, new_x="LMARGIN", new_y="NEXT")
        self.ln(0.5)

    def paragraph(self, text: str, *, size: float | None = None, style: str = "") -> None:
        size = size or self.base_size
        self.set_font(FONT, style, size)
        self.multi_cell(0, size * 0.45, self.safe(text), align="L", new_x="LMARGIN", new_y="NEXT")

    def bullets(self, lines: list[str]) -> None:
        for line in lines:
            self.paragraph(f"• {line}")

    def grid(self, size: float, padding: tuple[float, float] = PADDING_MM, **options: Any) -> Any:
        """A table in the report's one style: horizontal rules, a shaded bold heading row."""
        self.set_font(FONT, "", size)
        return self.table(
            line_height=size * 0.42,
            padding=padding,
            borders_layout="HORIZONTAL_LINES",
            headings_style=FontFace(emphasis="BOLD", fill_color=HEADING_FILL),
            **options,
        )

    def widths(
        self, headings: Sequence[str], rows: list[tuple[str, ...]], size: float, flexible: int
    ) -> tuple[float, ...]:
        """Column widths (mm): each wide enough for its heading's longest word and its widest
        cell; column ``flexible`` takes the rest of the line."""
        pad = 2 * PADDING_MM[1] + 1.0
        self.set_font(FONT, "B", size)
        words = [max(self.get_string_width(w) for w in h.split()) + pad for h in headings]
        self.set_font(FONT, "", size)
        cells = [
            max((self.get_string_width(r[i]) for r in rows), default=0.0) + pad
            for i in range(len(headings))
        ]
        fixed = [max(w, c) for w, c in zip(words, cells, strict=True)]
        fixed[flexible] = 0.0
        fixed[flexible] = max(self.epw - sum(fixed), words[flexible])
        return tuple(fixed)


def _yes_no(value: bool) -> str:
    return texts.report_pdf.PDF_YES if value else texts.report_pdf.PDF_NO


def _short_day(day: date) -> str:
    return texts.dates.shown(day, texts.dates.TABLE)


def _dash(value: int | None) -> str:
    return "-" if value is None else str(value)


def _amount(run: RunRecord) -> str:
    """How much was run: minutes, distance, or both; "-" when neither was said."""
    parts = []
    if run.minutes is not None:
        parts.append(texts.report_pdf.PDF_MINUTES.format(n=run.minutes))
    if run.distance_km is not None:
        parts.append(texts.report_pdf.PDF_KM.format(km=run.distance_km))
    return ", ".join(parts) or "-"


def _run_row(run: RunRecord) -> tuple[str, ...]:
    judgement = run.judgement
    return (
        _short_day(run.day),
        _dash(run.stage),
        _amount(run),
        f"{run.pain_during}/10",
        _yes_no(run.stopped),
        "-" if run.morning_pain is None else f"{run.morning_pain}/10",
        texts.common.DECISIONS[judgement.decision],  # as the chat names it
        judgement.rule,
        texts.reasons.reason_text(judgement),
    )


def _runs(pdf: _Report, runs: list[RunRecord]) -> None:
    pdf.heading(texts.report_pdf.PDF_RUNS.format(n=len(runs)))
    if not runs:
        pdf.paragraph(texts.report_pdf.PDF_RUNS_NONE)
        return
    size = pdf.base_size - 1
    rows = [_run_row(run) for run in runs]
    headings = texts.report_pdf.PDF_RUN_HEADINGS
    widths = pdf.widths(headings, [(*r[:-1], "") for r in rows], size, flexible=len(headings) - 1)
    with pdf.grid(size, col_widths=widths, text_align=RUN_ALIGN) as table:
        table.row(headings)
        for run, values in zip(runs, rows, strict=True):
            fill = DECISION_FILL.get(run.judgement.decision.value)
            row = table.row()
            for i, value in enumerate(values):
                row.cell(value, style=FontFace(fill_color=fill) if i == 6 else None)


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


def _referrals(pdf: _Report, history: History, causes: dict[str, str]) -> None:
    """Every flag or referral: when, what and how it ended, then the runner's own words whole
    (a paragraph, which may run over a page, where a table row could not)."""
    pdf.heading(texts.report_pdf.PDF_REFERRALS.format(n=len(history.referrals)))
    if not history.referrals:
        pdf.paragraph(texts.report_pdf.PDF_REFERRALS_NONE)
        return
    size = pdf.base_size - 0.5
    for referral in history.referrals:
        urgency = texts.report_pdf.PDF_URGENCY.get(str(referral.urgency), referral.urgency)
        named = causes.get(referral.cause, referral.cause)
        cause = named + (f" ({urgency})" if referral.urgency else "")
        line = texts.report_pdf.PDF_REFERRAL_LINE.format(
            day=_short_day(referral.day), cause=cause, outcome=_outcome(referral)
        )
        pdf.paragraph(line, size=size, style="B")
        if referral.words:
            pdf.paragraph(f"“{referral.words}”", size=size)
        else:
            pdf.paragraph(referral.reason, size=size, style="I")
        pdf.ln(1)
    if pdf.placeholders:
        pdf.paragraph(texts.report_pdf.PDF_PLACEHOLDER_NOTE.format(mark=PLACEHOLDER), size=size - 1)


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
            table.row((texts.dates.shown(monday, texts.dates.DAY_MONTH), *cells))
            monday += timedelta(days=7)


def _chart(pdf: _Report, data: ProgressData) -> None:
    """The same chart as /progress, the page's width."""
    pdf.heading(texts.report_pdf.PDF_CHART)
    pdf.image(io.BytesIO(progress_chart(data)), w=pdf.epw)


def _rules(pdf: _Report) -> None:
    pdf.heading(texts.report_pdf.PDF_RULES)
    size = pdf.base_size - 1.5
    for rule, text in texts.report_pdf.PDF_RULE_KEY:
        pdf.set_font(FONT, "B", size)
        pdf.cell(8, size * 0.42, rule)
        pdf.set_font(FONT, "", size)
        pdf.multi_cell(0, size * 0.42, text, align="L", new_x="LMARGIN", new_y="NEXT")


def _draw(data: ProgressData) -> _Report:
    base_size = FONT_SIZE
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
    _referrals(pdf, data.history, data.causes)  # first: what a clinician must see
    _chart(pdf, data)
    _runs(pdf, [r for r in data.history.runs if r.day >= data.start])
    _pain_grid(pdf, data)
    _rules(pdf)
    pdf.ln(2)
    pdf.paragraph(texts.report_pdf.PDF_FOOTER, size=base_size - 1, style="I")
    return pdf


def report_pdf(data: ProgressData) -> bytes:
    """The report as PDF bytes: every run and every flag, on as many A4 pages as they need."""
    return bytes(_draw(data).output())
