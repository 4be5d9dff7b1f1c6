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
from pathlib import Path
from typing import TextIO

from prompt_toolkit import PromptSession
from prompt_toolkit.history import InMemoryHistory
from prompt_toolkit.patch_stdout import patch_stdout

from bot import texts
from bot.bootstrap import Coach, build
from bot.ops.lifecycle import Process
from bot.service.coach import CoachService
from bot.service.replies import Button, Delivery, Reply, UserKey

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


class ConsoleChat:
    """One user talking through the console. ``interactive``: a person at a terminal (wrap to
    its width, say and take questions' defaults); otherwise a script whose input is echoed."""

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
        self.choices: tuple[Button, ...] = ()
        self.default: Button | None = None

    def resolve(self, typed: str) -> tuple[str, bool]:
        """Map what was typed to a button's action when it names one: (text, pressed)."""
        typed = typed.strip()
        if not typed and self.interactive and self.default is not None:
            return self.default.action, True
        for button in self.choices:
            if typed.lower() == button.label.lower():
                return button.action, True
        numbered = [b for b in self.choices if not b.label.isdigit()]
        if typed.isdigit() and numbered and 1 <= int(typed) <= len(numbered):
            return numbered[int(typed) - 1].action, True
        return typed, False

    def _print(self, text: str = "") -> None:
        if self.interactive and text:
            text = wrap(text, max(20, shutil.get_terminal_size().columns - 1))
        print(text, file=self.out)

    def render(self, replies: list[Reply]) -> None:
        self.choices, self.default = (), None
        for reply in replies:
            self._print(reply.text)
            buttons = reply.all_buttons()
            if buttons:
                self.choices, self.default = buttons, reply.default
                if all(b.label.isdigit() for b in buttons):
                    self._print("  [" + "] [".join(b.label for b in buttons) + "]")
                else:
                    for i, button in enumerate(buttons, 1):
                        self._print(f"  {i}) {button.label}")
                if self.interactive and reply.default is not None:
                    self._print(
                        texts.channels.CONSOLE_ENTER_DEFAULT.format(label=reply.default.label)
                    )
            for attachment in (reply.document, reply.image):
                if attachment is not None:
                    self.files_dir.mkdir(parents=True, exist_ok=True)
                    path = self.files_dir / attachment.filename
                    path.write_bytes(attachment.content)
                    self._print(texts.channels.CONSOLE_FILE_SAVED.format(path=path))
            self._print()

    async def say(self, typed: str) -> None:
        text, pressed = self.resolve(typed)
        if not text:
            return
        if self.echo:
            print(f"> {typed.strip()}", file=self.out)
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
        print(texts.channels.CONSOLE_BANNER + "\n")
        async with reminders(coach, chat):
            while True:
                try:
                    line = await session.prompt_async(PROMPT)
                except (EOFError, KeyboardInterrupt):
                    return
                await chat.say(line)


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
