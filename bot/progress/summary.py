"""The words of /progress, the weekly summary and the report, built from ``ProgressData``.

Templates live in ``bot.service.texts``; this module only fills them in.
"""

from __future__ import annotations

from datetime import timedelta

from bot.coach import thresholds as t
from bot.coach.adherence import (
    Adherence,
    Trend,
    everyday_pain_trend,
    next_morning_trend,
    run_pain_trend,
)
from bot.coach.progress import CoachState
from bot.coach.protocol import Protocol
from bot.coach.records import Phase
from bot.progress import ProgressData
from bot.service import texts


def score(value: float) -> str:
    """A mean pain score: one decimal, none when whole (4, 3.5)."""
    return f"{value:.1f}".removesuffix(".0")


def plural(n: int) -> str:
    return "" if n == 1 else "s"


def _of_days(protocol: Protocol) -> str:
    return f" of {protocol.weeks * 7}" if protocol.weeks else ""


def where_line(data: ProgressData) -> str:
    state, protocol = data.state, data.protocol
    phase = f" · phase: {texts.PHASE_NAMES[state.phase]}" if state.phase else ""
    stage = ""
    if state.phase is Phase.RETURN:
        stage = texts.PROGRESS_STAGE.format(stage=state.stage, stages=len(protocol.running.ladder))
    return texts.PROGRESS_WHERE.format(
        protocol=protocol.name, phase=phase, stage=stage, level=state.strength_level + 1
    )


def adherence_lines(adherence: Adherence) -> list[str]:
    lines: list[str] = []
    if adherence.stretch_prescribed:
        lines.append(
            texts.PROGRESS_STRETCH.format(
                done=adherence.stretch_done,
                of=adherence.stretch_prescribed,
                pct=adherence.stretch_pct,
            )
        )
    if adherence.strength_prescribed:
        lines.append(
            texts.PROGRESS_STRENGTH.format(
                done=adherence.strength_done,
                of=adherence.strength_prescribed,
                pct=adherence.strength_pct,
            )
        )
    if not lines:
        lines.append(texts.PROGRESS_NOTHING_YET)
    lines.append(
        texts.PROGRESS_STREAK.format(
            streak=adherence.streak, s=plural(adherence.streak), best=adherence.best_streak
        )
        + " "
        + texts.STREAK_RULE
    )
    if adherence.paused_days:
        lines.append(texts.PROGRESS_PAUSED_DAYS.format(n=adherence.paused_days))
    return lines


def _trend(template: str, trend: Trend) -> str:
    return template.format(
        first=score(trend.first),
        last=score(trend.last),
        word=texts.TREND_WORDS[trend.direction.value],
    )


def trend_lines(data: ProgressData) -> list[str]:
    history, start = data.history, data.start
    lines: list[str] = []
    runs = run_pain_trend(history, start)
    if runs is not None:
        lines.append(_trend(texts.TREND_RUNS, runs))
        after = next_morning_trend(history, start)
        if after is not None:
            lines.append(_trend(texts.TREND_NEXT_MORNING, after))
    elif not any(r.day >= start for r in history.runs):
        lines.append(texts.NO_RUNS_YET)
    everyday = everyday_pain_trend(history, start, data.today)
    if everyday is not None:
        lines.append(_trend(texts.TREND_EVERYDAY, everyday))
    return lines


def progress_text(data: ProgressData) -> str:
    """The /progress message: short enough to be a photo caption (Telegram: 1024 characters)."""
    state = data.state
    lines = [
        texts.PROGRESS_HEAD.format(
            week=state.week, day=state.day_number, of=_of_days(data.protocol)
        ),
        where_line(data),
        "",
        *adherence_lines(data.adherence),
        "",
        *trend_lines(data),
    ]
    if state.referral is not None:
        lines.append(texts.PROGRESS_REFERRAL.format(reason=state.referral.reason))
    return "\n".join(lines).strip()


