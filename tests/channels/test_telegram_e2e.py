"""The Telegram channel end to end: a real PTB Application, built by the production builder,
long polling a fake Bot API over real HTTP, on a temporary database with a manual clock.

Waiting is never by sleeping: each step waits (with a timeout) until the application has
finished processing the injected update, then looks at what the fake recorded. Every test ends
by checking the fake rejected no call, apart from the 429s and 403s it was told to give.
"""

from __future__ import annotations

import asyncio
import io
import json
import logging
import socket
import struct
import time
import zlib
from collections.abc import AsyncIterator, Callable
from datetime import timedelta
from typing import Any

import aiohttp
import pytest
from pydantic import SecretStr
from pypdf import PdfReader
from telegram import Message, Update
from telegram.ext import Application, ContextTypes, TypeHandler

from bot import texts
from bot.bootstrap import Coach, build
from bot.channels.telegram import (
    PacedRateLimiter,
    build_application,
    channel_of,
    run_telegram,
    running,
)
from bot.channels.telegram_render import (
    MESSAGE_LIMIT,
    TelegramNotifier,
    render_text,
    split_text,
    utf16_len,
)
from bot.clock import ManualClock
from bot.protocol_files import default_red_flags
from bot.service.commands import menu
from bot.service.replies import Attachment, Button, Delivery, Reply, UserKey
from bot.settings import Settings
from bot.store import repo
from tests.channels.fake_bot_api import FakeBotApi, Output, parse_html

TOKEN = "123456:ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghij"
CHAT = 4242

App = Application[Any, Any, Any, Any, Any, Any]


def fast_limiter() -> PacedRateLimiter:
    """The production limiter with the per-chat pace opened up, so tests stay quick."""
    return PacedRateLimiter(per_chat_rate=1000, per_chat_burst=1000, max_retries=3)


class Telegram:
    """A running bot plus the fake it talks to; ``say`` and ``press`` act as the user."""

    def __init__(
        self,
        fake: FakeBotApi,
        settings: Settings,
        coach: Coach,
        *,
        limiter: PacedRateLimiter | None = None,
        reminders: bool = False,
        close_coach: bool = False,
        webhook: dict[str, Any] | None = None,
    ) -> None:
        self.fake = fake
        self.coach = coach
        self.processed: set[int] = set()
        self.app: App = build_application(
            settings,
            coach,
            rate_limiter=limiter or fast_limiter(),
            reminders=reminders,
            close_coach=close_coach,
        )
        # Test hook: runs after the channel's handlers (group 0) and error handler are done.
        self.app.add_handler(TypeHandler(Update, self._done), group=1)
        self._running = running(self.app, poll_timeout=5, webhook=webhook)

    async def _done(self, update: Update, _context: ContextTypes.DEFAULT_TYPE) -> None:
        self.processed.add(update.update_id)

    async def __aenter__(self) -> Telegram:
        await self._running.__aenter__()
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self._running.__aexit__(None, None, None)

    @property
    def notifier(self) -> TelegramNotifier:
        notifier = channel_of(self.app).notifier
        assert notifier is not None
        return notifier

    async def processed_update(self, chat: int, inject: Callable[[], int]) -> list[Output]:
        before = len(self.fake.outputs(chat))
        update_id = inject()
        await self.fake.wait_until(lambda: update_id in self.processed)
        return self.fake.outputs(chat)[before:]

    async def say(self, text: str, chat: int = CHAT) -> list[Output]:
        return await self.processed_update(chat, lambda: self.fake.send_text(chat, text))

    async def press(self, label: str, chat: int = CHAT) -> list[Output]:
        return await self.processed_update(chat, lambda: self.fake.press(chat, label))


def shown(outputs: list[Output]) -> str:
    return "\n---\n".join(o.text for o in outputs)


@pytest.fixture
async def fake() -> AsyncIterator[FakeBotApi]:
    api = await FakeBotApi().start()
    yield api
    await api.stop()
    rejected = [(c.method, c.description) for c in api.rejected()]
    assert rejected == [], f"the fake Bot API rejected calls: {rejected}"
    assert api.unanswered_callbacks() == [], "every callback query must be answered"


