"""How it is going: /progress (text and chart), /report (PDF for a clinician), and the weekly
summary the reminders send on Sunday evenings.

Drawing takes a few hundred milliseconds of CPU, so the chart and the PDF are drawn in a
worker thread and the event loop keeps serving other users meanwhile.
"""

from __future__ import annotations

import asyncio
from dataclasses import replace
from datetime import date, timedelta

from bot import texts
from bot.coach.adherence import adherence, phase_spans
from bot.render import ProgressData
from bot.render.summary import progress_text, weekly_text
from bot.service import countdown
from bot.service.context import Context
from bot.service.replies import Attachment, Reply

CHART_NAME = "progress.png"
REPORT_NAME = "itb-coach-report.pdf"


async def paused_days(ctx: Context) -> frozenset[date]:
    """Local dates the user had coaching paused, up to today."""
    return await ctx.uow.paused_days(ctx.user.id, ctx.settings.start_date, ctx.today)


async def progress_data(ctx: Context) -> ProgressData:
    """Everything the progress views show, as of the user's local today."""
    start, today = ctx.settings.start_date, ctx.today
    # The whole programme is shown (chart, totals, first against latest runs): all of it.
    history = replace(await ctx.full_history(), paused_days=await paused_days(ctx))
    done = await ctx.uow.completions_by_day(ctx.user.id, start)
    protocol = ctx.protocol
    return ProgressData(
        protocol=protocol,
        start=start,
        today=today,
        history=history,
        state=await ctx.state(history),
        adherence=adherence(protocol, start, history, done, today),
        phases=tuple(phase_spans(protocol, start, history, today)),
        side=ctx.settings.side,
        causes=ctx.cause_labels(history),
    )


async def chart(data: ProgressData) -> Attachment:
    from bot.render.chart import progress_chart  # matplotlib loads on first use, not at start

    png = await asyncio.to_thread(progress_chart, data)
    return Attachment(CHART_NAME, png, "image/png")


async def progress(ctx: Context, _args: str) -> list[Reply]:
    data = await progress_data(ctx)
    return [Reply(progress_text(data), image=await chart(data))]


async def report(ctx: Context, _args: str) -> list[Reply]:
    data = await progress_data(ctx)
    from bot.render.pdf import report_pdf  # fpdf2 and matplotlib's fonts: on first use

    pdf = await asyncio.to_thread(report_pdf, data)
    return [
        Reply(texts.progress.REPORT_READY, document=Attachment(REPORT_NAME, pdf, "application/pdf"))
    ]


async def weekly_summary(ctx: Context, _slot: int = 1) -> list[Reply]:
    """The Sunday-evening message: the chart, the past week in a line and the coming week in
    another. For the reminders to send (it fits ``bot.reminders.content.ContentBuilder``);
    it stores nothing."""
    data = await progress_data(ctx)
    tomorrow = data.today + timedelta(days=1)
    next_week = await ctx.state(data.history, tomorrow)
    text = weekly_text(data, next_week)
    race = await countdown.line(ctx)
    return [Reply(f"{text}\n{race}" if race else text, image=await chart(data))]
