"""What the routes share: the templates, the clinic service on the app, the signed-in
clinician, and the CSRF check on every form."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from functools import wraps
from pathlib import Path
from typing import Any

from starlette.datastructures import FormData
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response
from starlette.templating import Jinja2Templates

from bot import texts
from bot.service.clinic.service import ClinicService
from bot.service.clinic_ports import ClinicianInfo
from bot.web.security import csrf_ok, csrf_token

TEMPLATES = Jinja2Templates(directory=str(Path(__file__).parent / "templates"))
MAX_FORM_FIELDS = 10
MAX_FORM_BYTES = 64 * 1024  # the longest form (a note of 2,000 characters) is far below

Page = Callable[[Request, ClinicianInfo], Awaitable[Response]]


def clinic(request: Request) -> ClinicService:
    service: ClinicService = request.app.state.clinic
    return service


def render(request: Request, template: str, status_code: int = 200, **context: Any) -> Response:
    context.setdefault("clinician", getattr(request.state, "clinician", None))
    context["csrf"] = csrf_token(request)
    return TEMPLATES.TemplateResponse(request, template, context, status_code=status_code)


def message(request: Request, text: str, status_code: int) -> Response:
    return render(request, "message.html", status_code, text=text)


async def checked_form(request: Request) -> FormData | None:
    """The posted form when its CSRF token is this session's; None otherwise (an oversized
    body is not read)."""
    length = request.headers.get("content-length", "")
    if not length.isdigit() or int(length) > MAX_FORM_BYTES:
        return None
    form = await request.form(max_fields=MAX_FORM_FIELDS, max_files=0)
    return form if csrf_ok(request, form) else None


def csrf_refused(request: Request) -> Response:
    return message(request, texts.clinic.CSRF_FAILED, 403)


def signed_in(page: Page) -> Callable[[Request], Awaitable[Response]]:
    """The page for a signed-in, enabled clinician whose session is current; anyone else
    goes to the sign-in page (and a stale session is dropped)."""

    @wraps(page)
    async def guarded(request: Request) -> Response:
        clinician_id, epoch = request.session.get("clinician"), request.session.get("epoch")
        found = None
        if isinstance(clinician_id, int) and isinstance(epoch, int):
            found = await clinic(request).accounts.current(clinician_id, epoch)
        if found is None:
            request.session.pop("clinician", None)
            return RedirectResponse("/sign-in", status_code=303)
        request.state.clinician = found
        return await page(request, found)

    return guarded


def path_int(request: Request, name: str) -> int | None:
    value = request.path_params.get(name)
    return value if isinstance(value, int) and 0 < value < 2**31 else None
