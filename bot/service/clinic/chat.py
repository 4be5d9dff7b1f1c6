"""The runner's side of sharing, in the chat: ``/share`` gives a one-time code, the runner
allows or refuses a clinician who entered it, ``/sharing`` lists who follows them (with when
each last looked and what they did) and stops any of them at once."""

from __future__ import annotations

import logging
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from bot import texts
from bot.service.clinic import codes
from bot.service.clinic_ports import ShareInfo
from bot.service.context import Context
from bot.service.replies import Button, Reply

log = logging.getLogger(__name__)

CODE_LIFETIME = timedelta(days=7)
LOG_SHOWN = 10  # access-log lines /sharing shows; /export has all of them


async def share(ctx: Context, _args: str) -> list[Reply]:
    """A new one-time code (8 characters, 7 days)."""
    code = codes.new_code()
    await ctx.uow.clinic.new_share(
        ctx.user.id, codes.digest(code), ctx.now, ctx.now + CODE_LIFETIME
    )
    log.info("share code made", extra={"event": "share_code", "user_id": ctx.user.id})
    return [Reply(texts.clinic.SHARE_CODE.format(code=codes.pretty(code)))]


def ask_allow(share: ShareInfo) -> Reply:
    """The question a clinician's request puts to the runner; nothing is shown before Allow."""
    who = share.clinician.signature if share.clinician else "?"
    return Reply(
        texts.clinic.ASK_ALLOW.format(clinician=who),
        (
            (
                Button(texts.clinic.ALLOW, f"/allow {share.id}"),
                Button(texts.clinic.DENY, f"/deny {share.id}"),
            ),
        ),
    )


async def _answer(ctx: Context, args: str, allow: bool) -> list[Reply]:
    share_id = _share_id(args)
    # The share must be the sender's own: an id inside an action names nothing else.
    found = await ctx.uow.clinic.share(share_id) if share_id else None
    if found is None or found.user_id != ctx.user.id:
        return [Reply(texts.clinic.NOT_WAITING)]
    if not await ctx.uow.clinic.answer_share(ctx.user.id, found.id, allow, ctx.now):
        return [Reply(texts.clinic.NOT_WAITING)]
    who = found.clinician.signature if found.clinician else "?"
    event = "share_allowed" if allow else "share_refused"
    log.info("share answered", extra={"event": event, "user_id": ctx.user.id})
    template = texts.clinic.ALLOWED if allow else texts.clinic.DENIED
    return [Reply(template.format(clinician=who), replaces_origin=ctx.pressed)]


async def allow(ctx: Context, args: str) -> list[Reply]:
    return await _answer(ctx, args, True)


async def deny(ctx: Context, args: str) -> list[Reply]:
    return await _answer(ctx, args, False)


async def sharing(ctx: Context, _args: str) -> list[Reply]:
    """Who follows the runner, when each last looked, their latest views; a Stop for each."""
    followers = await ctx.uow.clinic.followers(ctx.user.id)
    if not followers:
        return [Reply(texts.clinic.NOBODY)]
    zone = ctx.zone
    lines = [
        texts.clinic.FOLLOWER_LINE.format(
            clinician=s.clinician.signature if s.clinician else "?",
            since=_when(s.allowed_at, zone),
            seen=_when(s.last_seen_at, zone) if s.last_seen_at else texts.clinic.NEVER,
        )
        for s in followers
    ]
    text = texts.clinic.FOLLOWERS.format(lines="\n".join(lines))
    entries = await ctx.uow.clinic.access_log(ctx.user.id, LOG_SHOWN)
    if entries:
        logged = [
            texts.clinic.LOG_LINE.format(
                at=_when(e.at, zone),
                clinician=e.clinician,
                what=texts.clinic.ACCESS.get(e.what, e.what),
            )
            for e in entries
        ]
        text += texts.clinic.LOG_HEADER.format(lines="\n".join(logged))
    buttons = tuple(
        (
            Button(
                texts.clinic.STOP.format(clinician=s.clinician.name if s.clinician else "?")[:60],
                f"/unshare {s.id}",
            ),
        )
        for s in followers
    )
    return [Reply(text, buttons)]


async def unshare(ctx: Context, args: str) -> list[Reply]:
    """Stop one clinician following the runner, at once."""
    share_id = _share_id(args)
    found = await ctx.uow.clinic.share(share_id) if share_id else None
    if found is None or found.user_id != ctx.user.id or not found.following:
        return [Reply(texts.clinic.NOT_FOLLOWING)]
    await ctx.uow.clinic.stop_share(ctx.user.id, found.id, ctx.now)
    log.info("share stopped", extra={"event": "share_stopped", "user_id": ctx.user.id})
    who = found.clinician.signature if found.clinician else "?"
    return [Reply(texts.clinic.STOPPED.format(clinician=who))]


def _share_id(args: str) -> int | None:
    text = args.strip()
    return int(text) if text.isdigit() and len(text) < 10 else None


def _when(moment: datetime | None, zone: ZoneInfo) -> str:
    if moment is None:
        return texts.clinic.NEVER
    return moment.astimezone(zone).strftime("%Y-%m-%d %H:%M")
