"""A whole day in a pseudo-language whose every message is its English wrapped in « »: every
path through the service reads its texts in the language of the turn without failing, and the
texts the runner reads come from the catalogue (dates through Babel)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from babel.messages.catalog import Catalog
from babel.messages.pofile import read_po, write_po

from bot.texts import catalog, language, languages
from tests.conftest import Talker

POT = Path(catalog.__file__).resolve().parents[1] / "locale" / "messages.pot"


def _wrapped(text: str) -> str:
    """Each line of ``text`` marked, fields kept: the line stays recognisable as translated."""
    return "\n".join(f"«{line}»" if line else line for line in text.split("\n"))


@pytest.fixture
def pseudo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The Spanish catalogue replaced by the pseudo-language."""
    with POT.open("rb") as source:
        template = read_po(source)
    pseudo_catalog = Catalog(locale="es")
    for message in template:
        if not message.id:
            continue
        if isinstance(message.id, tuple):
            forms = tuple(_wrapped(message.id[-1]) for _ in range(pseudo_catalog.num_plurals))
            pseudo_catalog.add(message.id, forms)
        else:
            pseudo_catalog.add(message.id, _wrapped(message.id))
    po = tmp_path / "es" / "LC_MESSAGES" / "messages.po"
    po.parent.mkdir(parents=True)
    with po.open("wb") as out:
        write_po(out, pseudo_catalog)
    monkeypatch.setattr(catalog, "LOCALE_DIR", tmp_path)
    catalog.translations.cache_clear()
    with language.use("es"):
        yield
    catalog.translations.cache_clear()


async def _press(talker: Talker, part: str) -> str:
    for reply in reversed(talker.last):
        for button in reply.all_buttons():
            if part in button.label:
                return await talker.say(button.action, pressed=True)
    raise AssertionError(f"no button with {part!r}")


def _labels(talker: Talker) -> list[str]:
    return [button.label for reply in talker.last for button in reply.all_buttons()]


async def test_a_day_in_another_language_reads_every_text_from_the_catalogue(
    talker: Talker, pseudo: None
) -> None:
    said = [await talker.say("/start")]
    assert said[0].startswith("«Welcome to ITB Coach")
    labels = _labels(talker)
    for part in ("None of these", "Hip strength", "Left", "Keep", "Keep these times", "No event"):
        said.append(await _press(talker, part))
        labels += _labels(talker)
    for command in (
        "/today",
        "/plan",
        "/howto",
        "/done stretch",
        "/strength 2",
        "/morning 2",
        "/run 20 pain 2",
        "/run pain 7 stopped",
        "/progress",
        "/report",
        "/help",
        "/race 14 March half marathon",
        "/pause 3",
        "/resume",
        "/symptom knee swollen",
        "/cleared",
        "/protocol",
        "/export",
        "/sharing",
        "/blah",
    ):
        said.append(await talker.say(command))
        labels += _labels(talker)
    text = "\n".join(said)
    assert "something went wrong" not in text.lower()
    lines = [line for line in text.splitlines() if line.strip()]
    # Every line's words come from the catalogue, but the languages' names: each is named in
    # its own language, whatever the runner reads.
    own_names = {languages.choose_first(), *language.NAMES.values()}
    english = [line for line in lines if "«" not in line and "»" not in line]
    english = [line for line in english if line.strip() not in own_names]
    assert english == []
    assert "take the default: «Hip strength with return to running»" in text  # protocol files
    assert "«Today · lun 23 nov 2026 · week 1, day 1»" in text  # dates through Babel
    # The safety screen's items are the red-flag data file's, one file per language (the
    # pseudo-language stands in for Spanish, so its flags are red_flags.es.yaml's).
    red_flags = "".join(
        path.read_text(encoding="utf-8")
        for path in (POT.parents[2] / "protocols").glob("red_flags*.yaml")
    )
    assert [
        label
        for label in labels
        if "«" not in label and label not in red_flags and label not in own_names
    ] == []
