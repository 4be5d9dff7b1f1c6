"""The progress chart: pain over time with each run's decision, and adherence per day.

Drawn with matplotlib's object API on the Agg canvas (no pyplot: no global figure state, no
GUI backend, safe to call from a worker thread). Returns PNG bytes without a software or time
stamp, so the same data gives the same file.
"""

from __future__ import annotations

import io
import threading
from collections.abc import Sequence
from datetime import date, timedelta
from typing import Any

import matplotlib

matplotlib.use("Agg")  # never a GUI backend, even if pyplot is imported elsewhere later

from matplotlib import dates as mdates
from matplotlib.artist import Artist
from matplotlib.axes import Axes
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.collections import PolyCollection
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import Patch
from matplotlib.ticker import FixedLocator, FuncFormatter

from bot import texts
from bot.coach import thresholds as t
from bot.coach.adherence import DayStatus
from bot.coach.records import Decision, RunRecord
from bot.render import ProgressData

DECISION_STYLE: dict[Decision, tuple[str, str]] = {
    # decision: (marker, colour); the legend labels are texts.progress.CHART_DECISIONS
    Decision.PROGRESS: ("o", "#2e9e44"),
    Decision.HOLD: ("s", "#f0a020"),
    Decision.REST: ("v", "#d62828"),
    Decision.REFER: ("X", "#7b2cbf"),
}
STATUS_COLOUR = {
    DayStatus.MET: "#2e9e44",
    DayStatus.PARTIAL: "#f0a020",
    DayStatus.MISSED: "#d62828",
    DayStatus.PAUSED: "#b0b0b0",
    DayStatus.REST: "#9ecae1",
}
MORNING_COLOUR = "#8a8a8a"
NEXT_MORNING_COLOUR = "#1f4e9e"
REFERRAL_COLOUR = "#e6dcf5"  # the family of the "see a clinician" marker
ZONES = (  # the run rules' pain bands (CLINICAL.md §4), drawn faintly behind the points
    (-0.5, t.RUN_GREEN_MAX + 0.5, "#2e9e44", 0.07),
    (t.RUN_GREEN_MAX + 0.5, t.RUN_AMBER_MAX + 0.5, "#f0a020", 0.08),
    (t.RUN_AMBER_MAX + 0.5, 10.5, "#d62828", 0.06),
)

# matplotlib's text and font caches are shared: one drawing at a time across worker threads.
_DRAWING = threading.Lock()

MIN_DAYS_SHOWN = 7
BAR_WIDTH = 0.8  # of a day
LONG_SPAN_DAYS = 16 * 7  # past this, one date label a month instead of one a week
WIDTH_IN, HEIGHT_IN, DPI = 10.0, 6.6, 110


# matplotlib's date numbers count days from its epoch: plain arithmetic is the same number
# without a conversion per point (a year of days is a thousand of them).
_EPOCH = date.fromisoformat(mdates.get_epoch()[:10])


def _num(day: date) -> float:
    return float((day - _EPOCH).days)


def _run_note(run: RunRecord) -> str:
    """A label for the runs a reader should look at twice: any rule but a plain green run."""
    rule = run.judgement.rule
    if run.stopped:
        return texts.progress.CHART_RUN_STOPPED.format(rule=rule)
    return "" if rule == "R6" else rule


def _decision_labels() -> list[str]:
    return [texts.progress.CHART_DECISIONS[decision] for decision in DECISION_STYLE]


def _pain_panel(ax: Axes, data: ProgressData, first: date, last: date) -> None:
    history = data.history
    for low, high, colour, alpha in ZONES:
        ax.axhspan(low, high, color=colour, alpha=alpha, lw=0)
    for referral in (r for r in history.referrals if r.stood):
        end = referral.cleared_on or data.today + timedelta(days=1)
        ax.axvspan(_num(referral.day) - 0.5, _num(end) - 0.5, color=REFERRAL_COLOUR, lw=0)
    for span in data.phases[1:]:
        ax.axvline(_num(span.first) - 0.5, color="#555555", lw=0.8, ls=":")
    for span in data.phases:
        ax.text(
            _num(span.first) - 0.3,
            10.2,
            texts.progress.CHART_PHASES[span.phase],
            fontsize=8,
            color="#444444",
            va="top",
        )
    mornings = [m for m in history.mornings if first <= m.day <= last]
    if mornings:
        ax.plot(
            [_num(m.day) for m in mornings],
            [m.pain for m in mornings],
            color=MORNING_COLOUR,
            lw=1,
            marker=".",
            ms=4,
            zorder=2,
        )
    runs = [r for r in history.runs if first <= r.day <= last]
    _run_points(ax, runs)
    if not runs and not mornings:
        ax.text(
            0.5,
            0.5,
            texts.progress.CHART_NO_REPORTS,
            transform=ax.transAxes,
            ha="center",
            color="#666666",
        )
    ax.set_ylim(-0.5, 10.5)
    ax.set_yticks(range(0, 11, 2))
    ax.set_ylabel(texts.progress.CHART_PAIN_AXIS)
    ax.grid(axis="y", color="#dddddd", lw=0.6)
    _pain_legend(ax)


