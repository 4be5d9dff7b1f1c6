"""Every text the coach says, in one place. Plain text: channels escape and style it.

Templates use ``str.format`` fields; render functions build the longer messages.
"""

from __future__ import annotations

from datetime import date

from bot.coach import thresholds as t
from bot.coach.plan import STRENGTH_ITEM, DayPlan, Running, StrengthStatus, stretch_number
from bot.coach.progress import CoachState
from bot.coach.protocol import Exercise, Protocol, ProtocolLibrary, Sides
from bot.coach.records import Decision, History, Judgement, Phase
from bot.coach.runs import WeeklyMinutes

# --- small helpers --------------------------------------------------------------------------


def clip(value: str, limit: int = 40) -> str:
    """Echo a user's input back safely short."""
    value = " ".join(value.split())
    return value if len(value) <= limit else value[: limit - 1] + "…"


def day_label(day: date) -> str:
    return day.strftime("%a %d %b %Y")


def times_list(stored: str) -> str:
    return ", ".join(stored.split(","))


# --- onboarding -----------------------------------------------------------------------------

DISCLAIMER = (
    "ITB Coach is a coach, not a clinician: it does not diagnose and this is not medical "
    "advice. If you are unsure about your knee, or anything gets worse, see a physio or doctor."
)
WELCOME = (
    "Welcome to ITB Coach. I'll take you through a hip-strength rehab for IT band syndrome "
    "(pain on the outside of the knee): daily stretches, strength work that steps up as your "
    "knee allows, and a return to running governed by pain rules I'll always explain.\n\n"
    + DISCLAIMER
)
WELCOME_BACK = "Welcome back. Your plan carries on where you left it."
ASK_SCREEN = (
    "First, a safety check. Do any of these apply to your knee right now? If so, a clinician "
    "should see it before any rehab."
)
SCREEN_NONE = "None of these"
SCREEN_CLEAR = "Good, nothing there that needs a clinician first."
ASK_PROTOCOL = "Which programme? If unsure, take the default: {default}."
DEFAULT_MARK = " (default)"
UNKNOWN_PROTOCOL = "I don't know the programme “{value}”. Pick one of these:"
PROTOCOL_SET = "Programme: {name}. {summary}"
SIDES = {"left": "Left", "right": "Right", "both": "Both"}
ASK_SIDE = "Which knee hurts?"
BAD_SIDE = "Please choose left, right or both."
SIDE_SET = "Painful side: {side}."
ASK_TIMEZONE = (
    "Which time zone are you in? Reminders follow it. Send a name like Europe/London or a city "
    "like Berlin, or keep the one below."
)
KEEP_ZONE = "Keep {zone}"
TIMEZONE_NOW = "Your time zone is {zone}. Send a new one, e.g. Europe/London or a city like Berlin."
TIMEZONE_SET = "Time zone: {zone} (it is {local} there now)."
ASK_TIMES = (
    "Stretch reminders come at {times}, strength at {strength}. Keep these, or send three "
    "times like 07:30 12:30 21:00 (and /strengthtime HH:MM for strength)."
)
KEEP_TIMES = "Keep these times"
TIMES_NOW = (
    "Stretch reminders: {times}; strength: {strength}. To change them send {count} times like "
    "/times 07:30 12:30 21:00, or /strengthtime 18:30."
)
TIMES_SET = "Stretch reminders at {times}."
STRENGTH_TIME_NOW = "Strength reminder at {time}. Change it with /strengthtime HH:MM."
STRENGTH_TIME_SET = "Strength reminder at {time}."
ONBOARDED = "You're set. Here is today — /help lists everything I understand."

# --- the day --------------------------------------------------------------------------------

DONE_STRETCH = "Done: stretches {n}/{of}"
ALL_STRETCHES_DONE = "✓ Stretches"
DONE_STRENGTH = "Done: strength"
STRENGTH_DONE_TICK = "✓ Strength"
HOWTO_BUTTON = "How-to"
RUN_BUTTON = "Report a run"
STRETCH_MARKED = "✓ Stretch session {n} of {of} done."
ALL_STRETCHES_ALREADY = "All of today's stretch sessions are already done. Well done."
STRENGTH_MARKED = "✓ Strength session done."
STRENGTH_ALREADY = "Today's strength session is already marked done."
EXERCISE_MARKED = "✓ {name} done."
EXERCISE_ALREADY = "{name} is already marked done today."
BAD_DONE = (
    "I can mark “stretch”, “strength” or one exercise of your programme done, not “{value}”. "
    "For example: /done stretch"
)
HOWTO_PICK = "Which exercise?"
BAD_EXERCISE = "There is no exercise “{value}” in your programme. Pick one of these:"

SIDE_WORDS = {
    Sides.EACH: "each side",
    Sides.BOTH: "both legs together",
}

RUNNING_TEXT = {
    Running.NONE: "No running in this programme. {advice}",
    Running.CROSS_TRAIN: (
        "No running in the calm phase. Cross-train if it is painless (aqua jogging is closest "
        "to running)."
    ),
    Running.WALK: "No running yet in the build phase; walking is fine if it is painless.",
    Running.REST_DAY: "Rest day from running today.",
    Running.LADDER: "Walk-run stage {stage}: {detail}. Flat ground, no downhill.",
    Running.FREE: "Free running, easy effort. Grow your weekly volume by at most {growth}%.",
    Running.STOPPED: "No running until a clinician has cleared you.",
}

