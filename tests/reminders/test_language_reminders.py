"""A reminder is worded in its runner's language, built in a batch with other runners' or one
at a time: each runner's own, whoever shares the batch."""

from __future__ import annotations

from typing import Any

import pytest

from bot import texts
from bot.bootstrap import Coach
from bot.clock import ManualClock
from bot.reminders import batch
from bot.reminders.ticker import ReminderTicker
from bot.service import keyboards
from bot.service.replies import UserKey
from bot.texts import language
from tests.conftest import Talker
from tests.reminders.conftest import FakeNotifier, at, travel


async def _fails(*_args: Any) -> Any:
    raise RuntimeError("the batch could not be built")


@pytest.mark.parametrize("path", ["batch", "one at a time"])
async def test_each_runner_gets_the_reminder_in_their_own_language(
    path: str,
    coach: Coach,
    clock: ManualClock,
    ticker: ReminderTicker,
    notifier: FakeNotifier,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(
        texts.reminders,
        "reminder_stretch_text",
        lambda _plan, slot, _side: f"stretch {slot} in {language.current()}",
    )
    if path == "one at a time":
        monkeypatch.setattr(batch, "prepare", _fails)  # the ticker falls back to one by one
    spanish = Talker(coach, UserKey("test", "ana", language="es"))
    english = Talker(coach, UserKey("test", "bob", language="en-GB"))
    chosen = Talker(coach, UserKey("test", "cruz"))  # no client language: chose it after
    for runner in (spanish, english, chosen):
        await runner.say("/start")
    await chosen.say("/idioma español")
    await travel(clock, ticker, at(8), step=at(8) - clock.now())
    first = {sent.external_id: sent.replies[0] for sent in notifier.delivered}
    assert {who: reply.text for who, reply in first.items()} == {
        "ana": "stretch 1 in es",
        "bob": "stretch 1 in en",
        "cruz": "stretch 1 in es",
    }
    with language.use("es"):
        spanish_buttons = keyboards.reminder("stretch-1")
    assert first["ana"].buttons == spanish_buttons  # keyboards are worded in it too
    # Worded per runner, not per process: the process still speaks English afterwards.
    assert language.current() == language.SOURCE