@pytest.fixture
def tg_settings(settings: Settings, fake: FakeBotApi) -> Settings:
    settings.telegram_bot_token = SecretStr(TOKEN)
    settings.telegram_api_base_url = fake.base_url
    return settings


@pytest.fixture
async def tg(fake: FakeBotApi, tg_settings: Settings, coach: Coach) -> AsyncIterator[Telegram]:
    async with Telegram(fake, tg_settings, coach) as bot:
        yield bot


async def onboard(tg: Telegram, chat: int = CHAT) -> None:
    await tg.say("/start", chat)
    for label in (
        texts.onboarding.SCREEN_NONE,
        None,
        texts.onboarding.SIDES["left"],
        None,
        texts.onboarding.KEEP_TIMES,
        texts.race.NO_RACE_BUTTON,
    ):
        if label is None:  # the default programme, or keeping the zone: labels vary
            newest = next(m.labels() for m in reversed(tg.fake.bot_messages(chat)) if m.labels())
            label = next(
                b
                for b in newest
                if b.endswith(texts.onboarding.DEFAULT_MARK) or b.startswith("Keep ")
            )
        await tg.press(label, chat)


async def user_row(coach: Coach, chat: int = CHAT) -> Any:
    async with coach.sessions() as session:
        return await repo.find_user(session, "telegram", str(chat))


# --- scenarios ------------------------------------------------------------------------------


async def test_onboarding_with_buttons(tg: Telegram, fake: FakeBotApi) -> None:
    commands = fake.calls_of("setMyCommands")[0].params["commands"]
    assert [c["command"] for c in commands] == [name for name, _ in menu()]

    out = await tg.say("/start")
    assert [o.kind for o in out] == ["sent", "sent"]
    assert out[0].text.startswith("Welcome to ITB Coach")
    assert out[1].text.startswith("First, a safety check")
    assert texts.onboarding.SCREEN_NONE in out[1].labels

    out = await tg.press(texts.onboarding.SCREEN_NONE)
    assert texts.onboarding.SCREEN_CLEAR in shown(out)
    default = next(b for b in out[-1].labels if b.endswith(texts.onboarding.DEFAULT_MARK))

    out = await tg.press(default)
    assert "Programme:" in shown(out)
    assert out[-1].text == texts.onboarding.ASK_SIDE
    assert out[-1].labels == list(texts.onboarding.SIDES.values())

    out = await tg.press("Left")
    assert "Painful side: Left." in shown(out)
    assert out[-2].text.startswith(texts.onboarding.ASK_TIMEZONE.split(".")[0])
    assert out[-2].labels == [texts.onboarding.KEEP_ZONE.format(zone="UTC")]  # a city typed too
    # ... and a one-tap location (the location handler sets the zone from it)
    assert out[-1].text == texts.channels.TELEGRAM_LOCATION_OFFER
    offer = fake.calls_of("sendMessage")[-1].params["reply_markup"]
    offer = json.loads(offer) if isinstance(offer, str) else offer
    assert offer["keyboard"] == [
        [{"text": texts.channels.TELEGRAM_SHARE_LOCATION, "request_location": True}]
    ]
    assert offer["one_time_keyboard"] is True

    out = await tg.press("Keep UTC")
    assert "Time zone: UTC" in shown(out)
    assert out[-1].labels == [texts.onboarding.KEEP_TIMES]

    out = await tg.press(texts.onboarding.KEEP_TIMES)
    assert "Stretch reminders at 08:00, 13:00, 20:00." in shown(out)
    assert out[-1].labels == [texts.race.NO_RACE_BUTTON]

    out = await tg.press(texts.race.NO_RACE_BUTTON)
    assert texts.onboarding.ONBOARDED in shown(out)
    answered = fake.calls_of("answerCallbackQuery")
    assert len(answered) == 6 and all(c.ok for c in answered)


