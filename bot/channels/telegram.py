"""The Telegram channel (python-telegram-bot 22): updates in, the service's replies out.

Every message, command, button press and shared location becomes
``service.handle(UserKey("telegram", <sender id>), text, pressed=...)``; the acting user is
always the update's sender, never an id inside callback data. Replies are rendered by
:mod:`bot.channels.telegram_render` and sent by :class:`TelegramNotifier`, the same path the
reminders use, through one rate limiter. No business rule lives here.
"""

from __future__ import annotations

import asyncio
import contextlib
import importlib.util
import logging
import re
import sys
import threading
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from telegram import BotCommand, Message, Update, User
from telegram.error import (
    BadRequest,
    Forbidden,
    InvalidToken,
    NetworkError,
    TelegramError,
)
from telegram.ext import (
    AIORateLimiter,
    Application,
    BaseUpdateProcessor,
    CallbackQueryHandler,
    ContextTypes,
    MessageHandler,
    filters,
)

from bot import texts
from bot.bootstrap import Coach, build
from bot.channels.failures import failure_reply, log_failure, speaking
from bot.channels.telegram_order import PerRunnerUpdates
from bot.channels.telegram_pace import PacedRateLimiter as PacedRateLimiter  # re-exported
from bot.channels.telegram_pace import paced_rate_limiter
from bot.channels.telegram_render import CHANNEL, TelegramNotifier
from bot.ops import observability
from bot.ops.lifecycle import Process, run_process
from bot.service.commands import menus
from bot.service.replies import Reply, UserKey
from bot.settings import Settings
from bot.store.seen_updates import first_delivery
from bot.texts import language

if TYPE_CHECKING:
    from timezonefinder import TimezoneFinder

    from bot.channels.telegram_webhook import WebhookServer

ALLOWED_UPDATES = ["message", "callback_query"]
_SECRET_RE = re.compile(r"^[A-Za-z0-9_-]{1,256}$")  # Telegram's rule for secret_token
_CHANNEL_KEY = "itb_channel"

log = logging.getLogger(__name__)


