"""One lifecycle for every process kind: start, serve until SIGTERM or SIGINT, drain, close.

    def run_thing(settings: Settings) -> int:
        return run_process("thing", settings, serve_thing)

    async def serve_thing(process: Process) -> None:
        coach = await build(process.settings)
        try:
            async with whatever_takes_work(coach):    # updates, reminders, requests
                process.serving(coach.engine)          # /healthz turns 200
                await process.stopped()                # until SIGTERM or SIGINT
            # leaving the block drains: work under way finishes, nothing new is taken
        finally:
            await coach.close()

:func:`run_process` runs ``serve_thing`` on a fresh event loop with the signal handlers
installed, serves ``/healthz`` and ``/metrics`` on ``METRICS_PORT`` beside it (unless the
process serves them itself, or is a terminal: ``serve_health=False``), and logs one line
when a signal starts the drain (``event=shutdown_drain``) and one when the process has stopped
(``event=process_stopped``). The process exits 0 after a drain.
"""

from __future__ import annotations

import asyncio
import logging
import signal
from collections.abc import Awaitable, Callable
from contextlib import AbstractAsyncContextManager, nullcontext

from bot.ops import observability
from bot.ops.process import Process
from bot.settings import Settings

log = logging.getLogger(__name__)

__all__ = ["Process", "run_process"]


Serve = Callable[[Process], Awaitable[None]]


def run_process(kind: str, settings: Settings, serve: Serve, *, serve_health: bool = True) -> int:
    """Run ``serve`` until it returns (after a signal, or on its own). Returns the exit code."""
    asyncio.run(_run(kind, settings, serve, serve_health))
    return 0


async def _run(kind: str, settings: Settings, serve: Serve, serve_health: bool) -> None:
    process = Process(kind, settings)
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, process.stop, sig.name)
    health: AbstractAsyncContextManager[object] = (
        observability.serving(settings, process) if serve_health else nullcontext()
    )
    try:
        async with health:
            await serve(process)
    finally:
        for sig in (signal.SIGTERM, signal.SIGINT):
            loop.remove_signal_handler(sig)
        log.info("%s stopped", kind, extra={"event": "process_stopped"})
