"""The caseload, a runner's page, the runner's report, and a clinician's actions. A runner who
does not let this clinician follow them is "not found": the same answer as no runner at all."""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import RedirectResponse, Response

from bot import texts
from bot.service.clinic.adjust import MAX_PAUSE_DAYS, Change
from bot.service.clinic_ports import ClinicianInfo
from bot.web.pages import (
    checked_form,
    clinic,
    csrf_refused,
    message,
    path_int,
    render,
    signed_in,
)

SORTS = ("name", "silent", "adherence", "data")


def _not_found(request: Request) -> Response:
    return message(request, texts.clinic.NOT_FOUND, 404)


@signed_in
async def caseload(request: Request, clinician: ClinicianInfo) -> Response:
    sort = request.query_params.get("sort", "name")
    sort = sort if sort in SORTS else "name"
    lines = await clinic(request).caseload(clinician, sort)
    notice = request.query_params.get("notice")
    return render(
        request,
        "caseload.html",
        lines=lines,
        sort=sort,
        sorts=SORTS,
        alerts=sum(len(line.alerts) for line in lines),
        notice=texts.clinic.CODE_SENT if notice == "asked" else None,
        problem=None,
    )


@signed_in
async def chat_link(request: Request, clinician: ClinicianInfo) -> Response:
    """A code to send as ``/clinician CODE`` to the bot: alerts then reach that chat too."""
    form = await checked_form(request)
    if form is None:
        return csrf_refused(request)
    code = await clinic(request).chat_link_code(clinician)
    return render(request, "chat_link.html", code=code, linked=clinician.chat_channel)


@signed_in
async def enter_code(request: Request, clinician: ClinicianInfo) -> Response:
    form = await checked_form(request)
    if form is None:
        return csrf_refused(request)
    code = str(form.get("code", ""))[:32]
    label = str(form.get("label", ""))[:200]
    if not await clinic(request).enter_code(clinician, code, label):
        lines = await clinic(request).caseload(clinician)
        return render(
            request,
            "caseload.html",
            400,
            lines=lines,
            sort="name",
            sorts=SORTS,
            alerts=sum(len(line.alerts) for line in lines),
            notice=None,
            problem=texts.clinic.CODE_UNKNOWN,
        )
    return RedirectResponse("/caseload?notice=asked", status_code=303)


@signed_in
async def runner(request: Request, clinician: ClinicianInfo) -> Response:
    user_id = path_int(request, "user_id")
    page = await clinic(request).runner_page(clinician, user_id) if user_id else None
    if page is None:
        return _not_found(request)
    notices = {
        "cleared": texts.clinic.FLAG_CLEARED,
        "noted": texts.clinic.NOTE_SENT,
        "changed": texts.clinic.PLAN_CHANGED,
    }
    return render(
        request,
        "runner.html",
        page=page,
        notice=notices.get(request.query_params.get("notice", "")),
        decisions=texts.common.DECISIONS,
        max_pause=MAX_PAUSE_DAYS,
    )


@signed_in
async def report(request: Request, clinician: ClinicianInfo) -> Response:
    user_id = path_int(request, "user_id")
    pdf = await clinic(request).report(clinician, user_id) if user_id else None
    if pdf is None:
        return _not_found(request)
    return Response(
        pdf.content,
        media_type=pdf.mime,
        headers={"content-disposition": f'attachment; filename="{pdf.filename}"'},
    )


@signed_in
async def clear_flag(request: Request, clinician: ClinicianInfo) -> Response:
    form = await checked_form(request)
    if form is None:
        return csrf_refused(request)
    user_id, referral_id = path_int(request, "user_id"), path_int(request, "referral_id")
    if not user_id or not referral_id:
        return _not_found(request)
    if not await clinic(request).clear_flag(clinician, user_id, referral_id):
        return _not_found(request)
    return RedirectResponse(f"/runners/{user_id}?notice=cleared", status_code=303)


@signed_in
async def change_plan(request: Request, clinician: ClinicianInfo) -> Response:
    form = await checked_form(request)
    if form is None:
        return csrf_refused(request)
    user_id = path_int(request, "user_id")
    kind, value = str(form.get("kind", "")), str(form.get("value", "")).strip()
    if not user_id:
        return _not_found(request)
    if not value.isdigit() or len(value) > 3:
        return message(request, texts.clinic.ADJUST_REFUSED, 400)
    service = clinic(request)
    if await service.runner_page(clinician, user_id) is None:
        return _not_found(request)
    if not await service.adjust(clinician, user_id, Change(kind, int(value))):
        return message(request, texts.clinic.ADJUST_REFUSED, 400)
    return RedirectResponse(f"/runners/{user_id}?notice=changed", status_code=303)


@signed_in
async def write_note(request: Request, clinician: ClinicianInfo) -> Response:
    form = await checked_form(request)
    if form is None:
        return csrf_refused(request)
    user_id = path_int(request, "user_id")
    text = str(form.get("text", ""))
    if not user_id:
        return _not_found(request)
    if not text.strip():
        return message(request, texts.clinic.NOTE_EMPTY, 400)
    if not await clinic(request).note(clinician, user_id, text):
        return _not_found(request)
    return RedirectResponse(f"/runners/{user_id}?notice=noted", status_code=303)
