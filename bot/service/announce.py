"""Phase changes and calm-day count resets, announced once with their reason.

The phase and the calm phase's day count last told to the runner are stored on their row
(``announced``). At each message and reminder the current ones are compared with them: a
change of phase, or a calm-day count that fell, is said once, whenever it is first noticed
(a later message or reminder too); a count that grew is stored silently.
"""

from __future__ import annotations

from bot import texts
from bot.coach.calm import calm_break
from bot.coach.records import Phase
from bot.service.context import Context
from bot.service.replies import Reply


async def news(ctx: Context) -> list[Reply]:
    """What changed since it was last told; stores what is told (nothing the first time)."""
    if ctx.user.onboarding_step is not None:
        return []
    state = await ctx.state()
    if state.referral is not None:
        return []  # a clinician first: the referral's own messages say what stops
    phase = state.phase.value if state.phase else None
    told = ctx.user.announced or {}
    now = {"phase": phase, "calm": state.calm_streak}
    if {k: told.get(k) for k in now} != now:
        ctx.user.announced = {**told, **now, "day": ctx.today.isoformat()}
    if "phase" not in told:
        return []
    before = told.get("phase")
    if before != phase and state.phase is not None:
        since = state.phase_since or ctx.today
        return [Reply(texts.words.phase_change(_phase(before), state.phase, since))]
    calm_before = told.get("calm")
    fell = isinstance(calm_before, int) and state.calm_streak < calm_before
    if state.phase is Phase.CALM and fell:
        history = await ctx.history()
        broke = calm_break(history.mornings, ctx.today, state.calm_streak)
        return [Reply(texts.words.calm_reset(int(str(calm_before)), state.calm_streak, broke))]
    return []


def _phase(value: object) -> Phase | None:
    try:
        return Phase(str(value)) if value is not None else None
    except ValueError:
        return None
