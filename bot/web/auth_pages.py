"""Signing in and out, and the one-time page where a clinician sets their password."""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import PlainTextResponse, RedirectResponse, Response

from bot import texts
from bot.service.clinic_ports import ClinicianInfo
from bot.web.pages import checked_form, clinic, csrf_refused, message, render, signed_in
from bot.web.security import client_address, sign_in_session


async def healthz(_request: Request) -> Response:
    return PlainTextResponse("ok")


async def home(request: Request) -> Response:
    target = "/caseload" if "clinician" in request.session else "/sign-in"
    return RedirectResponse(target, status_code=303)


async def set_password_page(request: Request) -> Response:
    token = str(request.path_params["token"])
    owner = await clinic(request).accounts.link_owner(token)
    if owner is None:
        return message(request, texts.clinic.LINK_UNUSABLE, 410)
    if request.method == "GET":
        return render(request, "set_password.html", owner=owner, problem=None)
    form = await checked_form(request)
    if form is None:
        return csrf_refused(request)
    problem = await clinic(request).accounts.set_password(
        token, str(form.get("password", "")), str(form.get("again", ""))
    )
    if problem == texts.clinic.LINK_UNUSABLE:
        return message(request, problem, 410)
    if problem:
        return render(request, "set_password.html", 400, owner=owner, problem=problem)
    return render(request, "sign_in.html", problem=None, notice=texts.clinic.PASSWORD_SET)


async def sign_in_page(request: Request) -> Response:
    if request.method == "GET":
        return render(request, "sign_in.html", problem=None, notice=None)
    form = await checked_form(request)
    if form is None:
        return csrf_refused(request)
    result = await clinic(request).accounts.sign_in(
        str(form.get("email", ""))[:254],
        str(form.get("password", ""))[:256],
        client_address(request),
    )
    if result.clinician is None:
        status = 429 if result.problem != texts.clinic.SIGN_IN_WRONG else 401
        return render(request, "sign_in.html", status, problem=result.problem, notice=None)
    sign_in_session(request, result.clinician.id, result.clinician.session_epoch)
    return RedirectResponse("/caseload", status_code=303)


@signed_in
async def sign_out(request: Request, _clinician: ClinicianInfo) -> Response:
    form = await checked_form(request)
    if form is None:
        return csrf_refused(request)
    request.session.clear()
    return RedirectResponse("/sign-in", status_code=303)
