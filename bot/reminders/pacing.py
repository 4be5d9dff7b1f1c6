"""An overall send pace that keeps any one second to at most N messages as the server sees it.

PTB's ``AIORateLimiter`` paces the whole bot with an ``aiolimiter.AsyncLimiter(30, 1)``: a
bucket of 30 that also leaks 30 per second, so one second can carry up to 60 messages after a
quiet spell. A server that counts 30 per second answers 429 with ``retry_after``, and the
requests held during that pause then leave together, which draws the next 429: in the bench,
10,000 reminders took +38% over the 30/s floor that way. Spacing sends by the time they
*enter* is not enough either: a request delayed on its way (a busy event loop, a busy
machine) reaches the server close to the ones behind it.

:class:`SlidingWindowPace` counts a send from the moment it enters until ``period`` after
its response came back. The server handled it somewhere in between, so admitting a send only
while fewer than ``rate`` are counted guarantees that no ``period``-long window at the server
holds more than ``rate``, whatever the delays. The price is the round trip, once per slot.

It is an async context manager like ``AsyncLimiter``, entered around the request: a Telegram
channel can use it as its rate limiter's overall limit (see bench/README.md).
"""

from __future__ import annotations

import asyncio
import contextlib
from collections import deque
from types import TracebackType

_EPSILON = 1e-9  # float slack, so a wait computed to end a slot does end it


class SlidingWindowPace:
    def __init__(self, rate: int = 30, period: float = 1.0) -> None:
        if rate < 1 or period <= 0:
            raise ValueError("rate >= 1 and period > 0")
        self.rate = rate
        self.period = period
        self.in_flight = 0
        self._finished: deque[float] = deque()  # when recent sends got their response
        self._changed = asyncio.Event()

    def _wait(self, now: float) -> float | None:
        """0 when a send may enter at ``now``; else how long until one may (None: when a
        send in flight finishes)."""
        while self._finished and now - self._finished[0] >= self.period - _EPSILON:
            self._finished.popleft()
        if self.in_flight + len(self._finished) < self.rate:
            return 0.0
        if not self._finished:
            return None
        return self.period - (now - self._finished[0])

    async def __aenter__(self) -> None:
        loop = asyncio.get_running_loop()
        while True:
            wait = self._wait(loop.time())
            if wait == 0:
                self.in_flight += 1
                return
            self._changed.clear()
            with contextlib.suppress(TimeoutError):  # the oldest slot came free
                await asyncio.wait_for(self._changed.wait(), timeout=wait)

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.in_flight -= 1
        self._finished.append(asyncio.get_running_loop().time())
        self._changed.set()
