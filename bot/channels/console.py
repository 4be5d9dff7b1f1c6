"""The console channel: the coach in a terminal, or scripted through a pipe.

Buttons become numbered choices: type the number, the label, or anything else as usual.
In a terminal, lines can be edited (arrow keys, history with up/down), an empty Enter takes a
question's default, Ctrl-C or Ctrl-D leaves at once, text wraps at word boundaries to the
terminal's width and due reminders print above the prompt.
When stdin is not a terminal, each line is one message, so a session can be scripted:
``printf '/start\\n/today\\n' | itb-coach chat --db /tmp/c.db``; blank lines are skipped.
"""

from __future__ import annotations

import asyncio
import contextlib
import shutil
import sys
import textwrap
import threading
from contextlib import AbstractAsyncContextManager
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from prompt_toolkit import PromptSession
from prompt_toolkit.history import InMemoryHistory
from prompt_toolkit.patch_stdout import patch_stdout

from bot import texts
from bot.bootstrap import Coach, build
from bot.channels import files
from bot.ops.lifecycle import Process
from bot.service.coach import CoachService
from bot.service.replies import Attachment, Button, Delivery, Reply, UserKey
from bot.texts import language, privacy

CHANNEL = "console"
PROMPT = "you> "


def wrap(text: str, width: int) -> str:
    """Wrap each line of ``text`` at word boundaries; bullets and choices keep their indent."""
    lines = []
    for line in text.splitlines():
        body = line.lstrip(" ")
        indent = " " * (len(line) - len(body)) + ("  " if body.startswith(("• ", "- ")) else "")
        lines += textwrap.wrap(
            line,
            width,
            subsequent_indent=indent,
            break_long_words=False,
            break_on_hyphens=False,
        ) or [""]
    return "\n".join(lines)


def choice_word(button: Button) -> str | None:
    """The word a destructive choice (Undo, Delete) or a language is chosen by (a language's
    own name, so its buttons never take a number that the safety check below them uses);
    None for any other."""
    if button.action.startswith("/language "):
        return button.label.removeprefix("✓ ")
    if button.action.startswith("/undo") or button.label == texts.conversation.UNDO_BUTTON:
        return texts.words.CONSOLE_UNDO_WORD
    if button.label == texts.account.DELETE_YES:
        return texts.words.CONSOLE_DELETE_WORD
    return None


@dataclass(frozen=True, slots=True)
class Menu:
    """The choices printed under one reply: ``numbered`` answer a bare number, ``worded``
    (destructive) only their word or whole label; ``keypad``: the labels are the numbers."""

    title: str
    buttons: tuple[Button, ...]
    default: Button | None = None

    @property
    def keypad(self) -> bool:
        return all(b.label.isdigit() for b in self.buttons)

    @property
    def numbered(self) -> tuple[Button, ...]:
        if self.keypad:
            return ()
        return tuple(b for b in self.buttons if choice_word(b) is None)

    def how(self) -> str:
        """How this menu is answered, for a number that answered nothing."""
        ways = []
        if self.keypad:
            ways.append(" ".join(b.label for b in self.buttons))
        elif self.numbered:
            k = len(self.numbered)
            ways.append(texts.words.CONSOLE_HOW_NUMBERS.format(numbers="1" if k == 1 else f"1-{k}"))
        words = [f"“{w}”" for b in self.buttons if (w := choice_word(b))]
        if words:
            ways.append(texts.words.CONSOLE_HOW_WORDS.format(words=", ".join(words)))
        return texts.words.CONSOLE_HOW_OR.join(ways) + "."

    def pick(self, typed: str) -> Button | None:
        low = typed.lower()
        for button in self.buttons:
            if low in (button.label.lower(), choice_word(button)):
                return button
        if typed.isdigit() and 1 <= int(typed) <= len(self.numbered):
            return self.numbered[int(typed) - 1]
        return None


def _title(text: str) -> str:
    first = text.strip().splitlines()[0] if text.strip() else ""
    return first if len(first) <= 60 else first[:57].rstrip() + "..."


