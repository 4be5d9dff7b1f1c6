"""Hearing three ways (CLINICAL.md §5 v3), once no known red flag was heard: ordinary ITB talk
is acknowledged and changes nothing; body talk the coach cannot place holds progression at once,
as a detected flag does (a referral ``unplaced``, so R1 judges any run while it is open), and the
safety screen is asked as one-tap answers. "None of these" releases the hold at once; a choice
that names a flag raises that flag and the hold becomes it.
"""

from __future__ import annotations

from bot import texts
from bot.coach.bodytalk import Place
from bot.coach.redflags import Urgency, normalise
from bot.service import keyboards, natural
from bot.service import natural_words as w
from bot.service.context import Context
from bot.service.pending import FlagsHeard, Question
from bot.service.questions import ask_again, reopen
from bot.service.referrals import raise_referral, record_all, signs_note
from bot.service.replies import Reply

CAUSE = "unplaced"  # the referral's cause while body talk the coach cannot place holds


def sort(ctx: Context, text: str) -> Place:
    return ctx.itb_talk.place_heard(ctx.red_flags, text)


def not_a_report(ctx: Context, text: str) -> bool:
    """Whether words read as a vague report speak of pain in another place or in vague words
    ("my knee feels funny"): held and screened, not asked back about."""
    where = sort(ctx, text)
    matcher = ctx.red_flags.matcher
    return where is Place.ELSEWHERE or (
        where is Place.UNPLACED and ctx.itb_talk.vague_in(matcher, text)
    )


async def place(ctx: Context, text: str, *, source: str = "message") -> list[Reply]:
    """The reply to words with no known flag: [] when they are not about the runner's body."""
    return await answer(ctx, text, sort(ctx, text), source=source)


async def answer(ctx: Context, text: str, where: Place, *, source: str) -> list[Reply]:
    if where is Place.ORDINARY:
        return [Reply(texts.hearing.ORDINARY.format(signs=_signs(ctx)))]
    if not where.holds:
        return []
    if await ctx.uow.open_referrals(ctx.user.id):
        return [Reply(signs_note(ctx))]  # already held: noted with the signs, nothing asked
    reason = texts.hearing.UNPLACED_REASON
    rows = await record_all(ctx, [(CAUSE, reason, Urgency.SOON)], source=source, words=text)
    heard = FlagsHeard((CAUSE,), tuple(r.id for r in rows), ctx.pending())
    n = ctx.ask(Question.BODY, heard)
    ask = texts.hearing.ELSEWHERE if where is Place.ELSEWHERE else texts.hearing.UNPLACED
    return [Reply(ask, keyboards.body_screen(n, ctx.flags))]


async def symptom(ctx: Context, args: str) -> list[Reply]:
    """``/symptom <words>`` with no known flag (flags were heard before this runs): sorted
    three ways like any message; words that are not body talk get the signs that need a
    clinician — never that it is not a red flag."""
    if not args.strip():
        return [Reply(texts.safety.SYMPTOM_USAGE)]
    said = natural.understand(args)
    vague = isinstance(said, natural.Unsure) or getattr(said, "pain", 0) is None
    if said is not None and not vague and not not_a_report(ctx, args):
        return [Reply(signs_note(ctx))]  # a report, not body talk: "ran 20 min, pain 2"
    return await place(ctx, args, source="symptom") or [Reply(signs_note(ctx))]


async def settle(ctx: Context, value: str) -> tuple[list[Reply], bool]:
    """The answer to the safety screen asked after unplaced body talk: (replies, whether the
    answer was used up). Anything else keeps the hold and is read as the message it is."""
    pending = ctx.pending()
    heard = (pending.about(FlagsHeard) if pending else None) or FlagsHeard((), ())
    answer = normalise(value).strip(" .!")
    flag = ctx.flags.get(answer)
    if w.plain(answer) not in w.NONE_OF_THESE and flag is None:
        if heard.resume:
            reopen(ctx, heard.resume)
        else:
            ctx.clear_pending()
        return [Reply(texts.hearing.STILL_HELD)], False
    await ctx.uow.retract_referrals(ctx.user.id, list(heard.rows), ctx.today)
    ctx.clear_pending()
    if flag is None:
        return [Reply(texts.hearing.RELEASED), *ask_again(ctx, heard.resume)], True
    raised = await raise_referral(
        ctx, flag.id, flag.reason, source="screen", urgency=flag.urgency, words=flag.label
    )
    return [*raised, *ask_again(ctx, heard.resume)], True


def _signs(ctx: Context) -> str:
    return "; ".join(f.short for f in ctx.flags.flags)
