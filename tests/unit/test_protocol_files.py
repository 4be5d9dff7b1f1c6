"""The real protocol files in ``protocols/`` and the loader's errors for bad ones."""

from __future__ import annotations

import copy
import re
from pathlib import Path
from typing import Any

import pytest
import yaml

import bot
from bot.coach.protocol import ExerciseKind, Protocol, ProtocolLibrary, SetsReps, WalkRunStage
from bot.protocol_files import ProtocolFileError, load_protocols, protocols_dir
from bot.texts.common import stage_text
from tests.unit.coach_builders import FREDERICSON_LADDER, WALK_RUN

REPO_PROTOCOLS = Path(__file__).resolve().parents[2] / "protocols"

IDS = {
    "fredericson-six-week",
    "hip-strength-return",
    "home-strength",
    "strength-routine",
    "maintenance",
}
STRETCHES = ("lying-rope-hip-stretch", "standing-crossover-stretch")
# Same id, different exercise by design: seed 003's bridge (5 s hold) vs seed 004's (single-leg).
VARIANTS = {"glute-bridge"}


@pytest.fixture(scope="module")
def library() -> ProtocolLibrary:
    return load_protocols(REPO_PROTOCOLS)


def ladder(protocol: Protocol, exercise_id: str) -> list[str]:
    exercise = protocol.exercise(exercise_id)
    assert exercise is not None, f"{protocol.id} has no {exercise_id}"
    return [str(step) for step in exercise.dose.progression]


# --- the real files -------------------------------------------------------------------------


def test_the_five_protocols_load(library: ProtocolLibrary) -> None:
    assert {p.id for p in library} == IDS
    not_protocols = {"red_flags", "answers", "itb_talk"}  # vocabularies beside the protocols
    files = {p.name.split(".")[0] for p in REPO_PROTOCOLS.glob("*.y*ml")} - not_protocols
    assert sorted(files) == sorted(IDS)


def test_default_is_hip_strength_return(library: ProtocolLibrary) -> None:
    assert library.default.id == "hip-strength-return"
    assert [p.id for p in library if p.default] == ["hip-strength-return"]


def test_default_folder_is_the_repository_one() -> None:
    assert protocols_dir() == REPO_PROTOCOLS
    assert {p.id for p in load_protocols()} == IDS


