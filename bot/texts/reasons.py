"""Why the coach decided: the reason of each rule (R1-R9), the rest period, and the rule key.

The rules (``bot.coach.rules``, ``bot.coach.stalled``) return a rule id and the facts of their
reason (``Reason``); this module words them. A judgement read back from storage carries the
sentence recorded when it was made, returned as it was.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from bot.coach import thresholds as t
from bot.coach.records import Decision, Judgement, Phase, Reason, RestBlock, RestWait, Why
from bot.coach.stalled import WEEKS_STALLED
from bot.texts import ladder
from bot.texts.catalog import N_, Fmt, _, install, tr
from bot.texts.common import day_label, short_day, stage_text

PHASE_WORDS = {
    Phase.CALM: N_("the calm phase"),
    Phase.BUILD: N_("the build phase"),
    Phase.RETURN: N_("the return phase"),
    Phase.MAINTAIN: N_("the maintain phase"),
}


def worded(judgement: Judgement) -> Judgement:
    """The judgement with its reason as the sentence the runner reads: how it is stored."""
    return replace(judgement, reason=reason_text(judgement))


def reason_text(judgement: Judgement) -> str:
    """The judgement's reason in one or two sentences, as the runner reads and the store keeps."""
    reason = judgement.reason
    if isinstance(reason, str):
        return reason
    if reason.why in (Why.PAIN_STOPPED, Why.PAIN_HIGH):
        return _rest(reason, refer=judgement.decision is Decision.REFER)
    if reason.why is Why.MORNING_ROSE:
        return _morning_rose(reason, rest=judgement.decision is Decision.REST)
    return _WORDING[reason.why](reason)


def rest_block_text(block: RestBlock) -> str:
    """Why a run is still inside the rest period, as a clause (no capital, no full stop)."""
    if block.wait is RestWait.DAYS_OFF:
        return _(
            "no running for {days} days after the rest of {since}, so not before {first}"
        ).format(
            days=t.REST_DAYS_AFTER_REST,
            since=short_day(block.since),
            first=short_day(block.first_day),
        )
    if block.wait is RestWait.NO_MORNING:
        return _(
            "I have no morning check since the rest, and running comes back only once your "
            "morning pain is {settled_max}/10 or less (within {margin} point of your baseline of "
            "{baseline}/10)"
        ).format(
            settled_max=block.settled_max, margin=t.REST_SETTLED_MARGIN, baseline=block.baseline
        )
    return _(
        "your last morning pain was {morning_pain}/10, and running comes back only once it "
        "is {settled_max}/10 or less (within {margin} point of your baseline of "
        "{baseline}/10)"
    ).format(
        morning_pain=block.morning_pain,
        settled_max=block.settled_max,
        margin=t.REST_SETTLED_MARGIN,
        baseline=block.baseline,
    )


def _rest(r: Reason, *, refer: bool) -> str:
    """R2 and R3: a rest, or a referral on the second rest within the window."""
    if r.why is Why.PAIN_STOPPED:
        why = _("Pain made you stop the run.")
    else:
        why = _("Pain during the run was {pain}/10, at or above {high_min}.").format(
            pain=r.pain, high_min=t.RUN_HIGH_MIN
        )
    if refer:
        return _(
            "{why} This is the second rest within {window} days, so please see a physio or "
            "sports doctor before running again."
        ).format(why=why, window=t.REPEAT_REST_WINDOW_DAYS)
    baseline = r.baseline or 0
    then = (
        _(" Your next run is at stage {next_stage}.").format(next_stage=r.next_stage)
        if r.next_stage is not None
        else ""
    )
    return _(
        "{why} No running for {rest_days} days, and not until your morning pain is back to "
        "{settled_max}/10 or less (within {margin} point of your baseline of "
        "{baseline}/10).{then}"
    ).format(
        why=why,
        rest_days=t.REST_DAYS_AFTER_REST,
        settled_max=baseline + t.REST_SETTLED_MARGIN,
        margin=t.REST_SETTLED_MARGIN,
        baseline=baseline,
        then=then,
    )


