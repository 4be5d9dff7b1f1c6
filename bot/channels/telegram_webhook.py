"""Webhook mode for several processes behind a load balancer.

Each process serves ``POST /<path>`` (an update from Telegram) and ``GET /healthz`` (for the
balancer). An update is taken only with the right ``X-Telegram-Bot-Api-Secret-Token``: a wrong
or missing one gets 403 and changes nothing. A stopping process first answers 503 to the
balancer and to new updates (Telegram sends those again, to a process that is up), stops
listening, and then lets the application finish every update it had already taken.
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
from tornado.web import RequestHandler

log = logging.getLogger(__name__)

SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"
HEALTH_PATH = "/healthz"

METRICS_PATH = "/metrics"

Healthy = Callable[[], Awaitable[bool]]
Metrics = Callable[[], Awaitable[bytes]]


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
        metrics: Metrics | None = None,
    ) -> None:
        self.application = application
        self.listen = listen
        self.port = port
        self.secret = secret_token.encode()
        self.healthy = healthy
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
        self._http = HTTPServer(routes, xheaders=True)

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


class _UpdateHandler(RequestHandler):
    def initialize(self, server: WebhookServer) -> None:
        self.server = server

    async def post(self) -> None:
        if not self.server.secret_ok(self.request.headers.get(SECRET_HEADER)):
            log.warning("webhook call refused", extra={"event": "webhook_bad_secret"})
            self.set_status(HTTPStatus.FORBIDDEN)
            return
        if self.server.draining:
            self.set_status(HTTPStatus.SERVICE_UNAVAILABLE)  # Telegram retries elsewhere
            return
        try:
            data = json.loads(self.request.body)
            update = Update.de_json(data, self.server.application.bot)
        except (ValueError, TypeError, KeyError):
            self.set_status(HTTPStatus.BAD_REQUEST)
            return
        await self.server.application.update_queue.put(update)
        self.set_status(HTTPStatus.OK)


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
