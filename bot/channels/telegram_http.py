"""PTB's Bot API requests over aiohttp's client, for the reminder worker.

PTB's default request class runs on httpx. Profiled on a worker sending a wave
(bench/README.md, broadcast), httpx, httpcore and anyio took about a third of the worker's
CPU: every request checks each pooled connection for expiry with a system call, through three
layers. aiohttp (already a dependency) keeps its connections warm the same way for a fraction
of that. This is PTB's public ``BaseRequest`` interface: PTB still encodes the call, parses the
answer and raises its own errors (``RetryAfter``, ``Forbidden``...) from the status code.
"""

from __future__ import annotations

import asyncio
from typing import Any

import aiohttp
from telegram.error import NetworkError, TimedOut
from telegram.request import BaseRequest, RequestData

_DEFAULT = BaseRequest.DEFAULT_NONE


class AiohttpRequest(BaseRequest):
    def __init__(
        self,
        connections: int = 64,
        *,
        read_timeout: float = 5.0,
        connect_timeout: float = 5.0,
    ) -> None:
        self._connections = connections
        self._read = read_timeout
        self._connect = connect_timeout
        self._session: aiohttp.ClientSession | None = None

    @property
    def read_timeout(self) -> float | None:
        return self._read

    async def initialize(self) -> None:
        if self._session is None or self._session.closed:
            connector = aiohttp.TCPConnector(limit=self._connections, keepalive_timeout=30)
            # trust_env: HTTPS_PROXY and friends apply, as they do for httpx.
            self._session = aiohttp.ClientSession(connector=connector, trust_env=True)

    async def shutdown(self) -> None:
        session, self._session = self._session, None
        if session is not None and not session.closed:
            await session.close()

    async def do_request(
        self,
        url: str,
        method: str,
        request_data: RequestData | None = None,
        read_timeout: Any = _DEFAULT,
        write_timeout: Any = _DEFAULT,
        connect_timeout: Any = _DEFAULT,
        pool_timeout: Any = _DEFAULT,
    ) -> tuple[int, bytes]:
        if self._session is None or self._session.closed:
            raise RuntimeError("This AiohttpRequest is not initialized!")
        files = request_data.multipart_data if request_data else None
        params = request_data.json_parameters if request_data else None
        data: Any = _form(params or {}, files) if files else params or None
        # aiohttp has no write timeout: a body is written within the read's.
        timeout = aiohttp.ClientTimeout(
            total=None,
            connect=self._connect if connect_timeout is _DEFAULT else connect_timeout,
            sock_read=self._read if read_timeout is _DEFAULT else read_timeout,
        )
        headers = {"User-Agent": self.USER_AGENT}
        try:
            async with self._session.request(
                method, url, data=data, headers=headers, timeout=timeout
            ) as response:
                return response.status, await response.read()
        except TimeoutError as exc:
            raise TimedOut from exc
        except (aiohttp.ClientError, asyncio.IncompleteReadError, OSError) as exc:
            raise NetworkError(f"aiohttp.{type(exc).__name__}: {exc}") from exc


def _form(params: dict[str, str], files: dict[str, Any]) -> aiohttp.FormData:
    """A multipart body: the parameters, then each file as (filename, content, mimetype)."""
    form = aiohttp.FormData()
    for name, value in params.items():
        form.add_field(name, value)
    for name, part in files.items():
        if isinstance(part, tuple):
            filename, content, *rest = part
            form.add_field(name, content, filename=filename, content_type=(rest or [None])[0])
        else:
            form.add_field(name, part)
    return form
