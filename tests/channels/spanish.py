"""What the Spanish-day tests compare with: a text as the catalogue words it in Spanish (read
inside ``language.use("es")``), and whether the catalogue has Spanish words yet."""

from __future__ import annotations

import io
from collections.abc import Callable
from typing import TypeVar

import pytest
from pypdf import PdfReader

from bot import texts
from bot.bootstrap import Coach
from bot.service.replies import Reply, UserKey
from bot.texts import language

T = TypeVar("T")
# A red flag the runner writes in the Spanish day (CLINICAL.md §5: visible swelling).
RED_FLAG = "tengo la rodilla muy hinchada"


def es(text: Callable[[], T]) -> T:
    """``text()`` worded in Spanish."""
    with language.use("es"):
        return text()


def catalogue() -> bool:
    """Whether the Spanish catalogue words the coach's texts (else they are English)."""
    return es(lambda: texts.onboarding.ASK_SIDE) != texts.onboarding.ASK_SIDE


def pdf_text(content: bytes) -> str:
    """A PDF's text read back, its whitespace made single spaces."""
    pages = PdfReader(io.BytesIO(content)).pages
    return " ".join(" ".join(page.extract_text() for page in pages).split())


def head(template: str) -> str:
    """A template's fixed words before its first field (what a filled-in text starts with)."""
    return template.split("{", 1)[0]


FAILED = "fallo secreto"  # handling a message with these words fails (:func:`failing`)


def failing(coach: Coach, monkeypatch: pytest.MonkeyPatch) -> None:
    """The service fails on a message holding :data:`FAILED`, and answers any other."""
    real = coach.service.handle

    async def handle(who: UserKey, text: str, *, pressed: bool = False) -> list[Reply]:
        if FAILED in text:
            raise RuntimeError("failed")
        return await real(who, text, pressed=pressed)

    monkeypatch.setattr(coach.service, "handle", handle)


def spanish_failure() -> str:
    """The failure reply in Spanish (and the catalogue has it in Spanish)."""
    said = es(lambda: texts.account.SOMETHING_WENT_WRONG)
    assert said != texts.account.SOMETHING_WENT_WRONG
    return said
