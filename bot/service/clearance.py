"""``/cleared``: the runner says a clinician has seen them, and the referrals close
(CLINICAL.md §5 v3).

An urgent or emergency flag is cleared only by a physio or doctor (never "someone else"), never
within 6 hours of being raised (a timestamp, not a calendar day: a flag at 23:50 cannot be
cleared at 00:10), and only once the runner says the clinician let them exercise again. A
"soon" flag or a rule's referral keeps the simpler conversation. Every clearance given here is
stored as self-reported; a linked clinician's own clearance is marked as theirs.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from bot import texts
from bot.coach import thresholds as t
from bot.coach.redflags import Urgency
from bot.service import parse, questions
from bot.service.context import Context
from bot.service.pending import ClearedBy, Question
from bot.service.ports import ReferralRecord
from bot.service.replies import Reply

SERIOUS = frozenset({Urgency.EMERGENCY.value, Urgency.URGENT.value})
CLINICIANS_ONLY = frozenset({"physio", "doctor"})  # who may clear a serious flag


def _serious(rows: list[ReferralRecord]) -> list[ReferralRecord]:
    return [r for r in rows if r.urgency in SERIOUS]


def _aware(moment: datetime) -> datetime:
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)  # SQLite drops the zone


def _too_soon(ctx: Context, rows: list[ReferralRecord]) -> Reply | None:
    """The refusal while a serious flag is under 6 hours old, naming when it can be cleared."""
    wait = timedelta(hours=t.CLEARANCE_MIN_HOURS)
    young = [r for r in _serious(rows) if _aware(ctx.now) - _aware(r.raised_at) < wait]
    if not young:
        return None
    ctx.clear_pending()
    earliest = max(_aware(r.raised_at) for r in young) + wait
    names = ", ".join(ctx.cause_label(r.cause) for r in young)
    local = earliest.astimezone(ctx.zone)
    return Reply(
        texts.ladder.CLEAR_TOO_SOON.format(
            flags=names,
            hours=t.CLEARANCE_MIN_HOURS,
            at=texts.common.day_label(local.date()) + local.strftime(" %H:%M"),
        )
    )


async def cleared(ctx: Context, _args: str) -> list[Reply]:
    """``/cleared``: who cleared the runner, and when; then open referrals close."""
    open_rows = await ctx.uow.open_referrals(ctx.user.id)
    if not open_rows:
        return [Reply(texts.safety.NOTHING_TO_CLEAR)]
    refused = _too_soon(ctx, open_rows)
    if refused:
        return [refused]
    return [questions.ask(ctx, Question.CLEARED_BY)]


async def answer_cleared_by(ctx: Context, value: str) -> list[Reply]:
    who = parse.clinician(value)
    serious = _serious(await ctx.uow.open_referrals(ctx.user.id))
    if serious and who not in CLINICIANS_ONLY:
        ctx.clear_pending()
        names = ", ".join(ctx.cause_label(r.cause) for r in serious)
        return [Reply(texts.ladder.CLEAR_NEEDS_CLINICIAN.format(flags=names))]
    return [questions.ask(ctx, Question.CLEARED_WHEN, ClearedBy(who))]


async def answer_cleared_when(ctx: Context, value: str) -> list[Reply]:
    pending = ctx.pending()
    cleared_by = pending.about(ClearedBy) if pending else None
    who = cleared_by.who if cleared_by else "other"
    open_rows = await ctx.uow.open_referrals(ctx.user.id)
    if not open_rows:
        ctx.clear_pending()
        return [Reply(texts.safety.NOTHING_TO_CLEAR)]
    seen = parse.past_day(value, ctx.today)
    first = min(r.day for r in open_rows)
    if seen < first:
        raise parse.BadInput(
            texts.safety.CLEARED_BEFORE_FLAG.format(day=texts.common.day_label(first))
        )
    refused = _too_soon(ctx, open_rows)
    if refused:
        return [refused]
    if _serious(open_rows):
        return [questions.ask(ctx, Question.CLEARED_OK, ClearedBy(who, seen))]
    return await _clear(ctx, open_rows, ClearedBy(who, seen))


async def answer_cleared_ok(ctx: Context, value: str) -> list[Reply]:
    """The runner's word that the clinician said they may exercise again: yes clears."""
    ok = parse.yes_no(value)
    pending = ctx.pending()
    cleared_by = pending.about(ClearedBy) if pending else None
    open_rows = await ctx.uow.open_referrals(ctx.user.id)
    if not ok or cleared_by is None or cleared_by.seen is None or not open_rows:
        ctx.clear_pending()
        return [Reply(texts.ladder.CLEAR_NOT_YET if open_rows else texts.safety.NOTHING_TO_CLEAR)]
    refused = _too_soon(ctx, open_rows)
    if refused:
        return [refused]
    return await _clear(ctx, open_rows, cleared_by)


async def _clear(ctx: Context, open_rows: list[ReferralRecord], by: ClearedBy) -> list[Reply]:
    seen = by.seen or ctx.today
    await ctx.uow.clear_referrals(
        ctx.user.id, [r.id for r in open_rows], day=ctx.today, who=by.who, seen=seen, at=ctx.now
    )
    ctx.clear_pending()
    first = min(r.day for r in open_rows)
    weeks = (ctx.today - first).days > t.CLEARANCE_LONG_REFERRAL_DAYS
    return [
        Reply(
            texts.safety.CLEARED.format(
                who=texts.safety.CLINICIANS[by.who],
                day=texts.common.day_label(seen),
                back=texts.safety.step_back(weeks),
            )
            + " "
            + texts.ladder.CLEARED_SELF_REPORTED
        )
    ]
