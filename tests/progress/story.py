"""A six-week runner, played through the real service: the seeded history of the progress tests
and of ``docs/make_samples.py``.

Calm, build and the walk-run return; a missed day, partial days, a painful strength session
(the next day is a rest day from strength), a three-day pause, a run that made them stop, a
morning-after flare (R4) and a red flag that a clinician clears two days later.
"""

from __future__ import annotations

from datetime import timedelta

from bot.clock import ManualClock
from bot.coach.plan import Running
from bot.service.coach import CoachService
from bot.service.replies import Reply, UserKey

TIMEZONE = "Europe/Berlin"
DAYS = 42
MISSED_DAY = 12  # nothing done at all
PARTIAL_DAYS = {5, 9, 17, 23, 30, 38}  # two stretch sessions of three
PAUSE_FROM, PAUSE_DAYS = 25, 3
PAINFUL_STRENGTH_DAY = 20  # strength pain 6: the next day is a rest day from strength
RED_FLAG_DAY, CLEARED_DAY = 33, 35
MORNINGS = {1: 4, 2: 3, 3: 2, 4: 2, 5: 1}  # then 1, unless a run flares it
# (pain during, stopped, next-morning pain) for the k-th run.
RUNS = [
    (1, False, 1),
    (2, False, 1),
    (4, False, 1),
    (1, False, 1),
    (2, False, 3),  # the morning after is 2 above baseline: R4 revises it to hold
    (1, False, 1),
    (7, True, 3),
    (2, False, 2),
    (1, False, 1),
    (1, False, 1),
    (0, False, 0),
    (1, False, 1),
    (0, False, 0),
]


async def play(service: CoachService, clock: ManualClock, who: UserKey, days: int = DAYS) -> None:
    """Onboard ``who`` at the clock's time and play ``days`` days; the clock ends on the last
    day's evening (local)."""

    async def say(text: str) -> list[Reply]:
        return await service.handle(who, text)

    await say("/start")
    await say("/screen none")
    await say("/side left")
    await say(f"/timezone {TIMEZONE}")
    runs = 0
    flare: int | None = None
    for day in range(1, days + 1):
        if day > 1:
            clock.advance(timedelta(hours=12))  # next morning
        paused = PAUSE_FROM <= day < PAUSE_FROM + PAUSE_DAYS
        if day == PAUSE_FROM:
            await say(f"/pause {PAUSE_DAYS}")
        if not paused and day != MISSED_DAY:
            pain = flare if flare is not None else MORNINGS.get(day, 1)
            flare = None
            replies = await say(f"/morning {pain}")
            if any(r.buttons for r in replies):  # calm phase: stairs?
                await say("yes" if pain <= 2 else "no")
        if day == RED_FLAG_DAY:
            replies = await say("/symptom the knee looks swollen tonight")
            buttons = [b for r in replies for b in r.all_buttons()]
            await say(next(b.action for b in buttons if b.action.endswith(" yes")))
        if day == CLEARED_DAY:
            await say("/cleared")
            await say("physio")
            await say("today")
        plan = await service.plan_for(who)
        assert plan is not None
        if not paused and day != MISSED_DAY:
            for _ in range(2 if day in PARTIAL_DAYS else plan.stretch_sessions):
                await say("/done stretch")
            if plan.has_strength:
                await say(f"/strength {6 if day == PAINFUL_STRENGTH_DAY else 2}")
            if plan.return_check_due:  # §3 v3: the return-to-run check, all yes
                for answer in ("/returncheck", "yes", "yes", "yes"):
                    await say(answer)
                plan = await service.plan_for(who)
                assert plan is not None
        clock.advance(timedelta(hours=10))  # evening
        if not paused and plan.running is Running.LADDER and runs < len(RUNS):
            pain, stopped, flare = RUNS[runs]
            minutes = plan.stage_detail.total_minutes if plan.stage_detail else 20
            await say(f"/run {minutes} pain {pain}" + (" stopped" if stopped else ""))
            runs += 1
        clock.advance(timedelta(hours=2))