async def test_today_and_done_edits_the_plan(tg: Telegram, fake: FakeBotApi) -> None:
    await onboard(tg)
    out = await tg.say("/today")
    assert len(out) == 1
    plan = out[0].message
    assert out[0].text.startswith("Today · Mon 23 Nov 2026")
    assert "Stretches, 3x today ○○○" in out[0].text
    assert plan.entities[0]["type"] == "bold" and plan.entities[0]["offset"] == 0
    assert out[0].labels[:2] == ["Done: stretches 1/3", "Done: strength"]

    out = await tg.press("Done: stretches 1/3")
    assert [(o.kind, o.message.message_id) for o in out] == [("edited", plan.message_id)]
    assert "Stretches, 3x today ✓○○" in out[0].text
    assert "Done: stretches 2/3" in out[0].labels

    out = await tg.press("Done: strength")
    assert out[0].kind == "edited" and out[0].message.message_id == plan.message_id
    assert "Strength, level 1 ✓" in out[0].text
    assert texts.plan.STRENGTH_DONE_TICK in out[0].labels
    assert out[1].kind == "sent" and out[1].text == texts.reports.ASK_STRENGTH_PAIN
    assert out[1].labels == [str(n) for n in range(11)]

    out = await tg.press("2")
    assert "Strength pain 2/10: good" in shown(out)

    # A replacement that changes nothing is not sent: Telegram would reject it.
    edits = len(fake.calls_of("editMessageText"))
    origin = Message.de_json(plan.as_json(fake.bot_user, fake.user(CHAT)), tg.app.bot)
    assert origin is not None
    same = Reply(
        plan.text or "",
        tuple(
            tuple(Button(b["text"], b["callback_data"]) for b in row)
            for row in (plan.reply_markup or {})["inline_keyboard"]
        ),
        replaces_origin=True,
    )
    await tg.notifier.deliver(CHAT, [same], origin=origin)
    assert len(fake.calls_of("editMessageText")) == edits


async def test_run_report_by_keypad_and_by_typing(
    tg: Telegram, fake: FakeBotApi, clock: ManualClock
) -> None:
    await onboard(tg)
    out = await tg.say("/run")
    assert out[0].text == texts.reports.ASK_RUN_PAIN
    assert out[0].labels == [str(n) for n in range(11)]
    out = await tg.press("4")
    assert out[0].text == texts.reports.ASK_RUN_STOPPED and out[0].labels == ["Yes", "No"]
    out = await tg.press("No")
    assert out[0].text.startswith("Run recorded: pain 4/10.")
    assert "(HOLD, rule" in out[0].text

    clock.advance(timedelta(days=2))
    await tg.say("/run 25")
    out = await tg.say("1")
    assert out[0].text == texts.reports.ASK_RUN_STOPPED
    out = await tg.say("no")
    assert out[0].text.startswith("Run recorded: pain 1/10.")

    # An old keypad answers nothing once its question is closed.
    out = await tg.press("7")
    assert out[0].text == texts.account.STALE_ANSWER


async def test_red_flag_text_asks_then_refers(tg: Telegram) -> None:
    await onboard(tg)
    out = await tg.say("my knee is swollen")
    assert out[0].text.startswith("⚠ That can be a red flag")
    assert out[0].labels == [texts.common.YES, texts.safety.FLAG_NOT_MEANT]
    out = await tg.press(texts.common.YES)
    assert out[0].text.startswith("It stays recorded (Visible swelling of the knee)")


BAD_INPUTS = [
    ("/run", texts.reports.ASK_RUN_PAIN),
    ("11", texts.account.BAD_PAIN),
    ("-1", texts.account.BAD_PAIN),
    ("seven", texts.account.BAD_PAIN),
    ("٣", texts.account.BAD_PAIN),
    (None, texts.account.BAD_PAIN),  # a sticker: a message with no text at all
    ("/times 25:00", "HH:MM"),
    ("/times 8", "HH:MM"),
    ("/timezone Mars/Olympus", "IANA name"),
    ("/howto foo", "There is no exercise “foo”"),
    ("/protocol foo", "I don't know the programme “foo”"),
    ("🏃" * 5000, "characters long"),  # told it was too long, never cut and misread
    ("/howto <b>&amp; <i>", "There is no exercise “<b>&amp; <i>”"),
    ("/done </b>", "“</b>”"),
]


