"""A race goal (/race and the onboarding question), a pause of named days, and the streak."""

from __future__ import annotations

from datetime import date, timedelta

from bot.coach.race import Projection, RaceOutlook, Verdict
from bot.coach.records import Phase
from bot.texts import dates
from bot.texts.catalog import N_, install, ngettext, tr

ASK_RACE = N_(
    "Last one: are you training for an event? Send its date and distance, like "
    "“14 March half marathon”, and I'll tell you honestly whether it is realistic. "
    "You can set or change it any time with /race."
)
NO_RACE_BUTTON = N_("No event")
RACE_SKIPPED = N_("No event, fine. /race DATE [distance] sets one whenever you like.")
NO_RACE = N_("No race set. /race DATE [distance] sets one, like /race 14 March half marathon.")
RACE_OFF = N_("Race removed. /race DATE [distance] sets another.")
BAD_RACE = N_(
    "I couldn't read a race date in “{value}”. Send it like /race 14 March half marathon, "
    "/race 2027-03-14 10k or /race 14/3. Nothing was changed."
)
RACE_TOO_FAR = N_(
    "That is more than a year away: send a race within the next year. Nothing changed."
)
RACE_IN_PAST = N_("That day has passed: send the date of a race to come. Nothing was changed.")

RACE_A_RACE = N_("a race")
EARLIEST = N_("The earliest the pain rules allow, if every report from now is pain-free:")
MILESTONE = N_("· {what}: {day}")
PHASE_STEPS = {
    Phase.CALM: N_("calm phase"),
    Phase.BUILD: N_("build phase (strength, no running yet)"),
    Phase.MAINTAIN: N_("free running"),
}
LADDER_STEP = N_("walk-run stage {stage}")
CONTINUOUS_STEP = N_("continuous running (stage {stage})")
NOW = N_("now")
VERDICTS = {
    Verdict.ON_TRACK: (
        N_("Realistic: you can reach continuous running by {continuous}, before the decision date.")
    ),
    Verdict.RUN_WALK: (
        N_(
            "Running it continuously is not realistic on this timing: continuous running comes "
            "{continuous} at the earliest, after the decision date. Run-walking it is: the "
            "walk-run ladder can start {ladder}."
        )
    ),
    Verdict.TOO_SOON: (
        N_(
            "Not realistic: even with every report pain-free, the walk-run ladder starts {ladder} "
            "at the earliest, after the race. Pull out, or pick a later race."
        )
    ),
    Verdict.PASSED: (
        N_("That race day has passed. /race DATE sets your next one, /race off removes it.")
    ),
    Verdict.NO_RUNNING: (
        N_(
            "Your programme has no running in it, so I can't count down to a race. /protocol shows "
            "the programmes with a return to running."
        )
    ),
    Verdict.REFERRAL: (
        N_(
            "With a referral open nothing moves on until a clinician has seen you (/cleared), so "
            "I can't give you dates. Ask them about the race too."
        )
    ),
}
NOT_WITHIN = N_("not within a year")
DECISION = N_(
    "Decision date: {day}. If you are not running continuously by then, run-walk the race "
    "or pull out."
)
RUN_WALK_OFFER = N_(
    "Run-walking the race is always an option: the ladder's run/walk rhythm works on race day "
    "too, and a physio can judge the race with you."
)
NEVER_FASTER = N_(
    "The race never speeds the rules up: each step still waits for pain-free reports."
)

COUNTDOWN_VERDICT = {
    Verdict.ON_TRACK: N_("on track"),
    Verdict.RUN_WALK: N_("run-walk it"),
    Verdict.TOO_SOON: N_("too soon: pull out or pick a later race"),
    Verdict.PASSED: N_("passed (/race off)"),
    Verdict.NO_RUNNING: N_("no running in this programme"),
    Verdict.REFERRAL: N_("a clinician first"),
}
COUNTDOWN_TODAY = N_("Race day today: {what}. Good luck, and listen to your knee.")

DISCORD_OPT_RACE = N_("the race day and distance, like 14 March half marathon; off removes it")