class ConsoleChat:
    """One user talking through the console. ``interactive``: a person at a terminal (wrap to
    its width, say and take questions' defaults); otherwise a script whose input is echoed.

    A bare number answers only the newest menu printed; a number it does not have, or typed
    after that menu was replaced by a reply without one, is answered here and does nothing."""

    def __init__(
        self,
        service: CoachService,
        user: str,
        out: TextIO,
        files_dir: Path,
        *,
        echo: bool,
        interactive: bool = False,
    ) -> None:
        self.service = service
        self.echo = echo  # scripted sessions print what was "typed", so a transcript reads well
        self.interactive = interactive
        self.who = UserKey(CHANNEL, user)
        self.out = out
        self.files_dir = files_dir
        self.menu: Menu | None = None  # the newest menu printed, while it is the newest reply
        self.earlier: Menu | None = None  # a menu printed before the newest reply
        self.speaks: str | None = None  # the runner's language, as the service last worded it

    @property
    def choices(self) -> tuple[Button, ...]:
        return self.menu.buttons if self.menu else ()

    @property
    def default(self) -> Button | None:
        return self.menu.default if self.menu else None

    def resolve(self, typed: str) -> tuple[str, bool]:
        """Map what was typed to a button's action when it names one: (text, pressed)."""
        typed = typed.strip()
        if not typed and self.interactive and self.default is not None:
            return self.default.action, True
        button = self.menu.pick(typed) if self.menu else None
        if button is not None:
            return button.action, True
        return typed, False

    def misfire(self, typed: str) -> str | None:
        """What a bare number that chooses nothing gets instead of being sent on."""
        typed = typed.strip()
        if not typed.isdigit() or (self.menu and self.menu.pick(typed)):
            return None
        current = (
            texts.words.CONSOLE_CURRENT_MENU.format(title=self.menu.title, how=self.menu.how())
            if self.menu
            else texts.words.CONSOLE_NO_MENU
        )
        earlier = self.earlier
        if earlier is not None and earlier.pick(typed) is not None:
            return texts.words.CONSOLE_MENU_GONE.format(n=typed, old=earlier.title, current=current)
        if self.menu is not None:
            return texts.words.CONSOLE_NO_SUCH_NUMBER.format(n=typed, current=current)
        return None

    def _print(self, text: str = "") -> None:
        if self.interactive and text:
            text = wrap(text, max(20, shutil.get_terminal_size().columns - 1))
        print(text, file=self.out)

    def _print_menu(self, menu: Menu) -> None:
        if menu.keypad:
            self._print("  [" + "] [".join(b.label for b in menu.buttons) + "]")
        else:
            for i, button in enumerate(menu.numbered, 1):
                self._print(f"  {i}) {button.label}")
        for button in menu.buttons:
            word = choice_word(button)
            if word is not None:
                self._print(texts.words.CONSOLE_WORD_CHOICE.format(word=word, label=button.label))
        if self.interactive and menu.default is not None:
            label = menu.default.label.removesuffix(texts.onboarding.DEFAULT_MARK)  # said once
            self._print(texts.channels.CONSOLE_ENTER_DEFAULT.format(label=label))

    def render(self, replies: list[Reply]) -> None:
        """The replies, with the console's own lines (a choice's word, a file saved) in the
        language they are worded in."""
        if replies:
            self.earlier, self.menu = self.menu or self.earlier, None
        self.speaks = next((r.language for r in replies if r.language), self.speaks)
        with language.use(self.speaks):
            self._render(replies)

    def _render(self, replies: list[Reply]) -> None:
        for reply in replies:
            self._print(reply.text)
            buttons = reply.all_buttons()
            if buttons:
                self.menu = Menu(_title(reply.text), buttons, reply.default)
                self._print_menu(self.menu)
            for attachment in (reply.document, reply.image):
                if attachment is not None:
                    self._save(attachment)
            self._print()

    def _save(self, attachment: Attachment) -> None:
        """A new file of the runner's own in the files folder (see :mod:`bot.channels.files`)."""
        name = files.private_name(
            attachment.filename, self.who.external_id, self.service.clock.now()
        )
        try:
            path = files.save_private(self.files_dir, name, attachment.content)
        except OSError as error:
            self._print(privacy.CONSOLE_FILE_NOT_SAVED.format(reason=error))
            return
        self._print(texts.channels.CONSOLE_FILE_SAVED.format(path=path))

    async def say(self, typed: str) -> None:
        with language.use(self.speaks):  # a choice's word is the runner's ("deshacer")
            await self._say(typed)

    async def _say(self, typed: str) -> None:
        text, pressed = self.resolve(typed)
        if not text:
            if self.interactive and self.menu is not None:  # Enter with no default: ask again
                self._print(texts.channels.CONSOLE_NO_DEFAULT)
                self._print_menu(self.menu)
                self._print()
            return
        if self.echo:
            print(f"> {typed.strip()}", file=self.out)
        notice = None if pressed else self.misfire(typed)
        if notice is not None:
            self._print(notice)
            self._print()
            return
        self.render(await self.service.handle(self.who, text, pressed=pressed))


