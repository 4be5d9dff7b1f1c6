"""Reports: /run (with its two questions), /morning, /strength. Each applies the pain rules."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import timedelta

from bot import texts
from bot.coach import thresholds as t
from bot.coach.plan import STRENGTH_ITEM
from bot.coach.records import Decision, History, Phase, RunRecord
from bot.coach.rules import judge_run, revise_with_morning
from bot.coach.runs import run_facts, tracks_volume, weekly_minutes
from bot.coach.stalled import check_stalled
from bot.service import everyday, last_report, parse, questions
from bot.service import natural_words as w
from bot.service.context import Context
from bot.service.pending import Question, RunSoFar
from bot.service.ports import AwaitingRun, NewRun
from bot.service.referrals import raise_referral
from bot.service.replies import Reply

# "/run 30 pain 4 stopped", "/run 30 dolor 4 paré": the words are English or Spanish.
_RUN_RE = re.compile(
    rf"^(?:(?P<minutes>[0-9]{{1,3}})\s*(?:{w.alternatives(w.MINUTES)})?\s*)?"
    rf"(?:(?:{w.alternatives(w.COMMAND_PAIN)})\s+(?P<pain>\S+)"
    rf"(?:\s+(?P<stopped>{w.alternatives(w.COMMAND_STOPPED)}))?)?$",
    re.ASCII,
)


async def run(ctx: Context, args: str) -> list[Reply]:
    """``/run [minutes]`` asks two questions; ``/run [minutes] pain N [stopped]`` reports."""
    match = _RUN_RE.match(w.normalise(args))
    if match is None:
        raise parse.BadInput(texts.reports.RUN_USAGE)
    minutes = int(match["minutes"]) if match["minutes"] else None
    if minutes is not None and not 1 <= minutes <= 600:
        raise parse.BadInput(texts.reports.RUN_USAGE)
    if match["pain"] is not None:
        pain = parse.pain(match["pain"])
        return await record_run(ctx, minutes, pain, stopped=match["stopped"] is not None)
    return [questions.ask(ctx, Question.RUN_PAIN, RunSoFar(minutes))]


async def answer_run_pain(ctx: Context, value: str) -> list[Reply]:
    pain = parse.pain(value)
    pending = ctx.pending()
    so_far = (pending.about(RunSoFar) if pending else None) or RunSoFar()
    return [questions.ask(ctx, Question.RUN_STOPPED, replace(so_far, pain=pain))]


async def answer_run_stopped(ctx: Context, value: str) -> list[Reply]:
    stopped = parse.yes_no(value)
    pending = ctx.pending()
    so_far = pending.about(RunSoFar) if pending else None
    if so_far is None or so_far.pain is None:  # a question stored without it: ask it again
        return [questions.ask(ctx, Question.RUN_PAIN, so_far)]
    return await record_run(
        ctx, so_far.minutes, so_far.pain, stopped=stopped, distance_km=so_far.distance_km
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
    if not weekly_minutes(history, state.start, ctx.today, minutes).complete:
        # Weeks in a row over +10% reach back past the recent reports: count them all.
        history = await ctx.full_history()
    facts = run_facts(ctx.protocol, state, history, pain=pain, stopped=stopped, minutes=minutes)
    judgement = texts.reasons.worded(judge_run(facts))
    await ctx.uow.record_run(
        ctx.user.id,
        NewRun(
            day=ctx.today,
            reported_at=ctx.now,
            minutes=minutes,
            distance_km=distance_km,
            pain_during=pain,
            stopped=stopped,
            stage=facts.stage,
            phase=state.phase.value if state.phase else None,
            judgement=judgement,
        ),
    )
    recorded = RunRecord(ctx.today, pain, stopped, judgement, minutes=minutes, stage=facts.stage)
    await last_report.remember_run(ctx, pain, minutes, distance_km, stopped=stopped)
    volume = weekly_minutes(history, state.start, ctx.today, minutes)
    warn = tracks_volume(ctx.protocol, state) and volume.weeks_over > 0 and judgement.rule != "R9"
    replies = [
        Reply(
            texts.reports.run_reply(
                judgement, pain, stopped, ctx.protocol, state.phase, volume if warn else None
            )
        )
    ]
    if judgement.decision is Decision.REFER and judgement.rule != "R1":
        replies += await raise_referral(
            ctx, judgement.rule, texts.reasons.reason_text(judgement), source="run"
        )
    else:
        # The history read above and this run are what a second read would give (nothing else
        # was written), so R7 is judged on them without another round of queries.
        replies += await _check_stalled(ctx, replace(history, runs=(*history.runs, recorded)))
    return replies


async def _check_stalled(ctx: Context, history: History | None = None) -> list[Reply]:
    """R7, judged each day a report arrives (CLINICAL.md §4 v2)."""
    history = history or await ctx.history()
    stalled = check_stalled(history, ctx.settings.start_date, ctx.today)
    if stalled is None:
        return []
    return await raise_referral(
        ctx, stalled.rule, texts.reasons.reason_text(stalled), source="rule"
    )


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
    awaiting = await ctx.uow.runs_awaiting_morning(ctx.user.id, ctx.today)
    await ctx.uow.save_morning(ctx.user.id, ctx.today, pain)
    last_report.remember(ctx, "morning", pain=pain)
    replies = [Reply(texts.reports.MORNING_SAVED.format(pain=pain))]
    for run in awaiting:
        reply = await _morning_after(ctx, run, pain, history.baseline_before(run.record.day))
        if reply is not None:
            replies.append(reply)
    stalled = await _check_stalled(ctx)
    replies += stalled
    state = await ctx.state()
    if state.phase is Phase.CALM and state.referral is None and not stalled:
        replies.append(questions.ask(ctx, Question.STAIRS))
    return replies


async def _morning_after(ctx: Context, run: AwaitingRun, pain: int, baseline: int) -> Reply | None:
    """R4 on yesterday's run: revise it, or say that it stands (nothing for a referred run)."""
    judged = revise_with_morning(run.record, pain, baseline)
    revised = None if judged is None else texts.reasons.worded(judged)
    await ctx.uow.revise_run(run.id, pain, revised)
    if revised is not None:
        return Reply(texts.reports.revised_text(revised))
    if run.record.judgement.decision is Decision.REFER:
        return None  # a clinician first: the morning changes nothing about that run
    if pain - baseline >= t.MORNING_RISE_MIN:  # sore, and the run already rested
        return Reply(texts.reports.MORNING_SORE_AFTER.format(baseline=baseline))
    return Reply(texts.reports.MORNING_CONFIRMS_RUN)


