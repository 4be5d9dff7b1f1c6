"""Helpful misses: the closest commands, and the likeliest meanings of a message."""

from __future__ import annotations

import pytest

from bot.service.commands import COMMANDS
from bot.service.misses import not_understood, unknown_command

KNOWN = ["start", *COMMANDS]


@pytest.mark.parametrize(
    ("typed", "suggested"),
    [("tday", "/today"), ("hlep", "/help"), ("progres", "/progress"), ("mornin", "/morning")],
)
def test_an_unknown_command_suggests_the_closest(typed: str, suggested: str) -> None:
    reply = unknown_command(typed, KNOWN)
    actions = [b.action for b in reply.all_buttons()]
    assert actions[0] == suggested
    assert f"/{typed}" in reply.text and suggested in reply.text
    assert len(actions) <= 3


def test_nothing_close_suggests_nothing() -> None:
    reply = unknown_command("xyzzyq", KNOWN)
    assert reply.all_buttons() == ()
    assert "/help" in reply.text


def test_a_miss_names_three_likely_meanings_in_one_line() -> None:
    reply = not_understood("qwerty asdf")
    assert "\n" not in reply.text
    assert [b.action for b in reply.all_buttons()] == ["/today", "/run", "/help"]


def test_a_miss_that_sounds_like_a_run_puts_the_run_first() -> None:
    reply = not_understood("joggd along the river")
    assert reply.all_buttons()[0].action == "/run"


def test_a_miss_that_sounds_like_stretching_offers_it() -> None:
    reply = not_understood("strech session over")
    assert "/done stretch" in [b.action for b in reply.all_buttons()]