class ConsoleNotifier:
    """Prints a reminder into the chat as if the coach had spoken first; its buttons become
    the numbered choices, like any reply's. In a terminal the prompt is redrawn below it."""

    def __init__(self, chat: ConsoleChat) -> None:
        self.chat = chat
        self.channel = chat.who.channel

    async def send(self, external_id: str, replies: list[Reply]) -> Delivery:
        if external_id != self.chat.who.external_id:
            return Delivery.FAILED  # someone else in this database: not ours to print
        print(file=self.chat.out)
        self.chat.render(replies)
        return Delivery.SENT


# How long leaving the chat waits for a reminder tick under way (its database work) before
# cancelling it; a tick for one console user takes milliseconds.
STOP_WAIT_SECONDS = 5.0


def reminders(coach: Coach, chat: ConsoleChat) -> AbstractAsyncContextManager[object]:
    """The chat user's reminders, printed into the session while it runs."""
    notifier = ConsoleNotifier(chat)
    only = chat.who.external_id
    return coach.reminders(notifier, stop_wait=STOP_WAIT_SECONDS, only_external_id=only)


async def serve_console(process: Process, user: str, files_dir: Path) -> None:
    """The console as a process (``itb-coach chat``): until the input ends, or SIGTERM or
    SIGINT; then the message under way is answered, the reminders stop, the database closes."""
    coach = await build(process.settings)
    try:
        talking = asyncio.create_task(run_console(coach, user, files_dir))
        stop = asyncio.create_task(process.stopped())
        process.serving(coach.engine)
        await asyncio.wait({talking, stop}, return_when=asyncio.FIRST_COMPLETED)
        stop.cancel()
        if not talking.done():
            talking.cancel()  # waiting for a line: nothing under way is lost
        with contextlib.suppress(asyncio.CancelledError):
            await talking
    finally:
        await coach.close()


async def run_console(coach: Coach, user: str, files_dir: Path) -> None:
    """Talk until input ends (Ctrl-D, the end of a script) or Ctrl-C."""
    if sys.stdin.isatty():
        await _interactive(coach, user, files_dir)
    else:
        await _scripted(coach, user, files_dir)


async def _interactive(coach: Coach, user: str, files_dir: Path) -> None:
    session: PromptSession[str] = PromptSession(history=InMemoryHistory())
    # Everything printed while the prompt is up (a reminder) goes above it, the line kept.
    with patch_stdout(raw=True):
        service = coach.service
        chat = ConsoleChat(service, user, sys.stdout, files_dir, echo=False, interactive=True)
        await greet(chat)
        async with reminders(coach, chat):
            while True:
                try:
                    line = await session.prompt_async(PROMPT)
                except (EOFError, KeyboardInterrupt):
                    return
                await chat.say(line)


async def greet(chat: ConsoleChat) -> None:
    """The first lines of a terminal session: the question left open, if any (so a number
    or Enter answers it at once), else the banner."""
    waiting = await chat.service.waiting(chat.who)
    chat.speaks = await chat.service.language_of(chat.who)  # a known runner's: theirs
    with language.use(chat.speaks):
        if not waiting:
            chat._print(texts.channels.CONSOLE_BANNER + "\n")
            return
        chat._print(texts.channels.CONSOLE_WHERE_YOU_LEFT + "\n")
    chat.render(waiting)


async def _scripted(coach: Coach, user: str, files_dir: Path) -> None:
    chat = ConsoleChat(coach.service, user, sys.stdout, files_dir, echo=True)
    lines = _stdin_lines()
    async with reminders(coach, chat):
        while True:
            line = await lines.get()
            if line == "":
                return
            await chat.say(line.rstrip("\n"))


def _stdin_lines() -> asyncio.Queue[str]:
    """Lines of standard input, read by a daemon thread: a process told to stop while the
    input is quiet exits instead of waiting for a line that may never come."""
    loop = asyncio.get_running_loop()
    queue: asyncio.Queue[str] = asyncio.Queue()

    def read() -> None:
        while True:
            line = sys.stdin.readline()
            loop.call_soon_threadsafe(queue.put_nowait, line)
            if line == "":
                return

    threading.Thread(target=read, name="console-input", daemon=True).start()
    return queue
