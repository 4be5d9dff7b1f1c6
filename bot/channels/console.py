"""The console channel: the coach in a terminal, or scripted through a pipe.

Buttons become numbered choices: type the number, the label, or anything else as usual.
When stdin is not a terminal, each line is one message, so a session can be scripted:
``printf '/start\\n/today\\n' | itb-coach chat --db /tmp/c.db``.
"""

from __future__ import annotations

import asyncio
import sys
from pathlib import Path
from typing import TextIO

from bot.reminders.console import console_reminders
from bot.service.coach import CoachService
from bot.service.replies import Button, Reply, UserKey

CHANNEL = "console"


class ConsoleChat:
    def __init__(
        self, service: CoachService, user: str, out: TextIO, files_dir: Path, *, echo: bool
    ) -> None:
        self.service = service
        self.echo = echo  # scripted sessions print what was "typed", so a transcript reads well
        self.who = UserKey(CHANNEL, user)
        self.out = out
        self.files_dir = files_dir
        self.choices: tuple[Button, ...] = ()

    def resolve(self, typed: str) -> tuple[str, bool]:
        """Map what was typed to a button's action when it names one: (text, pressed)."""
        typed = typed.strip()
        for button in self.choices:
            if typed.lower() == button.label.lower():
                return button.action, True
        numbered = [b for b in self.choices if not b.label.isdigit()]
        if typed.isdigit() and numbered and 1 <= int(typed) <= len(numbered):
            return numbered[int(typed) - 1].action, True
        return typed, False

    def render(self, replies: list[Reply]) -> None:
        self.choices = ()
        for reply in replies:
            print(reply.text, file=self.out)
            buttons = reply.all_buttons()
            if buttons:
                self.choices = buttons
                if all(b.label.isdigit() for b in buttons):
                    print("  [" + "] [".join(b.label for b in buttons) + "]", file=self.out)
                else:
                    for i, button in enumerate(buttons, 1):
                        print(f"  {i}) {button.label}", file=self.out)
            for attachment in (reply.document, reply.image):
                if attachment is not None:
                    self.files_dir.mkdir(parents=True, exist_ok=True)
                    path = self.files_dir / attachment.filename
                    path.write_bytes(attachment.content)
                    print(f"  [file saved: {path}]", file=self.out)
            print(file=self.out)

    async def say(self, typed: str) -> None:
        text, pressed = self.resolve(typed)
        if not text:
            return
        if self.echo:
            print(f"> {typed.strip()}", file=self.out)
        self.render(await self.service.handle(self.who, text, pressed=pressed))


async def run_console(service: CoachService, user: str, files_dir: Path) -> None:
    interactive = sys.stdin.isatty()
    chat = ConsoleChat(service, user, sys.stdout, files_dir, echo=not interactive)
    if interactive:
        print("ITB Coach — type /start to begin, /help for commands, Ctrl-D to leave.\n")
    # Due reminders print into the session while it runs.
    async with console_reminders(chat, prompt="you> " if interactive else ""):
        while True:
            line = await asyncio.to_thread(_read_line, interactive)
            if line is None:
                return
            await chat.say(line)


def _read_line(interactive: bool) -> str | None:
    try:
        return input("you> ") if interactive else _readline_or_none()
    except EOFError:
        return None


def _readline_or_none() -> str | None:
    line = sys.stdin.readline()
    return None if line == "" else line.rstrip("\n")
