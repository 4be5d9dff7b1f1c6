"""The Telegram channel's overall pace is the strict sliding window, not PTB's stock bucket."""

from __future__ import annotations

import inspect

from telegram.ext import AIORateLimiter

from bot.channels.telegram import PacedRateLimiter
from bot.reminders.pacing import SlidingWindowPace


def test_overall_limit_is_the_sliding_window() -> None:
    limiter = PacedRateLimiter(max_retries=3)
    assert isinstance(limiter._base_limiter, SlidingWindowPace)
    assert (limiter._base_limiter.rate, limiter._base_limiter.period) == (30, 1.0)


def test_ptb_still_paces_every_chat_send_with_that_limit() -> None:
    # The swap works only while PTB wraps each send in ``self._base_limiter``; a PTB release
    # that renames it must fail here rather than silently fall back to no overall pace.
    assert "_base_limiter" in AIORateLimiter.__slots__
    assert "self._base_limiter" in inspect.getsource(AIORateLimiter._run_request)


def test_an_explicit_overall_rate_is_kept() -> None:
    limiter = PacedRateLimiter(overall_max_rate=0, max_retries=3)
    assert limiter._base_limiter is None
