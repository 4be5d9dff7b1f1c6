"""One whole day in Spanish on Telegram, end to end: a runner whose Telegram is in Spanish
(``language_code`` "es") gets the Spanish menu, is onboarded, sees the plan, gets a reminder,
reports a run and a red flag, and asks for /progress and /report (the PDF read back), every
word from the Spanish catalogue; Spanish aliases typed (/hoy, /corrida, /progreso, /informe).
"""

from __future__ import annotations

from datetime import timedelta

import pytest

from bot import texts
from bot.bootstrap import Coach
from bot.clock import ManualClock
from bot.service import keyboards
from bot.service.commands import menus
from bot.service.replies import UserKey
from bot.settings import Settings
from tests.channels.fake_bot_api import FakeBotApi
from tests.channels.spanish import RED_FLAG, catalogue, es, head, pdf_text
from tests.channels.test_telegram_e2e import CHAT, Telegram, fake, shown, tg_settings

__all__ = ["fake", "tg_settings"]  # fixtures of the Telegram end-to-end tests


def labels_of(rows: keyboards.Rows) -> list[str]:
    return [b.label for row in rows for b in row]


async def onboard_in_spanish(tg: Telegram) -> None:
    out = await tg.say("/start")
    assert out[0].text == es(lambda: texts.onboarding.WELCOME)
    assert out[0].labels == []  # Telegram said the language: nothing to ask
    assert out[1].text == es(lambda: texts.onboarding.ASK_SCREEN)
    out = await tg.press(es(lambda: texts.onboarding.SCREEN_NONE))
    assert es(lambda: texts.onboarding.SCREEN_CLEAR) in shown(out)
    mark = es(lambda: texts.onboarding.DEFAULT_MARK)
    out = await tg.press(next(b for b in out[-1].labels if b.endswith(mark)))
    assert out[-1].text == es(lambda: texts.onboarding.ASK_SIDE)
    out = await tg.press(es(lambda: texts.onboarding.SIDES["left"]))
    assert es(lambda: texts.onboarding.SIDE_SET.format(side=texts.onboarding.SIDES["left"])) in (
        shown(out)
    )
    out = await tg.press(es(lambda: texts.onboarding.KEEP_ZONE.format(zone="UTC")))
    assert out[-1].labels == [es(lambda: texts.onboarding.KEEP_TIMES)]
    out = await tg.press(es(lambda: texts.onboarding.KEEP_TIMES))
    out = await tg.press(es(lambda: texts.race.NO_RACE_BUTTON))
    assert es(lambda: texts.onboarding.ONBOARDED) in shown(out)


async def test_one_whole_day_in_spanish(
    fake: FakeBotApi, tg_settings: Settings, coach: Coach, clock: ManualClock
) -> None:
    fake.languages[CHAT] = "es"
    tg_settings.reminder_tick_seconds = 1
    async with Telegram(fake, tg_settings, coach, reminders=True) as tg:
        # The menu: English by default, and the Spanish one for Spanish clients.
        worded = menus()
        spanish_menu = [{"command": n, "description": d} for n, d in worded["es"]]
        assert fake.menus["es"] == spanish_menu
        assert fake.menus[""] == [{"command": n, "description": d} for n, d in worded["en"]]

        await onboard_in_spanish(tg)

        # The plan, asked for by its Spanish alias.
        out = await tg.say("/hoy")
        plan = await coach.service.plan_for(UserKey("telegram", str(CHAT)))
        assert plan is not None
        assert out[0].labels == labels_of(es(lambda: keyboards.today(plan, set())))

        # The first stretch reminder of the day.
        before = len(fake.outputs(CHAT))
        clock.set(clock.now().replace(hour=8, minute=0, second=30))
        await fake.wait_until(lambda: len(fake.outputs(CHAT)) > before, timeout=15)
        reminder = fake.outputs(CHAT)[before]
        assert reminder.labels == labels_of(es(lambda: keyboards.reminder("stretch-1")))
        out = await tg.press(es(lambda: texts.reminders.REMINDER_DONE))
        assert out and "✓" in out[0].text

        # A run report.
        clock.advance(timedelta(hours=9))
        out = await tg.say("/corrida 30")
        assert out[0].text == es(lambda: texts.reports.ASK_RUN_PAIN)
        out = await tg.press("2")
        assert out[0].text == es(lambda: texts.reports.ASK_RUN_STOPPED)
        assert out[0].labels == [es(lambda: texts.common.YES), es(lambda: texts.common.NO)]
        out = await tg.press(es(lambda: texts.common.NO))
        view = await coach.service.look(UserKey("telegram", str(CHAT)))
        assert view is not None
        run = view.runs[-1]
        protocol = coach.protocols.default
        recorded = es(lambda: texts.reports.run_reply(run.judgement, 2, False, protocol, None))
        assert out[0].text.splitlines()[0] == recorded.splitlines()[0]

        # /progress and its chart.
        out = await tg.say("/progreso")
        assert out[0].message.photo is not None
        assert out[0].text.startswith(head(es(lambda: texts.progress.PROGRESS_HEAD)))

        # A red flag: heard, asked back, kept.
        out = await tg.say(RED_FLAG)
        assert out[0].text.startswith(head(es(lambda: texts.safety.FLAG_HEARD)))
        assert out[0].labels == [
            es(lambda: texts.common.YES),
            es(lambda: texts.safety.FLAG_NOT_MEANT),
        ]
        out = await tg.press(es(lambda: texts.common.YES))
        assert out[0].text.startswith(head(es(lambda: texts.safety.FLAG_KEPT)))

        # The report for a clinician, its text read back from the PDF.
        out = await tg.say("/informe")
        assert out[0].text == es(lambda: texts.progress.REPORT_READY)
        document = out[0].message.document
        assert document is not None
        text = pdf_text(fake.files[document["file_id"]])
        pdf = texts.report_pdf
        for heading in es(lambda: (pdf.PDF_TITLE, pdf.PDF_PROGRAMME, pdf.PDF_ADHERENCE)):
            assert heading in text


@pytest.mark.xfail(not catalogue(), reason="the Spanish catalogue is not merged yet", strict=True)
def test_the_spanish_day_is_worded_in_spanish_not_english() -> None:
    for text in (
        lambda: texts.onboarding.WELCOME,
        lambda: texts.onboarding.ASK_SCREEN,
        lambda: texts.reports.ASK_RUN_PAIN,
        lambda: texts.safety.FLAG_KEPT,
        lambda: texts.progress.PROGRESS_HEAD,
        lambda: texts.report_pdf.PDF_TITLE,
        lambda: texts.reminders.REMINDER_DONE,
    ):
        assert es(text) != text()