def _run_points(ax: Axes, runs: list[RunRecord]) -> None:
    """Each run: its pain by decision, the next-morning pain after it, and a rule note."""
    # One artist for all next-morning lines and one for their markers, not one per run: the
    # cost of drawing stays flat over a year of runs.
    after = [r for r in runs if r.morning_pain is not None]
    if after:
        xs: list[float] = []
        ys: list[float] = []
        for run in after:
            xs += [_num(run.day), _num(run.day + timedelta(days=1)), float("nan")]
            ys += [run.pain_during, run.morning_pain or 0, float("nan")]
        ax.plot(xs, ys, color=NEXT_MORNING_COLOUR, lw=0.8, ls="--", zorder=3)
        ax.scatter(
            xs[1::3],
            ys[1::3],
            marker="D",
            s=28,
            facecolor="white",
            edgecolor=NEXT_MORNING_COLOUR,
            lw=1.2,
            zorder=4,
        )
    for decision, (marker, colour) in DECISION_STYLE.items():
        chosen = [r for r in runs if r.judgement.decision is decision]
        if chosen:
            ax.scatter(
                [_num(r.day) for r in chosen],
                [r.pain_during for r in chosen],
                marker=marker,
                s=70,
                color=colour,
                edgecolor="black",
                lw=0.6,
                zorder=5,
            )
    for run in runs:
        note = _run_note(run)
        if note:
            ax.annotate(
                note,
                (_num(run.day), run.pain_during),
                xytext=(0, 9),
                textcoords="offset points",
                ha="center",
                fontsize=7,
                color="#333333",
            )


def _pain_legend(ax: Axes) -> None:
    handles: list[Artist] = [
        Line2D([], [], ls="", marker=m, color=c, markeredgecolor="black", ms=8, label=label)
        for (m, c), label in zip(DECISION_STYLE.values(), _decision_labels(), strict=True)
    ]
    handles += [
        Line2D(
            [],
            [],
            ls="--",
            marker="D",
            color=NEXT_MORNING_COLOUR,
            markerfacecolor="white",
            label=texts.progress.CHART_NEXT_MORNING,
        ),
        Line2D([], [], color=MORNING_COLOUR, marker=".", label=texts.progress.CHART_EVERYDAY),
        Patch(color=REFERRAL_COLOUR, label=texts.progress.CHART_REFERRAL),
    ]
    handles += [
        Patch(color=c, alpha=a * 2.5, label=label)
        for (_l, _h, c, a), label in zip(ZONES, texts.progress.CHART_ZONES, strict=True)
    ]
    _legend(ax, handles)


def _legend(ax: Axes, handles: Sequence[Artist]) -> None:
    """Every panel's legend: outside the plot on the right, small and unframed."""
    ax.legend(
        handles=handles,
        loc="upper left",
        bbox_to_anchor=(1.01, 1.0),
        fontsize=8,
        frameon=False,
        borderaxespad=0,
    )


def _bars(ax: Axes, xs: Sequence[float], heights: Sequence[float], **style: Any) -> None:
    """Bars 0.8 of a day wide, as one collection (one artist however many days)."""
    half = BAR_WIDTH / 2
    boxes = [
        [(x - half, 0.0), (x - half, h), (x + half, h), (x + half, 0.0)]
        for x, h in zip(xs, heights, strict=True)
    ]
    ax.add_collection(PolyCollection(boxes, linewidths=0, **style), autolim=False)


