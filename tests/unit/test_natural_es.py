"""Plain reports in Spanish, read by the same rules as English (issue 22, item 4): a number is
a pain score only next to a pain word, unclear is asked (in Spanish), accents are optional."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from bot.service import everyday, parse
from bot.service.days_ahead import day_ahead
from bot.service.everyday import CorrectionSaid, OnDaySaid, SeveralSaid, SkipSaid, StairsSaid
from bot.service.natural import (
    AwaySaid,
    Doubt,
    MorningSaid,
    RequestSaid,
    RunSaid,
    StrengthSaid,
    StretchesSaid,
    Understood,
    Unsure,
    Want,
    understand,
)
from bot.texts import language

PHRASES: list[tuple[str, Understood]] = [
    ("corrí 5 km, dolor 3", RunSaid(distance_km=5.0, pain=3)),
    ("corri 5 km, dolor 3", RunSaid(distance_km=5.0, pain=3)),
    ("Corrí 10 km esta mañana, dolor 1", RunSaid(distance_km=10.0, pain=1)),
    ("troté 25 min, rodilla 2", RunSaid(minutes=25, pain=2)),
    ("corrí media hora, rodilla 1", RunSaid(minutes=30, pain=1)),
    ("corri una hora, dolor dos", RunSaid(minutes=60, pain=2)),
    ("corrí 7,5 km, no me dolió", RunSaid(distance_km=7.5, pain=0)),
    ("corrí 40 minutos sin parar, dolor 2", RunSaid(minutes=40, pain=2)),
    ("corrí 3 km, dolor 5, tuve que parar", RunSaid(distance_km=3.0, pain=5, stopped=True)),
    ("corrí 30 min, 3", RunSaid(minutes=30)),  # a bare number is not a pain score
    ("esta mañana 2", MorningSaid(2)),
    ("esta manana 2", MorningSaid(2)),
    ("rodilla 0 al levantarme", MorningSaid(0)),
    ("me dolió 2 al despertarme", MorningSaid(2)),
    ("dolio 3 esta manana", MorningSaid(3)),
    ("me duele la rodilla hoy", MorningSaid(None)),  # no score: asked
    ("la rodilla bien esta mañana", MorningSaid(None)),  # bien is not a score
    ("hice los estiramientos", StretchesSaid()),
    ("estiramientos hechos", StretchesSaid()),
    ("estiré", StretchesSaid()),
    ("ya hice la fuerza", StrengthSaid(None)),
    ("hice la fuerza, dolor 2", StrengthSaid(2)),
    ("fuerza hecha, sin dolor", StrengthSaid(0)),
    ("listo", RequestSaid(Want.DONE)),
    ("hola", RequestSaid(Want.HELLO)),
    ("gracias", RequestSaid(Want.THANKS)),
    ("mi plan", RequestSaid(Want.TODAY)),
    ("¿cómo voy?", RequestSaid(Want.PROGRESS)),
    ("ayuda", RequestSaid(Want.HELP)),
    ("corrí 5", Unsure(Doubt.RUN_AMOUNT, ("corri 5 min", "corri 5 km"))),
    (
        "40 minutos sin dolor",
        Unsure(
            Doubt.PAIN_WHEN,
            ("corrí 40 min, dolor 0", "rodilla esta mañana, dolor 0", "fuerza hecha, dolor 0"),
        ),
    ),
    (
        "hoy 30 min, me dolió 4",
        Unsure(
            Doubt.PAIN_WHEN,
            ("corrí 30 min, dolor 4", "rodilla esta mañana, dolor 4", "fuerza hecha, dolor 4"),
        ),
    ),
    (
        "dolor 3",
        Unsure(
            Doubt.PAIN_WHEN,
            ("corrí, dolor 3", "rodilla esta mañana, dolor 3", "fuerza hecha, dolor 3"),
        ),
    ),
    ("dolor 15", Unsure(Doubt.PAIN_SCALE)),
    ("corrí 5 km y estiré", Unsure(Doubt.SEVERAL)),
    ("corrí 5 km ayer, dolor 2", Unsure(Doubt.OTHER_DAY)),
]
NOT_REPORTS = [
    "mañana voy a correr 5 km",
    "no corrí hoy",
    "todavía no hice la fuerza",
    "¿puedo correr hoy?",
    "voy a estirar más tarde",
    "esta noche hago los estiramientos",
    "42",
    "sí",
    "no",
    "hace buen tiempo",
    "quiero correr 20 minutos",
    "el escalón 3 parece difícil",
]
EVERYDAY = [
    ("en realidad 3", CorrectionSaid(3)),
    ("perdón, más bien un 4", CorrectionSaid(4)),
    ("me salto la fuerza hoy", SkipSaid("strength")),
    ("me salté los estiramientos", SkipSaid("stretch")),
    ("las escaleras me duelen", StairsSaid(False)),
    ("escaleras sin dolor", StairsSaid(True)),
    ("ayer hice la fuerza, dolor 2", OnDaySaid(StrengthSaid(2), "yesterday")),
    ("el lunes hice los estiramientos", OnDaySaid(StretchesSaid(), "monday")),
    (
        "hice la fuerza y los estiramientos, sin dolor",
        SeveralSaid((StrengthSaid(0), StretchesSaid())),
    ),
]


@pytest.fixture(autouse=True)
def spanish() -> object:
    with language.use("es") as code:
        yield code


@pytest.mark.parametrize(("text", "expected"), PHRASES)
def test_spanish_phrasings_become_the_right_value(text: str, expected: Understood) -> None:
    assert understand(text) == expected


@pytest.mark.parametrize("text", NOT_REPORTS)
def test_not_a_report_in_spanish(text: str) -> None:
    assert understand(text) is None


@pytest.mark.parametrize(("text", "expected"), EVERYDAY)
def test_everyday_words_in_spanish(text: str, expected: everyday.Everyday) -> None:
    assert everyday.understand(text) == expected


def test_every_spanish_option_offered_back_is_understood_without_doubt() -> None:
    offered = [o for _, said in PHRASES if isinstance(said, Unsure) for o in said.options]
    assert offered
    for option in offered:
        assert understand(option) is not None and not isinstance(understand(option), Unsure)


def test_the_options_follow_the_runners_language() -> None:
    with language.use("en"):
        said = understand("pain 3")
    assert isinstance(said, Unsure) and said.options[0] == "ran, pain 3"


@pytest.mark.parametrize(
    ("text", "yes"), [("sí", True), ("si", True), ("Sí.", True), ("no", False), ("paré", True)]
)
def test_yes_and_no_in_spanish(text: str, yes: bool) -> None:
    assert parse.yes_no(text) is yes


def test_times_said_in_spanish() -> None:
    assert [
        t.strftime("%H:%M") for t in parse.stretch_times("a las 8, a las 13 y a las 20", 3)
    ] == [
        "08:00",
        "13:00",
        "20:00",
    ]
    assert parse.clock_time("a las 8 de la tarde").strftime("%H:%M") == "20:00"
    assert parse.clock_time("7:30").strftime("%H:%M") == "07:30"
    with pytest.raises(parse.BadInput):
        parse.clock_time("a las 25")


@pytest.mark.parametrize(
    ("text", "ahead"),
    [
        ("¿puedo correr una media maratón en 10 días?", 10),
        ("en dos semanas", 14),
        ("el sábado por la mañana", 5),  # Monday 7 December 2026: Saturday is in 5 days
        ("mañana", 1),
        ("la semana que viene", 7),
    ],
)
def test_days_ahead_said_in_spanish(text: str, ahead: int) -> None:
    today = date(2026, 12, 7)
    assert day_ahead(text, today) == today + timedelta(days=ahead)
    assert day_ahead("14 de marzo", today) == date(2027, 3, 14)


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("estoy de viaje este fin de semana", AwaySaid(weekend=True)),
        ("de vacaciones hasta el lunes", AwaySaid(back_weekday=0)),
        ("me voy de viaje hasta el miércoles", AwaySaid(back_weekday=2)),
        ("fuera hasta el 20, sin recordatorios", AwaySaid(back_day=20)),
    ],
)
def test_away_in_spanish(text: str, said: AwaySaid) -> None:
    assert understand(text) == said


def test_away_asked_or_without_days_is_not_a_pause() -> None:
    assert understand("¿estás fuera este fin de semana?") is None
    assert understand("corrí fuera, dolor 2") == RunSaid(pain=2)