PHASE_NAMES = {
    Phase.CALM: "calm (settle the pain)",
    Phase.BUILD: "build (strength first)",
    Phase.RETURN: "return (walk-run ladder)",
    Phase.MAINTAIN: "maintain (free running)",
}

STRENGTH_STATUS = {
    StrengthStatus.NOT_TODAY: "Strength: not a strength day in this programme.",
    StrengthStatus.REST: "Strength: rest day after a painful session. Stretches go on.",
    StrengthStatus.STOPPED: "Strength: paused until a clinician has cleared you.",
}


def _side_text(exercise: Exercise, side: str) -> str:
    if exercise.sides is Sides.PAINFUL:
        return f"{side} side" if side in ("left", "right") else "each side"
    return SIDE_WORDS[exercise.sides]


def strength_status_line(plan: DayPlan) -> str:
    return STRENGTH_STATUS.get(plan.strength_status, "")


def plan_text(plan: DayPlan, done: set[str], side: str, *, paused_until: date | None) -> str:
    lines = [f"Today · {day_label(plan.day)} · week {plan.week}, day {plan.day_number}"]
    phase = f" · phase: {PHASE_NAMES[plan.phase]}" if plan.phase else ""
    lines.append(f"{plan.protocol.name}{phase}")
    if plan.referral_reason:
        lines.append(f"\n⚠ Referred to a clinician: {plan.referral_reason}")
    if paused_until:
        lines.append(f"Reminders paused until {day_label(paused_until)} (/resume).")
    if plan.morning_check_missing:
        lines.append("\n" + MORNING_CHECK_BY_NAME.format(days=plan_silent_days(plan)))
    if plan.return_offered:
        lines.append(RETURN_AFTER_WEEKS.format(weeks=plan.protocol.weeks))
    if plan.protocol_finished:
        lines.append("You have finished this programme. /protocol maintenance keeps you there.")
    if plan.stretch_sessions:
        ticks = "".join("✓" if item in done else "○" for item in plan.stretch_items)
        only = " (only if painless)" if plan.referral_reason else ""
        lines.append(f"\nStretches, {plan.stretch_sessions}x today {ticks}{only}")
        lines += [
            f"• {p.exercise.name}: {p.dose}, {_side_text(p.exercise, side)}" for p in plan.stretches
        ]
    if plan.has_strength:
        tick = " ✓" if STRENGTH_ITEM in done else ""
        lines.append(f"\nStrength, level {plan.strength_level + 1}{tick}")
        lines += [
            f"• {p.exercise.name}: {p.dose}, {_side_text(p.exercise, side)}" for p in plan.strength
        ]
    elif plan.strength:
        lines.append("\n" + strength_status_line(plan))
    detail = plan.stage_detail.describe() if plan.stage_detail else ""
    running = RUNNING_TEXT[plan.running].format(
        advice=plan.protocol.running.advice,
        stage=plan.stage,
        detail=detail,
        growth=t.MAINTAIN_WEEKLY_GROWTH_PCT,
    )
    if plan.rest_reason:
        running = REST_PERIOD_RUNNING.format(reason=plan.rest_reason)
    lines.append(f"\nRunning: {running}")
    if plan.therapies:
        lines.append("\nAlso, if it helps:")
        lines += [f"• {therapy.text}" for therapy in plan.therapies]
    return "\n".join(lines)


def plan_summary(plan: DayPlan) -> str:
    """One line: phase, strength dose, running — for the demo and short notices."""
    phase = plan.phase.value if plan.phase else "—"
    if plan.has_strength and plan.strength:
        first = plan.strength[0]
        strength = f"strength L{plan.strength_level + 1} ({first.exercise.name} {first.dose})"
    else:
        strength = f"strength {plan.strength_status.value}"
    running = {
        Running.LADDER: f"run stage {plan.stage}: {plan.stage_detail.describe()}"
        if plan.stage_detail
        else "run",
        Running.REST_DAY: "rest day from running",
        Running.CROSS_TRAIN: "no running, cross-train",
        Running.WALK: "no running, walk",
        Running.FREE: "free running",
        Running.NONE: "no running",
        Running.STOPPED: "running stopped (referral)",
    }[plan.running]
    return f"{phase:8} · {strength} · {running}"


def howto_text(exercise: Exercise, level: int, side: str) -> str:
    steps = "\n".join(f"{i}. {step}" for i, step in enumerate(exercise.steps, 1))
    lines = [
        exercise.name,
        f"Dose: {exercise.dose.describe(level)}, {_side_text(exercise, side)}",
        steps,
    ]
    if exercise.safety:
        lines.append(f"Safety: {exercise.safety}")
    lines.append(f"Source: {exercise.source}")
    return "\n".join(lines)


def protocol_list(library: ProtocolLibrary, current: str) -> str:
    lines = ["Programmes (/protocol <id> to switch; switching starts it from today):"]
    for p in library:
        mark = "✓ " if p.id == current else ""
        lines.append(f"• {mark}{p.name} — {p.id}\n  {p.summary}")
    return "\n".join(lines)


