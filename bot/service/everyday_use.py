"""What the everyday words of ``bot.service.everyday`` do: correct the last report, skip a
session (no reminder for it today), note the stairs, record two reports, or a report on a
named day of the last week.

The last report recorded is kept on the runner's row (``bot.service.last_report``), so a
correction names exactly that report; it is offered back with an Undo that corrects it back
to what it was.
"""

from __future__ import annotations

from datetime import timedelta

from bot import texts
from bot.coach.plan import STRENGTH_ITEM, stretch_number
from bot.coach.records import Phase
from bot.service import heard, last_report, questions, reminder_buttons, reports
from bot.service.context import Context
from bot.service.everyday import (
    CorrectionSaid,
    Everyday,
    OnDaySaid,
    SeveralSaid,
    SkipSaid,
    StairsSaid,
)
from bot.service.natural import MorningSaid, StrengthSaid
from bot.service.pending import Question
from bot.service.replies import Button, Reply


async def act(ctx: Context, said: Everyday) -> list[Reply]:
    if isinstance(said, CorrectionSaid):
        return await _correct(ctx, said.pain)
    if isinstance(said, SkipSaid):
        return await _skip(ctx, said.item)
    if isinstance(said, StairsSaid):
        return await _stairs(ctx, said.ok)
    if isinstance(said, SeveralSaid):
        replies: list[Reply] = []
        # A strength report that still asks for its pain goes last, so its question stays open.
        asks = [r for r in said.reports if isinstance(r, StrengthSaid) and r.pain is None]
        for report in [*(r for r in said.reports if r not in asks), *asks]:
            replies += await heard.report(ctx, report)
        return replies
    return await _on_day(ctx, said)


async def _correct(ctx: Context, pain: int) -> list[Reply]:
    last = (ctx.user.announced or {}).get("last")
    if not isinstance(last, dict) or last.get("day") != ctx.today.isoformat():
        return [Reply(texts.words.NOTHING_TO_CORRECT)]
    kind, was = str(last["kind"]), last.get("pain")
    if kind == "run":
        await ctx.uow.delete_own(ctx.user.id, "run", int(last["id"]))
        replies = await reports.record_run(
            ctx,
            last.get("minutes"),
            pain,
            stopped=bool(last.get("stopped")),
            distance_km=last.get("km"),
        )
    elif kind == "morning":
        # The stairs answer stands; a run it revised (R4) is not judged again.
        await ctx.uow.save_morning(ctx.user.id, ctx.today, pain)
        last_report.remember(ctx, "morning", pain=pain)
        replies = [Reply(texts.reports.MORNING_SAVED.format(pain=pain))]
    else:
        replies = await reports.record_strength(ctx, pain)
    back = (Button(texts.conversation.UNDO_BUTTON, f"actually {was}"),) if was is not None else ()
    line = texts.words.CORRECTED.format(what=texts.words.REPORT_NAMES[kind], pain=pain, was=was)
    return [Reply(line, (back,) if back else ()), *replies]


async def _skip(ctx: Context, item: str) -> list[Reply]:
    plan = await ctx.plan()
    done = await ctx.done_today()
    if item == "strength":
        if not plan.has_strength or STRENGTH_ITEM in done:
            return [Reply(texts.words.NOTHING_TO_SKIP)]
        await reminder_buttons.skip(ctx, STRENGTH_ITEM)
        return [Reply(texts.words.SKIPPED_STRENGTH)]
    open_items = [i for i in plan.stretch_items if i not in done]
    if not open_items:
        return [Reply(texts.words.NOTHING_TO_SKIP)]
    for stretch in open_items:
        await reminder_buttons.skip(ctx, stretch)
    return [Reply(texts.words.SKIPPED_STRETCHES.format(n=len(open_items)))]


async def _stairs(ctx: Context, ok: bool) -> list[Reply]:
    if await ctx.uow.note_stairs(ctx.user.id, ctx.today, ok):
        if (await ctx.state()).phase is not Phase.CALM:
            return [Reply(texts.words.STAIRS_NOTED_OK if ok else texts.words.STAIRS_NOTED_SORE)]
        return [Reply(texts.reports.STAIRS_OK if ok else texts.reports.STAIRS_SORE)]
    return [Reply(texts.words.STAIRS_NEED_MORNING), questions.ask(ctx, Question.MORNING_PAIN)]


async def _on_day(ctx: Context, said: OnDaySaid) -> list[Reply]:
    back = said.days_back(ctx.today.weekday())
    if back == 0:
        return await heard.report(ctx, said.report)
    day = ctx.today - timedelta(days=back)
    when = texts.common.short_day(day)
    report = said.report
    if isinstance(report, MorningSaid):
        return [Reply(texts.words.MORNING_TODAY_ONLY.format(day=when))]
    if isinstance(report, StrengthSaid):
        if report.pain is None:
            return [
                Reply(texts.words.ON_DAY_PAIN.format(day=when, name=texts.common.weekday_name(day)))
            ]
        await ctx.uow.record_strength(ctx.user.id, day, report.pain)
        await ctx.uow.add_completion(ctx.user.id, day, STRENGTH_ITEM, ctx.now)
        return [Reply(texts.words.STRENGTH_ON_DAY.format(day=when, pain=report.pain))]
    plan = await ctx.plan()
    done = (await ctx.uow.completions_by_day(ctx.user.id, day)).get(day, frozenset())
    open_items = [i for i in plan.stretch_items if i not in done]
    if not open_items:
        return [Reply(texts.words.STRETCHES_ON_DAY_ALREADY.format(day=when))]
    await ctx.uow.add_completion(ctx.user.id, day, open_items[0], ctx.now)
    return [Reply(texts.words.STRETCH_ON_DAY.format(day=when, n=stretch_number(open_items[0])))]
