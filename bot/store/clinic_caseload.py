"""The caseload as one query: every runner who lets a clinician follow them, with the figures
the caseload page shows, aggregated in SQL (no replay of anyone's history)."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from sqlalchemy import Integer, case, distinct, func, literal, null, select, union_all

from bot.store.clinic_models import Share
from bot.store.models import (
    Completion,
    MorningReport,
    Referral,
    RunReport,
    StrengthReport,
    UserSettings,
)

RULE_SOURCES = ("run", "rule")  # a referral by a pain rule (R2 twice, R7), not a red flag
REST_ALERT_DAYS = 3  # a run judged "rest" (R2 stopped, R3 high pain) alerts for this many days


def caseload_query(clinician_id: int, today: date) -> Any:
    followed = (
        select(Share.id, Share.user_id, Share.runner_label)
        .where(
            Share.clinician_id == clinician_id,
            Share.allowed_at.is_not(None),
            Share.stopped_at.is_(None),
        )
        .cte("followed")
    )
    mine = select(followed.c.user_id)
    figures, flags = _figures(mine, today), _flags(mine)
    latest = (
        select(func.max(RunReport.id).label("id"), RunReport.user_id.label("user_id"))
        .where(RunReport.user_id.in_(mine))
        .group_by(RunReport.user_id)
        .subquery("latest")
    )
    return (
        select(
            followed.c.user_id.label("user_id"),
            followed.c.id.label("share_id"),
            func.coalesce(followed.c.runner_label, "").label("runner_label"),
            UserSettings.protocol_id.label("protocol_id"),
            UserSettings.timezone.label("timezone"),
            UserSettings.start_date.label("start_date"),
            RunReport.phase.label("phase"),
            RunReport.stage.label("stage"),
            figures.c.last_day.label("last_report"),
            func.coalesce(flags.c.flags, 0).cast(Integer).label("open_flags"),
            func.coalesce(flags.c.rules, 0).cast(Integer).label("open_referrals"),
            func.coalesce(figures.c.done7, 0).label("days_done_7"),
            figures.c.m7.label("morning_mean_7"),
            figures.c.mp7.label("morning_mean_prev_7"),
            func.coalesce(figures.c.days30, 0).label("days_with_data_30"),
            func.coalesce(figures.c.rests, 0).label("recent_rests"),
        )
        .join(UserSettings, UserSettings.user_id == followed.c.user_id)
        .outerjoin(figures, figures.c.user_id == followed.c.user_id)
        .outerjoin(flags, flags.c.user_id == followed.c.user_id)
        .outerjoin(latest, latest.c.user_id == followed.c.user_id)
        .outerjoin(RunReport, RunReport.id == latest.c.id)
        .order_by(followed.c.user_id)
    )


def _figures(mine: Any, today: date) -> Any:
    """Per runner: the last day with any report, days with data in 30, days with something
    done in 7, and the mean morning pain of the last 7 days and of the 7 before."""
    activity = union_all(
        select(
            RunReport.user_id,
            RunReport.day,
            case((RunReport.decision == "rest", "rest"), else_="run"),
            null(),
        ).where(RunReport.user_id.in_(mine)),
        select(
            MorningReport.user_id, MorningReport.day, literal("morning"), MorningReport.pain
        ).where(MorningReport.user_id.in_(mine)),
        select(StrengthReport.user_id, StrengthReport.day, literal("strength"), null()).where(
            StrengthReport.user_id.in_(mine)
        ),
        select(Completion.user_id, Completion.day, literal("done"), null()).where(
            Completion.user_id.in_(mine)
        ),
    ).cte("activity")
    user_id, day, kind, pain = tuple(activity.c)
    recent = today - timedelta(days=REST_ALERT_DAYS - 1)
    week, fortnight, month = (today - timedelta(days=n) for n in (6, 13, 29))
    before = (kind == "morning") & (day < week) & (day >= fortnight)
    return (
        select(
            user_id.label("user_id"),
            func.max(day).label("last_day"),
            func.count(distinct(case((day >= month, day)))).label("days30"),
            func.count(distinct(case(((kind == "done") & (day >= week), day)))).label("done7"),
            func.avg(case(((kind == "morning") & (day >= week), pain))).label("m7"),
            func.avg(case((before, pain))).label("mp7"),
            func.count(case(((kind == "rest") & (day >= recent), day))).label("rests"),
        )
        .where(day <= today)
        .group_by(user_id)
        .subquery("figures")
    )


def _flags(mine: Any) -> Any:
    """Per runner: open red flags, and open referrals by a pain rule."""
    open_ = Referral.cleared_on.is_(None) & Referral.retracted_on.is_(None)
    flag = open_ & Referral.source.not_in(RULE_SOURCES)
    rule = open_ & Referral.source.in_(RULE_SOURCES)
    return (
        select(
            Referral.user_id.label("user_id"),
            func.sum(case((flag, 1), else_=0)).label("flags"),
            func.sum(case((rule, 1), else_=0)).label("rules"),
        )
        .where(Referral.user_id.in_(mine))
        .group_by(Referral.user_id)
        .subquery("flags")
    )
