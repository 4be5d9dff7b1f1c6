"""Reports: /run (with its two questions), /morning, /strength. Each applies the pain rules."""

from __future__ import annotations

import re
from datetime import timedelta

from bot.coach import thresholds as t
from bot.coach.plan import STRENGTH_ITEM
from bot.coach.progress import derive_state
from bot.coach.records import Decision, Phase
from bot.coach.rules import judge_run, revise_with_morning
from bot.coach.runs import run_facts, tracks_volume, weekly_minutes
from bot.coach.stalled import check_stalled
from bot.service import parse, questions, texts
from bot.service.context import Context
from bot.service.questions import Question
from bot.service.referrals import raise_referral
from bot.service.replies import Reply
from bot.store import repo
from bot.store.models import RunReport

_RUN_RE = re.compile(
    r"^(?:(?P<minutes>[0-9]{1,3})\s*(?:min|mins|minutes)?\s*)?"
    r"(?:pain\s+(?P<pain>\S+)(?:\s+(?P<stopped>stopped|stop))?)?$",
    re.IGNORECASE | re.ASCII,
)


async def run(ctx: Context, args: str) -> list[Reply]:
    """``/run [minutes]`` asks two questions; ``/run [minutes] pain N [stopped]`` reports."""
    match = _RUN_RE.match(args.strip())
    if match is None:
        raise parse.BadInput(texts.RUN_USAGE)
    minutes = int(match["minutes"]) if match["minutes"] else None
    if minutes is not None and not 1 <= minutes <= 600:
        raise parse.BadInput(texts.RUN_USAGE)
    if match["pain"] is not None:
        pain = parse.pain(match["pain"])
        return await record_run(ctx, minutes, pain, stopped=match["stopped"] is not None)
    return [questions.ask(ctx, Question.RUN_PAIN, minutes=minutes)]


async def answer_run_pain(ctx: Context, value: str) -> list[Reply]:
    pain = parse.pain(value)
    pending = ctx.pending() or {}
    minutes, distance_km = pending.get("minutes"), pending.get("distance_km")
    return [
        questions.ask(
            ctx, Question.RUN_STOPPED, minutes=minutes, distance_km=distance_km, pain=pain
        )
    ]


async def answer_run_stopped(ctx: Context, value: str) -> list[Reply]:
    stopped = parse.yes_no(value)
    pending = ctx.pending() or {}
    return await record_run(
        ctx,
        pending.get("minutes"),
        int(pending["pain"]),
        stopped=stopped,
        distance_km=pending.get("distance_km"),
    )


async def record_run(
    ctx: Context,
    minutes: int | None,
    pain: int,
    *,
    stopped: bool,
    distance_km: float | None = None,
) -> list[Reply]:
    ctx.clear_pending()
    history = await ctx.history()
    state = await ctx.state(history)
    facts = run_facts(ctx.protocol, state, history, pain=pain, stopped=stopped, minutes=minutes)
    judgement = judge_run(facts)
    ctx.session.add(
        RunReport(
            user_id=ctx.user.id,
            day=ctx.today,
            reported_at=ctx.now,
            minutes=minutes,
            distance_km=distance_km,
            pain_during=pain,
            stopped=stopped,
            stage=facts.stage,
            phase=state.phase.value if state.phase else None,
            decision=judgement.decision.value,
            rule=judgement.rule,
            reason=judgement.reason,
        )
    )
    volume = weekly_minutes(history, state.start, ctx.today, minutes)
    warn = tracks_volume(ctx.protocol, state) and volume.weeks_over > 0 and judgement.rule != "R9"
    replies = [
        Reply(
            texts.run_reply(
                judgement, pain, stopped, ctx.protocol, state.phase, volume if warn else None
            )
        )
    ]
    if judgement.decision is Decision.REFER and judgement.rule != "R1":
        replies += await raise_referral(ctx, judgement.rule, judgement.reason, source="run")
    else:
        await ctx.session.flush()
        replies += await _check_stalled(ctx)
    return replies