async def answer_stairs(ctx: Context, value: str) -> list[Reply]:
    said = everyday.stairs_answer(value)  # "no, stairs a bit sore", "fine"
    ok = parse.yes_no(value) if said is None else said
    ctx.clear_pending()
    if not await ctx.uow.note_stairs(ctx.user.id, ctx.today, ok):
        return [Reply(texts.reports.ASK_MORNING_FIRST)]
    return [Reply(texts.reports.STAIRS_OK if ok else texts.reports.STAIRS_SORE)]


async def strength(ctx: Context, args: str) -> list[Reply]:
    if not args.strip():
        return [questions.ask(ctx, Question.STRENGTH_PAIN)]
    return await record_strength(ctx, parse.pain(args))


async def answer_strength(ctx: Context, value: str) -> list[Reply]:
    return await record_strength(ctx, parse.pain(value))


async def record_strength(ctx: Context, pain: int) -> list[Reply]:
    ctx.clear_pending()
    await ctx.uow.record_strength(ctx.user.id, ctx.today, pain)
    last_report.remember(ctx, "strength", pain=pain)
    await ctx.uow.add_completion(ctx.user.id, ctx.today, STRENGTH_ITEM, ctx.now)
    history = await ctx.history()
    today = await ctx.state(history)
    tomorrow = await ctx.state(history, ctx.today + timedelta(days=1))
    return [Reply(texts.reports.strength_feedback(ctx.protocol, pain, today, tomorrow))]
