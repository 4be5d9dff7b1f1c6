"""The race projection (bot/coach/race.py): the rules played forward, pain-free from today."""

from __future__ import annotations

from datetime import date, timedelta

from bot.coach.race import Verdict, continuous_stage, outlook, project
from bot.coach.records import History, MorningRecord, Phase, Referral, StrengthRecord
from bot.coach.state import derive_state
from tests.unit.coach_builders import START, library


def d(n: int) -> date:
    return START + timedelta(days=n)


def test_a_new_runner_goes_through_every_phase_and_stage_in_order() -> None:
    protocol = library().default
    projection = project(protocol, START, History(), START)
    positions = [(m.phase, m.stage) for m in projection.milestones]
    ladder = len(protocol.running.ladder)
    assert positions == [
        (Phase.CALM, None),
        (Phase.BUILD, None),
        *((Phase.RETURN, n) for n in range(1, ladder + 1)),
        (Phase.MAINTAIN, None),
    ]
    days = [m.day for m in projection.milestones]
    assert days == sorted(days) and days[0] == START
    assert continuous_stage(protocol) == 7  # CLINICAL.md §3: stage 7, 20 min continuous
    assert projection.continuous == projection.reached(Phase.RETURN, 7)


def test_the_projection_starts_where_the_runner_is() -> None:
    # Calm mornings and six good strength sessions so far: the build phase is on, and the
    # return comes when the rules' count of good sessions is reached, not from scratch.
    protocol = library().default
    history = History(
        mornings=tuple(MorningRecord(d(n), 1, stairs_ok=True) for n in range(6)),
        strength=tuple(StrengthRecord(d(n), 2) for n in range(6)),
    )
    today = d(6)
    assert derive_state(protocol, START, history, today).phase is Phase.BUILD
    fresh = project(protocol, today, History(), today)
    projection = project(protocol, START, history, today)
    assert projection.milestones[0].phase is Phase.BUILD
    assert projection.reached(Phase.RETURN, 1) < fresh.reached(Phase.RETURN, 1)  # type: ignore[operator]


def test_a_referral_blocks_the_projection() -> None:
    history = History(referrals=(Referral(d(0), "swelling", "swollen knee"),))
    projection = project(library().default, START, history, d(1))
    assert projection.blocked and projection.milestones == ()
    assert outlook(library().default, START, history, d(1), d(60)).verdict is Verdict.REFERRAL


def test_verdicts_by_race_day() -> None:
    protocol = library().default
    projection = project(protocol, START, History(), START)
    continuous = projection.continuous
    ladder = projection.reached(Phase.RETURN)
    assert continuous is not None and ladder is not None

    def verdict(race: date) -> Verdict:
        return outlook(protocol, START, History(), START, race).verdict

    assert verdict(continuous + timedelta(weeks=3)) is Verdict.ON_TRACK
    assert verdict(continuous + timedelta(weeks=3, days=-1)) is Verdict.RUN_WALK
    assert verdict(ladder) is Verdict.RUN_WALK
    assert verdict(ladder - timedelta(days=1)) is Verdict.TOO_SOON
    assert verdict(START - timedelta(days=1)) is Verdict.PASSED


def test_the_race_never_changes_the_projection() -> None:
    protocol = library().default
    plain = project(protocol, START, History(), START)
    for race in (d(10), d(40), d(200)):
        assert outlook(protocol, START, History(), START, race).projection == plain


def test_programmes_without_a_ladder() -> None:
    maintenance, fredericson = library()["maintenance"], library()["fredericson-six-week"]
    assert outlook(maintenance, START, History(), START, d(30)).verdict is Verdict.ON_TRACK
    six_weeks = project(fredericson, START, History(), START)
    # No phases for six weeks, then the walk-run return (CLINICAL.md §1a v2).
    assert six_weeks.reached(Phase.RETURN, 1) == START + timedelta(weeks=6)