async def _check_stalled(ctx: Context) -> list[Reply]:
    """R7, judged each day a report arrives (CLINICAL.md §4 v2)."""
    stalled = check_stalled(await ctx.history(), ctx.settings.start_date, ctx.today)
    if stalled is None:
        return []
    return await raise_referral(ctx, stalled.rule, stalled.reason, source="rule")


async def morning(ctx: Context, args: str) -> list[Reply]:
    if not args.strip():
        return [questions.ask(ctx, Question.MORNING_PAIN)]
    return await record_morning(ctx, parse.pain(args))


async def answer_morning(ctx: Context, value: str) -> list[Reply]:
    return await record_morning(ctx, parse.pain(value))


async def record_morning(ctx: Context, pain: int) -> list[Reply]:
    """Everyday pain for today; revises yesterday's run by R4; checks R7; asks about stairs
    in the calm phase."""
    ctx.clear_pending()
    history = await ctx.history()  # read before today's report: baselines come from earlier
    awaiting = await repo.runs_awaiting_morning(ctx.session, ctx.user.id, ctx.today)
    await repo.save_morning(ctx.session, ctx.user.id, ctx.today, pain)
    replies = [Reply(texts.MORNING_SAVED.format(pain=pain))]
    for row in awaiting:
        reply = _morning_after(row, pain, history.baseline_before(row.day))
        if reply is not None:
            replies.append(reply)
    await ctx.session.flush()
    stalled = await _check_stalled(ctx)
    replies += stalled
    state = await ctx.state()
    if state.phase is Phase.CALM and state.referral is None and not stalled:
        replies.append(questions.ask(ctx, Question.STAIRS))
    return replies


def _morning_after(row: RunReport, pain: int, baseline: int) -> Reply | None:
    """R4 on yesterday's run: revise it, or say that it stands (nothing for a referred run)."""
    row.morning_pain = pain
    revised = revise_with_morning(repo.run_record(row), pain, baseline)
    if revised is not None:
        row.decision, row.rule, row.reason = revised.decision.value, revised.rule, revised.reason
        decision = texts.DECISIONS[revised.decision]
        return Reply(texts.REVISED.format(reason=revised.reason, decision=decision))
    if row.decision == Decision.REFER.value:
        return None  # a clinician first: the morning changes nothing about that run
    if pain - baseline >= t.MORNING_RISE_MIN:  # sore, and the run already rested
        return Reply(texts.MORNING_SORE_AFTER.format(baseline=baseline))
    return Reply(texts.MORNING_CONFIRMS_RUN)


async def answer_stairs(ctx: Context, value: str) -> list[Reply]:
    ok = parse.yes_no(value)
    ctx.clear_pending()
    row = await repo.morning_on(ctx.session, ctx.user.id, ctx.today)
    if row is None:
        return [Reply(texts.ASK_MORNING_FIRST)]
    row.stairs_ok = ok
    return [Reply(texts.STAIRS_OK if ok else texts.STAIRS_SORE)]


async def strength(ctx: Context, args: str) -> list[Reply]:
    if not args.strip():
        return [questions.ask(ctx, Question.STRENGTH_PAIN)]
    return await record_strength(ctx, parse.pain(args))


async def answer_strength(ctx: Context, value: str) -> list[Reply]:
    return await record_strength(ctx, parse.pain(value))


async def record_strength(ctx: Context, pain: int) -> list[Reply]:
    ctx.clear_pending()
    await repo.save_strength(ctx.session, ctx.user.id, ctx.today, pain)
    await repo.add_completion(ctx.session, ctx.user.id, ctx.today, STRENGTH_ITEM, ctx.now)
    await ctx.session.flush()
    history = await ctx.history()
    today = await ctx.state(history)
    tomorrow = derive_state(
        ctx.protocol, ctx.settings.start_date, history, ctx.today + timedelta(days=1)
    )
    return [Reply(texts.strength_feedback(ctx.protocol, pain, today, tomorrow))]
