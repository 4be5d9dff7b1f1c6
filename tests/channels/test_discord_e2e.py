"""The Discord channel end to end: the real discord.py client, built as production builds it,
logged in to a local Discord (REST and gateway over real HTTP and websockets), on a temporary
database with a manual clock.

Waiting is never by sleeping: each step waits (with a timeout) until the client has finished
the message or interaction, then looks at what the stand-in recorded. Every test ends by
checking the stand-in rejected no call, apart from the 429s and 50007s it was told to give.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
from collections.abc import AsyncIterator
from datetime import timedelta
from typing import Any

import discord
import pytest

from bot import texts
from bot.bootstrap import Coach
from bot.channels.discord import CoachClient, api_base
from bot.channels.discord import client as client_module
from bot.clock import ManualClock
from bot.service.commands import menu
from bot.service.replies import Delivery, Reply, UserKey
from bot.store import repo
from tests.channels.fake_discord import EPHEMERAL, MESSAGE_CONTENT_INTENT, FakeDiscord, Message

USER = 4242


class TracedClient(CoachClient):
    """The production client, noting each message and interaction it has finished with."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.finished: set[int] = set()

    async def on_message(self, message: discord.Message) -> None:
        try:
            await super().on_message(message)
        finally:
            self.finished.add(message.id)

    async def reply(self, interaction: Any, text: str, *, pressed: bool, slow: bool) -> None:
        try:
            await super().reply(interaction, text, pressed=pressed, slow=slow)
        finally:
            self.finished.add(interaction.id)


class Discord:
    """A running client and the stand-in it talks to; ``say``, ``slash`` and ``press`` act as
    the user and return what the user newly sees."""

    def __init__(self, fake: FakeDiscord, coach: Coach, **options: Any) -> None:
        self.fake = fake
        self.coach = coach
        self.client = TracedClient(coach, reminders=False, **options)
        self._task: asyncio.Task[None] | None = None
        self._stack = contextlib.ExitStack()

    async def __aenter__(self) -> Discord:
        self._stack.enter_context(api_base(self.fake.base_url))
        self._task = asyncio.create_task(self.client.start(self.fake.token))
        await asyncio.wait_for(self.client.wait_until_ready(), 15)
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.client.close()
        if self._task is not None:
            await self._task
        self._stack.close()

    async def _after(self, user: int, act: Any) -> list[Message]:
        before = len(self.fake.seen_by(user))
        event_id = act()
        event_id = event_id.id if not isinstance(event_id, int) else event_id
        await self.fake.wait_until(lambda: event_id in self.client.finished)
        return self.fake.seen_by(user)[before:]

    async def say(self, text: str, user: int = USER) -> list[Message]:
        return await self._after(user, lambda: self.fake.send_text(user, text))

    async def slash(
        self, name: str, user: int = USER, guild: bool = False, **options: Any
    ) -> list[Message]:
        return await self._after(user, lambda: self.fake.command(user, name, options, guild))

    async def press(self, label: str, user: int = USER) -> list[Message]:
        return await self._after(user, lambda: self.fake.press(user, label))


def shown(messages: list[Message]) -> str:
    return "\n---\n".join(m.content for m in messages)


def escaped(text: str) -> str:
    return discord.utils.escape_markdown(text)


@pytest.fixture
async def fake() -> AsyncIterator[FakeDiscord]:
    local = await FakeDiscord(heartbeat_ms=200).start()
    yield local
    await local.stop()
    rejected = [(c.method, c.path, c.error) for c in local.rejected()]
    assert rejected == [], f"the local Discord rejected calls: {rejected}"


@pytest.fixture
async def bot(fake: FakeDiscord, coach: Coach) -> AsyncIterator[Discord]:
    async with Discord(fake, coach) as running:
        yield running


async def onboard(bot: Discord, user: int = USER) -> None:
    out = await bot.say("/start", user)
    assert "not medical advice" in shown(out)
    await bot.press(texts.onboarding.SCREEN_NONE, user)


