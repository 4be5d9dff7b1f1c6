"""Reports: /run (with its two questions), /morning, /strength. Each applies the pain rules."""

from __future__ import annotations

import re

from bot.coach.plan import STRENGTH_ITEM
from bot.coach.records import Decision, Phase
from bot.coach.rules import RunFacts, check_stalled, judge_run, revise_with_morning
from bot.service import keyboards, parse, texts
from bot.service.context import Context
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
    n = ctx.ask("run_pain", minutes=minutes)
    return [Reply(texts.ASK_RUN_PAIN, keyboards.pain_keypad(n))]


async def answer_run_pain(ctx: Context, value: str) -> list[Reply]:
    pain = parse.pain(value)
    pending = ctx.pending() or {}
    minutes, distance_km = pending.get("minutes"), pending.get("distance_km")
    n = ctx.ask("run_stopped", minutes=minutes, distance_km=distance_km, pain=pain)
    return [Reply(texts.ASK_RUN_STOPPED, keyboards.yes_no(n))]


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
    referral = history.active_referral()
    facts = RunFacts(
        day=ctx.today,
        pain_during=pain,
        stopped=stopped,
        red_flag=referral.reason if referral else None,
        stage=state.run_stage(),
        recent_rests=tuple(
            (r.day, r.stage) for r in history.runs if r.judgement.decision is Decision.REST
        ),
    )
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
    replies = [Reply(texts.decision_text(judgement, pain, stopped))]
    if judgement.decision is Decision.REFER and judgement.rule != "R1":
        replies += await raise_referral(ctx, judgement.rule, judgement.reason, source="run")
    if state.phase in (Phase.CALM, Phase.BUILD) or ctx.protocol.running.mode == "none":
        replies.append(Reply(texts.run_outside_phase(ctx.protocol, state.phase)))
    return replies


async def morning(ctx: Context, args: str) -> list[Reply]:
    if not args.strip():
        n = ctx.ask("morning_pain")
        return [Reply(texts.ASK_MORNING, keyboards.pain_keypad(n))]
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
        row.morning_pain = pain
        baseline = history.baseline_before(row.day)
        revised = revise_with_morning(repo.run_record(row), pain, baseline)
        if revised is not None:
            row.decision, row.rule, row.reason = (
                revised.decision.value,
                revised.rule,
                revised.reason,
            )
            replies.append(
                Reply(
                    texts.REVISED.format(
                        reason=revised.reason, decision=texts.DECISIONS[revised.decision]
                    )
                )
            )
        else:
            replies.append(Reply(texts.MORNING_CONFIRMS_RUN))
    history = await ctx.history()
    stalled = check_stalled(history, ctx.settings.start_date, ctx.today)
    if stalled is not None:
        replies += await raise_referral(ctx, stalled.rule, stalled.reason, source="rule")
    state = await ctx.state(history)
    if state.phase is Phase.CALM and state.referral is None and stalled is None:
        n = ctx.ask("stairs")
        replies.append(Reply(texts.ASK_STAIRS, keyboards.yes_no(n)))
    return replies


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
        n = ctx.ask("strength_pain")
        return [Reply(texts.ASK_STRENGTH_PAIN, keyboards.pain_keypad(n))]
    return await record_strength(ctx, parse.pain(args))


async def answer_strength(ctx: Context, value: str) -> list[Reply]:
    return await record_strength(ctx, parse.pain(value))


async def record_strength(ctx: Context, pain: int) -> list[Reply]:
    ctx.clear_pending()
    await repo.save_strength(ctx.session, ctx.user.id, ctx.today, pain)
    await repo.add_completion(ctx.session, ctx.user.id, ctx.today, STRENGTH_ITEM, ctx.now)
    state = await ctx.state()
    return [Reply(texts.strength_feedback(pain, state.referral is not None))]
