"""Reports said in plain words ("ran 5k, knee 3/10"): recorded through the same use cases as
the commands, confirmed in one line with an Undo button, or asked back when unclear.

An undo names exactly one stored row of the sender's own (``/undo run 17``), so it removes
that report and nothing else.
"""

from __future__ import annotations

from bot import texts
from bot.coach.plan import STRENGTH_ITEM
from bot.service import daily, keyboards, natural, reports
from bot.service.context import Context
from bot.service.natural import (
    Doubt,
    MorningSaid,
    Report,
    RequestSaid,
    RunSaid,
    StrengthSaid,
    StretchesSaid,
    Unsure,
    Want,
)
from bot.service.pending import Question, RunSoFar
from bot.service.ports import UNDOABLE
from bot.service.replies import ACTION_MAX_BYTES, Button, Reply
from bot.texts import privacy

Rows = tuple[tuple[Button, ...], ...]


def _undo(*parts: object) -> Rows:
    return ((Button(texts.conversation.UNDO_BUTTON, "/undo " + " ".join(str(p) for p in parts)),),)


def _amount(said: RunSaid) -> str:
    parts = []
    if said.minutes is not None:
        parts.append(texts.conversation.HEARD_MINUTES.format(minutes=said.minutes))
    if said.distance_km is not None:
        parts.append(texts.conversation.HEARD_KM.format(km=said.distance_km))
    return ", ".join(parts)


async def report(ctx: Context, said: Report) -> list[Reply]:
    """Record what was said, or ask for the pain score it lacks."""
    if isinstance(said, RunSaid):
        return await _run(ctx, said)
    if isinstance(said, MorningSaid):
        return await _morning(ctx, said)
    if isinstance(said, StrengthSaid):
        return await _strength(ctx, said)
    return await _stretches(ctx, said)


async def _run(ctx: Context, said: RunSaid) -> list[Reply]:
    amount = _amount(said)
    if said.pain is None:
        n = ctx.ask(Question.RUN_PAIN, RunSoFar(said.minutes, said.distance_km))
        text = (
            texts.conversation.ASK_RUN_PAIN_FOR.format(amount=amount)
            if amount
            else texts.reports.ASK_RUN_PAIN
        )
        return [Reply(text, keyboards.pain_keypad(n))]
    replies = await reports.record_run(
        ctx, said.minutes, said.pain, stopped=said.stopped, distance_km=said.distance_km
    )
    run_id = await ctx.uow.latest_run_id(ctx.user.id)
    assert run_id is not None  # recorded just above, in this transaction
    heard = texts.conversation.HEARD_RUN.format(
        amount=texts.conversation.HEARD_RUN_AMOUNT.format(amount=amount) if amount else "",
        pain=said.pain,
        stopped=texts.conversation.HEARD_RUN_STOPPED if said.stopped else "",
    )
    return [Reply(heard, _undo("run", run_id)), *replies]


async def _morning(ctx: Context, said: MorningSaid) -> list[Reply]:
    if said.pain is None:
        return await reports.morning(ctx, "")
    # Undo is offered only when it can remove this report alone: not when it replaced an
    # earlier answer of today's, nor when it has revised yesterday's run.
    earlier = await ctx.uow.morning_id(ctx.user.id, ctx.today)
    awaiting = await ctx.uow.runs_awaiting_morning(ctx.user.id, ctx.today)
    replies = await reports.record_morning(ctx, said.pain)
    row_id = await ctx.uow.morning_id(ctx.user.id, ctx.today)
    undo = _undo("morning", row_id) if row_id and earlier is None and not awaiting else ()
    return [Reply(texts.conversation.HEARD_MORNING.format(pain=said.pain), undo), *replies]


