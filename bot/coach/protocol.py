"""Typed protocol model: what a protocol file in ``protocols/`` must contain.

A protocol is data a clinician can read and change; these models only check its shape.
Loading files is done outside the domain (``bot.protocol_files``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from enum import StrEnum
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

_DOSE_RE = re.compile(r"^(?P<sets>\d+)x(?P<reps>\d+)$")
_ID_RE = r"^[a-z0-9][a-z0-9-]{1,40}$"

Id = Annotated[str, Field(pattern=_ID_RE)]


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class ExerciseKind(StrEnum):
    STRETCH = "stretch"
    STRENGTH = "strength"


class Sides(StrEnum):
    EACH = "each"  # both legs, one after the other
    PAINFUL = "painful"  # the painful side only
    BOTH = "both"  # both legs at once (e.g. squats)


class SetsReps(Strict):
    """A dose written ``"3x30"`` in a file: sets x repetitions."""

    sets: int = Field(ge=1, le=10)
    reps: int = Field(ge=1, le=100)

    @model_validator(mode="before")
    @classmethod
    def _from_text(cls, value: object) -> object:
        # Parsing here (not in Dose) lets a bad entry's error carry its index in the ladder.
        if isinstance(value, str):
            match = _DOSE_RE.match(value.strip())
            if not match:
                raise ValueError(f"dose {value!r} is not written like '3x30' (sets x reps)")
            return {"sets": int(match["sets"]), "reps": int(match["reps"])}
        return value

    @classmethod
    def parse(cls, text: str) -> SetsReps:
        return cls.model_validate(text)

    def __str__(self) -> str:
        return f"{self.sets}x{self.reps}"


class Dose(Strict):
    """How much of an exercise: a hold (seconds x reps) and/or a progression of sets x reps.

    ``progression`` is the ladder of doses the strength level walks up; the first entry is the
    starting dose and the last is kept to the end. A hold-only exercise has no progression.
    """

    hold_seconds: int | None = Field(default=None, ge=1, le=300)
    reps: int | None = Field(default=None, ge=1, le=100)
    progression: tuple[SetsReps, ...] = ()

    @model_validator(mode="after")
    def _something(self) -> Dose:
        if self.hold_seconds is None and not self.progression and self.reps is None:
            raise ValueError("a dose needs hold_seconds, reps or a progression")
        return self

    def at_level(self, level: int) -> SetsReps | None:
        """The sets x reps for a strength level (0-based), capped at the top of the ladder."""
        if not self.progression:
            return None
        return self.progression[min(max(level, 0), len(self.progression) - 1)]


MAX_STRETCH_SESSIONS = 3  # sessions a day at most: one reminder time each (CLINICAL.md 1a)


class Frequency(Strict):
    """How often: ``per_day`` sessions on each training day; training days by ``days_per_week``."""

    per_day: int = Field(default=1, ge=1, le=MAX_STRETCH_SESSIONS)
    days_per_week: int = Field(default=7, ge=1, le=7)


class Exercise(Strict):
    id: Id
    name: str = Field(min_length=3, max_length=60)
    kind: ExerciseKind
    steps: tuple[str, ...] = Field(min_length=2)
    dose: Dose
    frequency: Frequency = Frequency()
    sides: Sides
    safety: str | None = None
    source: str = Field(min_length=3)


class WalkRunStage(Strict):
    """One rung of the walk-run ladder: ``repeats`` x (run ``run_min`` / walk ``walk_min``)."""

    repeats: int = Field(ge=1, le=20)
    run_min: int = Field(ge=1, le=60)
    walk_min: int = Field(ge=0, le=5)

    @property
    def total_minutes(self) -> int:
        return self.repeats * (self.run_min + self.walk_min)


class RunningMode(StrEnum):
    NONE = "none"  # no running in this protocol
    PHASED = "phased"  # calm, build, return (the walk-run ladder), maintain
    FREE = "free"  # free running, weekly volume growing at most 10%


class RunningSpec(Strict):
    """How a protocol runs (``mode``), its walk-run ladder and its advice meanwhile.

    ``then: return``: when the protocol's weeks are over, the return phase (the walk-run ladder
    from stage 1) follows, then maintain (CLINICAL.md §1a v2).
    """

    mode: RunningMode
    ladder: tuple[WalkRunStage, ...] = ()
    advice: str = Field(min_length=3)
    then: Literal["return"] | None = None

    @model_validator(mode="after")
    def _ladder_for_phased(self) -> RunningSpec:
        if self.mode is RunningMode.PHASED and not self.ladder:
            raise ValueError("a phased running plan needs a walk-run ladder")
        if self.then == "return" and (self.mode is not RunningMode.NONE or not self.ladder):
            raise ValueError("'then: return' needs 'mode: none' and a walk-run ladder")
        return self


class Therapy(Strict):
    id: Id
    text: str = Field(min_length=3)
    source: str = Field(min_length=3)


class Protocol(Strict):
    id: Id
    name: str = Field(min_length=3, max_length=60)
    summary: str = Field(min_length=3)
    source: str = Field(min_length=3)
    weeks: int | None = Field(default=None, ge=1, le=52)
    default: bool = False
    running: RunningSpec
    exercises: tuple[Exercise, ...] = Field(min_length=1)
    therapies: tuple[Therapy, ...] = ()

    @model_validator(mode="after")
    def _weeks_before_return(self) -> Protocol:
        if self.running.then == "return" and self.weeks is None:
            raise ValueError("'then: return' needs the protocol's 'weeks'")
        return self

    @field_validator("exercises")
    @classmethod
    def _unique_ids(cls, exercises: tuple[Exercise, ...]) -> tuple[Exercise, ...]:
        ids = [e.id for e in exercises]
        dupes = sorted({i for i in ids if ids.count(i) > 1})
        if dupes:
            raise ValueError(f"exercise ids repeat: {', '.join(dupes)}")
        return exercises

    @property
    def stretches(self) -> tuple[Exercise, ...]:
        return tuple(e for e in self.exercises if e.kind is ExerciseKind.STRETCH)

    @property
    def strength(self) -> tuple[Exercise, ...]:
        return tuple(e for e in self.exercises if e.kind is ExerciseKind.STRENGTH)

    @property
    def stretch_sessions_per_day(self) -> int:
        return max((e.frequency.per_day for e in self.stretches), default=0)

    @property
    def strength_days_per_week(self) -> int:
        return max((e.frequency.days_per_week for e in self.strength), default=0)

    @property
    def top_strength_level(self) -> int:
        return max((len(e.dose.progression) for e in self.strength), default=1) - 1

    @property
    def return_after_weeks(self) -> bool:
        """The walk-run return follows once the protocol's weeks are over (§1a v2)."""
        return self.running.then == "return"

    def exercise(self, exercise_id: str) -> Exercise | None:
        return next((e for e in self.exercises if e.id == exercise_id), None)


class ProtocolLibrary:
    """The loaded protocols by id, with exactly one default."""

    def __init__(self, protocols: list[Protocol]) -> None:
        self._by_id = {p.id: p for p in protocols}
        if len(self._by_id) != len(protocols):
            raise ValueError("two protocol files use the same id")
        defaults = [p for p in protocols if p.default]
        if len(defaults) != 1:
            raise ValueError(
                f"exactly one protocol must say 'default: true', found {len(defaults)}"
            )
        self.default = defaults[0]

    def get(self, protocol_id: str) -> Protocol | None:
        return self._by_id.get(protocol_id)

    def __getitem__(self, protocol_id: str) -> Protocol:
        return self._by_id[protocol_id]

    def __iter__(self) -> Iterator[Protocol]:
        """The default first, then the others in file order."""
        return iter([self.default, *(p for p in self._by_id.values() if p is not self.default)])

    def __len__(self) -> int:
        return len(self._by_id)