def test_installed_data_folder_wins(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    installed = tmp_path / "bot" / "_data" / "protocols"
    installed.mkdir(parents=True)
    monkeypatch.setattr(bot, "__file__", str(tmp_path / "bot" / "__init__.py"))
    assert protocols_dir() == installed


def test_every_exercise_has_steps_and_a_source(library: ProtocolLibrary) -> None:
    for protocol in library:
        for exercise in protocol.exercises:
            where = f"{protocol.id}/{exercise.id}"
            assert len(exercise.steps) >= 2, where
            assert all(len(step) > 10 for step in exercise.steps), where
            assert exercise.source.strip(), where


def test_fredericson_strength_ladder(library: ProtocolLibrary) -> None:
    for protocol_id in ("fredericson-six-week", "hip-strength-return"):
        protocol = library[protocol_id]
        for exercise_id in ("side-lying-hip-abduction", "standing-hip-hike", "clamshell"):
            if protocol.exercise(exercise_id) is None:
                assert protocol_id == "fredericson-six-week" and exercise_id == "clamshell"
                continue
            assert ladder(protocol, exercise_id) == list(FREDERICSON_LADDER), exercise_id
    assert library["hip-strength-return"].top_strength_level == 9


def test_fredericson_protocol_shape(library: ProtocolLibrary) -> None:
    protocol = library["fredericson-six-week"]
    assert [e.id for e in protocol.exercises] == [
        *STRETCHES,
        "side-lying-hip-abduction",
        "standing-hip-hike",
    ]
    assert protocol.weeks == 6
    assert protocol.running.mode == "none"
    assert "aqua jogging" in protocol.running.advice
    for exercise in protocol.strength:
        assert exercise.frequency.days_per_week == 7
        assert exercise.sides == "each"


def test_fredericson_stretches_are_15s_three_times_a_day(library: ProtocolLibrary) -> None:
    for protocol in library:
        for exercise_id in STRETCHES:
            stretch = protocol.exercise(exercise_id)
            assert stretch is not None, f"{protocol.id} lacks {exercise_id}"
            assert stretch.kind is ExerciseKind.STRETCH
            assert (stretch.dose.hold_seconds, stretch.dose.reps) == (15, 1)
            assert stretch.sides == "each"
            expected = 1 if protocol.id == "maintenance" else 3
            assert stretch.frequency.per_day == expected, protocol.id


def test_default_protocol_adds_seed_003_exercises(library: ProtocolLibrary) -> None:
    protocol = library["hip-strength-return"]
    assert [e.id for e in protocol.exercises] == [
        *STRETCHES,
        "side-lying-hip-abduction",
        "standing-hip-hike",
        "clamshell",
        "glute-bridge",
        "wall-isometric",
    ]
    bridge = protocol.exercise("glute-bridge")
    assert bridge is not None and bridge.dose.hold_seconds == 5
    assert ladder(protocol, "glute-bridge")[0] == "1x10"
    assert ladder(protocol, "glute-bridge")[-1] == "3x15"
    wall = protocol.exercise("wall-isometric")
    assert wall is not None
    assert (wall.dose.hold_seconds, wall.dose.reps, wall.dose.progression) == (5, 5, ())


def test_walk_run_ladder_has_the_eight_stages(library: ProtocolLibrary) -> None:
    expected = tuple(WalkRunStage(repeats=r, run_min=run, walk_min=w) for r, run, w in WALK_RUN)
    phased = [p for p in library if p.running.mode == "phased"]
    assert {p.id for p in phased} == {"hip-strength-return", "home-strength", "strength-routine"}
    for protocol in phased:
        assert protocol.running.ladder == expected, protocol.id
        advice = protocol.running.advice.lower()
        assert "flat" in advice and "downhill" in advice and "every other day" in advice
    assert stage_text(expected[6]) == "20 min continuous easy running"


def test_foam_rolling_is_never_on_the_it_band(library: ProtocolLibrary) -> None:
    foam = [t for p in library for t in p.therapies if "foam" in t.text.lower()]
    assert foam, "the default protocol offers foam rolling"
    for therapy in foam:
        text = therapy.text.lower()
        assert "never" in text and "it band" in text, therapy.text
        # The "never" must come before the IT band, i.e. it is a prohibition, not advice.
        assert re.search(r"never[^.]*it band", text), therapy.text
    for protocol in library:
        for exercise in protocol.exercises:
            words = " ".join((*exercise.steps, exercise.safety or "")).lower()
            assert "foam" not in words, f"{protocol.id}/{exercise.id}"


# answers.yaml (and its Spanish answers.es.yaml) names medication only to say the coach does not
# advise on it (test_answers.py, test_answers_es.py).
@pytest.mark.parametrize(
    "path",
    sorted(p for p in REPO_PROTOCOLS.glob("*.yaml") if not p.name.startswith("answers.")),
    ids=lambda p: p.stem,
)
def test_no_medication_or_injection_advice(path: Path) -> None:
    text = path.read_text(encoding="utf-8").lower()
    if path.name.startswith(("red_flags", "itb_talk")):
        # A vocabulary's phrases are words a runner may write ("numb like after an injection"),
        # not advice: only its other lines (labels, reasons, advice) are checked.
        text = "\n".join(line for line in text.splitlines() if not line.lstrip().startswith("- "))
    for word in ("nsaid", "ibuprofen", "cortisone", "corticosteroid", "injection", "medication"):
        assert word not in text, word
    for line in text.splitlines():
        if "foam" in line and "it band" in line:
            assert "never" in line, line


def test_optional_therapies_in_the_default(library: ProtocolLibrary) -> None:
    therapies = {t.id: t.text.lower() for t in library["hip-strength-return"].therapies}
    assert set(therapies) == {"foam-rolling", "icing", "sports-massage"}
    assert "1-2 times a day" in therapies["foam-rolling"]
    assert "optional" in therapies["icing"] and "10-12 minutes" in therapies["icing"]
    assert "48 hours" in therapies["sports-massage"]


def test_home_strength_doses(library: ProtocolLibrary) -> None:
    protocol = library["home-strength"]
    for exercise_id in ("squat", "forward-lunge", "glute-medius-leg-raise"):
        assert ladder(protocol, exercise_id) == ["3x10", "3x12", "3x15", "3x18", "3x20"]
    assert protocol.strength_days_per_week == 7
    assert protocol.stretch_sessions_per_day == 3


def test_strength_routine_is_three_times_a_week(library: ProtocolLibrary) -> None:
    protocol = library["strength-routine"]
    assert {e.id for e in protocol.strength} == {
        "squat",
        "shallow-lunge",
        "glute-bridge",
        "plank",
        "side-plank",
        "single-leg-dip",
    }
    for exercise in protocol.strength:
        assert exercise.frequency.days_per_week == 3, exercise.id
    assert ladder(protocol, "single-leg-dip") == ["1x8", "1x10", "1x12", "2x8", "2x10", "2x12"]
    for exercise_id in ("plank", "side-plank"):
        exercise = protocol.exercise(exercise_id)
        assert exercise is not None and exercise.dose.hold_seconds is not None
    yoga = protocol.exercise("runners-yoga")
    assert yoga is not None and yoga.kind is ExerciseKind.STRETCH
    poses = " ".join(yoga.steps).lower()
    for pose in ("downward dog", "heel", "quad", "hip flexor", "pigeon", "glute", "banana"):
        assert pose in poses, pose
    assert protocol.stretch_sessions_per_day == 3


def test_maintenance(library: ProtocolLibrary) -> None:
    protocol = library["maintenance"]
    assert protocol.running.mode == "free"
    assert "10%" in protocol.running.advice
    assert {e.id for e in protocol.stretches} == set(STRETCHES)
    for stretch in protocol.stretches:
        assert stretch.frequency.per_day == 1
    assert {e.id for e in protocol.strength} == {
        "side-lying-hip-abduction",
        "standing-hip-hike",
        "clamshell",
    }
    for exercise in protocol.strength:
        assert exercise.frequency.days_per_week == 3
        assert ladder(protocol, exercise.id) == ["3x30"]
    assert protocol.strength_days_per_week == 3
    assert protocol.stretch_sessions_per_day == 1


def test_shared_exercises_read_the_same_everywhere(library: ProtocolLibrary) -> None:
    seen: dict[str, tuple[str, Any]] = {}
    for protocol in library:
        for exercise in protocol.exercises:
            if exercise.id in VARIANTS:
                continue
            text = (exercise.name, exercise.kind, exercise.steps, exercise.sides, exercise.safety)
            text += (exercise.source,)
            if exercise.id in seen:
                first, other = seen[exercise.id]
                assert text == other, f"{exercise.id} differs between {first} and {protocol.id}"
            else:
                seen[exercise.id] = (protocol.id, text)


def test_no_medication_in_loaded_text(library: ProtocolLibrary) -> None:
    # Belt and braces over the raw-file check: also the parsed text a user is shown.
    for protocol in library:
        shown = [protocol.summary, protocol.running.advice, *(t.text for t in protocol.therapies)]
        for exercise in protocol.exercises:
            shown += [*exercise.steps, exercise.safety or ""]
        for text in shown:
            assert not re.search(r"nsaid|ibuprofen|injection|cortisone", text, re.I), text


# --- bad files ------------------------------------------------------------------------------

GOOD: dict[str, Any] = {
    "id": "good",
    "name": "Good protocol",
    "summary": "A small valid protocol.",
    "source": "test",
    "default": True,
    "running": {"mode": "none", "advice": "No running."},
    "exercises": [
        {
            "id": "hike",
            "name": "Hip hike",
            "kind": "strength",
            "steps": ["Stand on a step.", "Lift the hip."],
            "dose": {"progression": ["1x15", "3x30"]},
            "sides": "each",
            "source": "test",
        },
        {
            "id": "stretch",
            "name": "A stretch",
            "kind": "stretch",
            "steps": ["Lean over.", "Hold it."],
            "dose": {"hold_seconds": 15, "reps": 1},
            "frequency": {"per_day": 3},
            "sides": "each",
            "source": "test",
        },
    ],
}


def good(**changes: Any) -> dict[str, Any]:
    data = copy.deepcopy(GOOD)
    data.update(changes)
    return data


def write(folder: Path, name: str, data: Any) -> Path:
    path = folder / name
    path.write_text(data if isinstance(data, str) else yaml.safe_dump(data), encoding="utf-8")
    return path


def load_error(folder: Path) -> ProtocolFileError:
    with pytest.raises(ProtocolFileError) as info:
        load_protocols(folder)
    return info.value


def assert_names(error: ProtocolFileError, path: Path, field: str | None, *words: str) -> None:
    assert error.path == path
    assert error.field == field
    message = str(error)
    assert str(path) in message
    if field is not None:
        assert field in message
    for word in words:
        assert word in message, (word, message)


def test_a_good_file_loads(tmp_path: Path) -> None:
    write(tmp_path, "good.yaml", good())
    write(tmp_path, "notes.txt", "not a protocol")
    library = load_protocols(tmp_path)
    assert library.default.id == "good"
    assert library["good"].exercises[0].dose.progression[-1] == SetsReps(sets=3, reps=30)


def test_yml_files_are_read_too(tmp_path: Path) -> None:
    write(tmp_path, "good.yaml", good())
    write(tmp_path, "other.yml", good(id="other", default=False))
    assert {p.id for p in load_protocols(tmp_path)} == {"good", "other"}


def test_bad_dose_string(tmp_path: Path) -> None:
    data = good()
    data["exercises"][0]["dose"]["progression"] = ["1x15", "3 by 30"]
    path = write(tmp_path, "good.yaml", data)
    error = load_error(tmp_path)
    assert_names(error, path, "exercises.0.dose.progression.1", "'3 by 30'", "3x30")


def test_bad_dose_numbers_name_the_step(tmp_path: Path) -> None:
    data = good()
    data["exercises"][0]["dose"]["progression"] = ["0x15"]
    path = write(tmp_path, "good.yaml", data)
    assert_names(load_error(tmp_path), path, "exercises.0.dose.progression.0.sets")


def test_unknown_key(tmp_path: Path) -> None:
    data = good()
    data["exercises"][1]["colour"] = "red"
    path = write(tmp_path, "good.yaml", data)
    assert_names(load_error(tmp_path), path, "exercises.1.colour", "not permitted")


def test_missing_steps(tmp_path: Path) -> None:
    data = good()
    del data["exercises"][1]["steps"]
    path = write(tmp_path, "good.yaml", data)
    assert_names(load_error(tmp_path), path, "exercises.1.steps", "required")


def test_duplicate_exercise_id(tmp_path: Path) -> None:
    data = good()
    data["exercises"][1]["id"] = "hike"
    path = write(tmp_path, "good.yaml", data)
    assert_names(load_error(tmp_path), path, "exercises", "repeat", "hike")


def test_file_name_must_match_id(tmp_path: Path) -> None:
    path = write(tmp_path, "other-name.yaml", good())
    assert_names(load_error(tmp_path), path, "id", "'good'", "'other-name'")


def test_two_defaults(tmp_path: Path) -> None:
    write(tmp_path, "a-one.yaml", good(id="a-one"))
    second = write(tmp_path, "b-two.yaml", good(id="b-two"))
    assert_names(load_error(tmp_path), second, "default", "a-one.yaml", "b-two.yaml")


def test_no_default(tmp_path: Path) -> None:
    write(tmp_path, "good.yaml", good(default=False))
    assert_names(load_error(tmp_path), tmp_path, "default", "default: true")


def test_broken_yaml(tmp_path: Path) -> None:
    path = write(tmp_path, "good.yaml", "id: good\nexercises: [\n  - id: x\n")
    error = load_error(tmp_path)
    assert_names(error, path, None, "not valid YAML", "line")


def test_top_level_must_be_a_mapping(tmp_path: Path) -> None:
    path = write(tmp_path, "good.yaml", "- id: good\n")
    assert_names(load_error(tmp_path), path, None, "mapping", "list")


def test_empty_file(tmp_path: Path) -> None:
    path = write(tmp_path, "good.yaml", "# nothing here\n")
    assert_names(load_error(tmp_path), path, None, "empty")


def test_empty_or_missing_folder(tmp_path: Path) -> None:
    assert_names(load_error(tmp_path), tmp_path, None, "no protocol files")
    missing = tmp_path / "nowhere"
    assert_names(load_error(missing), missing, None, "does not exist")


def test_one_bad_file_fails_the_whole_load(tmp_path: Path) -> None:
    write(tmp_path, "good.yaml", good())
    bad = good(id="bad", default=False)
    bad["running"] = {"mode": "phased", "advice": "Walk-run."}  # phased needs a ladder
    path = write(tmp_path, "bad.yaml", bad)
    assert_names(load_error(tmp_path), path, "running", "ladder")
