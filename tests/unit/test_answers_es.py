"""The Spanish answers (``protocols/answers.es.yaml``): every English answer has one, with the
same source, marks and numbers; a translation that lacks one stops the coach; Spanish ways of
asking find the right answer, and a question in either language is answered in the runner's."""

from __future__ import annotations

import shutil
from pathlib import Path
from string import Formatter
from typing import Any

import pytest
import yaml

from bot.coach.answers import AnswerBook
from bot.protocol_files import ProtocolFileError, load_answers


def fields(text: str) -> set[str]:
    """The ``{fields}`` a template fills in."""
    return {field for _, field, _, _ in Formatter().parse(text) if field is not None}


REPO_PROTOCOLS = Path(__file__).resolve().parents[2] / "protocols"

SPANISH_QUESTIONS = [
    ("¿puedo tomar ibuprofeno antes de correr?", "medication"),
    ("me pongo una infiltración de cortisona?", "medication"),
    ("¿Y los antiinflamatorios?", "medication"),
    ("¿puedo usar el rodillo de espuma en la cintilla?", "foam-rolling"),
    ("¿puedo correr una media maratón en 10 días?", "race-day"),
    ("el dolor es por dentro de la rodilla", "pain-elsewhere"),
    ("me duele la espinilla", "pain-elsewhere"),
    ("mi fisio me vio y dice que estoy bien", "clinician-says-fine"),
    ("el médico me ha dado el alta", "clinician-says-fine"),
    ("¿cuándo puedo volver a correr?", "when-run"),
    ("cuando podre correr otra vez", "when-run"),
    ("¿puedo nadar?", "swimming"),
    ("puedo ir en bici?", "cycling"),
    ("¿qué hago mañana?", "tomorrow"),
    ("¿qué significa R5?", "rule-r5"),
    ("¿qué es la fase de calma?", "phase-calm"),
    ("¿me pongo hielo?", "icing"),
    ("¿qué es el aquajogging?", "aqua-jogging"),
    ("¿cuánto tarda en curarse?", "recovery-time"),
    ("¿puedo correr cuesta abajo?", "hills"),
]
# Written after the file was tuned on the list above, Spain and Latin America: 24 of 25 found
# their answer on the first run (``me duele atrás de la rodilla`` missed, and "atrás de la
# rodilla" became a keyword); every one must now, and at least 90% of a new set would.
SECOND_SET = [
    ("¿me puedo tomar un ibuprofeno?", "medication"),
    ("¿me conviene una infiltración?", "medication"),
    ("¿sirve el foam roller para la banda iliotibial?", "foam-rolling"),
    ("¿puedo hacer elíptica?", "cross-training"),
    ("¿cuánto falta para volver a trotar?", "when-run"),
    ("la kine me dijo que estoy bien", "clinician-says-fine"),
    ("el traumatólogo me dio el alta", "clinician-says-fine"),
    ("¿qué es la regla R2?", "rule-r2"),
    ("¿qué significa ámbar?", "rule-r5"),
    ("¿qué quiere decir mantener?", "decisions"),
    ("¿por qué no contó mi última carrera?", "last-decision"),
    ("¿es bueno el masaje?", "massage"),
    ("¿cómo se hacen las almejas?", "howto"),
    ("me duele atrás de la rodilla", "pain-elsewhere"),
    ("tengo dolor en la pantorrilla", "pain-elsewhere"),
    ("¿puedo correr en bajada?", "hills"),
    ("¿puedo salir a caminar?", "walking"),
    ("¿qué es la escalera?", "ladder"),
    ("¿cuáles son las fases?", "phases"),
    ("¿qué toca mañana?", "tomorrow"),
    ("¿el hielo sirve?", "icing"),
    ("¿qué es el síndrome de la cintilla?", "itbs"),
    ("¿puedo correr el parkrun del sábado?", "race-day"),
    ("¿puedo andar en bici?", "cycling"),
    ("¿puedo ir a nadar?", "swimming"),
]
# Said, not asked, and no answer: reports and body talk are for the hearing, not the book.
NOT_QUESTIONS = ["esta mañana me duele la rodilla", "corrí 5 km, dolor 3", "hola", "sí"]


def _raw(name: str) -> dict[str, Any]:
    data = yaml.safe_load((REPO_PROTOCOLS / name).read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


@pytest.fixture(scope="module")
def book() -> AnswerBook:
    return load_answers(REPO_PROTOCOLS)


def test_every_english_answer_has_a_spanish_one_with_the_same_source() -> None:
    english = {a["id"]: a for a in _raw("answers.yaml")["answers"]}
    spanish = {a["id"]: a for a in _raw("answers.es.yaml")["answers"]}
    assert set(spanish) == set(english)
    for answer_id, answer in english.items():
        twin = spanish[answer_id]
        for key in ("source", "compute", "body", "statement"):
            assert twin.get(key) == answer.get(key), (answer_id, key)
        assert fields(twin["answer"]) == fields(answer["answer"]), answer_id
        assert twin["answer"] != answer["answer"], f"{answer_id} is not translated"


def _copy(tmp_path: Path) -> Path:
    folder = tmp_path / "protocols"
    shutil.copytree(REPO_PROTOCOLS, folder)
    return folder


def _edit(folder: Path, change: Any) -> None:
    path = folder / "answers.es.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    change(data["answers"])
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")


def test_a_missing_spanish_answer_stops_the_coach(tmp_path: Path) -> None:
    folder = _copy(tmp_path)
    _edit(folder, lambda answers: answers.pop())
    with pytest.raises(ProtocolFileError, match="has no 'es' translation"):
        load_answers(folder)


def test_a_different_source_stops_the_coach(tmp_path: Path) -> None:
    folder = _copy(tmp_path)
    _edit(folder, lambda answers: answers[0].update(source="another article"))
    with pytest.raises(ProtocolFileError, match="source differs in 'es'"):
        load_answers(folder)


@pytest.mark.parametrize(("question", "answer_id"), [*SPANISH_QUESTIONS, *SECOND_SET])
def test_spanish_ways_of_asking_find_their_answer(
    book: AnswerBook, question: str, answer_id: str
) -> None:
    found = book.match(question)
    assert found is not None and found.id == answer_id


@pytest.mark.parametrize("text", NOT_QUESTIONS)
def test_spanish_reports_are_not_questions(book: AnswerBook, text: str) -> None:
    assert book.match(text) is None


def test_a_question_in_either_language_is_answered_in_the_runners(book: AnswerBook) -> None:
    english = book.match("can I take ibuprofen?")
    spanish = book.match("¿puedo tomar ibuprofeno?")
    assert english is not None and spanish is not None and english.id == spanish.id
    assert "no aconsejo" in book.translated(english, "es").text
    assert book.translated(spanish, "en").text == english.text
    assert book.translated(english, "de") == english  # no such book: as it is
