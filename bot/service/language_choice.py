"""The runner's language: taken from the client at the first message, asked at onboarding
when the client gives none, changed only by /language (a code, the language's own name, or
its button). Every reply of a turn is worded in it (``CoachService.handle``)."""

from __future__ import annotations

from bot import texts
from bot.service import keyboards
from bot.service.context import Context
from bot.service.onboarding import step_question
from bot.service.ports import UserRecord
from bot.service.replies import Reply
from bot.texts import language

# A whole message that is a language's name ("español", "spanish"), not a code ("es"), which
# a short answer could be by chance.
NAME_MIN_CHARS = 5


def spoken(user: UserRecord) -> str:
    """The language a runner is spoken to in: theirs; else, never said, the caller's
    (English, unless a caller chose another around the call)."""
    return user.language or language.current()


def first_language(hint: str | None) -> str | None:
    """The language a client says its user reads (``es-419``, ``es``), or None."""
    return language.normalise(hint)


def named(text: str) -> str | None:
    """The language a whole message names ("Español", "spanish"), or None."""
    word = text.strip().strip(".!").lower()
    if len(word) < NAME_MIN_CHARS or not word.isalpha():
        return None
    return language.normalise(word)


async def choose(ctx: Context, args: str) -> list[Reply]:
    """``/language``: the language spoken now and the others; ``/language es`` or
    ``/language español`` changes it, and the reply is the first in the new language."""
    wanted = args.strip()
    current = ctx.user.language or language.SOURCE
    if not wanted:
        name = language.NAMES[current]
        return [Reply(texts.languages.LANGUAGE_NOW.format(name=name), keyboards.languages(current))]
    code = language.normalise(wanted)
    if code is None:
        names = texts.languages.names_list(list(language.NAMES.values()))
        value = texts.common.clip(wanted)
        text = texts.languages.UNKNOWN_LANGUAGE.format(value=value, names=names)
        return [Reply(text, keyboards.languages(current))]
    ctx.user.language = code
    with language.use(code):
        replies = [Reply(texts.languages.LANGUAGE_SET.format(name=language.NAMES[code]))]
        step = ctx.user.onboarding_step
        if step is not None and ctx.pending() is None:
            replies.append(step_question(ctx, step))  # the open step, asked again in it
        return replies
