"""Webhook mode for several processes behind a load balancer.

Each process serves ``POST /<path>`` (an update from Telegram) and ``GET /healthz`` (for the
balancer). An update is taken only with the right ``X-Telegram-Bot-Api-Secret-Token``, checked
from the headers before any of the body is read: a wrong or missing one gets 403 and changes
nothing. A body over :data:`MAX_BODY_BYTES` gets 413; one that is not a JSON object with an
integer ``update_id`` that PTB can read gets 400 (never a 500 or a traceback). Headers and
body must each arrive within :data:`READ_TIMEOUT` seconds, or the connection is closed. An
update id already taken (Telegram sends again when an answer is slow) is answered 200 and
dropped: the ids are claimed in a table every process shares. A stopping process first answers
503 to the balancer and to new updates (Telegram sends those again, to a process that is up),
stops listening, and then lets the application finish every update it had already taken.
"""

from __future__ import annotations

import hmac
import json
import logging
from collections.abc import Awaitable, Callable
from http import HTTPStatus
from typing import Any

from prometheus_client import CONTENT_TYPE_LATEST
from telegram import Update
from tornado.httpserver import HTTPServer
from tornado.netutil import bind_sockets
from tornado.web import Application as Routes
from tornado.web import RequestHandler, stream_request_body

log = logging.getLogger(__name__)

SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"
HEALTH_PATH = "/healthz"

METRICS_PATH = "/metrics"
MAX_BODY_BYTES = 1024 * 1024  # an update is a few kilobytes; Telegram's longest far below this
READ_TIMEOUT = 10.0  # seconds for the headers, and again for the body

Healthy = Callable[[], Awaitable[bool]]
Metrics = Callable[[], Awaitable[bytes]]
FirstDelivery = Callable[[int], Awaitable[bool]]  # claims an update id: False when seen before


class WebhookServer:
    def __init__(
        self,
        application: Any,
        *,
        listen: str,
        port: int,
        url_path: str,
        secret_token: str,
        healthy: Healthy,
        first_delivery: FirstDelivery,
        metrics: Metrics | None = None,
    ) -> None:
        self.application = application
        self.listen = listen
        self.port = port
        self.secret = secret_token.encode()
        self.healthy = healthy
        self.first_delivery = first_delivery
        self.metrics = metrics
        self.draining = False
        path = "/" + url_path.strip("/")
        routes = Routes(
            [
                (path, _UpdateHandler, {"server": self}),
                (HEALTH_PATH, _HealthHandler, {"server": self}),
                (METRICS_PATH, _MetricsHandler, {"server": self}),
            ]
        )
        self._http = HTTPServer(
            routes,
            xheaders=True,
            idle_connection_timeout=READ_TIMEOUT,  # also the time allowed for the headers
            body_timeout=READ_TIMEOUT,
            max_body_size=2 * MAX_BODY_BYTES,  # a backstop: the handler refuses at the cap
        )

    def start(self) -> None:
        sockets = bind_sockets(self.port, self.listen)
        self.port = sockets[0].getsockname()[1]
        self._http.add_sockets(sockets)
        log.info("webhook listening", extra={"event": "webhook_listening", "port": self.port})

    def drain(self) -> None:
        """From now on: 503 to the balancer's health check and to new updates."""
        self.draining = True

    async def stop(self) -> None:
        """Stop listening and wait for the requests under way to be answered."""
        self.drain()
        self._http.stop()
        await self._http.close_all_connections()

    def secret_ok(self, given: str | None) -> bool:
        return given is not None and hmac.compare_digest(given.encode(), self.secret)


@stream_request_body
class _UpdateHandler(RequestHandler):
    """The secret and the size are checked from the headers (:meth:`prepare`), before any of
    the body is read; the body is then read in chunks up to the cap."""

    def initialize(self, server: WebhookServer) -> None:
        self.server = server
        self.chunks: list[bytes] = []
        self.size = 0

    def prepare(self) -> None:
        if self.request.method != "POST":
            return  # answered 405 by tornado, no body taken
        if not self.server.secret_ok(self.request.headers.get(SECRET_HEADER)):
            log.warning("webhook call refused", extra={"event": "webhook_bad_secret"})
            self._refuse(HTTPStatus.FORBIDDEN)
        elif self.server.draining:
            self._refuse(HTTPStatus.SERVICE_UNAVAILABLE)  # Telegram retries elsewhere
        elif _declared_size(self.request.headers.get("Content-Length")) > MAX_BODY_BYTES:
            self._refuse(HTTPStatus.REQUEST_ENTITY_TOO_LARGE)

    def data_received(self, chunk: bytes) -> None:
        if self._finished:
            return
        self.size += len(chunk)
        if self.size > MAX_BODY_BYTES:  # a chunked body that grew past the cap
            self.chunks.clear()
            self._refuse(HTTPStatus.REQUEST_ENTITY_TOO_LARGE)
            return
        self.chunks.append(chunk)

    def _refuse(self, status: HTTPStatus) -> None:
        self.set_status(status)
        self.set_header("Connection", "close")
        self.finish()  # tornado then closes the connection: the rest of the body is not read

    async def post(self) -> None:
        update = self._update(b"".join(self.chunks))
        if update is None:
            log.info("webhook body refused", extra={"event": "webhook_bad_body"})
            self.set_status(HTTPStatus.BAD_REQUEST)
            return
        try:
            first = await self.server.first_delivery(update.update_id)
        except Exception as error:  # the database did not answer: Telegram sends it again
            log.warning(
                "could not claim an update: %s",
                type(error).__name__,
                extra={"event": "webhook_claim_failed"},
            )
            self.set_status(HTTPStatus.SERVICE_UNAVAILABLE)
            return
        if first:
            await self.server.application.update_queue.put(update)
        else:
            log.info("update sent again", extra={"event": "webhook_duplicate"})
        self.set_status(HTTPStatus.OK)

    def _update(self, body: bytes) -> Update | None:
        """The update in ``body``, or None for anything that is not one."""
        try:
            data = json.loads(body)
            if not isinstance(data, dict) or type(data.get("update_id")) is not int:
                return None
            return Update.de_json(data, self.server.application.bot)
        except Exception:  # bad JSON, wrong types, PTB's checks: all of it is a bad request
            return None


def _declared_size(value: str | None) -> int:
    return int(value) if value is not None and value.isdigit() else 0


class _HealthHandler(RequestHandler):
    def initialize(self, server: WebhookServer) -> None:
        self.server = server

    async def get(self) -> None:
        if self.server.draining:
            status, body = HTTPStatus.SERVICE_UNAVAILABLE, "stopping"
        elif not self.server.application.running:
            status, body = HTTPStatus.SERVICE_UNAVAILABLE, "starting"
        elif not await self.server.healthy():
            status, body = HTTPStatus.SERVICE_UNAVAILABLE, "database unreachable"
        else:
            status, body = HTTPStatus.OK, "ok"
        self.set_status(status)
        self.finish({"status": body})


class _MetricsHandler(RequestHandler):
    """Prometheus's scrape (``bot.ops.observability``), on the webhook's own port."""

    def initialize(self, server: WebhookServer) -> None:
        self.server = server

    async def get(self) -> None:
        if self.server.metrics is None:
            self.set_status(HTTPStatus.NOT_FOUND)
            return
        self.set_header("Content-Type", CONTENT_TYPE_LATEST)
        self.finish(await self.server.metrics())