def _adherence_panel(ax: Axes, data: ProgressData) -> None:
    today = data.today
    # Bars grouped by look and drawn with one call each: flat cost over a year of days.
    groups: dict[tuple[str, float], tuple[list[float], list[float]]] = {}
    paused: list[float] = []
    for day in data.adherence.days:
        x = _num(day.day)
        status = day.status
        colour = STATUS_COLOUR[status]
        alpha = 0.45 if day.day == today else 1.0  # today is still going
        if day.day == today and status is DayStatus.MISSED:
            continue  # nothing done yet today is not a missed day
        if status is DayStatus.PAUSED:
            paused.append(x)
            continue
        if status in (DayStatus.REST, DayStatus.MISSED):  # a stub, so the day still shows
            height = 6.0
        else:
            height = 100 * (day.fraction or 0.0)
        xs, heights = groups.setdefault((colour, alpha), ([], []))
        xs.append(x)
        heights.append(height)
    if paused:
        pause_colour = STATUS_COLOUR[DayStatus.PAUSED]
        _bars(ax, paused, [100.0] * len(paused), facecolor="#eeeeee", edgecolor=pause_colour)
        ax.collections[-1].set_hatch("///")
    for (colour, alpha), (xs, heights) in groups.items():
        _bars(ax, xs, heights, facecolor=colour, alpha=alpha)
    ax.set_ylim(0, 105)
    ax.set_yticks([0, 50, 100])
    ax.set_ylabel(texts.progress.CHART_DONE_AXIS)
    ax.grid(axis="y", color="#dddddd", lw=0.6)
    shown = (DayStatus.MET, DayStatus.PARTIAL, DayStatus.MISSED, DayStatus.REST)
    handles = [
        *(Patch(color=STATUS_COLOUR[s], label=texts.progress.CHART_DAYS[s]) for s in shown),
        Patch(
            facecolor="#eeeeee",
            edgecolor=STATUS_COLOUR[DayStatus.PAUSED],
            hatch="///",
            label=texts.progress.CHART_DAYS[DayStatus.PAUSED],
        ),
    ]
    _legend(ax, handles)


def chart_title(data: ProgressData) -> str:
    """The chart's title: week and day, the adherence figures and the streak."""
    state, adherence = data.state, data.adherence
    parts = [texts.progress.CHART_WEEK_DAY.format(week=state.week, day=state.day_number)]
    if adherence.overall_pct is not None:
        parts.append(texts.progress.CHART_PLAN_DONE.format(pct=adherence.overall_pct))
    if adherence.week_pct is not None:
        parts.append(texts.progress.CHART_WEEK_DONE.format(pct=adherence.week_pct))
    streak = adherence.streak
    parts.append(texts.progress.chart_streak(streak))
    return " · ".join(parts)


def _day_month(value: float, _position: int | None = None) -> str:
    """A date tick, in the runner's language (Babel): 09 Dec, 09 dic."""
    return texts.dates.shown(mdates.num2date(value).date(), texts.dates.DAY_MONTH)


def _locator(span_days: int) -> mdates.DateLocator:
    """Days for the first two weeks, Mondays up to four months, then the 1st of each month:
    about a dozen labels, however long the programme."""
    if span_days > LONG_SPAN_DAYS:
        return mdates.MonthLocator(bymonthday=1)
    if span_days > 14:
        return mdates.WeekdayLocator(byweekday=mdates.MO)
    return mdates.DayLocator(interval=1 if span_days <= 8 else 2)


def progress_chart(data: ProgressData) -> bytes:
    """The two-panel chart as PNG bytes."""
    with _DRAWING:
        return _draw(data)


def _draw(data: ProgressData) -> bytes:
    first = data.start
    # At least the first week is laid out, so a new runner's chart has room to grow into.
    last = max(data.today, data.start + timedelta(days=MIN_DAYS_SHOWN - 1))
    span_days = (last - first).days + 1
    figure = Figure(figsize=(WIDTH_IN, HEIGHT_IN), dpi=DPI, layout="constrained")
    FigureCanvasAgg(figure)
    pain_ax, adherence_ax = figure.subplots(
        2, 1, sharex=True, gridspec_kw={"height_ratios": [3, 1.3]}
    )
    figure.suptitle(
        f"{texts.catalog.gettext(data.protocol.name)}\n{chart_title(data)}", fontsize=12
    )
    _pain_panel(pain_ax, data, first, last)
    _adherence_panel(adherence_ax, data)
    pain_ax.set_title(texts.progress.CHART_PAIN_TITLE, fontsize=10, loc="left")
    adherence_ax.set_title(texts.progress.CHART_DONE_TITLE, fontsize=10, loc="left")
    pad = 0.7
    left, right = _num(first) - pad, _num(last) + pad
    adherence_ax.set_xlim(left, right)
    # The date ticks worked out once for these fixed limits: a date locator asked on each of
    # the dozens of layout and draw passes runs its rule over the span every time.
    ticks = _locator(span_days).tick_values(mdates.num2date(left), mdates.num2date(right))
    adherence_ax.xaxis.set_major_locator(FixedLocator(ticks))
    adherence_ax.xaxis.set_major_formatter(FuncFormatter(_day_month))
    adherence_ax.set_xlabel(texts.progress.CHART_DATE_AXIS)
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", metadata={"Software": None})
    return buffer.getvalue()
