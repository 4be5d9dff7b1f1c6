"""R7 (CLINICAL.md §4 v2): a standing check, judged each day a report arrives.

"No improvement" compares rolling windows: the last 7 days against days 15-21 before, for the
morning pain and for the pain during runs, each series only when it has at least 3 reports in
both windows. A runner whose every run of those 3 weeks hurt above the green band has not
improved either, whatever the means do. A series at or below the resolved level (2/10) in
either window is not stalled: settled pain cannot fall much further, and a rise from a settled
level is a flare for R2-R4 and the rest period [default]. "Not resolved" is a mean morning
pain of the last 7 days still above 2/10 after 8 weeks [default]. Neither is raised while a
referral is open, nor within 21 days of a clearance.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from statistics import mean

from bot.coach import thresholds as t
from bot.coach.records import Decision, History, Judgement, Reason, Why, within_days

WEEKS_STALLED = t.STALLED_NO_IMPROVEMENT_DAYS // 7


@dataclass(frozen=True, slots=True)
class Windows:
    """The pain values of one series in the early window (days 15-21 before) and the last 7."""

    early: tuple[int, ...]
    last: tuple[int, ...]

    @property
    def comparable(self) -> bool:
        return min(len(self.early), len(self.last)) >= t.STALLED_MIN_REPORTS

    @property
    def stalled(self) -> bool:
        """Not lower than three weeks ago, and above the resolved level then and now. Pain that
        has settled cannot fall much further, and a rise from a settled level is a flare, which
        R2-R4 and the rest period answer [default]."""
        early, last = mean(self.early), mean(self.last)
        return last >= early and min(early, last) > t.RESOLVED_PAIN_MAX


LAST = t.TREND_WINDOW_DAYS


def _windows(dated: Sequence[tuple[date, int]], start: date, today: date) -> Windows:
    early_to = today - timedelta(days=t.STALLED_NO_IMPROVEMENT_DAYS - t.TREND_WINDOW_DAYS)
    early_from = today - timedelta(days=t.STALLED_NO_IMPROVEMENT_DAYS - 1)
    return Windows(
        early=tuple(p for d, p in dated if max(start, early_from) <= d <= early_to),
        last=tuple(p for d, p in dated if start <= d and within_days(d, today, LAST)),
    )


def armed(history: History, today: date) -> bool:
    """R7 is silent while a referral is open and for 21 days after any clearance."""
    if history.active_referral() is not None:
        return False
    rearm = timedelta(days=t.R7_REARM_DAYS)
    return all(
        r.cleared_on is None or today - r.cleared_on >= rearm for r in history.referrals if r.stood
    )


def _unresolved(history: History, start: date, today: date) -> Judgement | None:
    if (today - start).days < t.STALLED_UNRESOLVED_DAYS:
        return None
    recent = [m.pain for m in history.mornings if within_days(m.day, today, t.TREND_WINDOW_DAYS)]
    # Silence is not evidence: with no recent morning report, nothing is raised.
    if not recent or max(recent) <= t.RESOLVED_PAIN_MAX:
        return None
    return Judgement(Decision.REFER, "R7-unresolved", Reason(Why.NOT_SETTLED))


def _stalled(history: History, start: date, today: date) -> Judgement | None:
    seen = [(m.day, m.pain) for m in history.mornings if m.day <= today]
    ran = [(r.day, r.pain_during) for r in history.runs if r.day <= today]
    mornings, runs = _windows(seen, start, today), _windows(ran, start, today)
    if runs.comparable:
        first = today - timedelta(days=t.STALLED_NO_IMPROVEMENT_DAYS - 1)
        span = [p for d, p in ran if max(start, first) <= d]
        if min(span) > t.RUN_GREEN_MAX:
            return Judgement(Decision.REFER, "R7-stalled", Reason(Why.RUNS_STILL_HURT))
    series = [w for w in (mornings, runs) if w.comparable]
    if not series or not all(w.stalled for w in series):
        return None
    return Judgement(Decision.REFER, "R7-stalled", Reason(Why.NOT_IMPROVING))


def check_stalled(history: History, start: date, today: date) -> Judgement | None:
    """R7: a referral to raise today, or None. Reports before ``start`` or after ``today``
    are ignored."""
    if not armed(history, today):
        return None
    return _unresolved(history, start, today) or _stalled(history, start, today)