def coming_week(protocol: Protocol, state: CoachState) -> str:
    """One line on what the week starting ``state.day`` holds."""
    level = state.strength_level + 1
    if state.referral is not None:
        what = texts.COMING_REFERRAL
    elif protocol.weeks is not None and state.week > protocol.weeks:
        what = texts.COMING_FINISHED.format(name=protocol.name)
    elif state.phase is Phase.CALM:
        what = texts.COMING_CALM.format(
            n=protocol.stretch_sessions_per_day, level=level, days=t.CALM_DAYS_TO_BUILD
        )
    elif state.phase is Phase.BUILD:
        left = max(t.BUILD_STRENGTH_DAYS_TO_RETURN - state.good_strength_days, 1)
        what = texts.COMING_BUILD.format(level=level, left=left, max=t.STRENGTH_STEP_UP_MAX)
    elif state.phase is Phase.RETURN:
        ladder = protocol.running.ladder
        what = texts.COMING_RETURN.format(
            stage=state.stage, stages=len(ladder), detail=ladder[state.stage - 1].describe()
        )
    elif state.phase is Phase.MAINTAIN or protocol.running.mode == "free":
        what = texts.COMING_MAINTAIN.format(growth=t.MAINTAIN_WEEKLY_GROWTH_PCT)
    else:
        what = texts.COMING_PLAIN.format(
            n=protocol.stretch_sessions_per_day, level=level, running=protocol.running.advice
        ).strip()
    of = f" of {protocol.weeks}" if protocol.weeks and state.week <= protocol.weeks else ""
    return texts.COMING_WEEK.format(week=state.week, of=of, what=what)


def weekly_text(data: ProgressData, next_week: CoachState) -> str:
    """The Sunday summary: the past seven days in one line, the coming week in another."""
    week = [d for d in data.adherence.days if data.today - d.day < timedelta(days=7)]
    due = sum(d.prescribed for d in week if not d.paused)
    done = sum(d.done for d in week if not d.paused)
    streak = data.adherence.streak
    head = (
        texts.WEEKLY_HEAD.format(pct=round(100 * done / due), streak=streak, s=plural(streak))
        if due
        else texts.WEEKLY_HEAD_EMPTY
    )
    return f"{head}\n{coming_week(data.protocol, next_week)}"


def programme_lines(data: ProgressData) -> list[str]:
    """Where the runner stands, for the report: programme, start, phase, stage, dose."""
    protocol, state = data.protocol, data.state
    lines = [
        texts.PDF_ROW_PROGRAMME.format(name=protocol.name, source=protocol.source.rstrip(".")),
        texts.PDF_ROW_START.format(
            start=texts.day_label(data.start),
            today=texts.day_label(data.today),
            week=state.week,
            day=state.day_number,
            of=_of_days(protocol),
            side=texts.SIDES.get(data.side, data.side),
        ),
    ]
    if state.phase is not None:
        since = texts.day_label(state.phase_since) if state.phase_since else "-"
        lines.append(texts.PDF_ROW_PHASE.format(phase=texts.PHASE_NAMES[state.phase], since=since))
    if state.phase is Phase.RETURN:
        ladder = protocol.running.ladder
        lines.append(
            texts.PDF_ROW_STAGE.format(
                stage=state.stage,
                stages=len(ladder),
                detail=ladder[state.stage - 1].describe(),
                greens=state.greens_at_stage,
                need=t.GREEN_RUNS_TO_ADVANCE,
            )
        )
    elif protocol.running.mode == "none":
        lines.append(texts.PDF_ROW_RUNNING_NONE)
    if state.no_running_until and not state.may_run_today():
        lines.append(texts.PDF_ROW_NO_RUN_UNTIL.format(day=texts.day_label(state.no_running_until)))
    if protocol.strength:
        doses = "; ".join(
            f"{e.name} {e.dose.describe(state.strength_level)}" for e in protocol.strength
        )
        lines.append(
            texts.PDF_ROW_DOSE.format(
                level=state.strength_level + 1, top=protocol.top_strength_level + 1, doses=doses
            )
        )
    if protocol.stretches:
        stretches = "; ".join(f"{e.name} {e.dose.describe(0)}" for e in protocol.stretches)
        lines.append(
            texts.PDF_ROW_STRETCH.format(n=protocol.stretch_sessions_per_day, stretches=stretches)
        )
    return lines
