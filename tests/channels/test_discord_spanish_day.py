"""One whole day in Spanish on Discord, end to end: the real discord.py client against the
local stand-in, a runner whose Discord is set to Spanish (the interactions' locale "es-ES").
The commands carry their Spanish names and descriptions; the runner is onboarded, sees the
plan, gets a reminder, reports a run and a red flag, and asks for /progress and /report (the
PDF read back), every word from the Spanish catalogue."""

from __future__ import annotations

from datetime import timedelta

from bot import texts
from bot.bootstrap import Coach
from bot.channels.discord.localise import alias
from bot.clock import ManualClock
from bot.service import keyboards
from bot.service.commands import menus
from bot.service.replies import UserKey
from tests.channels.fake_discord import FakeDiscord, Message
from tests.channels.spanish import RED_FLAG, es, head, pdf_text
from tests.channels.test_discord_e2e import USER, Discord, bot, escaped, fake, shown

__all__ = ["bot", "fake"]  # fixtures of the Discord end-to-end tests

RUNNER = UserKey("discord", str(USER))


def labels(message: Message) -> list[str]:
    return [b["label"] for b in message.buttons()]


def labels_of(rows: keyboards.Rows) -> list[str]:
    return [b.label for row in rows for b in row]


def test_a_commands_localised_name_is_its_alias_in_that_language_only() -> None:
    assert alias("today", "es") == "hoy" and alias("language", "es") == "idioma"
    assert alias("today", "de") is None and alias("screen", "es") is None


async def onboard_in_spanish(bot: Discord) -> None:
    out = await bot.slash("start")
    assert escaped(es(lambda: texts.onboarding.ASK_SCREEN)) in shown(out)
    out = await bot.press(es(lambda: texts.onboarding.SCREEN_NONE))
    assert escaped(es(lambda: texts.onboarding.SCREEN_CLEAR)) in shown(out)
    mark = es(lambda: texts.onboarding.DEFAULT_MARK)
    out = await bot.press(next(b for b in labels(out[-1]) if b.endswith(mark)))
    out = await bot.press(es(lambda: texts.onboarding.SIDES["left"]))
    out = await bot.press(es(lambda: texts.onboarding.KEEP_ZONE.format(zone="UTC")))
    out = await bot.press(es(lambda: texts.onboarding.KEEP_TIMES))
    out = await bot.press(es(lambda: texts.race.NO_RACE_BUTTON))
    assert escaped(es(lambda: texts.onboarding.ONBOARDED)) in shown(out)


async def test_one_whole_day_in_spanish(
    fake: FakeDiscord, coach: Coach, clock: ManualClock
) -> None:
    fake.locales[USER] = "es-ES"
    async with Discord(fake, coach) as bot:
        # The commands: Spanish names and descriptions for both Spanish locales.
        spanish = dict(menus()["es"])
        today = next(c for c in fake.commands if c["name"] == "today")
        assert today["name_localizations"] == {"es-ES": "hoy", "es-419": "hoy"}
        assert today["description_localizations"]["es-419"] == spanish["today"]
        assert "en-GB" not in today["description_localizations"]
        run = next(c for c in fake.commands if c["name"] == "run")
        pain = next(o for o in run["options"] if o["name"] == "pain")
        spanish_pain = es(lambda: texts.channels.DISCORD_OPT_RUN_PAIN)
        assert pain["description_localizations"]["es-ES"] == spanish_pain != pain["description"]

        await onboard_in_spanish(bot)
        async with coach.units() as uow:
            user = await uow.find_user("discord", str(USER))
            assert user is not None and user.language == "es"

        # The plan.
        out = await bot.slash("today")
        plan = await coach.service.plan_for(RUNNER)
        assert plan is not None
        assert labels(out[-1]) == labels_of(es(lambda: keyboards.today(plan, set())))

        # The first stretch reminder, in the runner's direct messages.
        ticker = coach.ticker(bot.client.notifier)
        clock.advance(timedelta(hours=1, minutes=1))  # 08:01 UTC
        assert (await ticker.tick()).sent == 1
        reminder = fake.seen_by(USER)[-1]
        assert labels(reminder) == labels_of(es(lambda: keyboards.reminder("stretch-1")))

        # A run report with the slash command's options.
        clock.advance(timedelta(hours=9))
        out = await bot.slash("run", minutes=30, pain=2)
        view = await coach.service.look(RUNNER)
        assert view is not None
        run = view.runs[-1]
        protocol = coach.protocols.default
        recorded = es(lambda: texts.reports.run_reply(run.judgement, 2, False, protocol, None))
        assert escaped(recorded.splitlines()[0]) in shown(out)

        # /progress: its words and chart.
        out = await bot.slash("progress")
        assert any(m.files for m in out)
        assert escaped(head(es(lambda: texts.progress.PROGRESS_HEAD))) in shown(out)

        # A red flag typed in the direct messages: heard, asked back, kept.
        out = await bot.say(RED_FLAG)
        assert escaped(head(es(lambda: texts.safety.FLAG_HEARD))) in shown(out)
        out = await bot.press(es(lambda: texts.common.YES))
        assert escaped(head(es(lambda: texts.safety.FLAG_KEPT))) in shown(out)

        # The report for a clinician, its text read back from the PDF.
        out = await bot.slash("report")
        [pdf] = [content for m in out for content in m.files.values()]
        text = pdf_text(pdf)
        report = texts.report_pdf
        for heading in es(lambda: (report.PDF_TITLE, report.PDF_PROGRAMME, report.PDF_ADHERENCE)):
            assert heading in text
