"""The Telegram channel's overall pace is the strict sliding window, not PTB's stock bucket,
applied through PTB's public rate-limiter interface only."""

from __future__ import annotations

from typing import Any

from telegram.error import RetryAfter

from bot.channels.telegram import PacedRateLimiter
from bot.channels.telegram_pace import _seconds
from bot.reminders.pacing import SlidingWindowPace


def test_overall_limit_is_the_sliding_window() -> None:
    limiter = PacedRateLimiter(max_retries=3)
    assert isinstance(limiter.overall, SlidingWindowPace)
    assert (limiter.overall.rate, limiter.overall.period) == (30, 1.0)


def test_an_explicit_overall_rate_is_kept() -> None:
    limiter = PacedRateLimiter(overall_max_rate=0, max_retries=3)
    assert limiter.overall is None


class CountingPace:
    def __init__(self) -> None:
        self.entered = 0

    async def __aenter__(self) -> None:
        self.entered += 1

    async def __aexit__(self, *exc: object) -> None:
        pass


async def test_each_attempt_of_a_chat_send_takes_a_place_in_the_pace() -> None:
    pace = CountingPace()
    limiter = PacedRateLimiter(overall=pace, per_chat_rate=0, max_retries=2)
    attempts: list[int] = []

    async def send(**_kwargs: Any) -> bool:
        attempts.append(1)
        if len(attempts) == 1:
            raise RetryAfter(0)  # one 429, then through
        return True

    await limiter.initialize()
    answer = await limiter.process_request(send, (), {}, "sendMessage", {"chat_id": 5}, None)
    assert answer is True and len(attempts) == 2 and pace.entered == 2
    await limiter.process_request(send, (), {}, "getMe", {}, None)
    assert pace.entered == 2  # not a chat send: not paced


def test_retry_after_is_read_through_the_public_property() -> None:
    assert _seconds(RetryAfter(3)) == 3.0
