"""The user's data in their hands: /export and /delete."""

from __future__ import annotations

import json
from datetime import date, datetime
from typing import Any

from bot import texts
from bot.service import parse, questions
from bot.service.context import Context
from bot.service.export_csv import csv_zip
from bot.service.pending import Question
from bot.service.replies import Attachment, Reply

EXPORT_VERSION = 1


def _plain(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    return value


# The fields every exported run report leads with, in this order (README, "Export format").
RUN_FIELDS = ("pain_during", "stopped", "morning_pain", "decision", "rule", "reason")


def _run_entry(row: dict[str, Any]) -> dict[str, Any]:
    rest = dict(row)
    return {"date": rest.pop("day"), **{k: rest.pop(k) for k in RUN_FIELDS}, **rest}


async def export_document(ctx: Context) -> dict[str, Any]:
    """Everything stored about the user (schema in the README, "Export format")."""
    exported = await ctx.uow.export_tables(ctx.user.id)
    tables = {
        name: [{k: _plain(v) for k, v in row.items() if k != "user_id"} for row in table.rows]
        for name, table in exported.items()
    }
    runs = sorted(tables.pop("run_reports", []), key=lambda r: r["id"])
    return {
        "format": "itb-coach-export",
        "version": EXPORT_VERSION,
        "exported_at": ctx.now.isoformat(),
        "user": tables.pop("users")[0],
        # The pause is stored once, as spans (``pauses``); the settings show where it ends.
        "settings": {
            **(tables.pop("user_settings", []) or [{}])[0],
            "paused_until": _plain(ctx.settings.paused_until),
        },
        "run_reports": [_run_entry(r) for r in runs],
        **tables,
    }


async def export(ctx: Context, _args: str) -> list[Reply]:
    document = await export_document(ctx)
    content = json.dumps(document, indent=2, ensure_ascii=False).encode()
    name = f"itb-coach-export-{ctx.today.isoformat()}.json"
    return [
        Reply(texts.account.EXPORT_READY, document=Attachment(name, content, "application/json")),
        Reply(texts.progress.EXPORT_CSV_READY, document=await csv_zip(ctx)),
    ]


async def delete(ctx: Context, args: str) -> list[Reply]:
    return [questions.ask(ctx, Question.DELETE)]


async def answer_delete(ctx: Context, value: str) -> list[Reply]:
    try:
        confirmed = parse.yes_no(value)
    except parse.BadInput:
        confirmed = False
    if not confirmed:
        ctx.clear_pending()
        return [Reply(texts.account.DELETE_KEPT)]
    await ctx.uow.delete_user(ctx.user.id)
    return [Reply(texts.account.DELETED)]
