"""The Discord adapter with fake messages and interactions: no network."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import timedelta
from types import SimpleNamespace
from typing import Any

import discord
import pytest

from bot.bootstrap import Coach
from bot.channels.discord import (
    BUTTONS_PER_ROW,
    MESSAGE_LIMIT,
    CoachClient,
    DiscordNotifier,
    render,
    split_text,
)
from bot.protocol_files import default_red_flags
from bot.reminders.ticker import ReminderTicker
from bot.service import keyboards
from bot.service.replies import Button, Delivery, Reply
from bot.store import repo


@dataclass
class FakeChannel:
    sent: list[dict[str, Any]] = field(default_factory=list)

    async def send(self, **kwargs: Any) -> None:
        self.sent.append(kwargs)

    def texts(self) -> str:
        return "\n".join(m["content"] for m in self.sent)


@dataclass
class FakeResponse:
    edits: list[dict[str, Any]] = field(default_factory=list)
    deferred: bool = False

    async def edit_message(self, **kwargs: Any) -> None:
        self.edits.append(kwargs)

    async def defer(self) -> None:
        self.deferred = True


def buttons(message: dict[str, Any]) -> dict[str, str]:
    view = message.get("view")
    return {item.label: item.custom_id for item in view.children} if view else {}


def newest_button(channel: FakeChannel, label: str) -> str:
    """The action of the newest button labelled ``label`` (a first message's replies end with
    the safety check, so the plan's buttons are not always on the last message)."""
    return next(buttons(m)[label] for m in reversed(channel.sent) if label in buttons(m))


@pytest.fixture
async def client(coach: Coach) -> CoachClient:
    return CoachClient(coach)


def test_long_text_is_split_under_the_limit() -> None:
    chunks = split_text("a line of text\n" * 600 + "x" * 4500)
    assert all(0 < len(c) <= MESSAGE_LIMIT for c in chunks)
    assert "".join(chunks).count("a line of text") == 600


def test_markdown_is_escaped_and_buttons_reflow_into_rows_of_five() -> None:
    reply = Reply("*not bold* _nor italic_", keyboards.screen(default_red_flags()))
    [message] = render(reply)
    assert message["content"] == r"\*not bold\* \_nor italic\_"
    view = message["view"]
    assert len(view.children) == len(reply.all_buttons()) == 1 + len(default_red_flags().flags)
    rows = [item.row for item in view.children]
    assert max(rows.count(r) for r in set(rows)) <= BUTTONS_PER_ROW
    assert all(len(item.custom_id) <= 100 for item in view.children)


async def test_direct_message_onboarding_and_button_press(client: CoachClient) -> None:
    channel = FakeChannel()
    await client.answer(42, "/start", channel)  # type: ignore[arg-type]
    assert "not medical advice" in channel.texts()
    action = buttons(channel.sent[-1])["None of these"]
    response = FakeResponse()
    interaction = SimpleNamespace(user=SimpleNamespace(id=42), response=response, channel=channel)
    await client.press(interaction, action)  # type: ignore[arg-type]
    assert response.deferred
    assert "Which programme" in channel.texts()


async def test_done_button_edits_the_plan_into_a_tick(client: CoachClient) -> None:
    channel = FakeChannel()
    await client.answer(7, "/today", channel)  # type: ignore[arg-type]
    action = newest_button(channel, "Done: stretches 1/3")
    response = FakeResponse()
    interaction = SimpleNamespace(user=SimpleNamespace(id=7), response=response, channel=channel)
    await client.press(interaction, action)  # type: ignore[arg-type]
    [edit] = response.edits
    assert "✓○○" in edit["content"]


async def test_the_presser_is_the_user_whatever_the_button(client: CoachClient) -> None:
    alice, mallory = FakeChannel(), FakeChannel()
    await client.answer(1, "/run", alice)  # type: ignore[arg-type]
    keypad_4 = newest_button(alice, "4")
    await client.answer(2, "/start", mallory)  # type: ignore[arg-type]
    response = FakeResponse()
    interaction = SimpleNamespace(user=SimpleNamespace(id=2), response=response, channel=mallory)
    await client.press(interaction, keypad_4)  # type: ignore[arg-type]
    assert "already answered" in mallory.texts()  # Alice's question is not Mallory's to answer
    await client.answer(1, "4", alice)  # type: ignore[arg-type]
    assert "stop" in alice.texts()


async def test_bad_input_gets_a_reply(client: CoachClient) -> None:
    channel = FakeChannel()
    await client.answer(9, "/start", channel)  # type: ignore[arg-type]
    await client.answer(9, "/morning ٣", channel)  # type: ignore[arg-type]
    assert "0 (none) to 10" in channel.sent[-1]["content"]


async def test_blocked_user_is_marked_inactive(coach: Coach, client: CoachClient) -> None:
    channel = FakeChannel()
    await client.answer(5, "/start", channel)  # type: ignore[arg-type]
    forbidden = discord.Forbidden(SimpleNamespace(status=403, reason="Forbidden"), "blocked")

    async def fetch_user(_id: int) -> None:
        raise forbidden

    client.fetch_user = fetch_user  # type: ignore[method-assign]
    delivery = await DiscordNotifier(client, coach).send("5", [Reply("Stretch time")])
    assert delivery is Delivery.BLOCKED
    async with coach.sessions() as session:
        user = await repo.find_user(session, "discord", "5")
        assert user is not None and not user.active


def test_every_action_fits_discord_custom_id() -> None:
    with pytest.raises(ValueError):
        Button("x", "/howto " + "y" * 70)  # actions are capped at 64 bytes before any channel


async def test_a_due_reminder_reaches_the_discord_user(coach: Coach, client: CoachClient) -> None:
    await client.answer(11, "/start", FakeChannel())  # type: ignore[arg-type]
    dm = FakeChannel()

    async def fetch_user(user_id: int) -> Any:
        assert user_id == 11

        async def create_dm() -> FakeChannel:
            return dm

        return SimpleNamespace(create_dm=create_dm)

    client.fetch_user = fetch_user  # type: ignore[method-assign]
    ticker = ReminderTicker.for_coach(coach, DiscordNotifier(client, coach))
    coach.clock.advance(timedelta(hours=1, minutes=1))  # type: ignore[attr-defined]
    await ticker.tick()  # 08:01 UTC: the first stretch reminder is due
    assert "Stretch" in dm.texts()
    assert "/done stretch-1" in buttons(dm.sent[-1]).values()