async def test_every_bad_input_gets_a_reply(tg: Telegram, fake: FakeBotApi) -> None:
    await onboard(tg)
    for typed, expected in BAD_INPUTS:
        if typed is None:
            out = await tg.processed_update(CHAT, lambda: fake.send_sticker(CHAT))
        else:
            out = await tg.say(typed)
        assert out, f"no reply to {typed!r}"
        assert expected in shown(out), (typed, shown(out))
    # Echoed input went out escaped: the HTML sent shows the user's text, not markup.
    sent = [c.params["text"] for c in fake.calls_of("sendMessage")]
    assert any("“&lt;b&gt;&amp;amp; &lt;i&gt;”" in text for text in sent)


async def test_export_arrives_as_a_json_document(tg: Telegram, fake: FakeBotApi) -> None:
    await onboard(tg)
    await tg.say("/run pain 3")
    out = await tg.say("/export")
    documents = [(o, o.message.document) for o in out if o.message.document is not None]
    assert documents and len(documents) == len(out), "every export reply arrives as a document"
    output, document = next(d for d in documents if d[1]["file_name"].endswith(".json"))
    assert output.text == texts.account.EXPORT_READY  # the caption
    data = json.loads(fake.files[document["file_id"]])
    assert data["format"] == "itb-coach-export"
    assert data["user"]["external_id"] == str(CHAT)
    assert [r["pain_during"] for r in data["run_reports"]] == [3]


async def test_delete_asks_then_deletes(tg: Telegram, coach: Coach) -> None:
    await onboard(tg)
    out = await tg.say("/delete")
    assert out[0].text == texts.account.DELETE_CONFIRM
    assert out[0].labels == [texts.account.DELETE_YES, texts.account.DELETE_NO]
    out = await tg.press(texts.account.DELETE_YES)
    assert out[0].text == texts.account.DELETED
    assert await user_row(coach) is None


async def test_restart_in_the_middle_of_a_question_loses_nothing(
    fake: FakeBotApi, tg_settings: Settings, clock: ManualClock
) -> None:
    first = await build(tg_settings, clock)
    async with Telegram(fake, tg_settings, first, close_coach=True) as tg:
        await onboard(tg)
        out = await tg.say("/run")
        assert out[0].text == texts.reports.ASK_RUN_PAIN

    # The bot is down when the answer is sent; a new process picks it up from the database.
    answer = fake.send_text(CHAT, "4")
    second = await build(tg_settings, clock)
    async with Telegram(fake, tg_settings, second, close_coach=True) as tg:
        await fake.wait_until(lambda: answer in tg.processed)
        assert fake.outputs(CHAT)[-1].text == texts.reports.ASK_RUN_STOPPED
        out = await tg.press("No")
        assert out[0].text.startswith("Run recorded: pain 4/10.")


async def test_429_storm_loses_nothing(tg: Telegram, fake: FakeBotApi) -> None:
    fake.fail_next(429, count=3, retry_after=1)
    out = await tg.say("/start")
    assert [o.text.split(".")[0] for o in out] == ["Welcome to ITB Coach", "First, a safety check"]

    # Reminders to many users at once, through the same sender, in the same storm.
    fake.fail_next(429, count=3, retry_after=1)
    chats = range(7001, 7006)
    results = await asyncio.gather(
        *(tg.notifier.send(str(c), [Reply(f"Reminder {c}")]) for c in chats)
    )
    assert results == [Delivery.SENT] * len(chats)
    for chat in chats:
        assert [o.text for o in fake.outputs(chat)] == [f"Reminder {chat}"]
    storm = [c for c in fake.rejected(include_injected=True) if c.error_code == 429]
    assert len(storm) == 6


