"""Load the protocol files (``protocols/*.yaml``) into a :class:`ProtocolLibrary`.

What callers can rely on: :func:`load_protocols` either returns a library in which every
protocol passed :class:`~bot.coach.protocol.Protocol` validation, every file is named after its
protocol's id and exactly one protocol is the default, or it raises :class:`ProtocolFileError`.
It never returns a partial library and never raises anything else for a bad file.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any, TypeVar

import yaml
from pydantic import ValidationError

import bot
from bot.coach.answers import AnswerBook
from bot.coach.bodytalk import ItbTalk
from bot.coach.protocol import Protocol, ProtocolLibrary
from bot.coach.redflags import RedFlagVocabulary, together

_SUFFIXES = (".yaml", ".yml")
# The red-flag vocabulary lives beside the protocols but is not one (CLINICAL.md §5).
RED_FLAGS_FILE = "red_flags.yaml"
# The answers to runners' questions live beside them too (CLINICAL.md §7).
ANSWERS_FILE = "answers.yaml"
# So is the ordinary-ITB vocabulary (CLINICAL.md §5 v3, hearing three ways).
ITB_TALK_FILE = "itb_talk.yaml"
# The same answers in another language: ``answers.<code>.yaml`` (``answers.es.yaml``).
TRANSLATED_ANSWERS = "answers.{code}.yaml"
ANSWER_LANGUAGES = ("es",)
NOT_PROTOCOLS = frozenset({RED_FLAGS_FILE, ANSWERS_FILE, ITB_TALK_FILE})
# Another language's words sit beside the English file: red_flags.es.yaml, itb_talk.es.yaml,
# answers.es.yaml.
_NOT_PROTOCOL_STEMS = frozenset(name.split(".")[0] for name in NOT_PROTOCOLS)


class ProtocolFileError(Exception):
    """A protocol file (or the folder of them) is unusable.

    ``path`` is the file (or the folder, for problems of the whole set), ``field`` the dotted
    path of the first bad field (e.g. ``exercises.2.dose.progression.0``) or ``None`` when the
    problem is the file as a whole, and ``reason`` a sentence for a human. The message holds all
    three.
    """

    def __init__(self, path: Path, field: str | None, reason: str) -> None:
        self.path = path
        self.field = field
        self.reason = reason
        where = f"{path}: {field}" if field else str(path)
        super().__init__(f"{where}: {reason}")


def protocols_dir() -> Path:
    """The folder of protocol files: the copy inside an installed wheel, else the repository's."""
    installed = Path(bot.__file__).parent / "_data" / "protocols"
    if installed.is_dir():
        return installed
    return Path(__file__).resolve().parents[1] / "protocols"


def load_protocols(directory: Path | None = None) -> ProtocolLibrary:
    """Read, validate and index every ``*.yaml``/``*.yml`` file in ``directory`` (sorted).

    ``directory`` defaults to :func:`protocols_dir`. Raises :class:`ProtocolFileError` on the
    first bad file, or when the folder is missing, empty or has no single default protocol.
    """
    folder = directory if directory is not None else protocols_dir()
    if not folder.is_dir():
        raise ProtocolFileError(folder, None, "the protocol folder does not exist")
    files = sorted(
        p
        for p in folder.iterdir()
        if p.is_file() and p.suffix in _SUFFIXES and p.name.split(".")[0] not in _NOT_PROTOCOL_STEMS
    )
    if not files:
        raise ProtocolFileError(folder, None, "no protocol files (*.yaml, *.yml) in the folder")

    protocols = [_load_file(path) for path in files]

    seen: dict[str, Path] = {}
    for path, protocol in zip(files, protocols, strict=True):
        if protocol.id in seen:
            raise ProtocolFileError(
                path, "id", f"id {protocol.id!r} is also used by {seen[protocol.id].name}"
            )
        seen[protocol.id] = path
    defaults = [path for path, p in zip(files, protocols, strict=True) if p.default]
    if len(defaults) > 1:
        names = ", ".join(p.name for p in defaults)
        raise ProtocolFileError(
            defaults[1], "default", f"more than one protocol says 'default: true' ({names})"
        )
    if not defaults:
        raise ProtocolFileError(
            folder, "default", "no protocol file says 'default: true'; exactly one must"
        )
    try:
        return ProtocolLibrary(protocols)
    except ValueError as exc:  # the checks above should have caught it; keep the promise anyway
        raise ProtocolFileError(folder, None, str(exc)) from exc


_Model = TypeVar("_Model", RedFlagVocabulary, AnswerBook, ItbTalk)


def _beside(name: str, directory: Path | None = None) -> Path:
    """``name`` in ``directory`` if it has one, else the bundled file (a folder of custom
    protocols never leaves the coach deaf to red flags)."""
    path = (directory or protocols_dir()) / name
    return path if path.is_file() else protocols_dir() / name


def _load_beside(
    model: type[_Model], name: str, what: str, directory: Path | None = None
) -> _Model:
    """One of the data files beside the protocols (see :func:`_beside`). Raises
    :class:`ProtocolFileError` for a bad file, naming the field and the reason."""
    return _validate(model, _beside(name, directory), what)


def _validate(
    model: type[_Model], path: Path, what: str, fill: dict[str, Any] | None = None
) -> _Model:
    data = _read_mapping(path, what)
    try:
        return model.model_validate(_filled(data, fill) if fill else data)
    except (ValidationError, ValueError) as exc:
        field, reason = _describe(exc) if isinstance(exc, ValidationError) else (None, str(exc))
        raise ProtocolFileError(path, field, reason) from exc


