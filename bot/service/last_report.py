"""The report last recorded today, kept on the runner's row (``announced["last"]``) so that
"actually it was more like a 3" corrects exactly that one."""

from __future__ import annotations

from typing import Any

from bot.service.context import Context


def remember(ctx: Context, kind: str, **facts: Any) -> None:
    """``kind``: run, morning or strength; ``facts``: what recording it again needs."""
    told = dict(ctx.user.announced or {})
    told["last"] = {"kind": kind, "day": ctx.today.isoformat(), **facts}
    ctx.user.announced = told


async def remember_run(
    ctx: Context, pain: int, minutes: int | None, km: float | None, *, stopped: bool
) -> None:
    """The run just recorded: its row, and what recording it again with another pain needs."""
    run_id = await ctx.uow.latest_run_id(ctx.user.id)
    remember(ctx, "run", id=run_id, pain=pain, minutes=minutes, km=km, stopped=stopped)