async def test_blocked_user_is_marked_inactive_and_start_revives(
    tg: Telegram, fake: FakeBotApi, coach: Coach, clock: ManualClock
) -> None:
    await tg.say("/start")
    fake.block(CHAT)
    # The notifier reports the block; the ticker, the one place that acts on it, stops them.
    assert await tg.notifier.send(str(CHAT), [Reply("Time to stretch")]) is Delivery.BLOCKED
    assert (await user_row(coach)).active is True
    clock.advance(timedelta(hours=1, minutes=1))  # 08:01 UTC: the first stretch reminder
    result = await coach.ticker(tg.notifier).tick()
    assert (result.sent, result.blocked) == (0, 1)
    assert (await user_row(coach)).active is False

    # A reply that meets the block goes through the error handler: inactive again, no retry.
    await tg.say("/today")
    assert (await user_row(coach)).active is False
    blocked = [c for c in fake.rejected(include_injected=True) if c.error_code == 403]
    assert len(blocked) == 3

    fake.block(CHAT, blocked=False)
    out = await tg.say("/start")
    assert (
        out[0].text == texts.conversation.WELCOME_BACK_SETUP
    )  # and the safety check, still unanswered
    assert (await user_row(coach)).active is True


async def test_failure_is_logged_without_text_and_the_user_told(
    tg: Telegram, coach: Coach, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    real = coach.service.handle

    async def handle(who: UserKey, text: str, *, pressed: bool = False) -> list[Reply]:
        if text.startswith("my secret"):
            raise RuntimeError(text)
        return await real(who, text, pressed=pressed)

    monkeypatch.setattr(coach.service, "handle", handle)
    caplog.set_level(logging.INFO)
    await tg.say("/start")
    out = await tg.say("my secret symptom")
    assert [o.text for o in out] == [texts.account.SOMETHING_WENT_WRONG]
    failures = [r for r in caplog.records if getattr(r, "event", "") == "update_failed"]
    assert len(failures) == 1
    logged = failures[0].getMessage()
    assert "RuntimeError" in logged and f"user {CHAT}" in logged and "update " in logged
    ours = "\n".join(r.getMessage() for r in caplog.records if r.name.startswith("bot."))
    assert "secret" not in ours and TOKEN not in ours


async def test_location_sets_the_time_zone(
    tg: Telegram, fake: FakeBotApi, monkeypatch: pytest.MonkeyPatch
) -> None:
    await onboard(tg)
    out = await tg.processed_update(CHAT, lambda: fake.send_location(CHAT, 52.52, 13.40))
    assert out[0].text.startswith("Time zone: Europe/Berlin")

    monkeypatch.setattr(channel_of(tg.app), "_zone_at", lambda lat, lng: None)
    out = await tg.processed_update(CHAT, lambda: fake.send_location(CHAT, 0.0, 0.0))
    assert out[0].text.startswith("I don't know the time zone “0.0000, 0.0000”")


async def test_long_reply_is_split_with_the_keyboard_last(tg: Telegram, fake: FakeBotApi) -> None:
    text = "\n".join(f"line {i}: " + "<&> " * 20 for i in range(200))  # ~17,000 chars escaped
    reply = Reply(text, ((Button("OK", "/today"),),))
    assert await tg.notifier.send(str(CHAT), [reply]) is Delivery.SENT
    out = fake.outputs(CHAT)
    assert len(out) >= 4
    assert all(not o.labels for o in out[:-1]) and out[-1].labels == ["OK"]
    assert "".join("".join(o.text for o in out).split()) == "".join(text.split())
    assert all(o.text.startswith("line ") for o in out)  # cut at line ends


def tiny_png() -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", 1, 1, 8, 0, 0, 0, 0)
    pixels = zlib.compress(b"\x00\x00")
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")
    )


