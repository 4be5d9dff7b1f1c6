"""The Discord adapter's pure parts (rendering, the command set) and the local Discord's
strictness: each check here would let a real Discord rejection through if it were missing."""

from __future__ import annotations

import time
from collections.abc import AsyncIterator
from datetime import date
from typing import Any

import aiohttp
import pytest
from discord.gateway import DiscordWebSocket
from discord.http import Route

from bot.channels.discord import api_base
from bot.channels.discord.render import (
    BUTTONS_PER_ROW,
    CUSTOM_ID_LIMIT,
    EMPTY,
    MAX_ROWS,
    MESSAGE_LIMIT,
    build_view,
    render,
    split_text,
)
from bot.channels.discord.slash import (
    OPTIONS,
    command_hash,
    command_payloads,
    command_text,
    suggestions,
)
from bot.coach.plan import STRENGTH_ITEM, DayPlan, today_plan
from bot.coach.protocol import ProtocolLibrary
from bot.coach.records import History
from bot.coach.state import derive_state
from bot.protocol_files import load_protocols
from bot.service import keyboards
from bot.service.commands import COMMANDS, menu
from bot.service.replies import Button, Reply
from tests.channels.fake_discord import FakeDiscord, Interaction, check_message


@pytest.fixture
def library() -> ProtocolLibrary:
    return load_protocols(None)


def ids(view: Any) -> list[str]:
    return [item.item.custom_id for item in view.children]


def test_long_text_is_split_under_the_limit() -> None:
    chunks = split_text("a line of text\n" * 600 + "x" * 4500)
    assert all(0 < len(c) <= MESSAGE_LIMIT for c in chunks)
    assert "".join(chunks).count("a line of text") == 600


def test_markdown_is_escaped() -> None:
    [message] = render(Reply("*not bold* _nor italic_"))
    assert message["content"] == r"\*not bold\* \_nor italic\_"


def test_twin_actions_get_distinct_custom_ids(library: ProtocolLibrary) -> None:
    """The plan with everything done offers two ticks that both show /plan (the bug): the
    custom ids must still differ, or Discord rejects the whole message."""
    plan = _any_plan_with_strength(library)
    rows = keyboards.today(plan, {*plan.stretch_items, STRENGTH_ITEM})
    actions = [b.action for row in rows for b in row]
    assert len(set(actions)) < len(actions)  # the keyboard does repeat an action
    view = build_view(Reply("plan", rows))
    assert view is not None and len(set(ids(view))) == len(actions)
    check_message(_payload(view))  # and the local Discord takes it


def test_rows_are_kept_when_they_fit_and_reflowed_when_not() -> None:
    fits = ((Button("a", "/a"), Button("b", "/b")), (Button("c", "/c"),))
    [message] = render(Reply("x", fits))
    assert [item.item.row for item in message["view"].children] == [0, 0, 1]
    tall = tuple((Button(str(i), f"/howto e{i}"),) for i in range(10))  # like the safety screen
    [message] = render(Reply("x", tall))
    assert [item.item.row for item in message["view"].children] == [0] * 5 + [1] * 5


def test_more_buttons_than_one_message_holds_go_on_in_another() -> None:
    wide = (tuple(Button(str(i), f"/howto e{i}") for i in range(30)),)
    messages = render(Reply("many", wide))
    assert [m["content"] for m in messages] == ["many", EMPTY]
    views = [m["view"] for m in messages]
    labels = [item.item.label for view in views for item in view.children]
    assert labels == [str(i) for i in range(30)]  # none dropped, in order
    for view in views:
        rows = [item.item.row for item in view.children]
        assert len(set(rows)) <= MAX_ROWS
        assert max(rows.count(r) for r in set(rows)) <= BUTTONS_PER_ROW
        check_message(_payload(view))


def test_the_longest_action_fits_a_custom_id() -> None:
    action = "/howto " + "y" * 57  # 64 bytes, the most any channel allows
    view = build_view(Reply("x", ((Button("L" * 200, action),),)))
    assert view is not None
    [custom_id] = ids(view)
    assert len(custom_id) <= CUSTOM_ID_LIMIT and custom_id.endswith(action)
    assert len(view.children[0].item.label or "") == 80


def test_every_menu_command_is_a_slash_command(library: ProtocolLibrary) -> None:
    payloads = command_payloads(library)
    assert [p["name"] for p in payloads] == ["start", *(name for name, _ in menu())]
    assert set(OPTIONS) <= set(COMMANDS)
    protocol = next(p for p in payloads if p["name"] == "protocol")
    assert [c["value"] for c in protocol["options"][0]["choices"]] == [p.id for p in library]


def test_the_command_hash_changes_only_with_the_commands(library: ProtocolLibrary) -> None:
    payloads = command_payloads(library)
    assert command_hash(payloads) == command_hash(command_payloads(library))
    changed = [dict(p) for p in payloads]
    changed[0]["description"] = "something else"
    assert command_hash(changed) != command_hash(payloads)


@pytest.mark.parametrize(
    ("name", "values", "typed"),
    [
        ("today", {}, "/today"),
        ("run", {}, "/run"),
        ("run", {"minutes": 30, "pain": 4, "stopped": True}, "/run 30 pain 4 stopped"),
        ("run", {"pain": 0, "stopped": False}, "/run pain 0"),
        ("morning", {"pain": 2}, "/morning 2"),
        ("timezone", {"zone": "Europe/Berlin"}, "/timezone Europe/Berlin"),
        ("pause", {"days": 3}, "/pause 3"),
    ],
)
def test_options_become_the_text_a_user_would_type(
    name: str, values: dict[str, object], typed: str
) -> None:
    assert command_text(name, values) == typed