def _phase_lines(protocol: Protocol, state: CoachState) -> list[str]:
    """The phase, and what moves it on, for /plan."""
    if state.phase is None:
        return []
    since = f" since {day_label(state.phase_since)}" if state.phase_since else ""
    lines = [f"Phase: {PHASE_NAMES[state.phase]}{since}"]
    if state.phase is Phase.CALM:
        lines.append(
            f"Moves on after {t.CALM_DAYS_TO_BUILD} days in a row with morning pain "
            f"<= {t.CALM_PAIN_MAX}/10 and pain-free stairs (/morning). "
            f"So far: {state.calm_streak}."
        )
    if state.phase is Phase.BUILD:
        lines.append(
            f"Moves on after {t.BUILD_STRENGTH_DAYS_TO_RETURN} strength sessions rated "
            f"<= {t.STRENGTH_STEP_UP_MAX}/10 (/strength). So far: {state.good_strength_days}."
        )
    if state.phase is Phase.RETURN:
        stages = len(protocol.running.ladder)
        stage = protocol.running.ladder[state.stage - 1].describe()
        lines.append(
            f"Walk-run stage {state.stage} of {stages}: {stage}. Green runs at this stage: "
            f"{state.greens_at_stage} of {t.GREEN_RUNS_TO_ADVANCE}."
        )
        if state.ambers_in_row:
            lines.append(STATUS_AMBERS.format(n=state.ambers_in_row, of=t.AMBERS_TO_STEP_DOWN))
    return lines


def status_text(protocol: Protocol, today: CoachState, after: CoachState, history: History) -> str:
    """``today``: the state the day started in (week, day); ``after``: with today's reports
    counted (phase, stage, greens, dose for the next session)."""
    state = after
    lines = [
        f"Programme: {protocol.name} (since {day_label(state.start)})",
        f"Week {today.week}, day {today.day_number}"
        + (f" of {protocol.weeks * 7}" if protocol.weeks else ""),
    ]
    lines += _phase_lines(protocol, state)
    lines.append(
        f"Next strength session, level {state.strength_level + 1}: {_doses(protocol, state)}"
    )
    lines.append(strength_pace_line(protocol, state))
    rest = after.rest_block()
    if rest:
        lines.append(STATUS_REST_PERIOD.format(reason=rest))
    elif state.no_running_until and state.no_running_until >= today.day:
        lines.append(f"No running until after {day_label(state.no_running_until)}.")
    if today.silent and (protocol.running.mode == "phased" or protocol.return_after_weeks):
        lines.append(MORNING_CHECK_BY_NAME.format(days=today.days_without_morning_check - 1))
    if state.referral:
        lines.append(
            f"⚠ Open referral: {state.referral.reason} (/cleared once a clinician has seen you)"
        )
    if history.runs:
        last = history.runs[-1]
        lines.append(
            f"Last run {day_label(last.day)}: pain {last.pain_during}/10 → "
            f"{DECISIONS[last.judgement.decision]} ({last.judgement.rule})"
        )
    return "\n".join(lines)


# --- reports --------------------------------------------------------------------------------

DECISIONS = {
    Decision.PROGRESS: "PROGRESS",
    Decision.HOLD: "HOLD",
    Decision.REST: "REST",
    Decision.REFER: "SEE A CLINICIAN",
}
RUN_USAGE = (
    "Report a run like this: /run, /run 30 (minutes), /run pain 4, or /run 30 pain 7 stopped. "
    "Minutes 1-600, pain 0-10."
)
ASK_RUN_PAIN = "How much did the knee hurt during the run? 0 = no pain, 10 = worst imaginable."
ASK_RUN_STOPPED = "Did the pain make you stop the run?"
YES = "Yes"
NO = "No"


def run_reply(
    judgement: Judgement,
    pain: int,
    stopped: bool,
    protocol: Protocol,
    phase: Phase | None,
    volume: WeeklyMinutes | None = None,
) -> str:
    """One message for a run: what was recorded, the decision with its rule and reason, and,
    where running is not part of the plan yet, what to do instead."""
    stop = ", pain made you stop" if stopped else ""
    lines = [
        f"Run recorded: pain {pain}/10{stop}.",
        f"Decision: {DECISIONS[judgement.decision]} (rule {judgement.rule})",
        judgement.reason,
    ]
    if judgement.decision is not Decision.REFER:
        if protocol.running.mode == "none" and phase is None:
            lines.append(RUN_MEANWHILE.format(advice=protocol.running.advice))
        elif phase in (Phase.CALM, Phase.BUILD):
            lines.append(RUN_MEANWHILE.format(advice=PHASE_RUNNING_ADVICE[phase]))
    if volume is not None:
        lines.append(
            VOLUME_WARNING.format(
                minutes=volume.this_week,
                last=volume.last_week,
                growth=t.MAINTAIN_WEEKLY_GROWTH_PCT,
            )
        )
    return "\n".join(lines)


ASK_MORNING = "Morning check: how does the knee feel today? 0 = no pain, 10 = worst."
MORNING_SAVED = "Morning pain {pain}/10 noted."
MORNING_CONFIRMS_RUN = "Yesterday's run stands: the morning after did not flare up."
REVISED = "Yesterday's run is revised to {decision} (rule R4). {reason}"
ASK_STAIRS = "Were stairs and walking pain-free yesterday?"
ASK_MORNING_FIRST = "Tell me this morning's pain first: /morning 0-10."
STAIRS_OK = "Good: pain-free stairs count toward leaving the calm phase."
STAIRS_SORE = "Noted. The calm phase goes on until stairs and walking are pain-free."
ASK_STRENGTH_PAIN = "How much did the knee hurt during the strength exercises? 0-10"


