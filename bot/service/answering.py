"""Questions a runner asks, answered (CLINICAL.md §7): from ``protocols/answers.yaml``, or
computed from where the runner stands (when running comes back, a race day, tomorrow's plan,
the last decision, a clinician's word) by the domain, worded by ``bot.texts.answers``.

Routing tries a question after reports and requests and after the red-flag hearing: flags
always come first. An answer about the body (pain in another place) is also handed to the
safety hearing's note for body talk, so whatever that does (hold, safety screen) still happens.
"""

from __future__ import annotations

import re
from collections.abc import Awaitable, Callable
from datetime import timedelta

from rapidfuzz import fuzz

from bot import texts
from bot.coach.answers import Answer, Compute
from bot.coach.outlook import RunOutlook, Waiting, run_outlook
from bot.coach.plan import DayPlan, Running, today_plan
from bot.coach.protocol import Exercise
from bot.coach.race import outlook as race_outlook
from bot.coach.race import project
from bot.service import keyboards, misses, referrals, unplaced
from bot.service import natural_words as w
from bot.service.context import Context
from bot.service.days_ahead import day_ahead
from bot.service.replies import Reply
from bot.texts import language

# rapidfuzz partial token-set ratio (0-100) a message must reach against an exercise's name.
EXERCISE_MATCH_MIN = 80
# Words of a how-to question that name no exercise.
_NOT_AN_EXERCISE = re.compile(
    r"\b(how|do|does|you|i|the|a|an|to|is|it|done|show|me|what|whats|what's|proper|properly|"
    r"form|technique|correctly|right|way|exercise|exercises|please|can|my|of|work|works|"
    r"doing|should|go|about|"
    r"como|hago|hace|hacer|hacerlo|se|el|la|los|las|un|una|de|del|al|lo|ejercicio|ejercicios|"
    r"bien|correctamente|forma|tecnica|muestrame|ensename|explicame|mi|por|favor)\b"
)

Compute_ = Callable[[Context, Answer, str], Awaitable[list[Reply]]]


async def answer(
    ctx: Context, text: str, *, only_body: bool = False, only_questions: bool = False
) -> list[Reply]:
    """The answer to ``text`` when it asks a question the coach knows; [] otherwise.
    ``only_body``: a report the coach would ask back about ("ran 5k and stretched") is
    answered only by an answer about the body ("pain on the inside of my knee").
    ``only_questions``: while the coach waits for an answer of its own ("next week" for a
    day), only words put as a question are answered."""
    if only_questions and not ctx.answers.is_question(text):
        return []
    found = ctx.answers.match(text)
    if found is None or (only_body and not found.body):
        return []
    return await reply_to(ctx, found, text)


async def ask(ctx: Context, args: str) -> list[Reply]:
    """``/ask <answer id>`` (a button of the nearest questions) or ``/ask <question>``."""
    wanted = args.strip()
    found = ctx.answers.get(wanted.lower()) or ctx.answers.match(wanted)
    if found is None:
        return [misses.not_understood(wanted, ctx.answers)]
    return await reply_to(ctx, found, wanted)


async def reply_to(ctx: Context, found: Answer, text: str) -> list[Reply]:
    """The answer in the runner's language, whichever language the question was asked in."""
    found = ctx.answers.translated(found, language.current())
    if found.compute is None:
        replies = [Reply(_sourced(found.text, found))]
    else:
        replies = await COMPUTED[found.compute](ctx, found, text)
    if found.body:
        placed = await unplaced.place(ctx, text)
        if placed and ctx.pending() is not None:
            return placed  # the hold's own words say it, with the screen: not twice
        replies += placed or [Reply(referrals.signs_note(ctx))]
    return replies


def _sourced(text: str, found: Answer) -> str:
    return f"{text}\n{texts.answers.SOURCE.format(source=found.source)}"


async def _outlook(ctx: Context) -> RunOutlook:
    history = await ctx.history()
    today = await ctx.state(history)
    after = await ctx.state(history, ctx.today + timedelta(days=1))
    return run_outlook(ctx.protocol, today, after)


async def _when_run_text(ctx: Context) -> str:
    outlook = await _outlook(ctx)
    running = texts.plan.running_text(await ctx.plan())
    projection = None
    if outlook.waiting in (Waiting.CALM, Waiting.BUILD, Waiting.WEEKS):
        history = await ctx.full_history()
        projection = project(ctx.protocol, ctx.settings.start_date, history, ctx.today)
    ladder = ctx.protocol.running.ladder
    stage = ladder[outlook.stage - 1] if outlook.stage and outlook.stage <= len(ladder) else None
    return texts.answers.when_run_text(outlook, running, projection, stage)


async def _when_run(ctx: Context, found: Answer, _text: str) -> list[Reply]:
    return [Reply(_sourced(f"{found.text} {await _when_run_text(ctx)}", found))]


async def _race_day(ctx: Context, found: Answer, text: str) -> list[Reply]:
    """A day named in the question, else the runner's race (/race), else ask for the day."""
    day = day_ahead(text, ctx.today) or ctx.settings.race_day
    if day is None:
        now = await _when_run_text(ctx)
        return [Reply(_sourced(f"{now} {found.text}\n{texts.answers.RACE_NO_DAY}", found))]
    history = await ctx.full_history()
    judged = race_outlook(ctx.protocol, ctx.settings.start_date, history, ctx.today, day)
    return [Reply(_sourced(f"{texts.answers.race_day_text(judged)} {found.text}", found))]


