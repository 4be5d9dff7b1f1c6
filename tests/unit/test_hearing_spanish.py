"""Red flags and body talk heard in Spanish (issue 22, CLINICAL.md §5 v3): the Spanish files
beside the English (``protocols/red_flags.es.yaml``, ``protocols/itb_talk.es.yaml``), loaded
and validated like them, and every message heard with every language's words. The
whole-service corpus is in tests/service/test_red_flag_corpus_es.py."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from bot.coach.bodytalk import Place
from bot.coach.redflags import normalise
from bot.protocol_files import (
    ProtocolFileError,
    default_itb_talk,
    load_protocols,
    load_red_flags,
    protocols_dir,
)

VOCABULARY = load_red_flags()
TALK = default_itb_talk()
SPANISH = VOCABULARY.speaking("es")


def ids(text: str) -> set[str]:
    return {flag.id for flag in VOCABULARY.find(text)}


def place(text: str) -> Place:
    return TALK.place_heard(VOCABULARY, text)


def test_the_spanish_flags_are_the_english_ones_with_their_urgency() -> None:
    assert SPANISH.language == "es"
    assert [(f.id, f.urgency) for f in SPANISH.flags] == [
        (f.id, f.urgency) for f in VOCABULARY.flags
    ]
    assert SPANISH.get("no-weight") is not None
    assert SPANISH.get("no-weight") != VOCABULARY.get("no-weight")  # its own words
    assert set(SPANISH.advice) == set(VOCABULARY.advice)
    assert VOCABULARY.speaking("de") is VOCABULARY  # no German: English
    assert [t.language for t in TALK.translations] == ["es"]


def test_the_spanish_files_are_not_protocols() -> None:
    assert all("." not in protocol.id for protocol in load_protocols())


@pytest.mark.parametrize(
    ("written", "read"),
    [
        ("Rodilla HINCHADA", "rodilla hinchada"),
        ("tobíllo", "tobillo"),
        ("hinchazón", "hinchazon"),
        ("¿qué hago?", "¿que hago?"),
        ("año", "ano"),
    ],
)
def test_accents_and_n_tilde_are_dropped(written: str, read: str) -> None:
    assert normalise(written) == read


@pytest.mark.parametrize(
    ("text", "flag"),
    [
        ("rodilla hinchada", "swelling"),
        ("rodilla hinchada", "swelling"),  # accents dropped
        ("tengo hinchasion en la rodilla", "swelling"),  # a typo
        ("me duele el tobíllo y está hinchado", "swelling"),
        ("se me duerme el pie", "nerve"),
        ("se me durmió la pierna", "nerve"),
        ("no puedo apoyar el pie", "no-weight"),
        ("no puedo apollar el pie", "no-weight"),
        ("la pierna no me sostiene", "no-weight"),
        ("no me sostiene", "no-weight"),
        ("se me bloquea la rodilla", "locked"),
        ("se me va la rodilla", "gives-way"),
        ("me pateó un caballo", "trauma"),  # "me": the runner's, though a horse follows
        ("me caí corriendo", "trauma"),
        ("tengo fiebre y la rodilla roja", "hot-red-fever"),
        ("el dolor no se me quita ni en reposo", "night-pain"),
        ("no me duele pero se me hinchó", "swelling"),  # "pero" ends the negation
        ("no me caí, aunque la rodilla está hinchada", "swelling"),
        ("no sé si está hinchada", "swelling"),  # unsure is not a no
        # two languages in one message: each is heard with its own words
        ("hice el long run y se me hinchó la rodilla", "swelling"),
        ("after the long run se me durmió el pie", "nerve"),
        ("my knee gave way en la bajada", "gives-way"),
    ],
)
def test_spanish_flags_are_heard(text: str, flag: str) -> None:
    assert flag in ids(text)


@pytest.mark.parametrize(
    "text",
    [
        # negation
        "no está hinchada",
        "nunca se me ha bloqueado",
        "sin hinchazón ni hormigueo",
        "tampoco tengo hormigueo",
        "ya no se me duerme el pie",
        "no se me hincha para nada",
        "fiebre no tengo",
        # someone else's body
        "mi hijo se cayó del columpio",
        "a mi madre se le hincha la rodilla",
        "mi mamá tiene la rodilla hinchada",
        "el perro se torció la pata",
        "mi novio tiene fiebre",
        # hypotheticals
        "¿y si se me hincha la rodilla?",
        "por si acaso, ¿qué hago si se me duerme el pie?",
        "si se me bloquea la rodilla te aviso",
        "¿qué hago si me caigo?",
        # figures of speech and objects
        "eres un crack",
        "casi me caigo de la risa",
        "me caigo de sueño",
        "los precios se hincharon",
        "se me bloqueó la app del reloj",
        "el mercado se desplomó",
        "fiebre de sábado noche",
        "me despierto a las 6 para correr",
        # Spanish that only looks like an English typo
        "salí a correr con temperaturas de 35 grados",
    ],
)
def test_spanish_that_is_not_a_flag(text: str) -> None:
    assert ids(text) == set()


def test_typos_of_the_language_a_message_shows_still_count() -> None:
    assert "hot-red-fever" in ids("I've got a temprature and the knee is red")
    assert "swelling" in ids("la rodilla está hinchda")


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("me duele por fuera de la rodilla al correr", Place.ORDINARY),
        ("la cintilla tirante como siempre", Place.ORDINARY),
        ("rodaje suave 6k, dolor 2/10", Place.ORDINARY),
        ("siento algo raro en la rodilla", Place.UNPLACED),
        ("me duele la parte interna de la rodilla", Place.ELSEWHERE),
        ("me duele la espinilla", Place.ELSEWHERE),
        ("corrí 30 minutos, nada de dolor", Place.NONE),
        ("el plan sigue en pie", Place.NONE),
        ("my knee feels weird", Place.UNPLACED),  # English still sorted as before
    ],
)
def test_spanish_body_talk_is_sorted_three_ways(text: str, where: Place) -> None:
    assert ids(text) == set()
    assert place(text) is where


def _write_spanish(folder: Path, change: object) -> Path:
    """A copy of the bundled files with the Spanish flags changed by ``change``."""
    bundled = protocols_dir()
    (folder / "red_flags.yaml").write_text(
        (bundled / "red_flags.yaml").read_text(encoding="utf-8"), encoding="utf-8"
    )
    data = yaml.safe_load((bundled / "red_flags.es.yaml").read_text(encoding="utf-8"))
    change(data)  # type: ignore[operator]
    (folder / "red_flags.es.yaml").write_text(yaml.safe_dump(data), encoding="utf-8")
    return folder


def test_the_urgency_is_the_english_files_only(tmp_path: Path) -> None:
    with pytest.raises(ProtocolFileError) as caught:
        load_red_flags(_write_spanish(tmp_path, lambda d: d["flags"][0].update(urgency="soon")))
    assert caught.value.path == tmp_path / "red_flags.es.yaml"
    assert "urgency" in caught.value.reason


def test_a_translation_must_name_every_flag(tmp_path: Path) -> None:
    with pytest.raises(ProtocolFileError) as caught:
        load_red_flags(_write_spanish(tmp_path, lambda d: d["flags"].pop()))
    assert caught.value.path == tmp_path / "red_flags.es.yaml"
    assert caught.value.field == "flags"


def test_a_bad_translation_fails_at_load_naming_the_field(tmp_path: Path) -> None:
    with pytest.raises(ProtocolFileError) as caught:
        load_red_flags(_write_spanish(tmp_path, lambda d: d["flags"][1].update(phrases=[])))
    assert caught.value.field == "flags.1.phrases"


def test_a_phrase_added_to_the_spanish_file_is_heard(tmp_path: Path) -> None:
    def add(data: dict[str, list[dict[str, list[str]]]]) -> None:
        data["flags"][5]["phrases"].append("como un zepelín")

    vocabulary = load_red_flags(_write_spanish(tmp_path, add))
    assert vocabulary.flags[5].id == "swelling"
    assert [f.id for f in vocabulary.find("la rodilla como un zepelín")] == ["swelling"]
