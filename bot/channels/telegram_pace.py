"""The Telegram channel's send pace: PTB's ``AIORateLimiter`` with a strict overall window,
~1 message/s per private chat, and, on PostgreSQL, all of it shared by every process."""

from __future__ import annotations

import warnings
from contextlib import AbstractAsyncContextManager
from datetime import timedelta
from typing import TYPE_CHECKING, Any

from aiolimiter import AsyncLimiter
from telegram.constants import FloodLimit
from telegram.error import RetryAfter
from telegram.ext import AIORateLimiter

from bot import metrics
from bot.reminders.pacing import SlidingWindowPace
from bot.reminders.shared_pace import SharedPace

if TYPE_CHECKING:
    from bot.bootstrap import Coach


class PacedRateLimiter(AIORateLimiter):
    """PTB's AIORateLimiter (20/min per group, ``RetryAfter`` retried) with a stricter overall
    pace — at most 30 messages in any one-second window (``SlidingWindowPace``) — plus ~1
    message/s per private chat, which AIORateLimiter leaves unlimited. A small burst lets a
    reply of a few messages go out at once."""

    def __init__(
        self,
        *,
        per_chat_rate: float = 1.0,
        per_chat_burst: int = 3,
        max_retries: int = 3,
        shared: SharedPace | None = None,
        overall: AbstractAsyncContextManager[Any] | None = None,
        overall_max_rate: float = FloodLimit.MESSAGES_PER_SECOND,
        overall_time_period: float = 1,
        **kwargs: Any,
    ) -> None:
        # PTB's own overall limit is switched off (0) and ours applied around each attempt of
        # a chat send, through process_request's public callback: no private attribute.
        super().__init__(max_retries=max_retries, overall_max_rate=0, **kwargs)
        if overall is None and overall_max_rate and overall_time_period:
            # PTB's AsyncLimiter can let twice the rate through in one second after a quiet
            # spell, which a strict 30/s server answers with 429s (bench/README.md, delivery).
            overall = SlidingWindowPace(int(overall_max_rate), float(overall_time_period))
        if shared is not None:
            # Several processes send for one bot: the budget, the chats' pace and RetryAfter
            # pauses live in the database (bot/reminders/shared_pace.py).
            overall = shared
        self.overall = overall  # entered around each send to a chat; None: no overall pace
        self._shared = shared
        self._per_chat_rate = per_chat_rate
        self._per_chat_burst = per_chat_burst
        self._chat_limiters: dict[int, AsyncLimiter] = {}

    async def shutdown(self) -> None:
        await super().shutdown()
        if self._shared is not None:
            await self._shared.close()

    def _chat_limiter(self, chat_id: object) -> AsyncLimiter | None:
        try:
            chat = int(chat_id)  # type: ignore[call-overload]
        except (TypeError, ValueError):
            return None
        if chat <= 0 or self._per_chat_rate <= 0:
            return None  # groups and channels: AIORateLimiter's group limit applies
        if len(self._chat_limiters) > 4096:
            for key, idle in list(self._chat_limiters.items()):
                if idle.has_capacity(idle.max_rate):
                    del self._chat_limiters[key]
        limiter = self._chat_limiters.get(chat)
        if limiter is None:
            period = self._per_chat_burst / self._per_chat_rate
            limiter = self._chat_limiters[chat] = AsyncLimiter(self._per_chat_burst, period)
        return limiter

    async def process_request(  # type: ignore[override]
        self,
        callback: Any,
        args: Any,
        kwargs: dict[str, Any],
        endpoint: str,
        data: dict[str, Any],
        rate_limit_args: int | None,
    ) -> Any:
        if self._shared is not None:
            return await self._process_shared(
                self._shared, callback, args, kwargs, endpoint, data, rate_limit_args
            )
        callback = _counting_429s(callback)
        if self.overall is not None and data.get("chat_id") is not None:
            callback = _paced(callback, self.overall)
        limiter = self._chat_limiter(data.get("chat_id"))
        if limiter is None:
            return await super().process_request(
                callback, args, kwargs, endpoint, data, rate_limit_args
            )
        async with limiter:
            return await super().process_request(
                callback, args, kwargs, endpoint, data, rate_limit_args
            )

    async def _process_shared(
        self,
        shared: SharedPace,
        callback: Any,
        args: Any,
        kwargs: dict[str, Any],
        endpoint: str,
        data: dict[str, Any],
        rate_limit_args: int | None,
    ) -> Any:
        chat = _private_chat(data.get("chat_id"))
        if chat is not None and self._per_chat_rate > 0:
            await shared.chat_turn(chat)
        if data.get("chat_id") is not None:
            callback = _paced(callback, shared)

        async def pausing_all_on_retry_after(*call_args: Any, **call_kwargs: Any) -> Any:
            try:
                return await callback(*call_args, **call_kwargs)
            except RetryAfter as exc:
                metrics.RATE_LIMITED.labels(channel="telegram").inc()
                await shared.pause(_seconds(exc))  # every process waits, not only this one
                raise

        return await super().process_request(
            pausing_all_on_retry_after, args, kwargs, endpoint, data, rate_limit_args
        )


def _paced(callback: Any, pace: AbstractAsyncContextManager[Any]) -> Any:
    """``callback`` holding one of the overall pace's places while it runs (each attempt)."""

    async def paced(*call_args: Any, **call_kwargs: Any) -> Any:
        async with pace:
            return await callback(*call_args, **call_kwargs)

    return paced


def _counting_429s(callback: Any) -> Any:
    async def counted(*call_args: Any, **call_kwargs: Any) -> Any:
        try:
            return await callback(*call_args, **call_kwargs)
        except RetryAfter:
            metrics.RATE_LIMITED.labels(channel="telegram").inc()
            raise

    return counted


def _private_chat(chat_id: object) -> int | None:
    try:
        chat = int(chat_id)  # type: ignore[call-overload]
    except (TypeError, ValueError):
        return None
    return chat if chat > 0 else None


def _seconds(exc: RetryAfter) -> float:
    """``RetryAfter.retry_after`` in seconds, whichever type this PTB release gives (int or
    float by default in 22.x, with a deprecation warning; a timedelta with PTB_TIMEDELTA=1)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)  # PTB's int-to-timedelta notice
        value = exc.retry_after
    return value.total_seconds() if isinstance(value, timedelta) else float(value or 1)


def paced_rate_limiter(coach: Coach) -> PacedRateLimiter:
    """The pace every send goes through, ``TELEGRAM_PACE_PER_SECOND`` for the bot. On
    PostgreSQL, where several processes may send for one bot, it is shared through the
    database; SQLite serves one process, paced in memory. The per-chat pace is the same in
    every mode (paid broadcasts lift the bot's limit, not a chat's)."""
    rate = coach.settings.telegram_pace_per_second
    if coach.engine.dialect.name == "postgresql":
        return PacedRateLimiter(max_retries=3, shared=SharedPace(coach.engine, rate=rate))
    return PacedRateLimiter(max_retries=3, overall_max_rate=rate)