# /pause and "away this weekend": the days named.
PAUSE_ONE = N_("No reminders on {first}; they come back {back} at {time}.")
PAUSE_TWO = N_("No reminders {first} and {last}; they come back {back} at {time}.")
PAUSE_SPAN = N_("No reminders from {first} to {last}; they come back {back} at {time}.")
PAUSE_TODAY_KEPT = N_("Today's plan stays as it is: what you do today still counts.")
PAUSE_DONE_COUNTS = N_(
    "Anything you still do on those days counts. /resume brings reminders back sooner."
)


def day_short(day: date) -> str:
    """A day as the pause reply names it: Sat 16 Jan."""
    return dates.shown(day, dates.NAMED)


def day_long(day: date) -> str:
    return dates.shown(day, dates.NAMED_LONG)


def pause_text(first: date, last: date, back: date, at: str, *, today: date) -> str:
    """The reply to a pause: the days named, when reminders come back, and what counts."""
    # "Sat 16 and Sun 17 Jan": the month once when both days share it.
    first_name = (
        dates.shown(first, dates.NAMED_DAY) if first.month == last.month else day_short(first)
    )
    if first == last:
        said = tr(PAUSE_ONE).format(first=day_short(first), back=day_short(back), time=at)
    else:
        template = tr(PAUSE_TWO) if last == first + timedelta(days=1) else tr(PAUSE_SPAN)
        said = template.format(
            first=first_name, last=day_short(last), back=day_short(back), time=at
        )
    lines = [said, tr(PAUSE_TODAY_KEPT)] if first > today else [said]
    return "\n".join([*lines, tr(PAUSE_DONE_COUNTS)])


def _milestones(projection: Projection, continuous: int | None) -> list[str]:
    lines: list[str] = []
    for m in projection.milestones:
        if m.phase is Phase.RETURN and m.stage is not None:
            what = (tr(CONTINUOUS_STEP) if continuous == m.stage else tr(LADDER_STEP)).format(
                stage=m.stage
            )
        elif m.phase is not None:
            what = tr(PHASE_STEPS)[m.phase]
        else:
            continue
        when = tr(NOW) if m.day == projection.today else day_long(m.day)
        lines.append(tr(MILESTONE).format(what=what, day=when))
    return lines


def race_text(outlook: RaceOutlook, distance: str | None) -> str:
    """The reply to /race: the race, the projected dates, the verdict and the decision date."""
    days = outlook.days_to_race
    projection = outlook.projection
    lines = [
        ngettext(
            "Your race: {what} on {day}, in {days} day.",
            "Your race: {what} on {day}, in {days} days.",
            days,
        ).format(what=distance or tr(RACE_A_RACE), day=day_long(outlook.race_day), days=days)
    ]
    verdict = outlook.verdict
    if verdict in (Verdict.ON_TRACK, Verdict.RUN_WALK, Verdict.TOO_SOON):
        lines += [tr(EARLIEST), *_milestones(projection, projection.continuous_stage)]
    continuous, ladder = projection.continuous, projection.reached(Phase.RETURN)
    lines.append(
        tr(VERDICTS)[verdict].format(
            continuous=day_long(continuous) if continuous else tr(NOT_WITHIN),
            ladder=day_long(ladder) if ladder else tr(NOT_WITHIN),
        )
    )
    if verdict in (Verdict.ON_TRACK, Verdict.RUN_WALK, Verdict.TOO_SOON):
        lines += [tr(DECISION).format(day=day_long(outlook.decision_day)), tr(RUN_WALK_OFFER)]
        lines.append(tr(NEVER_FASTER))
    return "\n".join(lines)


def countdown_line(outlook: RaceOutlook, distance: str | None) -> str:
    """One line for /plan and the weekly summary."""
    days = outlook.days_to_race
    what = distance or tr(RACE_A_RACE)
    if days == 0:
        return tr(COUNTDOWN_TODAY).format(what=what)
    return ngettext(
        "Race: {what} in {days} day ({day}) · decision date {decision} · {verdict}",
        "Race: {what} in {days} days ({day}) · decision date {decision} · {verdict}",
        days,
    ).format(
        what=what,
        days=days,
        day=day_short(outlook.race_day),
        decision=day_short(outlook.decision_day),
        verdict=tr(COUNTDOWN_VERDICT)[outlook.verdict],
    )


install(__name__)