async def test_commands_cover_the_menu_and_sync_only_on_change(
    fake: FakeDiscord, coach: Coach
) -> None:
    async with Discord(fake, coach):
        pass
    names = {c["name"] for c in fake.commands}
    assert names == {"start"} | {name for name, _ in menu()}
    run = next(c for c in fake.commands if c["name"] == "run")
    options = {o["name"]: o for o in run["options"]}
    assert (options["pain"]["min_value"], options["pain"]["max_value"]) == (0, 10)
    assert options["stopped"]["type"] == 5 and options["minutes"]["type"] == 4
    assert all(c["contexts"] == [0, 1, 2] for c in fake.commands)
    assert all(c["integration_types"] == [0, 1] for c in fake.commands)
    async with Discord(fake, coach):  # restarted, nothing changed: no sync
        pass
    assert len(fake.calls_to("PUT", "/commands")) == 1
    async with Discord(fake, coach, force_sync=True):  # itb-coach discord --sync
        pass
    assert len(fake.calls_to("PUT", "/commands")) == 2


async def test_journey_by_slash_commands_and_buttons(bot: Discord, fake: FakeDiscord) -> None:
    await onboard(bot)
    today = await bot.slash("today")
    assert "Stretches, 3x today ○○○" in shown(today)
    edited = await bot.press("Done: stretches 1/3")
    assert edited == []  # the plan itself turned into a tick
    assert "✓○○" in today[-1].content
    ran = await bot.slash("run", minutes=30, pain=2)
    assert "Run recorded: pain 2/10" in shown(ran)
    asked = await bot.slash("run")
    assert asked[-1].content == escaped(texts.reports.ASK_RUN_PAIN)
    await bot.press("7")
    stopped = await bot.press(texts.common.YES)
    assert "pain 7/10" in shown(stopped)

    progress = await bot.slash("progress")
    [chart] = [m for m in progress if m.files]
    assert next(iter(chart.files.values())).startswith(b"\x89PNG")
    report = await bot.slash("report")
    [pdf] = [content for m in report for content in m.files.values()]
    assert pdf.startswith(b"%PDF")
    deferred = [c.body["type"] for c in fake.calls_to("POST", "/callback")]
    assert deferred.count(5) == 2  # the chart and the PDF were deferred, then followed up

    export = await bot.slash("export")
    files = {name: content for m in export for name, content in m.files.items()}
    document = json.loads(next(c for n, c in files.items() if n.endswith(".json")))
    assert document["format"] == "itb-coach-export" and len(document["run_reports"]) == 2
    assert any(n.endswith(".zip") for n in files)

    await bot.slash("delete")
    gone = await bot.press(texts.account.DELETE_YES)
    assert shown(gone) == escaped(texts.account.DELETED)
    async with bot.coach.sessions() as session:
        assert await repo.find_user(session, "discord", str(USER)) is None


async def test_a_plan_all_done_carries_distinct_custom_ids(bot: Discord, fake: FakeDiscord) -> None:
    await onboard(bot)
    for _ in range(3):
        await bot.slash("done", what="stretch")
    await bot.slash("done", what="strength")
    await bot.press("3")  # strength pain
    today = await bot.slash("today")
    buttons = today[-1].buttons()
    labels = [b["label"] for b in buttons]
    assert texts.plan.ALL_STRETCHES_DONE in labels and texts.plan.STRENGTH_DONE_TICK in labels
    ids = [b["custom_id"] for b in buttons]
    assert len(set(ids)) == len(ids)
    plan = await bot.press(texts.plan.STRENGTH_DONE_TICK)  # both ticks still do what they say
    assert "Hip strength with return to running" in shown(plan)


async def test_the_gateway_keeps_its_heartbeat(bot: Discord, fake: FakeDiscord) -> None:
    await fake.wait_until(lambda: fake.heartbeats >= 3)  # one every 200 ms, each acknowledged
    assert bot.client.is_ready() and not bot.client.is_closed()
    assert bot.client.latency < 1.0  # discord.py measures it from the ACKs


async def test_typed_direct_messages_and_the_keypad(bot: Discord) -> None:
    await onboard(bot)
    await bot.say("/morning")
    answered = await bot.say("2")
    assert "2/10" in shown(answered)


async def test_answers_in_a_server_are_only_for_the_user(bot: Discord) -> None:
    await onboard(bot)
    out = await bot.slash("today", guild=True)
    assert out and all(m.flags & EPHEMERAL for m in out)


