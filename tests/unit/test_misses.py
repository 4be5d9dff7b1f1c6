"""Helpful misses: the closest commands, and the likeliest meanings of a message."""

from __future__ import annotations

import pytest

from bot.coach.answers import AnswerBook
from bot.protocol_files import default_answers
from bot.service.commands import ALIASES, COMMANDS
from bot.service.misses import not_understood, unknown_command
from bot.service.replies import Reply

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


BOOK: AnswerBook = default_answers()


def commands(reply: Reply) -> list[str]:
    """The actions of the commands row (the last row; the rows above are questions)."""
    return [b.action for b in reply.buttons[-1]]


def questions(reply: Reply) -> list[str]:
    return [b.action for row in reply.buttons[:-1] for b in row]


def test_a_miss_names_three_likely_meanings_in_one_line() -> None:
    reply = not_understood("qwerty asdf", BOOK)
    assert "\n" not in reply.text
    assert "didn't catch" not in reply.text
    assert commands(reply) == ["/today", "/run", "/help"]


def test_a_miss_offers_the_nearest_questions_first() -> None:
    # Like no answer at all: the commonest questions are offered (matching.offered).
    assert questions(not_understood("qwerty asdf", BOOK)) == [
        "/ask when-run",
        "/ask tomorrow",
        "/ask cross-training",
    ]
    # Half like a question: the closest answers lead.
    offered = questions(not_understood("bike or pool", BOOK))
    assert {"/ask cycling", "/ask swimming"} <= set(offered)
    assert len(offered) == 3


def test_a_miss_that_sounds_like_a_run_puts_the_run_first() -> None:
    reply = not_understood("joggd along the river", BOOK)
    assert commands(reply)[0] == "/run"


def test_a_miss_that_sounds_like_stretching_offers_it() -> None:
    reply = not_understood("strech session over", BOOK)
    assert "/done stretch" in commands(reply)


@pytest.mark.parametrize("text", ["inside the house", "front door is broken", "front row seats"])
def test_a_miss_sharing_one_word_with_a_question_is_not_offered_it(text: str) -> None:
    # "inside" alone is not "the pain is on the inside of my knee": nothing is near, so the
    # commonest questions are offered, never the body question first.
    offered = questions(not_understood(text, BOOK))
    assert "/ask pain-elsewhere" not in offered
    assert offered == ["/ask when-run", "/ask tomorrow", "/ask cross-training"]


def test_a_near_body_question_is_still_offered_first() -> None:
    assert questions(not_understood("the pain is on the inside", BOOK))[0] == "/ask pain-elsewhere"


SPANISH = ALIASES["es"]


@pytest.mark.parametrize(
    ("typed", "suggested"),
    [("idoma", "/idioma"), ("progres", "/progreso"), ("progrso", "/progreso"), ("ayda", "/ayuda")],
)
def test_a_spanish_runner_is_offered_the_spanish_command_they_meant(
    typed: str, suggested: str
) -> None:
    reply = unknown_command(typed, KNOWN, SPANISH)
    actions = [b.action for b in reply.all_buttons()]
    assert actions[0] == suggested
    assert "/progress" not in actions  # one command is offered once, by the runner's name
    assert f"/{typed}" in reply.text and suggested in reply.text


def test_a_spanish_runner_is_still_offered_an_english_name_they_mistyped() -> None:
    reply = unknown_command("tday", KNOWN, SPANISH)
    assert next(b.action for b in reply.all_buttons()) == "/today"


@pytest.mark.parametrize(
    ("typed", "suggested"), [("progres", "/progress"), ("langage", "/language")]
)
def test_an_english_runner_is_offered_the_english_command(typed: str, suggested: str) -> None:
    reply = unknown_command(typed, KNOWN)
    actions = [b.action for b in reply.all_buttons()]
    assert actions[0] == suggested
    assert not set(actions) & {f"/{alias}" for alias in SPANISH}
