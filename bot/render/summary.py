"""The words of /progress, the weekly summary and the report, built from ``ProgressData``.

Templates live in ``bot.texts.progress``; this module only fills them in.
"""

from __future__ import annotations

from bot import texts
from bot.coach import thresholds as t
from bot.coach.adherence import (
    Adherence,
    Trend,
    everyday_pain_trend,
    next_morning_trend,
    run_pain_trend,
)
from bot.coach.protocol import Protocol, RunningMode
from bot.coach.records import Phase
from bot.coach.state import CoachState
from bot.render import ProgressData
from bot.texts.catalog import gettext


def score(value: float) -> str:
    """A mean pain score: one decimal, none when whole (4, 3.5)."""
    return f"{value:.1f}".removesuffix(".0")


def _of_days(protocol: Protocol) -> str:
    return texts.progress.OF_N.format(n=protocol.weeks * 7) if protocol.weeks else ""


def where_line(data: ProgressData) -> str:
    state, protocol = data.state, data.protocol
    phase = (
        texts.progress.PROGRESS_PHASE.format(phase=texts.plan.PHASE_NAMES[state.phase])
        if state.phase
        else ""
    )
    stage = ""
    if state.phase is Phase.RETURN:
        stage = texts.progress.PROGRESS_STAGE.format(
            stage=state.stage, stages=len(protocol.running.ladder)
        )
    return texts.progress.PROGRESS_WHERE.format(
        protocol=gettext(protocol.name),
        phase=phase,
        stage=stage,
        level=state.strength_level + 1,
    )


def figure_line(adherence: Adherence) -> str | None:
    """The one adherence figure: since the start and over the last 7 days."""
    overall, week = adherence.overall_pct, adherence.week_pct
    if overall is None:
        return None
    if week is None:
        return texts.progress.PROGRESS_PLAN_DONE_ALL.format(overall=overall)
    return texts.progress.PROGRESS_PLAN_DONE.format(overall=overall, week=week)


def streak_line(adherence: Adherence) -> str:
    """A streak a runner can keep, worded to encourage: the run of kept days, or how many of
    the last 7 were kept and that today can start a new one."""
    streak, best = adherence.streak, adherence.best_streak
    kept = adherence.kept_this_week
    if streak == 0 and kept == 0:
        line = texts.progress.PROGRESS_STREAK_FIRST
    elif streak == 0:
        line = texts.progress.streak_start_text(kept)
    else:
        line = texts.progress.streak_text(streak)
        if best > streak:
            line += texts.progress.PROGRESS_BEST.format(best=best)
    return f"{line} {texts.progress.STREAK_RULE}"


def adherence_lines(adherence: Adherence) -> list[str]:
    figure = figure_line(adherence)
    lines: list[str] = [figure] if figure else []
    if adherence.stretch_prescribed:
        lines.append(
            texts.progress.PROGRESS_STRETCH.format(
                done=adherence.stretch_done,
                of=adherence.stretch_prescribed,
                pct=adherence.stretch_pct,
            )
        )
    if adherence.strength_prescribed:
        lines.append(
            texts.progress.PROGRESS_STRENGTH.format(
                done=adherence.strength_done,
                of=adherence.strength_prescribed,
                pct=adherence.strength_pct,
            )
        )
    if not lines:
        lines.append(texts.progress.PROGRESS_NOTHING_YET)
    lines.append(streak_line(adherence))
    if adherence.paused_days:
        lines.append(texts.progress.PROGRESS_PAUSED_DAYS.format(n=adherence.paused_days))
    return lines


def _trend(template: str, trend: Trend) -> str:
    return template.format(
        first=score(trend.first),
        last=score(trend.last),
        word=texts.progress.TREND_WORDS[trend.direction.value],
    )


def trend_lines(data: ProgressData) -> list[str]:
    history, start = data.history, data.start
    lines: list[str] = []
    runs = run_pain_trend(history, start)
    if runs is not None:
        lines.append(_trend(texts.progress.TREND_RUNS, runs))
        after = next_morning_trend(history, start)
        if after is not None:
            lines.append(_trend(texts.progress.TREND_NEXT_MORNING, after))
    elif not any(r.day >= start for r in history.runs):
        lines.append(texts.progress.NO_RUNS_YET)
    everyday = everyday_pain_trend(history, start, data.today)
    if everyday is not None:
        lines.append(_trend(texts.progress.TREND_EVERYDAY, everyday))
    return lines


def progress_text(data: ProgressData) -> str:
    """The /progress message: short enough to be a photo caption (Telegram: 1024 characters)."""
    state = data.state
    lines = [
        texts.progress.PROGRESS_HEAD.format(
            week=state.week, day=state.day_number, of=_of_days(data.protocol)
        ),
        where_line(data),
        "",
        *adherence_lines(data.adherence),
        "",
        *trend_lines(data),
    ]
    if state.referral is not None:
        lines.append(texts.progress.PROGRESS_REFERRAL.format(reason=state.referral.reason))
    return "\n".join(lines).strip()