async def _tomorrow(ctx: Context, found: Answer, _text: str) -> list[Reply]:
    tomorrow = ctx.today + timedelta(days=1)
    plan = today_plan(ctx.protocol, await ctx.state(day=tomorrow))
    strength = (
        texts.answers.TOMORROW_STRENGTH.format(level=plan.strength_level + 1)
        if plan.has_strength
        else texts.answers.TOMORROW_NO_STRENGTH
    )
    line = texts.answers.TOMORROW_LINE.format(
        day=texts.common.day_label(tomorrow),
        stretches=texts.answers.TOMORROW_STRETCHES.format(n=plan.stretch_sessions),
        strength=strength,
        running=_running_tomorrow(plan),
    )
    return [Reply(_sourced(f"{found.text}\n{line}", found))]


def _running_tomorrow(plan: DayPlan) -> str:
    """The plan's running line, with a rest day said of tomorrow, not of "today"."""
    if plan.running is Running.REST_DAY and plan.rest_reason is None:
        return texts.answers.TOMORROW_REST_DAY
    return texts.plan.running_text(plan)


async def _howto(ctx: Context, found: Answer, text: str) -> list[Reply]:
    exercise = _exercise_named(ctx, text)
    if exercise is None:
        return [Reply(texts.answers.HOWTO_WHICH, keyboards.howto(ctx.protocol))]
    level = (await ctx.state()).strength_level
    return [Reply(texts.plan.howto_text(exercise, level, ctx.settings.side))]


def _exercise_named(ctx: Context, text: str) -> Exercise | None:
    """The exercise ``text`` names: the runner's programme first, then any other."""
    wanted = " ".join(_NOT_AN_EXERCISE.sub(" ", w.normalise(text).replace("-", " ")).split())
    if not wanted:
        return None
    mine = {e.id for e in ctx.protocol.exercises}
    others = list(
        {e.id: e for p in ctx.protocols for e in p.exercises if e.id not in mine}.values()
    )
    for exercises in (list(ctx.protocol.exercises), others):
        names = [_names(e) for e in exercises]
        # Any shared word scores 100 by the partial token-set ratio; the token-set ratio and
        # WRatio break the ties.
        scores = sorted(
            (
                (
                    fuzz.partial_token_set_ratio(wanted, n),
                    fuzz.token_set_ratio(wanted, n),
                    fuzz.WRatio(wanted, n),
                    i,
                )
                for i, n in enumerate(names)
            ),
            reverse=True,
        )
        best = scores[0] if scores and scores[0][0] >= EXERCISE_MATCH_MIN else None
        if best is not None and (len(scores) == 1 or scores[1][:3] < best[:3]):
            return exercises[best[3]]
        if best is not None:
            return None  # two exercises fit as well ("the stretch"): the runner picks
    return None  # two exercises fit as well ("the stretch"): the runner picks
    return None


def _names(exercise: Exercise) -> str:
    """An exercise's id and names, English and the runner's language's, as matched."""
    name = f"{exercise.name} {texts.catalog.gettext(exercise.name)} {exercise.id}"
    return w.normalise(name).replace("-", " ")


async def _clinician_says_fine(ctx: Context, found: Answer, _text: str) -> list[Reply]:
    open_rows = await ctx.uow.open_referrals(ctx.user.id)
    if not open_rows:
        return [Reply(_sourced(f"{found.text} {texts.answers.CLINICIAN_NOTHING_OPEN}", found))]
    state = await ctx.state()
    standing = state.referral.reason if state.referral else ""
    reason = "; ".join(dict.fromkeys(ctx.cause_label(r.cause, standing) for r in open_rows))
    text = f"{found.text} {texts.answers.CLINICIAN_FLAG_OPEN.format(reason=reason)}"
    return [Reply(_sourced(text, found), keyboards.start_clearance())]


async def _last_decision(ctx: Context, found: Answer, _text: str) -> list[Reply]:
    runs = (await ctx.history()).runs
    if not runs:
        return [Reply(texts.answers.NO_RUNS)]
    last = runs[-1]
    judgement = last.judgement
    line = texts.answers.LAST_DECISION.format(
        day=texts.common.day_label(last.day),
        pain=last.pain_during,
        decision=texts.common.DECISIONS[judgement.decision],
        rule=judgement.rule,
        why=texts.reasons.reason_text(judgement),
    )
    rule = ctx.answers.in_language(language.current()).get(f"rule-{judgement.rule.lower()}")
    meaning = f"\n{rule.text}" if rule else ""
    return [Reply(_sourced(f"{line}{meaning}", rule or found))]


COMPUTED: dict[Compute, Compute_] = {
    Compute.WHEN_RUN: _when_run,
    Compute.RACE_DAY: _race_day,
    Compute.TOMORROW: _tomorrow,
    Compute.HOWTO: _howto,
    Compute.CLINICIAN_SAYS_FINE: _clinician_says_fine,
    Compute.LAST_DECISION: _last_decision,
}