def strength_feedback(protocol: Protocol, pain: int, today: CoachState, after: CoachState) -> str:
    """``today``: the state the session was done in; ``after``: tomorrow's, with it counted."""
    if today.referral is not None:
        return f"Strength pain {pain}/10 noted. Progression is paused until a clinician clears you."
    level = after.strength_level + 1
    if after.strength_level < today.strength_level:
        return (
            f"Strength pain {pain}/10 is too much: the dose steps down to level {level} and "
            "tomorrow is a rest day from strength. Stretches go on if they are painless."
        )
    if after.strength_level > today.strength_level:
        return STRENGTH_STEPS_UP.format(
            pain=pain, n=t.STRENGTH_SESSIONS_PER_STEP, level=level, doses=_doses(protocol, after)
        )
    if pain > t.STRENGTH_STEP_UP_MAX:
        return STRENGTH_HOLDS.format(pain=pain, level=level, n=t.STRENGTH_SESSIONS_PER_STEP)
    if after.strength_level >= protocol.top_strength_level:
        return STRENGTH_AT_TOP.format(pain=pain)
    return STRENGTH_COUNTS.format(
        pain=pain,
        count=min(after.strength_count, t.STRENGTH_SESSIONS_PER_STEP),
        n=t.STRENGTH_SESSIONS_PER_STEP,
        level=level,
        earliest=_earliest(after),
    )


def _doses(protocol: Protocol, state: CoachState) -> str:
    return ", ".join(f"{e.name} {e.dose.describe(state.strength_level)}" for e in protocol.strength)


# --- red flags and referrals ----------------------------------------------------------------

REFER = (
    "⚠ {reason} {advice}\n"
    "Running and progression stop until then; stretches only if painless. Send /cleared once a "
    "clinician has said you may continue."
)
REFER_URGENT = (
    "⚠ {advice} {reason}\n"
    "Coaching is paused. Send /cleared once a clinician has said you may continue."
)
FLAG_HEARD = (
    "⚠ That can be a red flag, and I've recorded it in your words:\n{lines}\n\n{advice}\n"
    "Running and progression stop until a clinician has seen you; stretches only if painless.\n\n"
    "{ask}"
)
FLAG_ASK = "Did I read that right?"
FLAG_NOT_MEANT = "No, I didn't mean that"
FLAG_KEPT = "It stays recorded ({flags}). Send /cleared once a clinician has said you may continue."
FLAG_RETRACTED = (
    "Thanks for telling me: taken back ({flags}). I've noted that you didn't mean it, and your "
    "plan goes on."
)
ASKING_AGAIN = "Back to my earlier question: "
SYMPTOM_USAGE = "Tell me what you notice, e.g. /symptom knee feels swollen after the run."
SYMPTOM_NOTED = (
    "Noted. I can't judge everything from words: see a physio or doctor if you have any of "
    "these: {signs}."
)
NOTHING_TO_CLEAR = "There is no open referral: nothing to clear."
CLEAR_TOO_SOON = (
    "{flags} was raised today and needs a doctor first: it can't be cleared on the same day. "
    "Send /cleared once you have been seen and cleared."
)
ASK_CLEARED_BY = "Who cleared you to continue?"
ASK_CLEARED_WHEN = "When did they see you? Today, yesterday, or a date like 2026-11-20."
CLINICIANS = {"physio": "Physio", "doctor": "Doctor", "other": "Someone else"}
TODAY = "Today"
YESTERDAY = "Yesterday"
BAD_CLINICIAN = "Please answer physio, doctor or other."
BAD_PAST_DAY = (
    "Please give the day you were seen: today, yesterday, 3 days ago or a date like 2026-11-20 "
    "(not in the future)."
)
CLEARED_BEFORE_FLAG = (
    "The referral was raised on {day}: a clearance must come from a visit on or after that day."
)
CLEARED = "Thanks. Cleared by your {who} (seen {day}): the referral is closed and recorded. {back}"


def step_back(long_referral: bool) -> str:
    """What a clearance changes (CLINICAL.md §5; the numbers are bot/coach/thresholds.py's)."""
    ladder = "from stage 1" if long_referral else f"{t.CLEARANCE_STAGES_BACK} stages lower"
    return (
        f"Coaching resumes a step back: strength {t.CLEARANCE_STRENGTH_STEPS_BACK} steps lower, "
        f"the walk-run ladder {ladder}."
    )


# --- settings -------------------------------------------------------------------------------

PAUSED = "Paused: no reminders until {until}. /resume brings them back sooner."
RESUMED = "Resumed. Reminders are back on."
NOT_PAUSED = "You were not paused."

# --- data -----------------------------------------------------------------------------------

EXPORT_READY = "Here is everything stored about you, as JSON."
DELETE_CONFIRM = (
    "This deletes everything stored about you: settings, reports and history. It cannot be "
    "undone. Delete?"
)
DELETE_YES = "Yes, delete everything"
DELETE_NO = "No, keep it"
DELETE_KEPT = "Nothing was deleted."
DELETED = "Everything about you is deleted. Send /start to begin again."

# --- errors ---------------------------------------------------------------------------------