class TelegramChannel:
    """The handlers: each turns one update into one service call and delivers the replies."""

    def __init__(self, coach: Coach, *, reminders: bool, close_coach: bool) -> None:
        self.coach = coach
        self.service = coach.service
        self.reminders = reminders
        self.close_coach = close_coach
        self.notifier: TelegramNotifier | None = None
        self.webhook_server: WebhookServer | None = None  # webhook mode, while it runs
        self.process: Process | None = None  # as run by itb-coach: its health and metrics
        self._finder: TimezoneFinder | None = None
        self._finder_lock = threading.Lock()
        self._background = contextlib.AsyncExitStack()  # the reminders, while the bot runs

    def attach(self, application: Application[Any, Any, Any, Any, Any, Any]) -> None:
        paid = self.coach.settings.telegram_paid_broadcast
        self.notifier = TelegramNotifier(application.bot, self.service, paid_broadcast=paid)
        private = filters.ChatType.PRIVATE & filters.UpdateType.MESSAGE
        application.add_handler(MessageHandler(private & filters.LOCATION, self.on_location))
        application.add_handler(MessageHandler(private & ~filters.StatusUpdate.ALL, self.on_text))
        application.add_handler(CallbackQueryHandler(self.on_callback))
        application.add_error_handler(self.on_error)
        application.bot_data[_CHANNEL_KEY] = self

    @property
    def _sender(self) -> TelegramNotifier:
        assert self.notifier is not None, "attach() first"
        return self.notifier

    @staticmethod
    def who(user: User) -> UserKey:
        return UserKey(CHANNEL, str(user.id), language=user.language_code)

    # --- updates ---------------------------------------------------------------------------

    async def on_text(self, update: Update, _context: ContextTypes.DEFAULT_TYPE) -> None:
        message, user = update.effective_message, update.effective_user
        if message is None or user is None:
            return
        text = message.text or message.caption or ""
        replies = await self.service.handle(self.who(user), text)
        await self._sender.deliver(message.chat_id, replies)

    async def on_callback(self, update: Update, _context: ContextTypes.DEFAULT_TYPE) -> None:
        query, user = update.callback_query, update.effective_user
        if query is None or user is None:
            return
        try:
            await query.answer()  # always, so the button stops spinning
        except BadRequest:
            log.info("late callback", extra={"event": "callback_too_old", "channel": CHANNEL})
        if not query.data:
            return
        replies = await self.service.handle(self.who(user), query.data, pressed=True)
        origin = query.message if isinstance(query.message, Message) else None
        chat_id = query.message.chat.id if query.message is not None else user.id
        await self._sender.deliver(chat_id, replies, origin=origin)

    async def on_location(self, update: Update, _context: ContextTypes.DEFAULT_TYPE) -> None:
        message, user = update.effective_message, update.effective_user
        if message is None or user is None or message.location is None:
            return
        lat, lng = message.location.latitude, message.location.longitude
        zone = await asyncio.to_thread(self._zone_at, lat, lng)
        if zone is None:  # no time zone there (at sea): said in the runner's language
            with language.use(await speaking(self.service, self.who(user))):
                replies = [Reply(texts.account.BAD_TIMEZONE.format(value=f"{lat:.4f}, {lng:.4f}"))]
        else:
            replies = await self.service.handle(self.who(user), f"/timezone {zone}")
        await self._sender.deliver(message.chat_id, replies)

    def _zone_at(self, lat: float, lng: float) -> str | None:
        with self._finder_lock:
            if self._finder is None:
                from timezonefinder import TimezoneFinder

                self._finder = TimezoneFinder()
            finder = self._finder
        return finder.timezone_at(lng=lng, lat=lat)

    async def on_error(self, update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
        """Log the failure (ids and the exception type, never text or token) and tell the user."""
        error = context.error
        tg_update = update if isinstance(update, Update) else None
        user = tg_update.effective_user if tg_update else None
        if isinstance(error, Forbidden):
            await self._mark_inactive(user)
            return
        log_failure(
            log,
            CHANNEL,
            event_id=tg_update.update_id if tg_update else None,
            user_id=user.id if user else None,
            error=error,
        )
        chat = tg_update.effective_chat if tg_update else None
        if chat is None:
            return
        speaks = await speaking(self.service, self.who(user) if user else None)
        try:
            await self._sender.deliver(chat.id, [failure_reply(speaks)])
        except Forbidden:
            await self._mark_inactive(user)
        except TelegramError as exc:
            log.warning(
                "could not report the failure: %s",
                type(exc).__name__,
                extra={"event": "error_reply_failed", "channel": CHANNEL},
            )

    async def _mark_inactive(self, user: User | None) -> None:
        if user is None:
            return
        try:
            await self.service.mark_inactive(self.who(user))
        except Exception as exc:  # the error handler must not raise
            log.warning(
                "could not mark a user inactive: %s",
                type(exc).__name__,
                extra={"event": "mark_inactive_failed", "channel": CHANNEL},
            )

    # --- lifecycle -------------------------------------------------------------------------

    async def post_init(self, application: Application[Any, Any, Any, Any, Any, Any]) -> None:
        for code, worded in menus().items():
            # English for every client without a menu in its own language.
            language_code = None if code == language.SOURCE else code
            commands = [BotCommand(name, text) for name, text in worded]
            await application.bot.set_my_commands(commands, language_code=language_code)
        if self.reminders:
            ticker = await self._background.enter_async_context(self.coach.reminders(self._sender))
            application.bot_data["reminder_ticker"] = ticker

    async def post_stop(self, _application: Application[Any, Any, Any, Any, Any, Any]) -> None:
        await self._background.aclose()  # before the bot shuts down: a tick may still send

    async def post_shutdown(self, _application: Application[Any, Any, Any, Any, Any, Any]) -> None:
        if self.close_coach:
            await self.coach.close()


def _file_url(base_url: str) -> str:
    """``http://host/bot`` → ``http://host/file/bot``, as the Bot API lays out its file URLs."""
    head, _, last = base_url.rstrip("/").rpartition("/")
    return f"{head}/file/{last}"


def build_application(
    settings: Settings,
    coach: Coach,
    *,
    rate_limiter: AIORateLimiter | None = None,
    reminders: bool = True,
    close_coach: bool = False,
    updates: BaseUpdateProcessor | None = None,
) -> Application[Any, Any, Any, Any, Any, Any]:
    """The PTB Application for ``coach``: production and the end-to-end tests build it here.
    ``updates``: how updates are run (default: runners at once, each one in order)."""
    problem = settings.token_problem()
    if problem is not None or settings.telegram_bot_token is None:
        raise ValueError(problem)
    channel = TelegramChannel(coach, reminders=reminders, close_coach=close_coach)
    builder = (
        Application.builder()
        .token(settings.telegram_bot_token.get_secret_value().strip())
        .rate_limiter(rate_limiter or paced_rate_limiter(coach))
        .concurrent_updates(updates or PerRunnerUpdates())
        .post_init(channel.post_init)
        .post_stop(channel.post_stop)
        .post_shutdown(channel.post_shutdown)
    )
    if settings.telegram_api_base_url:
        base = settings.telegram_api_base_url
        builder = builder.base_url(base).base_file_url(_file_url(base))
    application = builder.build()
    channel.attach(application)
    return application


def channel_of(application: Application[Any, Any, Any, Any, Any, Any]) -> TelegramChannel:
    channel = application.bot_data[_CHANNEL_KEY]
    assert isinstance(channel, TelegramChannel)
    return channel


@asynccontextmanager
async def running(
    application: Application[Any, Any, Any, Any, Any, Any],
    *,
    poll_timeout: int = 10,
    webhook: dict[str, Any] | None = None,
) -> AsyncIterator[Application[Any, Any, Any, Any, Any, Any]]:
    """Run ``application`` inside an already running event loop, in the order ``run_polling``
    uses (initialize, post_init, updates, start; then the reverse, with post_stop).
    ``webhook``: options as from :func:`webhook_options` (our webhook server, with a health
    check and a graceful stop); long polling without them. On the way out the webhook server
    stops taking updates first, then the application finishes those it took."""
    await application.initialize()
    server = None
    try:
        if application.post_init:
            await application.post_init(application)
        assert application.updater is not None
        if webhook is not None:
            server = await _start_webhook(application, webhook)
        else:
            await application.updater.start_polling(
                timeout=poll_timeout, allowed_updates=ALLOWED_UPDATES
            )
        await application.start()
        try:
            yield application
        finally:
            if server is not None:
                await server.stop()
            if application.updater.running:
                await application.updater.stop()
            if application.running:
                await application.stop()
            if application.post_stop:
                await application.post_stop(application)
    finally:
        await application.shutdown()
        if application.post_shutdown:
            await application.post_shutdown(application)


async def _start_webhook(
    application: Application[Any, Any, Any, Any, Any, Any], options: dict[str, Any]
) -> WebhookServer:
    from bot.channels.telegram_webhook import WebhookServer

    await application.bot.set_webhook(
        options["webhook_url"],
        secret_token=options["secret_token"],
        allowed_updates=ALLOWED_UPDATES,
    )
    channel = channel_of(application)
    coach = channel.coach
    server = channel.webhook_server = WebhookServer(
        application,
        listen=options["listen"],
        port=options["port"],
        url_path=options["url_path"],
        secret_token=options["secret_token"],
        healthy=lambda: database_answers(coach),
        metrics=lambda: observability.exposition(coach.engine, coach.clock.now()),
        first_delivery=lambda update_id: first_delivery(
            coach.sessions, CHANNEL, update_id, coach.clock.now()
        ),
    )
    server.start()
    return server


async def database_answers(coach: Coach) -> bool:
    """For the health check: the database answers a trivial query within 2 s."""
    return await observability.database_answers(coach.engine)


async def _serve(process: Process, webhook: bool) -> None:
    """Updates (long polling, or our webhook server) until SIGTERM or SIGINT; then the updates
    taken are finished, the reminders drained and the database closed (``running``)."""
    settings = process.settings
    coach = await build(settings)
    application = build_application(
        settings, coach, reminders=settings.bot_sends_reminders, close_coach=True
    )
    log.info("telegram starting", extra={"event": "telegram_start", "channel": CHANNEL})
    options = webhook_options(settings) if webhook else None
    try:
        async with running(application, webhook=options):
            process.serving(coach.engine)
            if options is not None:
                channel_of(application).process = process  # its /healthz and /metrics
            await process.stopped()
    except BaseException:
        await coach.close()  # closed by post_shutdown once running; twice is harmless
        raise


def webhook_problem(settings: Settings) -> str | None:
    """Why webhook mode cannot start, in one line, or None."""
    if not settings.webhook_url:
        return "WEBHOOK_URL is not set: webhook mode needs the public URL Telegram should call."
    if settings.webhook_secret is None:
        return "WEBHOOK_SECRET is not set: webhook mode needs it to check calls come from Telegram."
    if not _SECRET_RE.match(settings.webhook_secret.get_secret_value()):
        return "WEBHOOK_SECRET may hold only letters, digits, _ and - (1 to 256 of them)."
    if importlib.util.find_spec("tornado") is None:
        return "webhook mode needs the webhooks extra: pip install 'itb-coach[webhooks]'."
    return None


def webhook_options(settings: Settings) -> dict[str, Any]:
    assert settings.webhook_url and settings.webhook_secret
    return {
        "listen": settings.webhook_host,
        "port": settings.port,
        "url_path": urlsplit(settings.webhook_url).path.strip("/"),
        "secret_token": settings.webhook_secret.get_secret_value(),
        "webhook_url": settings.webhook_url,
    }


def run_telegram(settings: Settings, webhook: bool = False) -> int:
    """Run the bot until SIGTERM or SIGINT. Returns the process exit code."""
    problem = settings.token_problem() or (webhook_problem(settings) if webhook else None)
    if problem:
        print(f"itb-coach: {problem}", file=sys.stderr)
        return 2
    try:
        return run_process(
            "telegram", settings, lambda p: _serve(p, webhook), serve_health=not webhook
        )
    except InvalidToken:
        print(
            "itb-coach: Telegram rejected TELEGRAM_BOT_TOKEN: check it with @BotFather.",
            file=sys.stderr,
        )
        return 2
    except NetworkError as exc:
        print(f"itb-coach: {unreachable(settings, exc)}", file=sys.stderr)
        return 1


def unreachable(settings: Settings, error: Exception) -> str:
    """One line for a Bot API that cannot be reached at start."""
    host = urlsplit(settings.telegram_api_base_url or "https://api.telegram.org").netloc
    return f"cannot reach the Bot API at {host} ({type(error).__name__})."