def _morning_rose(r: Reason, *, rest: bool) -> str:
    """R4: progress revised to hold, or hold to rest."""
    why = _(
        "The morning after, pain was {pain}/10, {count} points above your baseline of {baseline}/10"
    ).format(pain=r.pain, count=r.count, baseline=r.baseline)
    if not rest:
        again = (
            _("repeat stage {stage}").format(stage=r.stage)
            if r.stage is not None
            else _("take a rest day")
        )
        return _("{why}: the run no longer counts; {again}.").format(why=why, again=again)
    lower = (
        _("; the next run is at stage {next_stage}").format(next_stage=r.next_stage)
        if r.next_stage is not None
        else ""
    )
    return _(
        "{why} after a run that did not count: no running for {rest_days} days and until "
        "your morning pain is back within {margin} point of {baseline}/10{lower}."
    ).format(
        why=why,
        rest_days=t.REST_DAYS_AFTER_REST,
        margin=t.REST_SETTLED_MARGIN,
        baseline=r.baseline,
        lower=lower,
    )


def _amber_head(r: Reason) -> str:
    return _(
        "Pain during the run was {pain}/10 (amber, {amber_min}-{amber_max}/10), so it does "
        "not count."
    ).format(pain=r.pain, amber_min=t.RUN_GREEN_MAX + 1, amber_max=t.RUN_AMBER_MAX)


def _amber(r: Reason) -> str:
    if r.stage is None:
        return _("{amber} Take a rest day from running.").format(amber=_amber_head(r))
    return _(
        "{amber} Take a rest day, then repeat stage {stage}; its green runs start again from zero."
    ).format(amber=_amber_head(r), stage=r.stage)


def _amber_step_down(r: Reason) -> str:
    return _(
        "{amber} That is {ambers} amber runs in a row, so the ladder steps down to stage "
        "{next_stage}. Take a rest day first."
    ).format(amber=_amber_head(r), ambers=t.AMBERS_TO_STEP_DOWN, next_stage=r.next_stage)


def _prescribed(r: Reason) -> str:
    what = stage_text(r.stage_detail) if r.stage_detail else ""
    return _("Stage {stage} is {what}, {stage_minutes} minutes in all, every other day").format(
        stage=r.stage, what=what, stage_minutes=r.stage_minutes
    )


def _ran_again(r: Reason) -> str:
    why = _("You also ran yesterday") if r.count == 1 else _("You already ran today")
    return _("{why}, so this run does not count. {prescribed}: rest tomorrow.").format(
        why=why, prescribed=_prescribed(r)
    )


def _ran_too_long(r: Reason) -> str:
    return _(
        "You ran {minutes} minutes, more than {pct}% of the stage, so this run does not "
        "count. {prescribed}."
    ).format(minutes=r.minutes, pct=t.OVERLOAD_MINUTES_PCT, prescribed=_prescribed(r))


def _weeks_over(r: Reason) -> str:
    return _(
        "Your weekly running minutes grew by more than {growth}% for {count} weeks in a row: "
        "this run does not count. Keep next week at or below this week's minutes."
    ).format(growth=t.MAINTAIN_WEEKLY_GROWTH_PCT, count=r.count)


def _green_head(r: Reason) -> str:
    word = _("pain-free") if r.pain == 0 else _("low")
    return _("Pain during the run was {pain}/10, {word} (green, {run_green_max} or less)").format(
        pain=r.pain, word=word, run_green_max=t.RUN_GREEN_MAX
    )


def _green_not_counted(r: Reason) -> str:
    if r.phase is None:
        note = _("this programme has no running")
    else:
        note = _("running is not part of {phase} yet").format(phase=tr(PHASE_WORDS)[r.phase])
    return _("{green}, but it does not count toward anything: {note}.").format(
        green=_green_head(r), note=note
    )


