"""/export as CSV: one file per table of the schema that holds the user's rows, zipped.

The tables come from the store (``UnitOfWork.export_tables``: every table of the schema that
names the user), so a table added later is exported without touching this module. Every file
has its header even when it has no rows.
"""

from __future__ import annotations

import csv
import io
import json
import zipfile
from datetime import date, datetime
from typing import Any

from bot.service.context import Context
from bot.service.ports import ExportedTable
from bot.service.replies import Attachment


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dict | list):
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    return str(value)


def table_csv(table: ExportedTable) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(table.columns)
    for row in sorted(table.rows, key=lambda r: str(r.get("id", ""))):
        writer.writerow([_cell(row.get(c)) for c in table.columns])
    return out.getvalue().encode("utf-8-sig")  # the BOM makes spreadsheets read UTF-8


async def csv_zip(ctx: Context) -> Attachment:
    tables = await ctx.uow.export_tables(ctx.user.id)
    stamp = ctx.now.astimezone(ctx.zone).timetuple()[:6]
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name in sorted(tables):
            info = zipfile.ZipInfo(f"{name}.csv", date_time=stamp)
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, table_csv(tables[name]))
    filename = f"itb-coach-export-{ctx.today.isoformat()}-csv.zip"
    return Attachment(filename, buffer.getvalue(), "application/zip")