BAD_PAIN = "Pain is a whole number from 0 (none) to 10 (worst), like 4. Nothing was changed."
BAD_TIME = "“{value}” is not a time. Use 24-hour HH:MM, like 07:30 or 20:00. Nothing was changed."
BAD_TIMES_COUNT = (
    "Send {count} different times in 24-hour HH:MM, like /times 08:00 13:00 20:00. "
    "Nothing was changed."
)
BAD_TIMEZONE = (
    "I don't know the time zone “{value}”. Use an IANA name like Europe/London or "
    "America/New_York, or a city like Berlin. Nothing was changed."
)
BAD_YES_NO = "Please answer yes or no."
BAD_PAUSE = "Pause for a number of days from 1 to 90, like /pause 7. Nothing was changed."
STALE_ANSWER = "That question was already answered or has closed. /today shows where you are."
NOT_UNDERSTOOD = "I didn't catch that. /today shows your plan and /help lists what I understand."
UNKNOWN_COMMAND = "I don't know {value}. /help lists what I understand."
SOMETHING_WENT_WRONG = (
    "Sorry, something went wrong on my side. Nothing you had stored was lost; please try again."
)

COMMAND_HELP = {
    "today": "today's plan",
    "done": "mark done: /done stretch, /done strength or an exercise",
    "run": "report a run: /run [minutes], or /run pain 4 [stopped]",
    "morning": "morning pain 0-10: /morning 2",
    "strength": "pain during strength work 0-10: /strength 3",
    "symptom": "tell me a symptom: /symptom <text>",
    "plan": "where you are: phase, week, dose, stage",
    "progress": "how it is going: adherence, streak, pain trend and a chart",
    "report": "a one-page PDF report for your physio or doctor",
    "howto": "how to do an exercise",
    "protocol": "see or switch programme",
    "timezone": "set your time zone: /timezone Europe/London",
    "times": "stretch reminder times: /times 08:00 13:00 20:00",
    "strengthtime": "strength reminder time: /strengthtime 18:00",
    "pause": "pause reminders: /pause [days]",
    "resume": "resume reminders",
    "cleared": "a clinician has cleared you to continue",
    "export": "everything stored about you",
    "delete": "delete everything stored about you",
    "help": "this list",
}


def help_text(commands: list[str]) -> str:
    lines = ["What I understand:"]
    lines += [f"/{name} — {COMMAND_HELP[name]}" for name in commands]
    lines.append("\n" + DISCLAIMER)
    return "\n".join(lines)


# --- progress -------------------------------------------------------------------------------
# /progress, /report, the weekly summary and the CSV export (bot/service/progress.py renders them).

PROGRESS_HEAD = "Your progress · week {week}, day {day}{of}"
PROGRESS_WHERE = "{protocol}{phase}{stage} · strength level {level}"
PROGRESS_STAGE = ", walk-run stage {stage} of {stages}"
PROGRESS_STRETCH = "Stretch sessions: {done} of {of} done ({pct}%)"
PROGRESS_STRENGTH = "Strength sessions: {done} of {of} done ({pct}%)"
PROGRESS_NOTHING_YET = "Nothing counted yet: today counts once its plan is done."
PROGRESS_STREAK = "Streak: {streak} day{s} in a row (best {best})."
STREAK_RULE = "Rest and paused days keep a streak; a day with the plan not done ends it."
PROGRESS_PAUSED_DAYS = "Paused days (not counted): {n}."
TREND_WORDS = {"better": "better", "steady": "about the same", "worse": "worse"}
TREND_RUNS = "Pain during runs: {first} → {last} (first runs vs latest), {word}."
TREND_NEXT_MORNING = "Pain the morning after runs: {first} → {last}, {word}."
TREND_EVERYDAY = "Everyday pain (/morning): {first} → {last} (first week vs last 7 days), {word}."
NO_RUNS_YET = "No runs reported yet."
PROGRESS_REFERRAL = "⚠ Open referral: {reason} (/cleared once a clinician has seen you)"

COMING_WEEK = "Coming week {week}{of}: {what}"
COMING_REFERRAL = (
    "a clinician first. No running or progression until you are cleared (/cleared); "
    "stretches only if painless."
)
COMING_FINISHED = (
    "you have finished {name}. /protocol maintenance keeps stretches daily and strength three "
    "times a week."
)
COMING_CALM = (
    "calm phase. Stretches {n}x a day and strength at level {level}; {days} calm mornings in a "
    "row (/morning) open the build phase."
)
COMING_BUILD = (
    "build phase. Strength at level {level}; {left} more strength sessions at pain "
    "{max} or less until the walk-run return."
)
COMING_RETURN = (
    "walk-run stage {stage} of {stages}, {detail}, every other day on flat ground. "
    "Two green runs move you up."
)
COMING_MAINTAIN = (
    "free running, growing weekly volume by at most {growth}%, with stretches and strength kept up."
)
COMING_PLAIN = "stretches {n}x a day and strength at level {level}. {running}"
WEEKLY_HEAD = "Your week: {pct}% of the plan done, streak {streak} day{s}."
WEEKLY_HEAD_EMPTY = "Your week: nothing was due, or you were paused."

REPORT_READY = (
    "Your report for a physio or doctor: one page with your programme, adherence, every run "
    "report with its decision and reason, and any red flags. It reads without the app."
)
EXPORT_CSV_READY = "The same data as CSV, one file per table, zipped (opens in a spreadsheet)."

