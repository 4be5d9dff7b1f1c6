"""``make_app(coach)``: the clinician's web view as an ASGI app, on the coach's service and
database. Plain HTML forms, no script: every page has a strict CSP and cannot be framed."""

from __future__ import annotations

import secrets
from pathlib import Path

from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.middleware.sessions import SessionMiddleware
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from bot.bootstrap import Coach
from bot.service.clinic.service import ClinicService
from bot.web import auth_pages, clinic_pages
from bot.web.security import SecurityHeaders

SESSION_COOKIE = "itb_clinician"
SESSION_HOURS = 8
SECRET_KEY = "web_session_secret"


def routes() -> list[Route | Mount]:
    return [
        Route("/healthz", auth_pages.healthz),
        Route("/", auth_pages.home),
        Route("/set-password/{token}", auth_pages.set_password_page, methods=["GET", "POST"]),
        Route("/sign-in", auth_pages.sign_in_page, methods=["GET", "POST"]),
        Route("/sign-out", auth_pages.sign_out, methods=["POST"]),
        Route("/caseload", clinic_pages.caseload),
        Route("/codes", clinic_pages.enter_code, methods=["POST"]),
        Route("/chat-link", clinic_pages.chat_link, methods=["POST"]),
        Route("/runners/{user_id:int}", clinic_pages.runner),
        Route("/runners/{user_id:int}/report.pdf", clinic_pages.report),
        Route(
            "/runners/{user_id:int}/flags/{referral_id:int}/clear",
            clinic_pages.clear_flag,
            methods=["POST"],
        ),
        Route("/runners/{user_id:int}/notes", clinic_pages.write_note, methods=["POST"]),
        Route("/runners/{user_id:int}/plan", clinic_pages.change_plan, methods=["POST"]),
        Mount(
            "/static", StaticFiles(directory=str(Path(__file__).parent / "static")), name="static"
        ),
    ]


async def session_secret(coach: Coach) -> str:
    """``WEB_SECRET_KEY``, or one made once and kept in the database, so every web process
    (and a restart) signs sessions alike."""
    if coach.settings.web_secret_key is not None:
        return coach.settings.web_secret_key.get_secret_value()
    async with coach.units() as uow:
        return await uow.clinic.deployment_secret(
            SECRET_KEY, secrets.token_urlsafe(48), coach.clock.now()
        )


def make_app(coach: Coach, secret: str) -> Starlette:
    """The web view on ``coach`` (its database, clock and protocols); ``secret`` signs the
    session cookies (:func:`session_secret`)."""
    clinic = ClinicService(coach.units, coach.clock, coach.protocols, coach.service.red_flags)
    https = coach.settings.web_url.startswith("https://")
    app = Starlette(
        routes=routes(),
        middleware=[
            Middleware(SecurityHeaders, https=https),
            Middleware(
                SessionMiddleware,
                secret_key=secret,
                session_cookie=SESSION_COOKIE,
                max_age=SESSION_HOURS * 3600,
                same_site="strict",
                https_only=https,
            ),
        ],
    )
    app.state.clinic = clinic
    return app
