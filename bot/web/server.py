"""``itb-coach web``: the clinician's web view served by uvicorn, and ``itb-coach clinician``:
the operator's account commands."""

from __future__ import annotations

import argparse
import asyncio
import logging

import uvicorn

from bot.bootstrap import build
from bot.service.clinic.accounts import Accounts
from bot.settings import Settings
from bot.web.app import make_app, session_secret

log = logging.getLogger(__name__)


async def serve(settings: Settings) -> int:
    coach = await build(settings)
    try:
        app = make_app(coach, await session_secret(coach))
        config = uvicorn.Config(
            app,
            host=settings.web_host,
            port=settings.web_port,
            log_config=None,  # the project's logging: no request lines with paths or codes
            access_log=False,
            server_header=False,
            lifespan="off",
        )
        log.info("web view listening", extra={"event": "web_started"})
        await uvicorn.Server(config).serve()
    finally:
        await coach.close()
    return 0


async def clinician_command(settings: Settings, args: argparse.Namespace) -> int:
    coach = await build(settings)
    try:
        accounts = Accounts(coach.units, coach.clock)
        if args.action == "add":
            added = await accounts.add(args.email, args.name, args.clinic)
            if added is None:
                print(f"itb-coach: a clinician with the email {args.email} exists already")
                return 1
            print(f"Added {added[0].signature} <{added[0].email}>.")
            print(f"One-time link to set the password (24 h): {_link(settings, added[1])}")
        elif args.action == "link":
            token = await accounts.new_link(args.email)
            if token is None:
                print(f"itb-coach: no enabled clinician with the email {args.email}")
                return 1
            print(f"One-time link to set the password (24 h): {_link(settings, token)}")
        elif args.action == "list":
            for c in await accounts.all():
                state = "disabled" if c.disabled else ("active" if c.has_password else "invited")
                print(f"{c.id}\t{c.email}\t{c.signature}\t{state}")
        elif args.action == "disable":
            if not await accounts.disable(args.email):
                print(f"itb-coach: no clinician with the email {args.email}")
                return 1
            print(f"Disabled {args.email}: their sessions end now.")
    finally:
        await coach.close()
    return 0


def _link(settings: Settings, token: str) -> str:
    return f"{settings.web_url}/set-password/{token}"


def run(settings: Settings, args: argparse.Namespace) -> int:
    if args.command == "web":
        return asyncio.run(serve(settings))
    return asyncio.run(clinician_command(settings, args))
