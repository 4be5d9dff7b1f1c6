"""The overall send pace, checked on simulated time: however late requests reach the server,
no window of a second there holds more than the rate."""

from __future__ import annotations

import random

from bot.reminders.pacing import SlidingWindowPace


def simulate(
    pace: SlidingWindowPace, asked_at: list[float], delay: list[float], rtt: float = 0.004
) -> list[tuple[float, float]]:
    """One send at a time, each asked at ``asked_at[i]``: (entered, reached the server).
    ``delay[i]``: how late send i reaches the server after entering (a busy event loop)."""
    out: list[tuple[float, float]] = []
    clock = 0.0
    for asked, late in zip(asked_at, delay, strict=True):
        t = clock = max(clock, asked)  # time only moves forward
        wait = pace._wait(t)
        while wait:
            assert wait is not None  # sends finish in this simulation, so waits are timed
            t += wait
            wait = pace._wait(t)
        clock = t
        pace.in_flight += 1
        out.append((t, t + late))
        pace.in_flight -= 1
        pace._finished.append(t + late + rtt)  # the response comes back after the server
    return out


def most_in_a_window(times: list[float], window: float) -> int:
    times = sorted(times)
    most, first = 0, 0
    for last, t in enumerate(times):
        while t - times[first] >= window:
            first += 1
        most = max(most, last - first + 1)
    return most


def test_a_backlog_goes_out_at_the_rate_and_the_server_never_sees_more() -> None:
    pace = SlidingWindowPace(rate=30, period=1.0)
    sent = simulate(pace, [0.0] * 300, [0.001] * 300)
    assert most_in_a_window([server for _, server in sent], 1.0) == 30
    assert 9.0 < sent[-1][0] < 9.2  # 300 at 30/s, the round trip costing a little


def test_late_requests_do_not_crowd_a_second_at_the_server() -> None:
    """Entry-time spacing alone fails here: one request held 50 ms on its way, the next
    ones not, put 31 in a second at the server."""
    rng = random.Random(7)
    delays = [rng.choice([0.001, 0.001, 0.001, 0.05]) for _ in range(600)]
    pace = SlidingWindowPace(rate=30, period=1.0)
    sent = simulate(pace, [0.0] * 600, delays)
    assert most_in_a_window([server for _, server in sent], 1.0) <= 30


def test_a_quiet_spell_does_not_allow_a_double_burst() -> None:
    """AsyncLimiter(30, 1) lets 30 + 30 through in the second after a quiet spell."""
    pace = SlidingWindowPace(rate=30, period=1.0)
    asked = [10.0 + i / 100 for i in range(60)]  # 60 sends asked within 0.6 s
    sent = simulate(pace, asked, [0.001] * 60)
    assert most_in_a_window([server for _, server in sent], 1.0) == 30


def test_sends_in_flight_hold_their_slot() -> None:
    pace = SlidingWindowPace(rate=2, period=1.0)
    pace.in_flight = 2
    assert pace._wait(0.0) is None  # wait for one to finish
    pace.in_flight = 1
    pace._finished.append(0.5)
    assert pace._wait(1.0) == 0.5


async def test_entering_below_the_rate_does_not_wait() -> None:
    pace = SlidingWindowPace(rate=3)
    for _ in range(3):
        async with pace:
            pass
    assert (pace.in_flight, len(pace._finished)) == (0, 3)
