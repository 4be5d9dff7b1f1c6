"""What every page relies on: the signed session, the CSRF token on every form, the security
headers, and who the client is."""

from __future__ import annotations

import hmac
import secrets
from typing import Any

from starlette.requests import Request
from starlette.types import ASGIApp, Message, Receive, Scope, Send

CSRF_FIELD = "csrf"
# No script at all, styles from this site only, no framing, forms post here only.
CSP = (
    "default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; "
    "frame-ancestors 'none'; base-uri 'none'"
)
HEADERS = {
    "content-security-policy": CSP,
    "x-frame-options": "DENY",
    "x-content-type-options": "nosniff",
    "referrer-policy": "no-referrer",
    "cache-control": "no-store",
    "cross-origin-opener-policy": "same-origin",
}


class SecurityHeaders:
    """Adds :data:`HEADERS` to every response (and HSTS when served over https)."""

    def __init__(self, app: ASGIApp, *, https: bool) -> None:
        self.app = app
        self.headers = dict(HEADERS)
        if https:
            self.headers["strict-transport-security"] = "max-age=31536000"

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def sending(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = [
                    (k, v) for k, v in message.get("headers", []) if k.decode() not in self.headers
                ]
                headers += [(k.encode(), v.encode()) for k, v in self.headers.items()]
                message["headers"] = headers
            await send(message)

        await self.app(scope, receive, sending)


def csrf_token(request: Request) -> str:
    """This session's CSRF token (made on first use); every form carries it."""
    token = request.session.get(CSRF_FIELD)
    if not isinstance(token, str):
        token = secrets.token_urlsafe(32)
        request.session[CSRF_FIELD] = token
    return token


def csrf_ok(request: Request, form: Any) -> bool:
    sent = form.get(CSRF_FIELD)
    expected = request.session.get(CSRF_FIELD)
    if not isinstance(sent, str) or not isinstance(expected, str):
        return False
    return hmac.compare_digest(sent.encode(), expected.encode())


def client_address(request: Request) -> str:
    """The peer's address (behind a proxy, uvicorn's ``--forwarded-allow-ips`` sets it)."""
    return request.client.host if request.client else "unknown"


def sign_in_session(request: Request, clinician_id: int, epoch: int) -> None:
    """A new session for the clinician: the old one (and its CSRF token) is dropped."""
    request.session.clear()
    request.session.update({"clinician": clinician_id, "epoch": epoch})
    csrf_token(request)
