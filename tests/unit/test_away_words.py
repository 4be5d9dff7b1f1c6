""" "I am away this weekend, no reminders please": a request for a pause of the days named."""

from __future__ import annotations

from datetime import date

import pytest

from bot.service.natural import AwaySaid, understand
from bot.service.pause import away_days

FRIDAY = date(2027, 1, 15)


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("I am away this weekend, no reminders please", AwaySaid(weekend=True)),
        ("away this weekend", AwaySaid(weekend=True)),
        ("no reminders this weekend please", AwaySaid(weekend=True)),
        ("travelling for the weekend", AwaySaid(weekend=True)),
        ("away till Monday", AwaySaid(back_weekday=0)),
        ("I'm away until tuesday, no reminders", AwaySaid(back_weekday=1)),
        ("on holiday until the 20th", AwaySaid(back_day=20)),
        ("On vacation till the 3rd!", AwaySaid(back_day=3)),
    ],
)
def test_away_phrasings(text: str, said: AwaySaid) -> None:
    assert understand(text) == said


@pytest.mark.parametrize(
    "text",
    [
        "away this weekend?",  # a question
        "I was away",  # no days named
        "ran away from the dog, knee 2",
        "is it ok to run this weekend",
    ],
)
def test_not_a_pause(text: str) -> None:
    assert not isinstance(understand(text), AwaySaid)


@pytest.mark.parametrize(
    ("said", "today", "first", "expected"),
    [
        (AwaySaid(weekend=True), FRIDAY, FRIDAY, (date(2027, 1, 16), date(2027, 1, 17))),
        (
            AwaySaid(weekend=True),
            date(2027, 1, 16),
            date(2027, 1, 16),
            (date(2027, 1, 16), date(2027, 1, 17)),
        ),
        (
            AwaySaid(weekend=True),
            date(2027, 1, 17),
            date(2027, 1, 18),
            (date(2027, 1, 17), date(2027, 1, 17)),
        ),
        (
            AwaySaid(back_weekday=0),
            FRIDAY,
            date(2027, 1, 16),
            (date(2027, 1, 16), date(2027, 1, 17)),
        ),
        (AwaySaid(back_weekday=0), FRIDAY, FRIDAY, (FRIDAY, date(2027, 1, 17))),
        (AwaySaid(back_weekday=4), FRIDAY, FRIDAY, (FRIDAY, date(2027, 1, 21))),  # next Friday
        (AwaySaid(back_day=20), FRIDAY, date(2027, 1, 16), (date(2027, 1, 16), date(2027, 1, 19))),
        (AwaySaid(back_day=3), FRIDAY, FRIDAY, (FRIDAY, date(2027, 2, 2))),  # next month
        (
            AwaySaid(back_day=31),
            date(2027, 2, 10),
            date(2027, 2, 10),
            (date(2027, 2, 10), date(2027, 3, 30)),
        ),
    ],
)
def test_the_days_an_away_message_names(
    said: AwaySaid, today: date, first: date, expected: tuple[date, date]
) -> None:
    assert away_days(said, today, first) == expected
