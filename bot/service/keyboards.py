"""Every set of buttons the coach shows, built in one place.

An action is text the service accepts as typed input: a command (``/done stretch``) or an
answer to the question numbered ``n`` (``ans 7 4``), which is accepted once and only while
that question is still the open one.
"""

from __future__ import annotations

from bot import texts
from bot.coach import thresholds as t
from bot.coach.plan import STRENGTH_ITEM, DayPlan
from bot.coach.protocol import Protocol, ProtocolLibrary
from bot.coach.redflags import RedFlagVocabulary
from bot.service.replies import Button
from bot.texts import language
from bot.texts.catalog import gettext

Rows = tuple[tuple[Button, ...], ...]


def answer(n: int, value: str) -> str:
    return f"ans {n} {value}"


def pain_keypad(n: int) -> Rows:
    scores = [Button(str(i), answer(n, str(i))) for i in range(t.PAIN_MIN, t.PAIN_MAX + 1)]
    return (tuple(scores[:6]), tuple(scores[6:]))


def yes_no(n: int, yes: str | None = None, no: str | None = None) -> Rows:
    """Yes and No (or the labels given), read in the runner's language when the keyboard is made."""
    yes, no = yes or texts.common.YES, no or texts.common.NO
    return ((Button(yes, answer(n, "yes")), Button(no, answer(n, "no"))),)


def screen(vocabulary: RedFlagVocabulary) -> Rows:
    rows = [(Button(flag.label, f"/screen {flag.id}"),) for flag in vocabulary.flags]
    return ((Button(texts.onboarding.SCREEN_NONE, "/screen none"),), *rows)


def flag_confirm(n: int) -> Rows:
    return (
        (
            Button(texts.common.YES, answer(n, "yes")),
            Button(texts.safety.FLAG_NOT_MEANT, answer(n, "no")),
        ),
    )


def flag_recheck(n: int) -> Rows:
    """Asked again when a reply to "Did I read that right?" is in doubt (CLINICAL.md §5 v3)."""
    return (
        (
            Button(texts.hearing.FLAG_HAVE_IT, answer(n, "yes")),
            Button(texts.safety.FLAG_NOT_MEANT, answer(n, "no")),
        ),
    )


def body_screen(n: int, vocabulary: RedFlagVocabulary) -> Rows:
    """The safety screen as answers to question ``n``, after body talk the coach cannot place."""
    rows = [(Button(flag.label, answer(n, flag.id)),) for flag in vocabulary.flags]
    return ((Button(texts.onboarding.SCREEN_NONE, answer(n, "none")),), *rows)


def cleared_by(n: int) -> Rows:
    return (tuple(Button(label, answer(n, who)) for who, label in texts.safety.CLINICIANS.items()),)


def cleared_when(n: int) -> Rows:
    return (
        (
            Button(texts.safety.TODAY, answer(n, "today")),
            Button(texts.safety.YESTERDAY, answer(n, "yesterday")),
        ),
    )


def protocols(library: ProtocolLibrary, current: str | None = None) -> Rows:
    return tuple(
        (
            Button(
                ("✓ " if p.id == current else "")
                + gettext(p.name)
                + (texts.onboarding.DEFAULT_MARK if p.default else ""),
                f"/protocol {p.id}",
            ),
        )
        for p in library
    )


def sides() -> Rows:
    return (
        tuple(Button(label, f"/side {side}") for side, label in texts.onboarding.SIDES.items()),
    )


def keep_timezone(zone: str) -> Rows:
    return ((Button(texts.onboarding.KEEP_ZONE.format(zone=zone), f"/timezone {zone}"),),)


def keep_times(times: str) -> Rows:
    return ((Button(texts.onboarding.KEEP_TIMES, f"/times {times.replace(',', ' ')}"),),)


def languages(current: str | None = None) -> Rows:
    """Each language by its own name, the runner's ticked: one tap chooses."""
    return (
        tuple(
            Button(("✓ " if code == current else "") + name, f"/language {code}")
            for code, name in language.NAMES.items()
        ),
    )


def no_race() -> Rows:
    """The onboarding's race question: a race is typed; this button skips it."""
    return ((Button(texts.race.NO_RACE_BUTTON, "/race skip"),),)


def _next_open(plan: DayPlan, done: set[str]) -> str:
    return next(item for item in plan.stretch_items if item not in done)


def today(plan: DayPlan, done: set[str]) -> Rows:
    row: list[Button] = []
    stretch_done = sum(1 for item in plan.stretch_items if item in done)
    if plan.stretch_sessions:
        if stretch_done < plan.stretch_sessions:
            row.append(
                Button(
                    texts.plan.DONE_STRETCH.format(n=stretch_done + 1, of=plan.stretch_sessions),
                    f"/done {_next_open(plan, done)} card",  # that session, on the card
                )
            )
        else:
            row.append(Button(texts.plan.ALL_STRETCHES_DONE, "/plan"))
    if plan.has_strength:
        if STRENGTH_ITEM in done:
            row.append(Button(texts.plan.STRENGTH_DONE_TICK, "/plan"))
        else:
            row.append(Button(texts.plan.DONE_STRENGTH, "/done strength card"))
    return (
        tuple(row),
        (Button(texts.plan.HOWTO_BUTTON, "/howto"), Button(texts.plan.RUN_BUTTON, "/run")),
    )


def howto(protocol: Protocol) -> Rows:
    return tuple((Button(gettext(e.name), f"/howto {e.id}"),) for e in protocol.exercises)


def confirm_delete(n: int) -> Rows:
    return yes_no(n, texts.account.DELETE_YES, texts.account.DELETE_NO)


def reminder(item: str, *, can_mark_done: bool = True) -> Rows:
    """A reminder's buttons: Done, Snooze (15 min, 1 h, this evening), Skip today. ``item`` is
    ``stretch-<n>`` or ``strength``; the sender's own reminder is meant, never another's."""
    snooze = (
        Button(texts.reminders.REMINDER_SNOOZE_15, f"/snooze {item} 15"),
        Button(texts.reminders.REMINDER_SNOOZE_60, f"/snooze {item} 60"),
        Button(texts.reminders.REMINDER_SNOOZE_EVENING, f"/snooze {item} evening"),
    )
    done = (Button(texts.reminders.REMINDER_DONE, f"/done {item}"),) if can_mark_done else ()
    return (
        *((done,) if done else ()),
        snooze,
        (Button(texts.reminders.REMINDER_SKIP, f"/skip {item}"),),
    )


def start_clearance() -> Rows:
    """One tap that starts /cleared (a runner says their clinician has seen them)."""
    return ((Button(texts.answers.CLEARED_BUTTON, "/cleared"),),)