def coming_week(protocol: Protocol, state: CoachState) -> str:
    """One line on what the week starting ``state.day`` holds."""
    level = state.strength_level + 1
    if state.referral is not None:
        what = texts.progress.COMING_REFERRAL
    elif protocol.weeks is not None and state.week > protocol.weeks:
        what = texts.progress.COMING_FINISHED.format(name=gettext(protocol.name))
    elif state.phase is Phase.CALM:
        what = texts.progress.COMING_CALM.format(
            n=protocol.stretch_sessions_per_day, level=level, days=t.CALM_DAYS_TO_BUILD
        )
    elif state.phase is Phase.BUILD:
        left = max(t.BUILD_STRENGTH_DAYS_TO_RETURN - state.good_strength_days, 1)
        what = texts.progress.COMING_BUILD.format(
            level=level, left=left, max=t.STRENGTH_STEP_UP_MAX
        )
    elif state.phase is Phase.RETURN:
        ladder = protocol.running.ladder
        what = texts.progress.COMING_RETURN.format(
            stage=state.stage,
            stages=len(ladder),
            detail=texts.common.stage_text(ladder[state.stage - 1]),
        )
    elif state.phase is Phase.MAINTAIN or protocol.running.mode is RunningMode.FREE:
        what = texts.progress.COMING_MAINTAIN.format(growth=t.MAINTAIN_WEEKLY_GROWTH_PCT)
    else:
        what = texts.progress.COMING_PLAIN.format(
            n=protocol.stretch_sessions_per_day,
            level=level,
            running=gettext(protocol.running.advice),
        ).strip()
    within = protocol.weeks and state.week <= protocol.weeks
    of = texts.progress.OF_N.format(n=protocol.weeks) if within else ""
    return texts.progress.COMING_WEEK.format(week=state.week, of=of, what=what)


def weekly_text(data: ProgressData, next_week: CoachState) -> str:
    """The Sunday summary: the past seven days in one line (the same figure /progress and the
    chart show), the coming week in another."""
    adherence = data.adherence
    week, overall = adherence.week_pct, adherence.overall_pct
    streak = adherence.streak
    head = (
        texts.progress.WEEKLY_HEAD.format(
            pct=week,
            overall=overall,
            kept=adherence.kept_this_week,
            streak=texts.progress.weekly_streak(streak) if streak else "",
        )
        if week is not None and overall is not None
        else texts.progress.WEEKLY_HEAD_EMPTY
    )
    return f"{head}\n{coming_week(data.protocol, next_week)}"


def programme_lines(data: ProgressData) -> list[str]:
    """Where the runner stands, for the report: programme, start, phase, stage, dose."""
    protocol, state = data.protocol, data.state
    lines = [
        texts.report_pdf.PDF_ROW_PROGRAMME.format(
            name=gettext(protocol.name), source=protocol.source.rstrip(".")
        ),
        texts.report_pdf.PDF_ROW_START.format(
            start=texts.common.day_label(data.start),
            today=texts.common.day_label(data.today),
            week=state.week,
            day=state.day_number,
            of=_of_days(protocol),
            side=texts.onboarding.SIDES.get(data.side, data.side),
        ),
    ]
    if state.phase is not None:
        since = texts.common.day_label(state.phase_since) if state.phase_since else "-"
        lines.append(
            texts.report_pdf.PDF_ROW_PHASE.format(
                phase=texts.plan.PHASE_NAMES[state.phase], since=since
            )
        )
    if state.phase is Phase.RETURN:
        ladder = protocol.running.ladder
        lines.append(
            texts.report_pdf.PDF_ROW_STAGE.format(
                stage=state.stage,
                stages=len(ladder),
                detail=texts.common.stage_text(ladder[state.stage - 1]),
                greens=state.greens_at_stage,
                need=t.GREEN_RUNS_TO_ADVANCE,
            )
        )
    elif protocol.running.mode is RunningMode.NONE:
        lines.append(texts.report_pdf.PDF_ROW_RUNNING_NONE)
    if state.no_running_until and not state.may_run_today():
        lines.append(
            texts.report_pdf.PDF_ROW_NO_RUN_UNTIL.format(
                day=texts.common.day_label(state.no_running_until)
            )
        )
    return lines + _dose_lines(protocol, state)


def _dose_lines(protocol: Protocol, state: CoachState) -> list[str]:
    """The report's current strength dose and stretches."""
    dose_text = texts.common.dose_text
    lines: list[str] = []
    if protocol.strength:
        level = state.strength_level
        doses = "; ".join(
            f"{gettext(e.name)} {dose_text(e.dose, level)}" for e in protocol.strength
        )
        top = protocol.top_strength_level + 1
        lines.append(texts.report_pdf.PDF_ROW_DOSE.format(level=level + 1, top=top, doses=doses))
    if protocol.stretches:
        stretches = "; ".join(
            f"{gettext(e.name)} {dose_text(e.dose, 0)}" for e in protocol.stretches
        )
        n = protocol.stretch_sessions_per_day
        lines.append(texts.report_pdf.PDF_ROW_STRETCH.format(n=n, stretches=stretches))
    return lines
