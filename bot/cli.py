"""itb-coach: run the coach on the console, Telegram or Discord, or play the demo.

With no sub-command it runs the Telegram bot when TELEGRAM_BOT_TOKEN is set, else the console.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from bot.logs import setup_logging
from bot.protocol_files import ProtocolFileError
from bot.settings import Settings
from bot.store.db import sqlite_url


def _days(text: str) -> int:
    if not text.isdigit() or not 1 <= int(text) <= 365:
        raise argparse.ArgumentTypeError("days is a whole number from 1 to 365")
    return int(text)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="itb-coach", description=__doc__)
    sub = parser.add_subparsers(dest="command")
    chat = sub.add_parser("chat", help="talk to the coach in this terminal")
    chat.add_argument("--db", type=Path, help="SQLite file (default: DATABASE_URL or data/)")
    chat.add_argument("--user", default="local", help="who you are in the database")
    chat.add_argument(
        "--files",
        type=Path,
        help="where /export, /report and /progress save files (default: exports/ beside the "
        "SQLite file, or ./exports for another database)",
    )
    demo = sub.add_parser("demo", help="fast-forward a runner through a programme")
    demo.add_argument("--days", type=_days, default=42, help="1-365 (default 42)")
    demo.add_argument("--protocol", default=None, help="programme id (default: the default)")
    telegram = sub.add_parser("telegram", help="run the Telegram bot")
    telegram.add_argument("--webhook", action="store_true", help="webhook instead of polling")
    discord = sub.add_parser("discord", help="run the Discord bot")
    discord.add_argument(
        "--sync", action="store_true", help="register the slash commands even if unchanged"
    )
    sub.add_parser("worker", help="send due Telegram reminders only (no updates); scale out")
    sub.add_parser("web", help="serve the clinician's web view (WEB_HOST, WEB_PORT)")
    _clinician_parser(sub)
    return parser


def _clinician_parser(sub: Any) -> None:
    clinician = sub.add_parser("clinician", help="clinicians' accounts for the web view")
    actions = clinician.add_subparsers(dest="action", required=True)
    add = actions.add_parser("add", help="add a clinician; prints a one-time link (24 h)")
    add.add_argument("--email", required=True)
    add.add_argument("--name", required=True)
    add.add_argument("--clinic", default=None)
    link = actions.add_parser("link", help="a new one-time link for a clinician")
    link.add_argument("--email", required=True)
    actions.add_parser("list", help="every clinician, with their state")
    disable = actions.add_parser("disable", help="disable a clinician; their sessions end")
    disable.add_argument("--email", required=True)


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        settings = Settings()
    except ValidationError as exc:
        first = exc.errors()[0]
        field = ".".join(str(p) for p in first["loc"]).upper()
        print(f"itb-coach: setting {field}: {first['msg']}", file=sys.stderr)
        return 2
    quiet = args.command in (None, "chat", "demo", "clinician")
    setup_logging(settings.log_level, quiet=quiet, fmt=settings.log_format)
    command = args.command or ("telegram" if settings.telegram_bot_token else "chat")
    try:
        if command == "chat":
            if getattr(args, "db", None):
                settings.database_url = sqlite_url(args.db)
            files = getattr(args, "files", None) or files_dir(settings.database_url)
            return _chat(settings, getattr(args, "user", "local"), files)
        if command == "demo":
            from bot.demo import run_demo

            return asyncio.run(run_demo(args.days, args.protocol))
        if command == "telegram":
            from bot.channels.telegram import run_telegram

            return run_telegram(settings, webhook=getattr(args, "webhook", False))
        if command == "worker":
            from bot.channels.telegram_worker import run_worker

            return run_worker(settings)
        if command in ("web", "clinician"):
            return _web(settings, args)
        if command == "discord":
            try:
                from bot.channels.discord import run_discord
            except ImportError:
                print(
                    "itb-coach: install the discord extra: pip install 'itb-coach[discord]'",
                    file=sys.stderr,
                )
                return 2
            return run_discord(settings, force_sync=getattr(args, "sync", False))
    except ProtocolFileError as exc:
        print(f"itb-coach: bad protocol file: {exc}", file=sys.stderr)
        return 2
    except (KeyboardInterrupt, BrokenPipeError):
        return 0
    return 0


def _web(settings: Settings, args: argparse.Namespace) -> int:
    try:
        from bot.web.server import run
    except ImportError:
        print("itb-coach: install the web extra: pip install 'itb-coach[web]'", file=sys.stderr)
        return 2
    return run(settings, args)


def files_dir(database_url: str) -> Path:
    """``exports/`` beside a SQLite database file; ``./exports`` for any other database."""
    if database_url.startswith("sqlite") and ":///" in database_url:
        path = database_url.split(":///", 1)[1]
        if path and path != ":memory:":
            return Path(path).parent / "exports"
    return Path("exports")


def _chat(settings: Settings, user: str, files: Path) -> int:
    from bot.channels.console import serve_console
    from bot.ops.lifecycle import run_process

    return run_process(
        "console", settings, lambda p: serve_console(p, user, files), serve_health=False
    )


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
