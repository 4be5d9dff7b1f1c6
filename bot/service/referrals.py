"""Hand-offs to a clinician (CLINICAL.md §5): red flags heard in anything the runner types, the
safety screen, the rules that refer (R2 repeat rest, R7), and the clearance that ends them.

Fail safe: a flag is recorded the moment it is heard, in the runner's own words, and holds
progression at once (R1 judges any run while it is open). Only an explicit "No, I didn't mean
that" takes it back, and the taking back is recorded too.
"""

from __future__ import annotations

import re

from bot import texts
from bot.coach.records import RULE_REFERRAL_CAUSES
from bot.coach.redflags import RedFlag, Urgency, most_urgent, normalise
from bot.service import keyboards
from bot.service import natural_words as w
from bot.service.context import Context
from bot.service.pending import FlagsHeard, Question
from bot.service.ports import NewReferral, ReferralRecord
from bot.service.questions import ask_again, reopen
from bot.service.replies import Reply
from bot.texts import language

# [v3] Only a plain denial retracts: "no", "no, I didn't mean that", "you misread me", and
# the same in Spanish ("no, no quería decir eso"; accents are dropped before these are read).
_DENIALS = (
    r"(?:i )?didn't mean (?:that|it)|not what i meant|(?:you )?misread(?: me| that| it)?"
    r"|no (?:quise|queria) decir (?:eso|esto)|no (?:era|es) eso|(?:me |lo )?(?:has )?entendido mal"
    r"|lo (?:has )?leido mal"
)
_DENIAL_RE = re.compile(
    r"^(?:no|nope|nah|n|not really|not that|wrong|my mistake|mistake|false alarm"
    rf"|para nada|me equivoque|error|falsa alarma|{_DENIALS})"
    r"(?: (?:sorry|thanks|thank you|wrong|not that|my mistake|i'm fine|all good"
    rf"|perdon|lo siento|gracias|estoy bien|todo bien|me equivoque|{_DENIALS}))*$"
)
# A reply that starts like a no but says more: in doubt, asked again with two buttons ...
_NO_START_RE = re.compile(
    r"^(?:no|nope|nah|n)\b|didn't mean|misread|not what i meant|no (?:quise|queria) decir"
    r"|entendido mal"
)
# ... unless it adds or worsens, when the flag stays and the reply is heard as a message.
_ADDS_RE = re.compile(
    r"\b(?:worse|worst|both|also|again|keeps?|kept|still|more|too|plus|other|yet|haven't"
    r"|hasn't|not seen|bigger|happening|every|all the time|and"
    r"|peor|ambas|ambos|tambien|otra vez|de nuevo|sigue|siguen|sigo|todavia|aun|mas|ademas"
    r"|otro|otra|cada vez|todo el tiempo|y)\b"
)
_YES = {"yes", "y", "yeah", "yep", "yup", "right", "correct", "that's right", "true", "ok", "okay"}
_YES |= {"si", "sip", "claro", "correcto", "eso es", "exacto", "vale", "asi es", "si eso es"}


async def raise_referral(
    ctx: Context,
    cause: str,
    reason: str,
    *,
    source: str,
    urgency: Urgency = Urgency.SOON,
    words: str | None = None,
) -> list[Reply]:
    """Record a referral (once per open cause) and tell the user why and what to do."""
    await _record(ctx, cause, reason, source=source, urgency=urgency, words=words)
    if cause in RULE_REFERRAL_CAUSES:  # strength and stretches go on (CLINICAL.md §1a v3)
        return [
            Reply(texts.ladder.REFER_RULE.format(advice=ctx.flags.advice[urgency], reason=reason))
        ]
    return [Reply(refer_text(ctx, reason, urgency))]


def refer_text(ctx: Context, reason: str, urgency: Urgency) -> str:
    template = texts.safety.REFER if urgency is Urgency.SOON else texts.safety.REFER_URGENT
    return template.format(advice=ctx.flags.advice[urgency], reason=reason)


async def _record(
    ctx: Context, cause: str, reason: str, *, source: str, urgency: Urgency, words: str | None
) -> ReferralRecord:
    return (await record_all(ctx, [(cause, reason, urgency)], source=source, words=words))[0]


async def record_all(
    ctx: Context, causes: list[tuple[str, str, Urgency]], *, source: str, words: str | None
) -> list[ReferralRecord]:
    """One referral per cause, once per open cause: an open one is kept as it is."""
    open_rows = {r.cause: r for r in await ctx.uow.open_referrals(ctx.user.id)}
    rows: list[ReferralRecord] = []
    for cause, reason, urgency in causes:
        row = open_rows.get(cause)
        if row is None:
            row = await ctx.uow.open_referral(
                ctx.user.id,
                NewReferral(
                    day=ctx.today,
                    raised_at=ctx.now,
                    cause=cause,
                    source=source,
                    reason=reason,
                    urgency=urgency.value,
                    words=words or None,  # whole: the phrase that raised it is kept
                    words_language=language.current() if words else None,
                ),
            )
        rows.append(row)
    return rows