def _languages(english: Path) -> list[Path]:
    """The other languages' files beside an English data file (``red_flags.es.yaml``)."""
    return sorted(english.parent.glob(f"{english.stem}.*{english.suffix}"))


def _filled(data: dict[str, Any], urgencies: dict[str, Any]) -> dict[str, Any]:
    """A translation of the red flags with each flag's urgency taken from the English file:
    the urgency is a clinical rule and lives there only."""
    flags = data.get("flags")
    if not isinstance(flags, list):
        return data
    for flag in flags:
        if isinstance(flag, dict):
            if "urgency" in flag:
                raise ValueError(f"flag {flag.get('id')!r}: the urgency is the English file's")
            flag["urgency"] = urgencies.get(str(flag.get("id")))
    return data


def load_red_flags(directory: Path | None = None) -> RedFlagVocabulary:
    """The red-flag vocabulary, ``red_flags.yaml``, with its translations beside it
    (``red_flags.<language>.yaml``: the same flags, each heard in every message)."""
    what = "red-flag vocabulary fields (advice, matching, flags)"
    path = _beside(RED_FLAGS_FILE, directory)
    english = _validate(RedFlagVocabulary, path, what)
    urgencies = {f.id: f.urgency.value for f in english.flags}
    others = [(p, _validate(RedFlagVocabulary, p, what, urgencies)) for p in _languages(path)]
    for other_path, other in others:
        if [f.id for f in other.flags] != [f.id for f in english.flags]:
            reason = f"must name the flags of {path.name}, in its order"
            raise ProtocolFileError(other_path, "flags", reason)
    return together((english, *(other for _, other in others)))


@cache
def default_red_flags() -> RedFlagVocabulary:
    """The bundled vocabulary, read once (for contexts built without one)."""
    return load_red_flags()


def load_answers(directory: Path | None = None) -> AnswerBook:
    """The answers to runners' questions, ``answers.yaml``, with their translations
    (``answers.es.yaml``): a translation that lacks an answer, or names another source, stops
    the coach like any bad entry."""
    what = "answer fields (language, source, matching, answers)"
    book = _load_beside(AnswerBook, ANSWERS_FILE, what, directory)
    translations = []
    for code in ANSWER_LANGUAGES:
        name = TRANSLATED_ANSWERS.format(code=code)
        translated = _load_beside(AnswerBook, name, what, directory)
        if translated.language != code:
            raise ProtocolFileError(Path(name), "language", f"must be {code!r}")
        translations.append(translated)
    try:
        return AnswerBook.model_validate(
            {**book.model_dump(exclude={"translations"}), "translations": translations}
        )
    except ValidationError as exc:
        _, reason = _describe(exc)
        path = (directory or protocols_dir()) / TRANSLATED_ANSWERS.format(code="es")
        raise ProtocolFileError(path, "answers", reason) from exc


@cache
def default_itb_talk() -> ItbTalk:
    """The bundled ordinary-ITB vocabulary (``itb_talk.yaml``), read once, with its
    translations beside it (``itb_talk.<language>.yaml``)."""
    what = "ordinary-ITB fields (body, symptoms, elsewhere, ordinary)"
    path = _beside(ITB_TALK_FILE)
    others = tuple(_validate(ItbTalk, p, what) for p in _languages(path))
    return _validate(ItbTalk, path, what).model_copy(update={"translations": others})


@cache
def default_answers() -> AnswerBook:
    """The bundled answers, read once (for contexts built without them)."""
    return load_answers()


def _read_mapping(path: Path, what: str) -> dict[str, Any]:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ProtocolFileError(path, None, f"cannot read the file ({exc})") from exc
    try:
        data: Any = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise ProtocolFileError(path, None, f"not valid YAML: {_yaml_reason(exc)}") from exc
    if data is None:
        raise ProtocolFileError(path, None, "the file is empty")
    if not isinstance(data, dict):
        kind = type(data).__name__
        raise ProtocolFileError(path, None, f"the file must be a mapping of {what}, not a {kind}")
    return data


def _load_file(path: Path) -> Protocol:
    data = _read_mapping(path, "protocol fields (id, name, ...)")
    try:
        protocol = Protocol.model_validate(data)
    except ValidationError as exc:
        field, reason = _describe(exc)
        raise ProtocolFileError(path, field, reason) from exc
    if path.stem != protocol.id:
        raise ProtocolFileError(
            path, "id", f"the id {protocol.id!r} must equal the file name {path.stem!r}"
        )
    return protocol


def _describe(exc: ValidationError) -> tuple[str, str]:
    """The first bad field's dotted path, and a reason naming it and up to two more problems."""
    problems: list[tuple[str, str]] = []
    for err in exc.errors():
        field = ".".join(str(part) for part in err["loc"]) or "(protocol)"
        reason = err["msg"].removeprefix("Value error, ")
        scalar = not isinstance(err["input"], dict | list)
        if scalar and err["type"] not in ("missing", "value_error"):  # those name the value
            reason += f" (got {_short(err['input'])})"
        problems.append((field, reason))
    field, reason = problems[0]
    if len(problems) > 1:
        more = "; ".join(f"{f}: {r}" for f, r in problems[1:3])
        reason += f"; also {more}" + (" ..." if len(problems) > 3 else "")
    return field, reason


def _short(value: object) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


def _yaml_reason(exc: yaml.YAMLError) -> str:
    mark = getattr(exc, "problem_mark", None)
    problem = getattr(exc, "problem", None) or str(exc)
    if mark is not None:
        return f"{problem} at line {mark.line + 1}, column {mark.column + 1}"
    return problem