async def _strength(ctx: Context, said: StrengthSaid) -> list[Reply]:
    if said.pain is None:
        return await daily.done(ctx, "strength")  # marks it done and asks for the pain
    earlier = await ctx.uow.strength_id(ctx.user.id, ctx.today)
    ticked = await ctx.uow.completion_id(ctx.user.id, ctx.today, STRENGTH_ITEM)
    replies = await reports.record_strength(ctx, said.pain)
    row_id = await ctx.uow.strength_id(ctx.user.id, ctx.today)
    tick = await ctx.uow.completion_id(ctx.user.id, ctx.today, STRENGTH_ITEM)
    undo: Rows = ()
    if row_id is not None and earlier is None:
        undo = _undo("strength", row_id, *([tick] if tick and ticked is None else []))
    return [Reply(texts.conversation.HEARD_STRENGTH.format(pain=said.pain), undo), *replies]


async def _stretches(ctx: Context, _said: StretchesSaid) -> list[Reply]:
    before = await ctx.done_today()
    replies = await daily.done(ctx, "stretch")
    marked = (await ctx.done_today()) - before
    if not marked or not replies:
        return replies
    row_id = await ctx.uow.completion_id(ctx.user.id, ctx.today, marked.pop())
    assert row_id is not None  # marked just above, in this transaction
    first = replies[0]
    return [Reply(first.text, _undo("done", row_id)), *replies[1:]]


# The command a plain request runs (a greeting shows today's plan); None: a line suffices.
REQUEST_COMMANDS: dict[Want, str | None] = {
    Want.TODAY: "today",
    Want.PLAN: "plan",
    Want.PROGRESS: "progress",
    Want.HELP: "help",
    Want.HELLO: "today",
    Want.THANKS: None,
    Want.DONE: "done",
}
REQUEST_LINES = {Want.HELLO: "HELLO", Want.THANKS: "YOU_ARE_WELCOME"}  # texts.conversation's


def request_line(said: RequestSaid) -> list[Reply]:
    """The line a greeting or thanks gets before (or instead of) its command's replies."""
    name = REQUEST_LINES.get(said.want)
    return [Reply(getattr(texts.conversation, name))] if name else []


def ask_back(said: Unsure) -> list[Reply]:
    """The question an unclear message gets, with its answers as buttons when they fit."""
    labels: tuple[str, ...] = ()
    text = {
        Doubt.RUN_AMOUNT: texts.conversation.ASK_RUN_AMOUNT,
        Doubt.PAIN_WHEN: texts.conversation.ASK_PAIN_WHEN,
        Doubt.PAIN_SCALE: texts.conversation.PAIN_SCALE,
        Doubt.SEVERAL: texts.conversation.ONE_AT_A_TIME,
        Doubt.OTHER_DAY: texts.conversation.TODAY_ONLY,
        Doubt.RUN_OUT_OF_RANGE: privacy.RUN_OUT_OF_RANGE.format(
            minutes=natural.MAX_RUN_MINUTES, km=natural.MAX_RUN_KM
        ),
    }[said.doubt]
    if said.doubt is Doubt.RUN_AMOUNT:
        labels = texts.conversation.RUN_AMOUNT_LABELS
    elif said.doubt is Doubt.PAIN_WHEN:
        labels = texts.conversation.PAIN_WHEN_LABELS
    fits = all(len(option.encode()) <= ACTION_MAX_BYTES for option in said.options)
    if not labels or not fits or len(labels) != len(said.options):
        return [Reply(text)]
    return [
        Reply(text, (tuple(Button(lbl, o) for lbl, o in zip(labels, said.options, strict=True)),))
    ]


async def undo(ctx: Context, args: str) -> list[Reply]:
    """``/undo <kind> <id> [<completion id>]``: remove one report of the sender's own."""
    kind, *ids = args.split()[:3] or [""]
    if kind not in UNDOABLE or not ids or not all(i.isdigit() for i in ids):
        return [Reply(texts.conversation.BAD_UNDO)]
    removed = await ctx.uow.delete_own(ctx.user.id, kind, int(ids[0]))
    if removed and kind == "strength" and len(ids) > 1:
        await ctx.uow.delete_own(ctx.user.id, "done", int(ids[1]))
    return [
        Reply(texts.conversation.UNDONE[kind] if removed else texts.conversation.NOTHING_TO_UNDO)
    ]