async def test_pictures_and_files_carry_the_text_as_caption(tg: Telegram, fake: FakeBotApi) -> None:
    chart = Attachment("progress.png", tiny_png(), "image/png")
    report = Attachment("report.pdf", b"%PDF-1.4 fake", "application/pdf")
    replies = [
        Reply("Your progress <week 1>", ((Button("OK", "/today"),),), image=chart),
        Reply("Long text\n" + "x " * 800, document=report),  # too long for a caption
    ]
    assert await tg.notifier.send(str(CHAT), replies) is Delivery.SENT
    out = fake.outputs(CHAT)
    assert out[0].message.photo is not None
    assert out[0].text == "Your progress <week 1>" and out[0].labels == ["OK"]
    assert out[1].message.text is not None and out[1].text.startswith("Long text")
    assert out[2].message.document is not None and out[2].message.caption is None
    assert fake.files[out[2].message.document["file_id"]] == report.content


async def test_a_due_reminder_arrives_in_telegram(
    fake: FakeBotApi, tg_settings: Settings, coach: Coach, clock: ManualClock
) -> None:
    tg_settings.reminder_tick_seconds = 1
    async with Telegram(fake, tg_settings, coach, reminders=True) as tg:
        await onboard(tg)
        before = len(fake.outputs(CHAT))
        clock.set(clock.now().replace(hour=8, minute=0, second=30))  # the first stretch slot
        await fake.wait_until(lambda: len(fake.outputs(CHAT)) > before, timeout=15)
        assert fake.outputs(CHAT)[before].kind == "sent"


async def test_one_chat_is_paced_about_one_message_a_second(
    fake: FakeBotApi, tg_settings: Settings, coach: Coach
) -> None:
    async with Telegram(fake, tg_settings, coach, limiter=PacedRateLimiter()) as tg:
        sends = [tg.notifier.send(str(CHAT), [Reply(f"message {i}")]) for i in range(6)]
        assert await asyncio.gather(*sends) == [Delivery.SENT] * 6
    times = [c.at for c in fake.calls_of("sendMessage")]
    assert len(times) == 6
    assert times[2] - times[0] < 0.5  # a short burst goes out at once
    assert times[-1] - times[0] >= 2.5  # then about one a second


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


async def test_webhook_mode_takes_updates_with_the_secret(
    fake: FakeBotApi, tg_settings: Settings, coach: Coach
) -> None:
    port = free_port()
    url = f"http://127.0.0.1:{port}/tg/hook"
    webhook: dict[str, Any] = {
        "listen": "127.0.0.1",
        "port": port,
        "url_path": "tg/hook",
        "secret_token": "s3cret-token",
        "webhook_url": url,
    }
    async with Telegram(fake, tg_settings, coach, webhook=webhook) as tg:
        assert fake.webhook == {"url": url, "secret_token": "s3cret-token"}
        out = await tg.say("/start")
        assert out[0].text.startswith("Welcome to ITB Coach")
        out = await tg.press(texts.onboarding.SCREEN_NONE)
        assert texts.onboarding.SCREEN_CLEAR in shown(out)
        # Without the secret, the bot's webhook server refuses the call.
        async with (
            aiohttp.ClientSession() as session,
            session.post(url, json={"update_id": 999}) as response,
        ):
            assert response.status == 403


# --- start-up problems ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("changes", "webhook", "expected"),
    [
        ({"telegram_bot_token": None}, False, "TELEGRAM_BOT_TOKEN is not set."),
        ({"telegram_bot_token": SecretStr("12345")}, False, "does not look like a BotFather"),
        ({"telegram_bot_token": SecretStr(TOKEN)}, True, "WEBHOOK_URL is not set"),
        (
            {"telegram_bot_token": SecretStr(TOKEN), "webhook_url": "https://example.org/hook"},
            True,
            "WEBHOOK_SECRET is not set",
        ),
        (
            {
                "telegram_bot_token": SecretStr(TOKEN),
                "webhook_url": "https://example.org/hook",
                "webhook_secret": SecretStr("has spaces"),
            },
            True,
            "WEBHOOK_SECRET may hold only",
        ),
    ],
)
def test_bad_configuration_is_one_clear_line(
    settings: Settings,
    capsys: pytest.CaptureFixture[str],
    changes: dict[str, Any],
    webhook: bool,
    expected: str,
) -> None:
    for name, value in changes.items():
        setattr(settings, name, value)
    assert run_telegram(settings, webhook=webhook) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and expected in err and "Traceback" not in err


