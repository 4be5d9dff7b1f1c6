"""Two weeks of a runner on the console, one session per reminder slot, written the way
people write: each check is one finding of issue 19 (items 3-6) that today's words,
menus and replies must get right."""

from __future__ import annotations

import inspect
import io
import json
from datetime import timedelta
from pathlib import Path
from typing import Any

from bot.bootstrap import Coach
from bot.channels.console import ConsoleChat, ConsoleNotifier
from bot.clock import ManualClock
from bot.reminders.ticker import ReminderTicker
from bot.service.replies import UserKey
from tests.conftest import START

ONBOARD = ["/start", "None of these", "1", "Left", "UTC", "Keep these times", "No event"]
MIDNIGHT = START.replace(hour=0)  # Monday 23 Nov 2026, the first day


class Story:
    def __init__(self, coach: Coach, clock: ManualClock, tmp_path: Path) -> None:
        self.coach, self.clock = coach, clock
        self.out = io.StringIO()
        self.chat = ConsoleChat(coach.service, "ines", self.out, tmp_path, echo=True)
        notifier = ConsoleNotifier(self.chat)
        self.ticker = ReminderTicker(coach.service, notifier, only_external_id="ines")
        self.failed: list[str] = []

    async def at(self, day: int, hour: int, minute: int = 0) -> str:
        """Day ``day`` (1 = the first Monday) at hh:mm UTC: what the reminders printed."""
        self.clock.set(MIDNIGHT + timedelta(days=day - 1, hours=hour, minutes=minute))
        mark = self.out.tell()
        await self.ticker.tick()
        return self.out.getvalue()[mark:]

    async def say(self, line: str) -> str:
        mark = self.out.tell()
        await self.chat.say(line)
        return self.out.getvalue()[mark:]

    def check(self, ok: object) -> None:
        """A finding's check: every one is reported, not only the first that fails."""
        if not ok:
            frame = inspect.stack()[1]
            self.failed.append(f"line {frame.lineno}: {(frame.code_context or [''])[0].strip()}")

    async def stored(self) -> dict[str, Any]:
        replies = await self.coach.service.handle(UserKey("console", "ines"), "/export")
        document = replies[0].document
        assert document is not None
        return dict(json.loads(document.content))


def before(text: str, first: str, then: str) -> bool:
    return first in text and then in text and text.index(first) < text.index(then)


async def test_two_weeks_in_the_runners_own_words(
    coach: Coach, clock: ManualClock, tmp_path: Path
) -> None:
    s = Story(coach, clock, tmp_path)
    clock.set(START)
    for line in ONBOARD:
        await s.say(line)

    # Day 1, Monday. A score after a comma wins over "ok"; the stairs answered in words.
    s.check("Stretch session 1 of 3" in await s.at(1, 8))
    s.check("Heard: this morning's knee, 1/10." in await s.say("knee ok this morning, 1"))
    s.check("calm phase goes on until stairs" in await s.say("nope, stairs a bit sore going down"))
    await s.at(1, 13)
    done = await s.say("done")  # the 13:00 reminder's session, in one line
    s.check("✓ Stretch session 2 of 3 done. Left today: stretch sessions 1 and 3, strength" in done)
    await s.at(1, 18)
    s.check("Strength pain 2/10" in await s.say("hip exercises finished, 2"))
    await s.at(1, 20)
    pressed = await s.say("1")  # the reminder's Done, pressed by its number
    s.check("✓ Stretch session 3 of 3 done." in pressed and "Today ·" not in pressed)

    # Day 2, Tuesday. An off-plan jog is coached, not praised; a stale number undoes nothing.
    await s.at(2, 8)
    s.check("Heard: this morning's knee, 1/10." in await s.say("knee feels alright today, 1"))
    s.check("Good: pain-free stairs" in await s.say("fine"))
    await s.at(2, 13)
    jog = await s.say("went for a 20 min jog at lunch, knee 1")
    s.check("well done" not in jog and "pain-free" not in jog.split("Run recorded")[1])
    s.check("1/10, low" in jog and "The calm phase has no running on purpose" in jog)
    s.check(before(jog, "This run is recorded; nothing moves on.", "(HOLD, rule R6)"))
    s.check("Decision: HOLD" not in jog)
    stale = await s.say("1")  # meant: the 13:00 reminder's Done; the newest menu is Undo
    s.check("Nothing was done: choice 1 was in an earlier menu" in stale)
    s.check(len((await s.stored())["run_reports"]) == 1)
    await s.at(2, 17)
    s.check("no strength tonight" in await s.say("too tired tonight, skipping the strength"))
    s.check("Strength" not in await s.at(2, 18))  # no nagging reminder for it tonight
    await s.at(2, 20)
    await s.say("stretches done")

    # Day 3, Wednesday: busy, the reminders go unanswered.
    for hour in (8, 13, 18, 20):
        await s.at(3, hour)

    # Day 4, Thursday: the count that fell is announced with its reason, once.
    morning = await s.at(4, 8)
    s.check("calm-day count went from 1 to 0 of 3: Wed 25 Nov had no morning check" in morning)
    s.check("Heard: this morning's knee, 1/10." in await s.say("knee fine this morning, 1"))
    await s.say("yes")
    logged = await s.say("strength on wednesday was a 2")
    s.check("Logged for Wed 25 Nov: strength done, pain 2/10." in logged)
    s.check("2026-11-25" in [r["day"] for r in (await s.stored())["strength_reports"]])
    await s.at(4, 13)
    both = await s.say("did strength and stretches, pain 0")
    s.check("✓ Stretch session" in both and "Heard: strength done, pain 0/10." in both)
    fixed = await s.say("actually it was more like a 1")
    s.check("Corrected: today's strength pain is now 1/10 (it was 0/10)." in fixed)
    s.check("type “undo”: Undo" in fixed)
    s.check("calm-day count" not in await s.at(4, 20))

    # Days 5-6: calm days; Thursday to Saturday make three.
    for day in (5, 6):
        await s.at(day, 8)
        await s.say("knee score 1 this morning")
        await s.say("yes, stairs were fine")
        await s.at(day, 18)
        await s.say("strength done, 1")

    # Day 7, Sunday: the phase change is announced at the first reminder, and only there.
    sunday = await s.at(7, 8)
    s.check("New phase: from Sun 29 Nov you are in the build phase." in sunday)
    s.check("Why: 3 days in a row" in sunday)
    s.check("New phase" not in await s.at(7, 13) + await s.say("/today"))

    # Day 8, Monday: words about yesterday that describe today; a run in the build phase.
    await s.at(8, 8)
    s.check("Heard: this morning's knee, 2/10." in await s.say("a bit achy after yesterday, 2"))
    run = await s.say("ran 15 minutes on the treadmill, knee 2")
    s.check("2/10, low" in run and "The build phase has no running yet on purpose" in run)

    # Days 9-14: the routine, with the stairs said outside the question and strength said short.
    for day in range(9, 15):
        await s.at(day, 8)
        await s.say("knee 1 this morning")
        if day == 9:
            stairs = await s.say("stairs were sore yesterday")
            s.check("Noted: the stairs were sore." in stairs and "clinician" not in stairs)
        await s.at(day, 18)
        s.check("Strength pain 1/10" in await s.say("hip work done, 1"))
        await s.at(day, 20)
        s.check("Left today:" in await s.say("done"))
    stored = await s.stored()
    s.check(len(stored["run_reports"]) == 2)
    s.check("Undone" not in s.out.getvalue())
    assert not s.failed, "\n".join(s.failed)