def test_api_base_points_rest_and_gateway_at_the_stand_in_and_is_undone() -> None:
    before = Route.BASE, DiscordWebSocket.DEFAULT_GATEWAY
    with api_base("http://127.0.0.1:8090/"):
        assert Route("GET", "/users/@me").url == "http://127.0.0.1:8090/api/v10/users/@me"
        assert str(DiscordWebSocket.DEFAULT_GATEWAY) == "ws://127.0.0.1:8090/gateway"
    assert before == (Route.BASE, DiscordWebSocket.DEFAULT_GATEWAY)
    with api_base(None):
        assert Route.BASE == "https://discord.com/api/v10"


def test_suggestions(library: ProtocolLibrary) -> None:
    assert ("Europe/Berlin", "Europe/Berlin") in suggestions("timezone", "berlin", library)
    assert len(suggestions("timezone", "", library)) == 25
    assert [name for name, _ in suggestions("howto", "clam", library)] == ["Clamshell"]
    assert suggestions("today", "x", library) == []
    done = suggestions("done", "", library)
    assert [value for _, value in done[:2]] == ["stretch", "strength"]
    assert ("Clamshell", "clamshell") in suggestions("done", "clam", library)


@pytest.fixture
async def local() -> AsyncIterator[FakeDiscord]:
    fake = await FakeDiscord().start()
    fake.dm_channel(7)
    yield fake
    await fake.stop()


async def _post(fake: FakeDiscord, path: str, body: dict[str, Any]) -> tuple[int, Any]:
    headers = {"Authorization": f"Bot {fake.token}"}
    async with (
        aiohttp.ClientSession() as session,
        session.post(fake.base_url + "/api/v10" + path, json=body, headers=headers) as response,
    ):
        return response.status, await response.json(content_type=None)


def _row(n: int, label: str = "b", prefix: str = "id") -> dict[str, Any]:
    buttons = [
        {"type": 2, "style": 2, "label": label, "custom_id": f"{prefix}{i}"} for i in range(n)
    ]
    return {"type": 1, "components": buttons}


@pytest.mark.parametrize(
    ("body", "code"),
    [
        ({"content": "x" * 2001}, 50035),
        ({"content": ""}, 50006),
        ({"content": "x", "components": [_row(1, prefix=f"r{i}-") for i in range(6)]}, 50035),
        ({"content": "x", "components": [_row(6)]}, 50035),
        ({"content": "x", "components": [_row(1, label="L" * 81)]}, 50035),
        ({"content": "x", "components": [_row(1, prefix="c" * 100)]}, 50035),
        ({"content": "x", "components": [_row(1), _row(1)]}, 50035),  # the same id twice
    ],
)
async def test_the_local_discord_rejects_what_discord_rejects(
    local: FakeDiscord, body: dict[str, Any], code: int
) -> None:
    status, answer = await _post(local, f"/channels/{local.dm_channels[7]}/messages", body)
    assert (status, answer["code"]) == (400, code)
    assert len(local.rejected()) == 1


async def test_the_local_discord_rejects_late_or_double_answers_and_unknown_routes(
    local: FakeDiscord,
) -> None:
    status, _ = await _post(local, "/no/such/route", {})
    assert status == 404
    [first, second] = [local.interactions.setdefault(t, _interaction(t)) for t in ("a", "b")]
    answer = {"type": 4, "data": {"content": "hi"}}
    assert (await _post(local, f"/interactions/1/{first.token}/callback", answer))[0] == 200
    status, twice = await _post(local, f"/interactions/1/{first.token}/callback", answer)
    assert (status, twice["code"]) == (400, 40060)
    second.created -= 3.5  # Discord's 3 seconds have passed
    status, late = await _post(local, f"/interactions/2/{second.token}/callback", answer)
    assert (status, late["code"]) == (404, 10062)
    assert len(local.rejected()) == 3


async def test_the_local_discord_answers_blocked_users_with_50007_and_can_429(
    local: FakeDiscord,
) -> None:
    local.block(7)
    status, answer = await _post(
        local, f"/channels/{local.dm_channels[7]}/messages", {"content": "x"}
    )
    assert (status, answer["code"]) == (403, 50007)
    local.fail_next(1, retry_after=0.5)
    status, answer = await _post(local, "/users/@me/channels", {"recipient_id": "7"})
    assert (status, answer["retry_after"]) == (429, 0.5)
    assert local.rejected() == [] and len(local.rejected(include_injected=True)) == 2


def _interaction(token: str) -> Interaction:
    return Interaction(len(token), token, 7, time.monotonic())


def _payload(view: Any) -> dict[str, Any]:
    return {"content": "x", "components": view.to_components()}


def _any_plan_with_strength(library: ProtocolLibrary) -> DayPlan:
    """Day one of the default programme (a strength day), as the domain builds it."""
    protocol, start = library.default, date(2026, 11, 23)
    plan = today_plan(protocol, derive_state(protocol, start, History(), start))
    assert plan.has_strength and plan.stretch_sessions
    return plan
