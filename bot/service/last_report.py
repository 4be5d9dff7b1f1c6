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