async def test_a_mention_in_a_server_is_answered_in_private(
    bot: Discord, fake: FakeDiscord
) -> None:
    await onboard(bot)
    out = await bot._after(USER, lambda: fake.send_text(USER, "/plan", server=True))
    assert "Hip strength" in shown(out)  # in the user's DMs
    assert [m.author["id"] for m in fake.in_server()] == [str(USER)]  # nothing in the channel
    fake.block(USER)
    await bot._after(USER, lambda: fake.send_text(USER, "/plan", server=True))
    assert fake.in_server()[-1].content == texts.channels.DISCORD_DM_CLOSED


async def test_autocomplete_offers_zones_and_exercises(bot: Discord, fake: FakeDiscord) -> None:
    zones = fake.autocomplete(USER, "timezone", "zone", "berl")
    await fake.wait_until(zones.done.is_set)
    assert {"name": "Europe/Berlin", "value": "Europe/Berlin"} in (zones.autocomplete or [])
    moves = fake.autocomplete(USER, "howto", "exercise", "clam")
    await fake.wait_until(moves.done.is_set)
    assert [c["name"] for c in moves.autocomplete or []] == ["Clamshell"]
    await onboard(bot)
    howto = await bot.slash("howto", exercise=(moves.autocomplete or [])[0]["value"])
    assert "Clamshell" in shown(howto)


async def test_the_presser_is_the_user_whatever_the_button(bot: Discord, fake: FakeDiscord) -> None:
    alice, mallory = 1001, 1002
    await onboard(bot, alice)
    await onboard(bot, mallory)
    keypad = (await bot.slash("run", user=alice))[-1]
    four = next(b for b in keypad.buttons() if b["label"] == "4")
    before = len(fake.seen_by(mallory))
    interaction = fake._interact(
        mallory, 3, {"custom_id": four["custom_id"], "component_type": 2}, message=keypad
    )
    await fake.wait_until(lambda: interaction.id in bot.client.finished)
    assert "already answered" in shown(fake.seen_by(mallory)[before:])
    answered = await bot.say("4", alice)  # Alice's question is still hers to answer
    assert escaped(texts.reports.ASK_RUN_STOPPED) in shown(answered)


async def test_a_reminder_done_pressed_after_a_restart(
    fake: FakeDiscord, coach: Coach, clock: ManualClock
) -> None:
    async with Discord(fake, coach) as first:
        await onboard(first)
        ticker = coach.ticker(first.client.notifier)
        clock.advance(timedelta(hours=1, minutes=1))  # 08:01 UTC: the first stretch reminder
        result = await ticker.tick()
        assert result.sent == 1
    reminder = fake.seen_by(USER)[-1]
    assert "Stretch" in reminder.content
    assert texts.reminders.REMINDER_DONE in [b["label"] for b in reminder.buttons()]
    async with Discord(fake, coach) as second:  # a new process: it never sent that button
        out = await second.press(texts.reminders.REMINDER_DONE)
    assert out == []  # the reminder itself turned into one line: what is left today
    assert reminder.content.startswith("✓ Stretch session 1 of 3 done. Left today:")
    assert reminder.buttons() == []
    async with coach.sessions() as session:
        user = await repo.find_user(session, "discord", str(USER))
        assert user is not None
        done = await repo.completions_on(session, user.id, clock.now().date())
    assert "stretch-1" in done


async def test_a_user_who_blocked_the_bot_is_marked_inactive(
    bot: Discord, fake: FakeDiscord, coach: Coach, clock: ManualClock
) -> None:
    await onboard(bot)
    fake.block(USER)
    ticker = coach.ticker(bot.client.notifier)
    clock.advance(timedelta(hours=1, minutes=1))  # the first stretch reminder is due
    result = await ticker.tick()
    assert (result.sent, result.blocked) == (0, 1)
    assert [c.error for c in fake.rejected(include_injected=True)] == [
        "Cannot send messages to this user"
    ]
    async with coach.sessions() as session:
        user = await repo.find_user(session, "discord", str(USER))
        assert user is not None and not user.active
    assert await bot.client.notifier.send(str(USER), [Reply("x")]) is Delivery.BLOCKED
    fake.block(USER, blocked=False)
    await bot.say("/today")  # writing again revives them
    async with coach.sessions() as session:
        user = await repo.find_user(session, "discord", str(USER))
        assert user is not None and user.active