def _green_free(r: Reason) -> str:
    return _("{green}: keep going, and let your weekly minutes grow by at most {growth}%.").format(
        green=_green_head(r), growth=t.MAINTAIN_WEEKLY_GROWTH_PCT
    )


def _green_counted(r: Reason) -> str:
    return _uncounted(r) + (
        _(
            "{green}: {count} of {need} green runs in a row at stage {stage}, once tomorrow's "
            "morning check is in (/morning). Rest tomorrow; repeat stage {stage} the day after."
        ).format(green=_green_head(r), count=r.count, need=t.GREEN_RUNS_TO_ADVANCE, stage=r.stage)
    )


def _uncounted(r: Reason) -> str:
    if r.uncounted is None:
        return ""
    return ladder.UNCOUNTED_RUN.format(day=day_label(r.uncounted)) + " "


def _amber_back_to_build(r: Reason) -> str:
    day = day_label(r.day) if r.day else ""
    return f"{_amber_head(r)} " + ladder.AMBER_BACK_TO_BUILD.format(
        n=t.AMBERS_TO_STEP_DOWN, days=t.AMBERS_BACK_TO_BUILD_DAYS, day=day
    )


def _amber_refer(r: Reason) -> str:
    return f"{_amber_head(r)} " + ladder.AMBER_REFER.format(
        n=t.AMBERS_TO_STEP_DOWN, days=t.BACK_TO_BUILD_REFER_DAYS
    )


def _green_top_stage(r: Reason) -> str:
    return _(
        "{green}: the top stage done {need} times in a row. If tomorrow morning is settled, "
        "the maintain phase (free running) begins."
    ).format(green=_green_head(r), need=t.GREEN_RUNS_TO_ADVANCE)


def _green_stage_done(r: Reason) -> str:
    return _uncounted(r) + (
        _(
            "{green}: {need} green runs in a row at stage {stage}. If tomorrow morning is "
            "settled, your next run, after a rest day, is at stage {next_stage}."
        ).format(
            green=_green_head(r),
            need=t.GREEN_RUNS_TO_ADVANCE,
            stage=r.stage,
            next_stage=r.next_stage,
        )
    )