# The one-page PDF (bot/progress/pdf.py).
PDF_TITLE = "ITB Coach: progress report"
PDF_SUBTITLE = (
    "Prepared {today} from what the runner reported to ITB Coach, a chat coach for iliotibial "
    "band syndrome rehab. Pain is self-rated 0 (none) to 10 (worst imaginable)."
)
PDF_PROGRAMME = "Programme"
PDF_ADHERENCE = "Adherence"
PDF_PAIN = "Pain trend"
PDF_RUNS = "Run reports ({n})"
PDF_RUNS_NONE = "No runs reported."
PDF_RUNS_MORE = "+{n} earlier run reports not shown: the runner's /export has them all."
PDF_REFERRALS = "Red flags and referrals"
PDF_REFERRALS_NONE = "None reported."
PDF_REFERRALS_MORE = "+{n} earlier referrals not shown: the runner's /export has them all."
PDF_RULES = "How the coach decides (evaluated in order; the first rule that matches decides)"
PDF_RUN_HEADINGS = (
    "Date",
    "Stage",
    "Min",
    "Pain",
    "Stopped",
    "Next morning",
    "Decision",
    "Rule",
    "Reason",
)
PDF_REFERRAL_HEADINGS = ("Raised", "Flag or rule", "The runner's words (or the reason)", "Outcome")
PDF_RETRACTED = "taken back by the runner {day}"
PDF_CLEARED = "cleared {day}: {who}, seen {seen}"
PDF_UNKNOWN_CLINICIAN = "clinician"
PDF_PAIN_GRID = "Pain by day"
PDF_PAIN_GRID_KEY = (
    "M = morning pain, S = pain during strength work, R = pain during the run (highest of the "
    "day); each 0-10. An empty day has no report."
)
PDF_PAIN_GRID_KEYS = ("M", "S", "R")
PDF_PAIN_GRID_HEADINGS = ("Week of", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
PDF_RULE_KEY = (
    (
        "R1",
        "a red flag is open (confirmed, or detected and not retracted): see a clinician; "
        "running and progression stop.",
    ),
    (
        "R2",
        f"pain made the runner stop: rest, no running for {t.REST_DAYS_AFTER_REST} days and until "
        f"morning pain is within {t.REST_SETTLED_MARGIN} point of baseline, next run one stage "
        f"lower; a second rest within {t.REPEAT_REST_WINDOW_DAYS} days, at any stage: see a "
        "clinician.",
    ),
    ("R3", f"pain during the run {t.RUN_HIGH_MIN}/10 or more: rest, as R2."),
    ("R8", "a run inside a rest period: hold, it does not count."),
    (
        "R5",
        f"pain during {t.RUN_GREEN_MAX + 1}-{t.RUN_AMBER_MAX}/10: hold, a rest day, repeat the "
        f"stage with its green count reset; the {t.AMBERS_TO_STEP_DOWN}rd amber in a row steps "
        "the ladder down one stage.",
    ),
    (
        "R9",
        "a run the day after a run, or minutes over "
        f"{t.OVERLOAD_MINUTES_PCT}% of the stage's total (return phase); in maintain, "
        f"{t.MAINTAIN_WEEKS_OVER_TO_HOLD} weeks in a row over +{t.MAINTAIN_WEEKLY_GROWTH_PCT}%: "
        "hold, it does not count.",
    ),
    (
        "R6",
        f"pain during {t.RUN_GREEN_MAX}/10 or less: progress where a ladder stage or free running "
        f"applies ({t.GREEN_RUNS_TO_ADVANCE} in a row move up one stage), hold in a phase "
        "without running.",
    ),
    (
        "R4",
        f"next-morning pain {t.MORNING_RISE_MIN}+ points above the baseline (the lowest morning "
        f"pain of the {t.BASELINE_WINDOW_DAYS} days before the run): progress is revised to "
        "hold, hold to rest.",
    ),
    (
        "R7",
        "no improvement in morning or run pain over a rolling "
        f"{t.STALLED_NO_IMPROVEMENT_DAYS // 7} weeks, or not settled after "
        f"{t.STALLED_UNRESOLVED_DAYS // 7}: see a clinician; again "
        f"{t.R7_REARM_DAYS} days after a clearance.",
    ),
)
PDF_NO = "no"
PDF_YES = "yes"
PDF_OPEN = "open"
PDF_FOOTER = DISCLAIMER
PDF_ROW_PROGRAMME = "{name}. Source: {source}."
PDF_ROW_START = "Started {start}; on {today}: week {week}, day {day}{of}. Painful side: {side}."
PDF_ROW_PHASE = "Phase: {phase}, since {since}."
PDF_ROW_STAGE = (
    "Walk-run ladder: stage {stage} of {stages}, {detail}; green runs at this stage: "
    "{greens} of {need}."
)
PDF_ROW_NO_RUN_UNTIL = "No running until after {day}."
PDF_ROW_DOSE = "Current strength dose, level {level} of {top}: {doses}."
PDF_ROW_STRETCH = "Stretches {n}x a day: {stretches}."
PDF_ROW_RUNNING_NONE = "Running: none in this programme."


# --- reminders ------------------------------------------------------------------------------

REMINDER_STRETCH = "⏰ Stretch session {n} of {of}"
REMINDER_STRENGTH = "⏰ Strength today, level {level}"
REMINDER_PAINLESS = "Only if painless: a clinician is yet to clear you."
REMINDER_DONE = "Done"
REMINDER_SNOOZE_15 = "Snooze 15 min"
REMINDER_SNOOZE_60 = "Snooze 1 h"
REMINDER_SNOOZE_EVENING = "This evening"
REMINDER_SKIP = "Skip today"
REMINDER_ASK_MORNING = (
    "You ran yesterday: how does the knee feel this morning? 0 = no pain, 10 = worst. "
    "Your answer decides whether that run counts."
)
REMINDER_MORNING_LATER = "You ran yesterday: send /morning 0-10 to say how the knee feels today."
SNOOZED = "Snoozed: I'll remind you again at {time}."
SNOOZE_TOO_LATE = "That would be tomorrow already; this reminder ends today."
NOTHING_TO_SNOOZE = "There is no reminder for that today."
REMINDER_SKIPPED = "Skipped for today: {what}."
BAD_REMINDER = "I don't know the reminder “{value}”. Use stretch-1, stretch-2, … or strength."
BAD_SNOOZE = "Snooze for 15 or 60 minutes, or until this evening. Nothing was changed."
STRETCH_SESSION_ALREADY = "Stretch session {n} is already marked done today."
REMINDER_ITEMS = {STRENGTH_ITEM: "the strength session"}


def reminder_item_name(item: str) -> str:
    n = stretch_number(item)
    return f"stretch session {n}" if n is not None else REMINDER_ITEMS.get(item, item)


def reminder_stretch_text(plan: DayPlan, n: int, side: str) -> str:
    lines = [REMINDER_STRETCH.format(n=n, of=plan.stretch_sessions)]
    lines += [
        f"• {p.exercise.name}: {p.dose}, {_side_text(p.exercise, side)}" for p in plan.stretches
    ]
    if plan.referral_reason:
        lines.append(REMINDER_PAINLESS)
    return "\n".join(lines)


def reminder_strength_text(plan: DayPlan, side: str) -> str:
    """Today's dose, or on a rest day the rest-day line; the running part follows the plan."""
    if plan.has_strength:
        lines = [REMINDER_STRENGTH.format(level=plan.strength_level + 1)]
        lines += [
            f"• {p.exercise.name}: {p.dose}, {_side_text(p.exercise, side)}" for p in plan.strength
        ]
    else:
        lines = ["⏰ " + strength_status_line(plan)]
    detail = plan.stage_detail.describe() if plan.stage_detail else ""
    running = RUNNING_TEXT[plan.running].format(
        advice=plan.protocol.running.advice,
        stage=plan.stage,
        detail=detail,
        growth=t.MAINTAIN_WEEKLY_GROWTH_PCT,
    )
    lines.append(f"Running: {running}")
    return "\n".join(lines)


# --- conversation ---------------------------------------------------------------------------
# Onboarding as a checklist, plain-word reports, undo, suggestions, set-aside questions.

WELCOME_BACK_SETUP = "Welcome back. A few set-up questions are still open; here is the next."
STEP_NOT_UNDERSTOOD = "I didn't catch that. Answer with a button, its number or in words:"
SCREEN_STILL_OPEN = "Still open: the safety check. Does any of these apply to your knee?"
SCREEN_STILL_OPEN_SHORT = (
    "Still open: the safety check (send “none of these”, or /screen to see the list)."
)

HEARD_RUN = "Heard: a run{amount}, pain {pain}/10{stopped}."
HEARD_RUN_STOPPED = ", pain made you stop"
HEARD_MINUTES = "{minutes} min"
HEARD_KM = "{km:g} km"
HEARD_MORNING = "Heard: this morning's knee, {pain}/10."
HEARD_STRENGTH = "Heard: strength done, pain {pain}/10."
UNDO_BUTTON = "Undo"
UNDONE = {
    "run": "Undone: that run report is removed.",
    "morning": "Undone: that morning report is removed.",
    "strength": "Undone: that strength report is removed.",
    "done": "Undone: that stretch session is no longer marked done.",
}
NOTHING_TO_UNDO = "There is nothing to undo there: it was already removed or is not yours."
BAD_UNDO = "Undo works from the Undo button under a report I confirmed."

ASK_RUN_PAIN_FOR = "Run: {amount}. How much did the knee hurt during it? 0 = none, 10 = worst."
ASK_RUN_AMOUNT = "Was that in minutes or in kilometres?"
RUN_AMOUNT_LABELS = ("Minutes", "Kilometres")
ASK_PAIN_WHEN = "Which pain do you mean?"
PAIN_WHEN_LABELS = ("During a run", "This morning", "During strength")
PAIN_SCALE = "Pain goes from 0 (none) to 10 (worst imaginable). Which number fits?"
ONE_AT_A_TIME = "One report at a time, please: e.g. “ran 5k, pain 2”, then “did my stretches”."
TODAY_ONLY = (
    "I record today's reports only. Tell me about today, e.g. “ran 5k, pain 2”, or how the "
    "knee is this morning: “knee 2 this morning”."
)
HELLO = "Hello! Here is today."
YOU_ARE_WELCOME = "You're welcome. Keep it up."

DID_YOU_MEAN = "I don't know {value}. Did you mean {options}?"
MISSED = "I didn't catch that. Did you mean {options}? /help lists everything I understand."
OR = " or "
SUGGESTIONS = {
    "today": "today's plan",
    "run": "report a run",
    "stretch": "stretches done",
    "strength": "strength done",
    "morning": "a morning knee check",
    "help": "what I understand",
}

SET_ASIDE = "I set aside the question about {what}. To answer it later: {how}."
SET_ASIDE_WHAT = {
    "run_pain": ("your run's pain", "/run pain 0-10"),
    "run_stopped": (
        "whether pain stopped your run",
        "/run pain {pain} stopped, or /run pain {pain}",
    ),
    "morning_pain": ("this morning's knee", "/morning 0-10"),
    "strength_pain": ("pain during strength", "/strength 0-10"),
}

CONSOLE_BANNER = "ITB Coach — type /start to begin, /help for commands, Ctrl-D or Ctrl-C to leave."
CONSOLE_ENTER_DEFAULT = "  (Enter: {label})"
CONSOLE_FILE_SAVED = "  [file saved: {path}]"


# --- discord ----------------------------------------------------------------------------------
# Slash command options and the Discord channel's own lines (bot/channels/discord/).

DISCORD_START_HELP = "start or restart: disclaimer, safety check and set-up"
DISCORD_OPT_DONE = "what you finished: a session, or one exercise"
DISCORD_DONE = {"stretch": "the next stretch session", "strength": "the strength session"}
DISCORD_OPT_MINUTES = "how long you ran, in minutes"
DISCORD_OPT_RUN_PAIN = "worst knee pain during the run, 0 (none) to 10"
DISCORD_OPT_STOPPED = "did pain make you stop?"
DISCORD_OPT_MORNING_PAIN = "knee pain this morning, 0 (none) to 10"
DISCORD_OPT_STRENGTH_PAIN = "knee pain during strength work, 0 (none) to 10"
DISCORD_OPT_SYMPTOM = "the symptom, in your words"
DISCORD_OPT_EXERCISE = "an exercise (start typing its name)"
DISCORD_OPT_PROTOCOL = "the programme to switch to"
DISCORD_OPT_ZONE = "your time zone (start typing a city)"
DISCORD_OPT_TIMES = "stretch reminder times, like 08:00 13:00 20:00"
DISCORD_OPT_TIME = "strength reminder time, like 18:00"
DISCORD_OPT_DAYS = "how many days, 1 to 90"
DISCORD_DM_CLOSED = (
    "I answer privately, but your direct messages are closed to me. "
    "Use my slash commands here (the answers are only shown to you) or open your DMs."
)


# --- pain rules v2 ----------------------------------------------------------------------------
# Run replies, the strength pace, rest periods and silence (CLINICAL.md §1a, §3, §4 v2).

RUN_MEANWHILE = "Meanwhile: {advice}"
PHASE_RUNNING_ADVICE = {
    Phase.CALM: (
        "no running in the calm phase. Cross-train if it is painless (aqua jogging is closest "
        "to running)."
    ),
    Phase.BUILD: (
        "no running yet in the build phase; walking is fine if it is painless. The walk-run "
        "return comes next."
    ),
}
VOLUME_WARNING = (
    "Careful: {minutes} minutes this week against {last} last week is more than +{growth}%. "
    "A second week like this and runs stop counting."
)
STRENGTH_STEPS_UP = (
    "Strength pain {pain}/10: good. That makes {n} good sessions at this step, so tomorrow's "
    "dose steps up to level {level}: {doses}."
)
STRENGTH_HOLDS = (
    "Strength pain {pain}/10: the dose holds at level {level}, and the {n} sessions toward the "
    "next step start again."
)
STRENGTH_COUNTS = (
    "Strength pain {pain}/10: good, {count} of {n} sessions at this step. The dose stays at "
    "level {level}; the next step comes after {n} good sessions, {earliest}."
)
STRENGTH_EARLIEST = "{day} at the earliest"
STRENGTH_EARLIEST_NOW = "as soon as they are done"
STRENGTH_AT_TOP = "Strength pain {pain}/10: good. You are at the top dose; keep it there."
STRENGTH_PACE = (
    "Strength steps up after {n} sessions at a step rated {max}/10 or less, and no sooner than "
    "{days} days after the last step: {count} of {n} so far, the next step {earliest}."
)
STRENGTH_PACE_TOP = "Strength is at the top dose of this programme."
STATUS_AMBERS = "Amber runs in a row: {n} (the {of}rd steps the ladder down one stage)."
STATUS_REST_PERIOD = "Rest period: {reason}."
REST_PERIOD_RUNNING = "No running yet: {reason}."
MORNING_CHECK_BY_NAME = (
    "⚠ No morning check for {days} days. How does the knee feel this morning? Send /morning "
    "0-10. I can't move you on without your morning check."
)
RETURN_AFTER_WEEKS = (
    "The {weeks} weeks are done: now the return phase, a walk-run ladder from stage 1, and "
    "maintenance after it."
)
MORNING_SORE_AFTER = (
    "The knee is sorer than your baseline of {baseline}/10 this morning. Yesterday's run stays "
    "a REST: no running until the rest period is over."
)
REMINDER_ASK_MORNING_SILENT = (
    "Morning check: I have had none from you for {days} days, and I can't move you on without "
    "your morning check. How does the knee feel today? 0 = no pain, 10 = worst."
)


def plan_silent_days(plan: DayPlan) -> int:
    """Whole days without a morning check before today, for the plan's reminder line."""
    return plan.days_without_morning_check - 1


def strength_pace_line(protocol: Protocol, state: CoachState) -> str:
    if state.strength_level >= protocol.top_strength_level:
        return STRENGTH_PACE_TOP
    return STRENGTH_PACE.format(
        n=t.STRENGTH_SESSIONS_PER_STEP,
        max=t.STRENGTH_STEP_UP_MAX,
        days=t.STRENGTH_STEP_MIN_DAYS,
        count=min(state.strength_count, t.STRENGTH_SESSIONS_PER_STEP),
        earliest=_earliest(state),
    )


def _earliest(state: CoachState) -> str:
    """When the next strength step may come: a date while the 4 days run, else the sessions."""
    if state.next_strength_step_from > state.day:
        return STRENGTH_EARLIEST.format(day=day_label(state.next_strength_step_from))
    return STRENGTH_EARLIEST_NOW
