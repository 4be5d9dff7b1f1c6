"""A minimal fake Bot API that enforces Telegram's broadcast limit: 30 messages per second.

Any 1-second window holds at most ``--rate`` accepted ``sendMessage`` calls; the call over it
gets 429 with ``parameters.retry_after`` (1 s), as Telegram answers floods. Every accepted
message is counted per chat, so the driver can check for lost and duplicated reminders.
Only what the delivery benchmarks need: getMe, sendMessage, an empty long poll for
getUpdates (a poller can run against it), and ``ok`` for anything else.

    .venv/bin/python -m bench.fake_rate_limited_api --port 8099
    curl localhost:8099/_stats
    curl localhost:8099/_chats   # every chat that got a message
"""

from __future__ import annotations

import argparse
import asyncio
import json
import time
from collections import Counter, deque
from typing import Any

from aiohttp import web

BOT = {"id": 1, "is_bot": True, "first_name": "Bench", "username": "bench_bot"}


class RateLimitedApi:
    def __init__(self, rate: int) -> None:
        self.rate = rate
        self.accepted: deque[float] = deque()  # accept times within the last second
        self.per_chat: Counter[int] = Counter()
        self.rejected = 0
        self.first: float | None = None
        self.last: float | None = None
        self.message_id = 0

    async def api(self, request: web.Request) -> web.Response:
        method = request.match_info["method"].lower()
        params = await _params(request)
        if method == "getme":
            return web.json_response({"ok": True, "result": BOT})
        if method == "getupdates":  # a poller's long poll: no user writes in this benchmark
            await asyncio.sleep(min(float(params.get("timeout") or 0), 1.0))
            return web.json_response({"ok": True, "result": []})
        if method != "sendmessage":
            return web.json_response({"ok": True, "result": True})
        now = time.monotonic()
        while self.accepted and now - self.accepted[0] >= 1.0:
            self.accepted.popleft()
        if len(self.accepted) >= self.rate:
            self.rejected += 1
            return web.json_response(
                {
                    "ok": False,
                    "error_code": 429,
                    "description": "Too Many Requests: retry after 1",
                    "parameters": {"retry_after": 1},
                },
                status=429,
            )
        self.accepted.append(now)
        chat_id = int(params["chat_id"])
        self.per_chat[chat_id] += 1
        self.first = self.first if self.first is not None else time.time()
        self.last = time.time()
        self.message_id += 1
        message = {
            "message_id": self.message_id,
            "date": int(time.time()),
            "chat": {"id": chat_id, "type": "private"},
            "text": str(params.get("text", "")),
        }
        return web.json_response({"ok": True, "result": message})

    async def stats(self, _request: web.Request) -> web.Response:
        return web.json_response(
            {
                "accepted": sum(self.per_chat.values()),
                "chats": len(self.per_chat),
                "duplicated": sum(n - 1 for n in self.per_chat.values() if n > 1),
                "rejected_429": self.rejected,
                "first_accepted_at": self.first,
                "last_accepted_at": self.last,
            }
        )

    async def chats(self, _request: web.Request) -> web.Response:
        return web.json_response(sorted(self.per_chat))

    def app(self) -> web.Application:
        app = web.Application()
        app.router.add_get("/_stats", self.stats)
        app.router.add_get("/_chats", self.chats)
        app.router.add_route("*", "/bot{token}/{method}", self.api)
        return app


async def _params(request: web.Request) -> dict[str, Any]:
    if request.content_type == "application/json":
        return dict(await request.json())
    form = await request.post()
    params: dict[str, Any] = {}
    for key, value in form.items():
        params[key] = value if isinstance(value, str) else ""
        if key == "chat_id" and isinstance(value, str):
            params[key] = json.loads(value)
    return params


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8099)
    parser.add_argument("--rate", type=int, default=30)
    args = parser.parse_args()
    web.run_app(RateLimitedApi(args.rate).app(), host=args.host, port=args.port, print=None)


if __name__ == "__main__":
    main()