# --- hearing ---------------------------------------------------------------------------------


async def hear(ctx: Context, text: str) -> list[Reply]:
    """Listen for red flags in a typed message before anything else reads it.

    Every flag found is recorded at once with the runner's words; the reply names each, says
    what to do, and asks "Did I read that right?". The question that was open (a pain keypad,
    onboarding) is kept and asked again once this one is answered. [] when nothing was heard.
    """
    command, _, args = text.partition(" ")
    words = args if command.startswith("/") else text  # the runner's words, not the command
    flags = ctx.flags.find(words)
    if not flags:
        return []
    source = "symptom" if command.lower().startswith("/symptom") else "message"
    causes = [(f.id, f.reason, f.urgency) for f in flags]
    rows = await record_all(ctx, causes, source=source, words=words)
    pending = ctx.pending()
    if pending and pending.question in (Question.FLAG, Question.BODY):
        # The earlier flag (or unplaced hold) stays recorded; its question closes, and what it
        # set aside waits.
        earlier = pending.about(FlagsHeard)
        pending = earlier.resume if earlier else None
    heard = FlagsHeard(tuple(f.id for f in flags), tuple(r.id for r in rows), pending)
    n = ctx.ask(Question.FLAG, heard)
    return [Reply(heard_text(ctx, flags), keyboards.flag_confirm(n))]


def heard_text(ctx: Context, flags: tuple[RedFlag, ...]) -> str:
    urgency = most_urgent(flags)
    lines = [f"• {f.label}. {f.reason}" for f in flags]
    return texts.safety.FLAG_HEARD.format(
        lines="\n".join(lines), advice=ctx.flags.advice[urgency], ask=texts.safety.FLAG_ASK
    )


async def settle_flag_question(ctx: Context, value: str) -> tuple[list[Reply], bool]:
    """The answer to "Did I read that right?": (replies, whether the answer was used up).

    Only a plain denial retracts the flags of that question; "yes" keeps them. A reply that
    starts like a no but says more keeps them: asked again with two buttons when in doubt, and
    read as the message it is when it adds or worsens ("no - both knees", "no, it's worse");
    anything else keeps them too and is not used up, so the caller reads it as the message it
    is (an answer to the earlier question, a command, free text).
    """
    pending = ctx.pending()
    heard = (pending.about(FlagsHeard) if pending else None) or FlagsHeard((), ())
    resume = heard.resume
    labels = [ctx.flags.get(i) for i in heard.flags]
    names = ", ".join(f.label for f in labels if f is not None)
    answer = _plain(value)
    if _DENIAL_RE.match(answer):
        await ctx.uow.retract_referrals(ctx.user.id, list(heard.rows), ctx.today)
        ctx.clear_pending()
        return [
            Reply(texts.safety.FLAG_RETRACTED.format(flags=names)),
            *ask_again(ctx, resume),
        ], True
    kept = Reply(texts.safety.FLAG_KEPT.format(flags=names))
    if answer in _YES:
        ctx.clear_pending()
        return [kept, *ask_again(ctx, resume)], True
    if _NO_START_RE.search(answer) and not adds_or_worsens(value):
        n = ctx.ask(Question.FLAG, heard)  # in doubt: asked again, the flag still held
        return [
            Reply(texts.hearing.FLAG_UNSURE.format(flags=names), keyboards.flag_recheck(n))
        ], True
    if resume:
        reopen(ctx, resume)
    else:
        ctx.clear_pending()
    return [kept], False


def _plain(value: str) -> str:
    return " ".join(re.sub(r"[^\w' ]+", " ", w.plain(normalise(value))).split())


def adds_or_worsens(value: str) -> bool:
    """A reply to "Did I read that right?" that starts like a no but adds or worsens ("no,
    it's worse than that"): the flag stays."""
    answer = _plain(value)
    return bool(_NO_START_RE.search(answer) and _ADDS_RE.search(answer))


# --- /symptom and the safety screen --------------------------------------------------------


def signs_note(ctx: Context) -> str:
    signs = "; ".join(f.short for f in ctx.flags.flags)
    return texts.safety.SYMPTOM_NOTED.format(signs=signs)


async def screen_flag(ctx: Context, flag: RedFlag) -> list[Reply]:
    """A flag chosen on the safety screen: explicit, so recorded without a second question."""
    return await raise_referral(
        ctx, flag.id, flag.reason, source="screen", urgency=flag.urgency, words=flag.label
    )