async def test_a_429_is_waited_out(bot: Discord, fake: FakeDiscord) -> None:
    await onboard(bot)
    fake.fail_next(1, retry_after=0.1)
    out = await bot.say("/plan")
    assert out and "Hip strength" in shown(out)
    assert [c.status for c in fake.rejected(include_injected=True)] == [429]


async def test_a_slow_answer_is_deferred_within_the_window(
    bot: Discord, fake: FakeDiscord, coach: Coach, monkeypatch: pytest.MonkeyPatch
) -> None:
    """/plan is not a known slow command: the client defers once the coach is late."""
    await onboard(bot)
    monkeypatch.setattr(client_module, "ANSWER_BUDGET", 0.05)
    release = asyncio.Event()
    real = coach.service.handle

    async def late(who: UserKey, text: str, *, pressed: bool = False) -> list[Reply]:
        await release.wait()  # held until the client has deferred
        return await real(who, text, pressed=pressed)

    monkeypatch.setattr(coach.service, "handle", late)
    interaction = fake.command(USER, "plan")
    await fake.wait_until(lambda: interaction.answered == "5")
    release.set()
    await fake.wait_until(lambda: interaction.id in bot.client.finished)
    assert "Hip strength" in fake.seen_by(USER)[-1].content
    assert interaction.loading is None  # "thinking…" was replaced by the answer


async def test_a_send_that_keeps_failing_still_gets_an_answer(
    bot: Discord, fake: FakeDiscord, caplog: pytest.LogCaptureFixture
) -> None:
    await onboard(bot)
    fake.fail_next(5, retry_after=0.01)  # discord.py tries 5 times, then gives up
    out = await bot.say("/plan")
    assert [m.content for m in out] == [texts.account.SOMETHING_WENT_WRONG]
    assert [c.status for c in fake.rejected(include_injected=True)] == [429] * 5
    assert "update_failed" in [getattr(r, "event", "") for r in caplog.records]


async def test_an_interaction_answer_refused_still_gets_the_failure_reply(
    bot: Discord, fake: FakeDiscord, caplog: pytest.LogCaptureFixture
) -> None:
    await onboard(bot)
    fake.fail_next(5, retry_after=0.01)  # the answer is refused until discord.py gives up
    out = await bot.slash("plan")
    assert [m.content for m in out] == [texts.account.SOMETHING_WENT_WRONG]
    assert len(fake.rejected(include_injected=True)) == 5
    assert "update_failed" in [getattr(r, "event", "") for r in caplog.records]


async def test_one_error_path_for_every_channel(
    bot: Discord,
    fake: FakeDiscord,
    coach: Coach,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    real = coach.service.handle

    async def handle(who: UserKey, text: str, *, pressed: bool = False) -> list[Reply]:
        if "secret" in text:
            raise RuntimeError(text)
        return await real(who, text, pressed=pressed)

    monkeypatch.setattr(coach.service, "handle", handle)
    caplog.set_level(logging.INFO)
    await onboard(bot)
    typed = await bot.say("my secret symptom")
    slashed = await bot.slash("symptom", text="another secret")
    assert [m.content for m in typed + slashed] == [texts.account.SOMETHING_WENT_WRONG] * 2
    failures = [r for r in caplog.records if getattr(r, "event", "") == "update_failed"]
    assert len(failures) == 2
    assert all(
        "RuntimeError" in r.getMessage() and f"user {USER}" in r.getMessage() for r in failures
    )
    ours = "\n".join(r.getMessage() for r in caplog.records if r.name.startswith("bot."))
    assert "secret" not in ours and fake.token not in ours


async def test_without_the_message_content_intent_it_starts_and_answers(
    coach: Coach, caplog: pytest.LogCaptureFixture
) -> None:
    local = await FakeDiscord(message_content=False).start()
    try:
        async with Discord(local, coach) as bot:
            out = await bot.slash("today")
            assert "Stretches" in shown(out)
            typed = await bot.say("/plan")  # Discord still gives a bot its DMs' content
            assert "Hip strength" in shown(typed)
    finally:
        await local.stop()
    assert local.rejected() == []
    assert [bool(i & MESSAGE_CONTENT_INTENT) for i in local.identified] == [True, False]
    events = [getattr(r, "event", "") for r in caplog.records]
    assert "discord_no_message_content" in events
