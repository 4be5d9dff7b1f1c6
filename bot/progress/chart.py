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

import matplotlib

matplotlib.use("Agg")  # never a GUI backend, even if pyplot is imported elsewhere later

from matplotlib import dates as mdates
from matplotlib.artist import Artist
from matplotlib.axes import Axes
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import Patch

from bot.coach import thresholds as t
from bot.coach.adherence import DayStatus
from bot.coach.records import Decision, RunRecord
from bot.progress import ProgressData

DECISION_STYLE: dict[Decision, tuple[str, str, str]] = {
    # decision: (marker, colour, legend label)
    Decision.PROGRESS: ("o", "#2e9e44", "run: progress"),
    Decision.HOLD: ("s", "#f0a020", "run: hold"),
    Decision.REST: ("v", "#d62828", "run: rest"),
    Decision.REFER: ("X", "#7b2cbf", "run: see a clinician"),
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
    (-0.5, t.RUN_GREEN_MAX + 0.5, "#2e9e44", 0.07, f"run pain 0-{t.RUN_GREEN_MAX}: progress"),
    (
        t.RUN_GREEN_MAX + 0.5,
        t.RUN_AMBER_MAX + 0.5,
        "#f0a020",
        0.08,
        f"run pain {t.RUN_GREEN_MAX + 1}-{t.RUN_AMBER_MAX}: hold",
    ),
    (t.RUN_AMBER_MAX + 0.5, 10.5, "#d62828", 0.06, f"run pain {t.RUN_HIGH_MIN}-10: rest"),
)
PHASE_LABELS = {"calm": "calm", "build": "build", "return": "walk-run", "maintain": "maintain"}

# matplotlib's text and font caches are shared: one drawing at a time across worker threads.
_DRAWING = threading.Lock()

MIN_DAYS_SHOWN = 7
WIDTH_IN, HEIGHT_IN, DPI = 10.0, 6.6, 110


def _num(day: date) -> float:
    return float(mdates.date2num(day))


def _run_note(run: RunRecord) -> str:
    """A label for the runs a reader should look at twice: any rule but a plain green run."""
    rule = run.judgement.rule
    if run.stopped:
        return f"{rule}: stopped"
    return "" if rule == "R6" else rule


def _pain_panel(ax: Axes, data: ProgressData, first: date, last: date) -> None:
    history = data.history
    for low, high, colour, alpha, _label in ZONES:
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
            PHASE_LABELS.get(span.phase.value, span.phase.value),
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
    for run in runs:
        if run.morning_pain is not None:
            after = _num(run.day + timedelta(days=1))
            ax.plot(
                [_num(run.day), after],
                [run.pain_during, run.morning_pain],
                color=NEXT_MORNING_COLOUR,
                lw=0.8,
                ls="--",
                zorder=3,
            )
            ax.scatter(
                [after],
                [run.morning_pain],
                marker="D",
                s=28,
                facecolor="white",
                edgecolor=NEXT_MORNING_COLOUR,
                lw=1.2,
                zorder=4,
            )
    for decision, (marker, colour, _label) in DECISION_STYLE.items():
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
    if not runs and not mornings:
        ax.text(
            0.5,
            0.5,
            "No pain reports yet: /run after a run, /morning each morning",
            transform=ax.transAxes,
            ha="center",
            color="#666666",
        )
    ax.set_ylim(-0.5, 10.5)
    ax.set_yticks(range(0, 11, 2))
    ax.set_ylabel("pain (0-10)")
    ax.grid(axis="y", color="#dddddd", lw=0.6)
    handles: list[Artist] = [
        Line2D([], [], ls="", marker=m, color=c, markeredgecolor="black", ms=8, label=label)
        for m, c, label in DECISION_STYLE.values()
    ]
    handles += [
        Line2D(
            [],
            [],
            ls="--",
            marker="D",
            color=NEXT_MORNING_COLOUR,
            markerfacecolor="white",
            label="next-morning pain",
        ),
        Line2D([], [], color=MORNING_COLOUR, marker=".", label="everyday pain (/morning)"),
        Patch(color=REFERRAL_COLOUR, label="referral open"),
    ]
    handles += [Patch(color=c, alpha=a * 2.5, label=label) for _l, _h, c, a, label in ZONES]
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


def _adherence_panel(ax: Axes, data: ProgressData) -> None:
    today = data.today
    for day in data.adherence.days:
        x = _num(day.day)
        status = day.status
        colour = STATUS_COLOUR[status]
        alpha = 0.45 if day.day == today else 1.0  # today is still going
        if day.day == today and status is DayStatus.MISSED:
            continue  # nothing done yet today is not a missed day
        if status is DayStatus.PAUSED:
            ax.bar(x, 100, width=0.8, color="#eeeeee", edgecolor=colour, hatch="///", lw=0)
        elif status in (DayStatus.REST, DayStatus.MISSED):  # a stub, so the day still shows
            ax.bar(x, 6, width=0.8, color=colour, alpha=alpha, lw=0)
        else:
            ax.bar(x, 100 * (day.fraction or 0.0), width=0.8, color=colour, alpha=alpha, lw=0)
    ax.set_ylim(0, 105)
    ax.set_yticks([0, 50, 100])
    ax.set_ylabel("done (%)")
    ax.grid(axis="y", color="#dddddd", lw=0.6)
    handles = [
        Patch(color=STATUS_COLOUR[DayStatus.MET], label="all done"),
        Patch(color=STATUS_COLOUR[DayStatus.PARTIAL], label="part done"),
        Patch(color=STATUS_COLOUR[DayStatus.MISSED], label="missed"),
        Patch(color=STATUS_COLOUR[DayStatus.REST], label="nothing due"),
        Patch(
            facecolor="#eeeeee",
            edgecolor=STATUS_COLOUR[DayStatus.PAUSED],
            hatch="///",
            label="paused",
        ),
    ]
    _legend(ax, handles)


def _title(data: ProgressData) -> str:
    state, adherence = data.state, data.adherence
    parts = [f"week {state.week}, day {state.day_number}"]
    if adherence.overall_pct is not None:
        parts.append(f"{adherence.overall_pct}% of the plan done")
    parts.append(f"streak {adherence.streak} day{'s' if adherence.streak != 1 else ''}")
    return " · ".join(parts)


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
    figure.suptitle(f"{data.protocol.name}\n{_title(data)}", fontsize=12)
    _pain_panel(pain_ax, data, first, last)
    _adherence_panel(adherence_ax, data)
    pain_ax.set_title("Pain during runs and the morning after", fontsize=10, loc="left")
    adherence_ax.set_title("Plan done each day (stretches + strength)", fontsize=10, loc="left")
    pad = 0.7
    adherence_ax.set_xlim(_num(first) - pad, _num(last) + pad)
    locator = (
        mdates.WeekdayLocator(byweekday=mdates.MO)
        if span_days > 14
        else mdates.DayLocator(interval=1 if span_days <= 8 else 2)
    )
    adherence_ax.xaxis.set_major_locator(locator)
    adherence_ax.xaxis.set_major_formatter(mdates.DateFormatter("%d %b"))
    adherence_ax.set_xlabel("date (your local days)")
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", metadata={"Software": None})
    return buffer.getvalue()
