"""Writes that many concurrent sends make at once, gathered into one statement.

A send's last steps (give its pace row back, record its outcome) are small writes. At a high
pace hundreds of them happen every second; one round trip each is most of a worker's CPU.
:class:`Coalesced` writes the items added while an earlier write is on its way together, in
the next write: nothing waits on a timer (a lone item is written at once, as before), and
under load each round trip carries many items. Every caller returns once its own item is
written, so what it guaranteed before (e.g. "recorded before the next step") still holds.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Mapping
from typing import Generic, TypeVar

T = TypeVar("T")
R = TypeVar("R")


class Coalesced(Generic[T, R]):
    def __init__(self, write: Callable[[list[T]], Awaitable[Mapping[T, R]]]) -> None:
        self._write = write
        self._batch: list[T] = []
        self._done: asyncio.Future[Mapping[T, R]] | None = None
        self._writer: asyncio.Task[None] | None = None
        self.writes = 0  # statements made, for tests and benchmarks

    async def add(self, item: T) -> R | None:
        """Write ``item`` with whatever else is waiting; returns once it is written, with what
        the write returned for it (None: nothing, e.g. its row was gone), or raises what the
        write raised. A caller cancelled meanwhile does not stop the write."""
        loop = asyncio.get_running_loop()
        if self._done is None:
            self._done = loop.create_future()
        done = self._done
        self._batch.append(item)
        if self._writer is None or self._writer.done():
            self._writer = loop.create_task(self._drain())
        return (await asyncio.shield(done)).get(item)

    async def _drain(self) -> None:
        while self._batch:
            batch, done = self._batch, self._done
            self._batch, self._done = [], None
            assert done is not None
            try:
                self.writes += 1
                written = await self._write(batch)
            except asyncio.CancelledError:
                done.cancel()
                raise
            except Exception as exc:
                done.set_exception(exc)
                done.exception()  # retrieved here: a caller that went away is not warned about
            else:
                done.set_result(written)
