"""Health and metrics, the same for every process kind.

``GET /healthz``: 200 ``{"status": "ok"}`` while the process serves and its database answers;
503 with ``starting``, ``stopping`` or ``database unreachable`` otherwise. ``GET /metrics``:
the Prometheus text format (the figures are named in :mod:`bot.metrics`). A process with no
web server of its own serves both on ``METRICS_HOST:METRICS_PORT`` (:func:`serving`); one
that has a web server (a webhook replica, the web app) mounts :func:`health` and
:func:`exposition` on its own routes.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import UTC, datetime
from http import HTTPStatus
from typing import TYPE_CHECKING

from aiohttp import web
from prometheus_client import CONTENT_TYPE_LATEST, generate_latest
from sqlalchemy import DateTime, bindparam, text
from sqlalchemy.ext.asyncio import AsyncEngine

from bot import metrics

if TYPE_CHECKING:
    from bot.ops.process import Process
    from bot.settings import Settings

log = logging.getLogger(__name__)

HEALTH_PATH = "/healthz"
METRICS_PATH = "/metrics"
CHECK_SECONDS = 2.0

_DUE = text(
    "SELECT count(*) FROM reminder_deliveries"
    " WHERE status IN ('pending', 'sending') AND due_utc <= :now"
).bindparams(bindparam("now", type_=DateTime(timezone=True)))
# A question cleared may be stored as JSON null rather than SQL NULL.
_OPEN_QUESTIONS = text(
    "SELECT count(*) FROM users WHERE pending IS NOT NULL AND CAST(pending AS TEXT) <> 'null'"
)


async def database_answers(engine: AsyncEngine) -> bool:
    """The database answers a trivial query within 2 s (any failure: False, never raised)."""
    try:
        async with asyncio.timeout(CHECK_SECONDS), engine.connect() as connection:
            await connection.execute(text("SELECT 1"))
    except Exception:
        return False
    return True


async def health(process: Process) -> tuple[int, str]:
    """The health check's status code and its one word."""
    if process.phase == "stopping":
        return HTTPStatus.SERVICE_UNAVAILABLE, "stopping"
    if process.phase != "ready" or process.engine is None:
        return HTTPStatus.SERVICE_UNAVAILABLE, "starting"
    if not await database_answers(process.engine):
        return HTTPStatus.SERVICE_UNAVAILABLE, "database unreachable"
    return HTTPStatus.OK, "ok"


async def refresh_gauges(engine: AsyncEngine, now: datetime | None = None) -> None:
    """The figures read from the database, shared by every process; left as they were when
    the database does not answer in time."""
    try:
        async with asyncio.timeout(CHECK_SECONDS), engine.connect() as connection:
            moment = {"now": now or datetime.now(UTC)}
            due = (await connection.execute(_DUE, moment)).scalar_one()
            questions = (await connection.execute(_OPEN_QUESTIONS)).scalar_one()
    except Exception as exc:
        log.warning("metrics: database figures not read: %s", type(exc).__name__)
        return
    metrics.DELIVERIES_DUE.set(due)
    metrics.OPEN_QUESTIONS.set(questions)


async def exposition(engine: AsyncEngine | None, now: datetime | None = None) -> bytes:
    """Every figure in the Prometheus text format, the database ones read now."""
    if engine is not None:
        await refresh_gauges(engine, now)
    return generate_latest()


def routes(process: Process) -> web.Application:
    """``/healthz`` and ``/metrics`` as an aiohttp application (to serve or to mount)."""

    async def healthz(_request: web.Request) -> web.Response:
        status, word = await health(process)
        return web.json_response({"status": word}, status=status)

    async def scrape(_request: web.Request) -> web.Response:
        body = await exposition(process.engine, process.now())
        return web.Response(body=body, headers={"Content-Type": CONTENT_TYPE_LATEST})

    app = web.Application()
    app.router.add_get(HEALTH_PATH, healthz)
    app.router.add_get(METRICS_PATH, scrape)
    return app


@asynccontextmanager
async def serving(settings: Settings, process: Process) -> AsyncIterator[int | None]:
    """Serve ``/healthz`` and ``/metrics`` while the body runs; yields the port, or None when
    ``METRICS_PORT`` is blank or the port is taken (one warning line; the process goes on)."""
    if settings.metrics_port is None:
        yield None
        return
    runner = web.AppRunner(routes(process), access_log=None, handle_signals=False)
    await runner.setup()
    try:
        site = web.TCPSite(runner, settings.metrics_host, settings.metrics_port)
        try:
            await site.start()
        except OSError as exc:
            log.warning(
                "metrics not served: %s:%s %s",
                settings.metrics_host,
                settings.metrics_port,
                exc.strerror or type(exc).__name__,
                extra={"event": "metrics_unavailable"},
            )
            yield None
            return
        port = int(runner.addresses[0][1])  # the one asked for, or the one given for 0
        log.info("metrics on port %s", port, extra={"event": "metrics_listening"})
        yield port
    finally:
        await runner.cleanup()
