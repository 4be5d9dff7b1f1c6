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
from bot.texts.common import day_label, stage_text
from bot.texts.catalog import N_, install, tr

PHASE_WORDS = {
    Phase.CALM: N_("the calm phase"),
    Phase.BUILD: N_("the build phase"),
    Phase.RETURN: N_("the return phase"),
    Phase.MAINTAIN: N_("the maintain phase"),
}

SHORT_DAY = "%a %d %b"


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
        return (
            f"no running for {t.REST_DAYS_AFTER_REST} days after the rest of "
            f"{block.since:{SHORT_DAY}}, so not before {block.first_day:{SHORT_DAY}}"
        )
    if block.wait is RestWait.NO_MORNING:
        return (
            "I have no morning check since the rest, and running comes back only once your "
            f"morning pain is {block.settled_max}/10 or less (within "
            f"{t.REST_SETTLED_MARGIN} point of your baseline of {block.baseline}/10)"
        )
    return (
        f"your last morning pain was {block.morning_pain}/10, and running comes back only "
        f"once it is {block.settled_max}/10 or less (within {t.REST_SETTLED_MARGIN} point "
        f"of your baseline of {block.baseline}/10)"
    )


def _rest(r: Reason, *, refer: bool) -> str:
    """R2 and R3: a rest, or a referral on the second rest within the window."""
    if r.why is Why.PAIN_STOPPED:
        why = "Pain made you stop the run."
    else:
        why = f"Pain during the run was {r.pain}/10, at or above {t.RUN_HIGH_MIN}."
    if refer:
        return (
            f"{why} This is the second rest within {t.REPEAT_REST_WINDOW_DAYS} days, so please "
            "see a physio or sports doctor before running again."
        )
    baseline = r.baseline or 0
    then = f" Your next run is at stage {r.next_stage}." if r.next_stage is not None else ""
    return (
        f"{why} No running for {t.REST_DAYS_AFTER_REST} days, and not until your morning pain is "
        f"back to {baseline + t.REST_SETTLED_MARGIN}/10 or less (within "
        f"{t.REST_SETTLED_MARGIN} point of your baseline of {baseline}/10).{then}"
    )


def _morning_rose(r: Reason, *, rest: bool) -> str:
    """R4: progress revised to hold, or hold to rest."""
    why = (
        f"The morning after, pain was {r.pain}/10, {r.count} points above your baseline of "
        f"{r.baseline}/10"
    )
    if not rest:
        again = f"repeat stage {r.stage}" if r.stage is not None else "take a rest day"
        return f"{why}: the run no longer counts; {again}."
    lower = f"; the next run is at stage {r.next_stage}" if r.next_stage is not None else ""
    return (
        f"{why} after a run that did not count: no running for {t.REST_DAYS_AFTER_REST} "
        f"days and until your morning pain is back within {t.REST_SETTLED_MARGIN} point of "
        f"{r.baseline}/10{lower}."
    )


def _amber_head(r: Reason) -> str:
    return (
        f"Pain during the run was {r.pain}/10 (amber, {t.RUN_GREEN_MAX + 1}-"
        f"{t.RUN_AMBER_MAX}/10), so it does not count."
    )


def _amber(r: Reason) -> str:
    if r.stage is None:
        return f"{_amber_head(r)} Take a rest day from running."
    return (
        f"{_amber_head(r)} Take a rest day, then repeat stage {r.stage}; its green runs start "
        "again from zero."
    )


def _amber_step_down(r: Reason) -> str:
    return (
        f"{_amber_head(r)} That is {t.AMBERS_TO_STEP_DOWN} amber runs in a row, so the ladder "
        f"steps down to stage {r.next_stage}. Take a rest day first."
    )


def _prescribed(r: Reason) -> str:
    what = stage_text(r.stage_detail) if r.stage_detail else ""
    return f"Stage {r.stage} is {what}, {r.stage_minutes} minutes in all, every other day"


def _ran_again(r: Reason) -> str:
    why = "You also ran yesterday" if r.count == 1 else "You already ran today"
    return f"{why}, so this run does not count. {_prescribed(r)}: rest tomorrow."


def _ran_too_long(r: Reason) -> str:
    return (
        f"You ran {r.minutes} minutes, more than {t.OVERLOAD_MINUTES_PCT}% of the stage, so this "
        f"run does not count. {_prescribed(r)}."
    )


def _weeks_over(r: Reason) -> str:
    return (
        f"Your weekly running minutes grew by more than {t.MAINTAIN_WEEKLY_GROWTH_PCT}% for "
        f"{r.count} weeks in a row: this run does not count. Keep next week at or "
        "below this week's minutes."
    )


def _green_head(r: Reason) -> str:
    word = "pain-free" if r.pain == 0 else "low"
    return f"Pain during the run was {r.pain}/10, {word} (green, {t.RUN_GREEN_MAX} or less)"


def _green_not_counted(r: Reason) -> str:
    if r.phase is None:
        note = "this programme has no running"
    else:
        note = f"running is not part of {tr(PHASE_WORDS)[r.phase]} yet"
    return f"{_green_head(r)}, but it does not count toward anything: {note}."