_WORDING: dict[Why, Callable[[Reason], str]] = {
    Why.RED_FLAG: lambda r: _(
        "A red flag is open ({flag}), so running and progression stop until a clinician has "
        "seen you."
    ).format(flag=r.flag),
    Why.REST_NOT_OVER: lambda r: _(
        "Your rest period is not over: {rest}. This run does not count."
    ).format(rest=rest_block_text(r.rest) if r.rest else ""),
    Why.AMBER: _amber,
    Why.AMBER_STEP_DOWN: _amber_step_down,
    Why.AMBER_BACK_TO_BUILD: _amber_back_to_build,
    Why.AMBER_REFER: _amber_refer,
    Why.RAN_AGAIN: _ran_again,
    Why.RAN_TOO_LONG: _ran_too_long,
    Why.WEEKS_OVER: _weeks_over,
    Why.GREEN_NOT_COUNTED: _green_not_counted,
    Why.GREEN_FREE: _green_free,
    Why.GREEN_COUNTED: _green_counted,
    Why.GREEN_TOP_STAGE: _green_top_stage,
    Why.GREEN_STAGE_DONE: _green_stage_done,
    Why.NOT_SETTLED: lambda r: _(
        "After {weeks} weeks your knee has not settled; a physio or sports doctor can look "
        "for what is keeping it going."
    ).format(weeks=t.STALLED_UNRESOLVED_DAYS // 7),
    Why.RUNS_STILL_HURT: lambda r: _(
        "Every run of the last {weeks} weeks hurt at {amber_min}/10 or more; a physio or "
        "sports doctor can check what is holding your knee back."
    ).format(weeks=WEEKS_STALLED, amber_min=t.RUN_GREEN_MAX + 1),
    Why.NOT_IMPROVING: lambda r: _(
        "Neither your morning pain nor your pain during runs has improved in {weeks} weeks; "
        "a physio or sports doctor can check what else is going on."
    ).format(weeks=WEEKS_STALLED),
}
"""One wording per reason; R2, R3 and R4 depend on the decision too (``reason_text``)."""


RULE_KEY = {
    "R1": (
        N_(
            "a red flag is open (confirmed, or detected and not retracted): see a clinician; "
            "running and progression stop."
        )
    ),
    "R2": (
        Fmt(
            N_(
                "pain made the runner stop: rest, no running for {rest_days} days and until "
                "morning "
                "pain is within {margin} point of baseline, next run one stage lower; a second "
                "rest "
                "within {window} days, at any stage: see a clinician."
            ),
            rest_days=t.REST_DAYS_AFTER_REST,
            margin=t.REST_SETTLED_MARGIN,
            window=t.REPEAT_REST_WINDOW_DAYS,
        )
    ),
    "R3": (
        Fmt(N_("pain during the run {high_min}/10 or more: rest, as R2."), high_min=t.RUN_HIGH_MIN)
    ),
    "R8": (N_("a run inside a rest period: hold, it does not count.")),
    "R5": (
        Fmt(
            N_(
                "pain during {amber_min}-{amber_max}/10: hold, a rest day, repeat the stage with "
                "its "
                "green count reset; the {ambers}rd amber in a row steps the ladder down one stage, "
                "at stage 1 back to build for {build_days} days (a second time within {refer_days} "
                "days: see a clinician)."
            ),
            amber_min=t.RUN_GREEN_MAX + 1,
            amber_max=t.RUN_AMBER_MAX,
            ambers=t.AMBERS_TO_STEP_DOWN,
            build_days=t.AMBERS_BACK_TO_BUILD_DAYS,
            refer_days=t.BACK_TO_BUILD_REFER_DAYS,
        )
    ),
    "R9": (
        Fmt(
            N_(
                "a run the day after a run, or minutes over {pct}% of the stage's total (return "
                "phase); in maintain, {weeks_over} weeks in a row over +{growth}%: hold, it does "
                "not "
                "count."
            ),
            pct=t.OVERLOAD_MINUTES_PCT,
            weeks_over=t.MAINTAIN_WEEKS_OVER_TO_HOLD,
            growth=t.MAINTAIN_WEEKLY_GROWTH_PCT,
        )
    ),
    "R6": (
        Fmt(
            N_(
                "pain during {run_green_max}/10 or less: progress where a ladder stage or free "
                "running applies ({need} in a row, each with its morning check, at most "
                "{days_apart} "
                "days apart, move up one stage), hold in a phase without running."
            ),
            run_green_max=t.RUN_GREEN_MAX,
            need=t.GREEN_RUNS_TO_ADVANCE,
            days_apart=t.GREENS_MAX_DAYS_APART,
        )
    ),
    "R4": (
        Fmt(
            N_(
                "next-morning pain {rise}+ points above the baseline (the lowest morning pain of "
                "the "
                "{window} days before the run): progress is revised to hold, hold to rest."
            ),
            rise=t.MORNING_RISE_MIN,
            window=t.BASELINE_WINDOW_DAYS,
        )
    ),
    "R7": (
        Fmt(
            N_(
                "no improvement in morning or run pain over a rolling {weeks} weeks, or not "
                "settled "
                "after {weeks2}: see a clinician; again {rearm_days} days after a clearance."
            ),
            weeks=t.STALLED_NO_IMPROVEMENT_DAYS // 7,
            weeks2=t.STALLED_UNRESOLVED_DAYS // 7,
            rearm_days=t.R7_REARM_DAYS,
        )
    ),
}
"""Each rule in one line, for a clinician reading the report; keyed by the rule table's ids."""


install(__name__)
