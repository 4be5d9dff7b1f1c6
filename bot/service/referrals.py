"""Hand-offs to a clinician: red flags (from the screen, /symptom or free text) and rules."""

from __future__ import annotations

from bot.coach.redflags import RED_FLAGS_BY_ID, find_red_flags
from bot.service import keyboards, texts
from bot.service.context import Context
from bot.service.replies import Reply
from bot.store import repo
from bot.store.models import Referral


async def raise_referral(
    ctx: Context, cause: str, reason: str, *, source: str, urgent: bool = False
) -> list[Reply]:
    """Record a referral (once per open cause) and tell the user why and what to do."""
    open_causes = {r.cause for r in await repo.active_referrals(ctx.session, ctx.user.id)}
    if cause not in open_causes:
        ctx.session.add(
            Referral(
                user_id=ctx.user.id,
                day=ctx.today,
                raised_at=ctx.now,
                cause=cause,
                source=source,
                reason=reason,
            )
        )
    template = texts.REFER_URGENT if urgent else texts.REFER
    return [Reply(template.format(reason=reason))]


async def symptom(ctx: Context, args: str) -> list[Reply]:
    if not args.strip():
        return [Reply(texts.SYMPTOM_USAGE)]
    return check_free_text(ctx, args) or [Reply(texts.SYMPTOM_NO_FLAG)]


def check_free_text(ctx: Context, text: str) -> list[Reply]:
    """Ask the user to confirm any red flag their words suggest; [] when none is suggested."""
    flags = find_red_flags(text)
    if not flags:
        return []
    n = ctx.ask("flag", flags=[f.id for f in flags])
    lines = "\n".join(f"• {f.label}" for f in flags)
    urgent = any(f.urgent for f in flags)
    return [
        Reply(
            texts.FLAG_CONFIRM.format(lines=lines) + (texts.FLAG_URGENT_NOTE if urgent else ""),
            keyboards.flag_confirm(n, flags),
        )
    ]


async def answer_flag(ctx: Context, value: str) -> list[Reply]:
    ctx.clear_pending()
    flag = RED_FLAGS_BY_ID.get(value.strip().lower())
    if flag is None:
        return [Reply(texts.FLAG_DISMISSED)]
    return await raise_referral(ctx, flag.id, flag.reason, source="symptom", urgent=flag.urgent)


async def cleared(ctx: Context, _args: str) -> list[Reply]:
    """The user confirms a clinician has cleared them: open referrals close, coaching resumes."""
    open_referrals = await repo.active_referrals(ctx.session, ctx.user.id)
    if not open_referrals:
        return [Reply(texts.NOTHING_TO_CLEAR)]
    for referral in open_referrals:
        referral.cleared_on = ctx.today
    return [Reply(texts.CLEARED)]