def _green_free(r: Reason) -> str:
    return (
        f"{_green_head(r)}: keep going, and let your weekly minutes grow by at most "
        f"{t.MAINTAIN_WEEKLY_GROWTH_PCT}%."
    )


def _green_counted(r: Reason) -> str:
    return _uncounted(r) + (
        f"{_green_head(r)}: {r.count} of {t.GREEN_RUNS_TO_ADVANCE} green runs in a row at stage "
        f"{r.stage}, once tomorrow's morning check is in (/morning). Rest tomorrow; repeat "
        f"stage {r.stage} the day after."
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
    return (
        f"{_green_head(r)}: the top stage done {t.GREEN_RUNS_TO_ADVANCE} times in a row. If "
        "tomorrow morning is settled, the maintain phase (free running) begins."
    )


def _green_stage_done(r: Reason) -> str:
    return _uncounted(r) + (
        f"{_green_head(r)}: {t.GREEN_RUNS_TO_ADVANCE} green runs in a row at stage {r.stage}. If "
        f"tomorrow morning is settled, your next run, after a rest day, is at stage "
        f"{r.next_stage}."
    )


_WORDING: dict[Why, Callable[[Reason], str]] = {
    Why.RED_FLAG: lambda r: (
        f"A red flag is open ({r.flag}), so running and progression stop until a "
        "clinician has seen you."
    ),
    Why.REST_NOT_OVER: lambda r: (
        f"Your rest period is not over: {rest_block_text(r.rest) if r.rest else ''}. "
        "This run does not count."
    ),
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
    Why.NOT_SETTLED: lambda r: (
        f"After {t.STALLED_UNRESOLVED_DAYS // 7} weeks your knee has not settled; a physio or "
        "sports doctor can look for what is keeping it going."
    ),
    Why.RUNS_STILL_HURT: lambda r: (
        f"Every run of the last {WEEKS_STALLED} weeks hurt at {t.RUN_GREEN_MAX + 1}/10 or "
        "more; a physio or sports doctor can check what is holding your knee back."
    ),
    Why.NOT_IMPROVING: lambda r: (
        f"Neither your morning pain nor your pain during runs has improved in {WEEKS_STALLED} "
        "weeks; a physio or sports doctor can check what else is going on."
    ),
}
"""One wording per reason; R2, R3 and R4 depend on the decision too (``reason_text``)."""


RULE_KEY = {
    "R1": (
        N_("a red flag is open (confirmed, or detected and not retracted): see a clinician; "
        "running and progression stop.")
    ),
    "R2": (
        f"pain made the runner stop: rest, no running for {t.REST_DAYS_AFTER_REST} days and until "
        f"morning pain is within {t.REST_SETTLED_MARGIN} point of baseline, next run one stage "
        f"lower; a second rest within {t.REPEAT_REST_WINDOW_DAYS} days, at any stage: see a "
        "clinician."
    ),
    "R3": (f"pain during the run {t.RUN_HIGH_MIN}/10 or more: rest, as R2."),
    "R8": (N_("a run inside a rest period: hold, it does not count.")),
    "R5": (
        f"pain during {t.RUN_GREEN_MAX + 1}-{t.RUN_AMBER_MAX}/10: hold, a rest day, repeat the "
        f"stage with its green count reset; the {t.AMBERS_TO_STEP_DOWN}rd amber in a row steps "
        f"the ladder down one stage, at stage 1 back to build for {t.AMBERS_BACK_TO_BUILD_DAYS} "
        f"days (a second time within {t.BACK_TO_BUILD_REFER_DAYS} days: see a clinician)."
    ),
    "R9": (
        "a run the day after a run, or minutes over "
        f"{t.OVERLOAD_MINUTES_PCT}% of the stage's total (return phase); in maintain, "
        f"{t.MAINTAIN_WEEKS_OVER_TO_HOLD} weeks in a row over +{t.MAINTAIN_WEEKLY_GROWTH_PCT}%: "
        "hold, it does not count."
    ),
    "R6": (
        f"pain during {t.RUN_GREEN_MAX}/10 or less: progress where a ladder stage or free running "
        f"applies ({t.GREEN_RUNS_TO_ADVANCE} in a row, each with its morning check, at most "
        f"{t.GREENS_MAX_DAYS_APART} days apart, move up one stage), hold in a phase "
        "without running."
    ),
    "R4": (
        f"next-morning pain {t.MORNING_RISE_MIN}+ points above the baseline (the lowest morning "
        f"pain of the {t.BASELINE_WINDOW_DAYS} days before the run): progress is revised to "
        "hold, hold to rest."
    ),
    "R7": (
        "no improvement in morning or run pain over a rolling "
        f"{t.STALLED_NO_IMPROVEMENT_DAYS // 7} weeks, or not settled after "
        f"{t.STALLED_UNRESOLVED_DAYS // 7}: see a clinician; again "
        f"{t.R7_REARM_DAYS} days after a clearance."
    ),
}
"""Each rule in one line, for a clinician reading the report; keyed by the rule table's ids."""


install(__name__)