# --- rendering, without a server ------------------------------------------------------------


def test_a_9000_character_reply_is_split_into_parseable_chunks() -> None:
    text = "\n".join(f"{i:04d} " + "word & <tag> " * 8 for i in range(90))
    text += "\n" + "x" * 5000  # and one line too long for any message
    assert len(text) >= 9000
    chunks = render_text(text)
    assert len(chunks) >= 3
    plain = []
    for chunk in chunks:
        assert utf16_len(chunk) <= MESSAGE_LIMIT
        parsed, _ = parse_html(chunk)
        assert utf16_len(parsed) <= MESSAGE_LIMIT
        plain.append(parsed)
    assert "".join("".join(plain).split()) == "".join(text.split())
    assert all(p.startswith(("0", "x")) for p in plain)  # cut at line ends
    assert split_text("") == []


def test_escaped_markup_parses_as_text() -> None:
    for text in ("<b>&", "a < b & c > d", "&amp; &lt;x&gt; </i>", "Title\n<b>&"):
        html = render_text(text)[0]
        parsed, entities = parse_html(html)
        assert parsed == text
        assert all(e["type"] == "bold" for e in entities)


def test_emoji_count_double_against_the_limit() -> None:
    chunks = render_text("🏃" * 5000)
    assert len(chunks) == 3
    assert all(utf16_len(c) <= MESSAGE_LIMIT for c in chunks)


def test_timing_helper_is_bounded() -> None:
    async def never() -> None:
        await FakeBotApi().wait_until(lambda: False, timeout=0.05)

    started = time.monotonic()
    with pytest.raises(AssertionError):
        asyncio.run(never())
    assert time.monotonic() - started < 1


async def test_three_flags_mid_question_held_cleared_and_reported(
    tg: Telegram, fake: FakeBotApi, clock: ManualClock
) -> None:
    """CLINICAL.md §5 as a runner lives it on Telegram: flags typed at open keypads are heard,
    "yes" keeps them, a run is judged R1, /cleared asks who and when, the PDF shows them."""
    await onboard(tg)
    await tg.say("/run 30")
    out = await tg.say("knee buckled twice on the downhill")
    assert out[0].text.startswith("⚠ That can be a red flag")
    assert out[0].labels == [texts.common.YES, texts.safety.FLAG_NOT_MEANT]
    out = await tg.say("yes")
    assert texts.safety.ASKING_AGAIN + texts.reports.ASK_RUN_PAIN in shown(out)
    await tg.say("2")
    out = await tg.say("no")
    assert "(SEE A CLINICIAN, rule R1)" in out[0].text
    await tg.say("/morning")
    await tg.say("it kept me awake half the night <b>&")  # HTML in the runner's words is escaped
    await tg.press(texts.common.YES)
    await tg.say("/strength")
    await tg.say("foot went numb during the clams")
    await tg.press(texts.common.YES)
    out = await tg.say("/cleared")
    assert out[0].text == texts.safety.ASK_CLEARED_BY
    await tg.press("Physio")
    out = await tg.press("Today")
    assert out[0].text.startswith("Thanks. Cleared by your Physio")
    clock.advance(timedelta(hours=1))
    out = await tg.say("/report")
    document = out[0].message.document
    assert document is not None
    text = " ".join(
        " ".join(
            p.extract_text() for p in PdfReader(io.BytesIO(fake.files[document["file_id"]])).pages
        ).split()
    )
    assert "“knee buckled twice on the downhill”" in text
    assert "“it kept me awake half the night <b>&”" in text
    nerve = default_red_flags().get("nerve")
    assert nerve is not None  # named as the coach names it to the runner, not by its id
    assert f"{nerve.label} (soon)" in text and "Physio" in text
