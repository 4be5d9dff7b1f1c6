"""A fake Telegram Bot API over real HTTP, for end-to-end tests and for trying the bot by hand.

It implements the methods python-telegram-bot calls (getMe, deleteWebhook, setWebhook,
setMyCommands, getUpdates with real long polling, sendMessage, editMessageText,
editMessageReplyMarkup, answerCallbackQuery, sendDocument, sendPhoto, getFile, close, logOut)
and records every call. It rejects what Telegram rejects, in Telegram's error shape
(``{"ok": false, "error_code": 400, "description": ...}``): messages over 4096 characters,
callback_data over 64 bytes, HTML that Telegram would not parse, edits that change nothing,
answering a callback query twice, unknown methods (404). It can be told to answer 429 with
``parameters.retry_after`` for the next N calls, and 403 "bot was blocked" for a chosen chat.

Updates are kept until confirmed, as Telegram does: ``getUpdates`` returns those with
``update_id >= offset`` and forgets the ones below it, so a bot that stops mid-poll loses nothing.

By hand::

    python -m tests.channels.fake_bot_api --port 8081
    TELEGRAM_API_BASE_URL=http://127.0.0.1:8081/bot TELEGRAM_BOT_TOKEN=123456:ABC... \\
        python -m bot telegram
    curl -XPOST localhost:8081/_test/message -d '{"chat_id": 42, "text": "/start"}'
    curl -XPOST localhost:8081/_test/press -d '{"chat_id": 42, "label": "None of these"}'
    curl 'localhost:8081/_test/transcript?chat_id=42'

Control endpoints (JSON in, JSON out unless noted):
    POST /_test/message   {"chat_id", "text"}             a user sends a text message
    POST /_test/press     {"chat_id", "label"|"data"}     press a button on the newest message
    POST /_test/location  {"chat_id", "latitude", "longitude"}
    POST /_test/update    {...}                           any update (update_id is added)
    POST /_test/fail      {"status": 429, "count": 3, "retry_after": 1}
    POST /_test/block     {"chat_id", "blocked": true}
    GET  /_test/calls[?method=sendMessage]                every recorded call
    GET  /_test/rejected                                  calls that got an error
    GET  /_test/outputs?chat_id=&since=                   what the bot sent or edited
    GET  /_test/settle?chat_id=&since=&quiet=0.7          wait for the bot to go quiet
    GET  /_test/transcript?chat_id=                       the chat as a user saw it (text)
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import itertools
import json
import re
import socket
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

import aiohttp
from aiohttp import web

TOKEN_RE = re.compile(r"^\d{1,20}:[A-Za-z0-9_-]{30,}$")
MESSAGE_LIMIT = 4096
CAPTION_LIMIT = 1024
CALLBACK_DATA_MAX = 64
SEND_METHODS = frozenset(
    {"sendmessage", "editmessagetext", "editmessagereplymarkup", "senddocument", "sendphoto"}
)
# Parameters Telegram takes as plain strings; PTB sends every other one JSON-encoded.
STRING_PARAMS = frozenset(
    {
        "text",
        "caption",
        "parse_mode",
        "callback_query_id",
        "url",
        "secret_token",
        "inline_message_id",
        "file_id",
        "language_code",
        "document",
        "photo",
    }
)
ENTITY_TYPES = {
    "b": "bold",
    "strong": "bold",
    "i": "italic",
    "em": "italic",
    "u": "underline",
    "ins": "underline",
    "s": "strikethrough",
    "strike": "strikethrough",
    "del": "strikethrough",
    "a": "text_link",
    "code": "code",
    "pre": "pre",
    "tg-spoiler": "spoiler",
    "span": "spoiler",
    "blockquote": "blockquote",
}
NAMED_ENTITIES = {"lt": "<", "gt": ">", "amp": "&", "quot": '"'}
_ATTR_RE = re.compile(r"""\s+([a-zA-Z_-]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?""")
_TAG_RE = re.compile(r"^([a-zA-Z][a-zA-Z0-9-]*)((?:" + _ATTR_RE.pattern + r")*)\s*$")
_ENTITY_RE = re.compile(r"&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]+);")


class ApiError(Exception):
    def __init__(
        self,
        code: int,
        description: str,
        parameters: dict[str, Any] | None = None,
        *,
        injected: bool = False,
    ) -> None:
        super().__init__(description)
        self.code = code
        self.description = description
        self.parameters = parameters
        self.injected = injected


def bad_request(description: str) -> ApiError:
    return ApiError(400, f"Bad Request: {description}")


def utf16_len(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


# --- Telegram's HTML ------------------------------------------------------------------------


def parse_html(source: str) -> tuple[str, list[dict[str, Any]]]:
    """Plain text and entities for ``source`` under Telegram's HTML rules, or ApiError(400)."""

    def fail(why: str, at: int) -> ApiError:
        offset = len(source[:at].encode())
        return bad_request(f"can't parse entities: {why} at byte offset {offset}")

    out: list[str] = []
    length = 0  # UTF-16 units emitted so far
    stack: list[tuple[str, int, dict[str, Any], int]] = []  # (tag, start, entity extras, pos)
    entities: list[dict[str, Any]] = []
    i = 0
    while i < len(source):
        char = source[i]
        if char == "<":
            end = source.find(">", i)
            if end < 0:
                raise fail("Unclosed start tag", i)
            inner = source[i + 1 : end]
            if inner.startswith("/"):
                name = inner[1:].strip().lower()
                if not stack:
                    raise fail(f'Unexpected end tag "{name}"', i)
                if stack[-1][0] != name:
                    raise fail(
                        f'Unmatched end tag: expected "</{stack[-1][0]}>", got "</{name}>"', i
                    )
                tag, start, extras, _ = stack.pop()
                if length > start:
                    entities.append(
                        {"type": ENTITY_TYPES[tag], "offset": start, "length": length - start}
                        | extras
                    )
            else:
                tag, extras = _start_tag(inner, i, fail)
                stack.append((tag, length, extras, i))
            i = end + 1
        elif char == "&":
            match = _ENTITY_RE.match(source, i)
            if match is None:
                raise fail("Character '&' is reserved and must be escaped as &amp;", i)
            name = match[1]
            if name.startswith("#"):
                code = int(name[2:], 16) if name[1] in "xX" else int(name[1:])
                if not 0 < code <= 0x10FFFF:
                    raise fail(f'Wrong HTML entity "{match[0]}"', i)
                decoded = chr(code)
            elif name in NAMED_ENTITIES:
                decoded = NAMED_ENTITIES[name]
            else:
                raise fail(f'Unsupported HTML entity "{match[0]}"', i)
            out.append(decoded)
            length += utf16_len(decoded)
            i = match.end()
        elif char == ">":
            raise fail("Character '>' is reserved and must be escaped as &gt;", i)
        else:
            out.append(char)
            length += utf16_len(char)
            i += 1
    if stack:
        raise fail(f'Can\'t find end tag corresponding to start tag "{stack[-1][0]}"', stack[-1][3])
    return _trim("".join(out), entities)


def _start_tag(
    inner: str, at: int, failure: Callable[[str, int], ApiError]
) -> tuple[str, dict[str, Any]]:
    def fail(why: str) -> ApiError:
        return failure(why, at)

    match = _TAG_RE.match(inner)
    if match is None:
        raise fail(f'Unsupported start tag "{inner[:20]}"')
    tag = match[1].lower()
    if tag not in ENTITY_TYPES:
        raise fail(f'Unsupported start tag "{tag}"')
    attrs = {
        m[1].lower(): next((v for v in m.groups()[1:] if v is not None), "")
        for m in _ATTR_RE.finditer(match[2])
    }
    extras: dict[str, Any] = {}
    if tag == "a":
        if not attrs.get("href"):
            raise fail('Tag "a" must have attribute "href"')
        extras["url"] = attrs.pop("href")
    elif tag == "span":
        if attrs.pop("class", None) != "tg-spoiler":
            raise fail('Tag "span" must have class "tg-spoiler"')
    elif tag == "code":
        attrs.pop("class", None)  # language-xxx inside <pre>
    elif tag == "blockquote":
        attrs.pop("expandable", None)
    if attrs:
        raise fail(f'Unsupported attribute "{next(iter(attrs))}" of tag "{tag}"')
    return tag, extras


def _trim(text: str, entities: list[dict[str, Any]]) -> tuple[str, list[dict[str, Any]]]:
    """Telegram trims leading and trailing whitespace; entities move with the text."""
    stripped = text.strip()
    lead = utf16_len(text[: len(text) - len(text.lstrip())])
    size = utf16_len(stripped)
    trimmed = []
    for entity in sorted(entities, key=lambda e: (e["offset"], -e["length"])):
        start = max(entity["offset"] - lead, 0)
        end = min(entity["offset"] + entity["length"] - lead, size)
        if end > start:
            trimmed.append(entity | {"offset": start, "length": end - start})
    return stripped, trimmed


def check_text(text: Any, parse_mode: Any, limit: int, what: str) -> tuple[str, list[Any]]:
    if not isinstance(text, str):
        raise bad_request(f"{what} must be a string")
    entities: list[Any] = []
    if parse_mode is None or parse_mode == "":
        plain = text.strip()
    elif str(parse_mode).lower() == "html":
        plain, entities = parse_html(text)
    else:
        raise bad_request(f"unsupported parse_mode {parse_mode!r} in this fake")
    if what == "message text" and not plain:
        raise bad_request("message text is empty")
    if utf16_len(plain) > limit:
        raise bad_request(
            "message is too long" if what == "message text" else "caption is too long"
        )
    return plain, entities


def check_markup(markup: Any) -> dict[str, Any] | None:
    if markup is None:
        return None
    if isinstance(markup, str):
        try:
            markup = json.loads(markup)
        except ValueError:
            raise bad_request("can't parse reply keyboard markup JSON object") from None
    if not isinstance(markup, dict):
        raise bad_request("can't parse reply keyboard markup JSON object")
    rows = markup.get("inline_keyboard")
    if rows is None:
        keys = markup.get("keyboard")  # a reply keyboard (the time zone's location button)
        if keys is not None and not (
            isinstance(keys, list)
            and all(
                isinstance(r, list) and all(str(b.get("text", "")).strip() for b in r) for r in keys
            )
        ):
            raise bad_request("BUTTON_TEXT_INVALID")
        return markup
    if not isinstance(rows, list) or not all(isinstance(r, list) for r in rows):
        raise bad_request('field "inline_keyboard" of the InlineKeyboardMarkup must be an Array')
    if sum(len(r) for r in rows) > 100:
        raise bad_request("reply markup is too long")
    for row in rows:
        for button in row:
            if not isinstance(button, dict) or not str(button.get("text", "")).strip():
                raise bad_request("BUTTON_TEXT_INVALID")
            data = button.get("callback_data")
            if data is not None and not 1 <= len(str(data).encode()) <= CALLBACK_DATA_MAX:
                raise bad_request("BUTTON_DATA_INVALID")
            if data is None and not ({"url", "switch_inline_query", "web_app"} & button.keys()):
                raise bad_request('can\'t find field "callback_data"')
    return {"inline_keyboard": rows} if rows else None


# --- state ----------------------------------------------------------------------------------


@dataclass
class Call:
    n: int
    method: str
    params: dict[str, Any]
    at: float
    ok: bool = True
    error_code: int | None = None
    description: str | None = None
    injected: bool = False

    def as_json(self) -> dict[str, Any]:
        params = {
            k: {"filename": v["filename"], "size": len(v["bytes"])}
            if isinstance(v, dict) and "bytes" in v
            else v
            for k, v in self.params.items()
        }
        return {
            "n": self.n,
            "method": self.method,
            "params": params,
            "ok": self.ok,
            "error_code": self.error_code,
            "description": self.description,
            "injected": self.injected,
        }


@dataclass
class StoredMessage:
    chat_id: int
    message_id: int
    date: int
    from_bot: bool
    text: str | None = None
    entities: list[dict[str, Any]] = field(default_factory=list)
    reply_markup: dict[str, Any] | None = None
    caption: str | None = None
    document: dict[str, Any] | None = None
    photo: list[dict[str, Any]] | None = None
    edits: int = 0
    paid_broadcast: bool = False  # sent with allow_paid_broadcast=true

    def buttons(self) -> list[dict[str, Any]]:
        rows = (self.reply_markup or {}).get("inline_keyboard", [])
        return [b for row in rows for b in row]

    def labels(self) -> list[str]:
        return [str(b["text"]) for b in self.buttons()]

    def as_json(self, bot_user: dict[str, Any], user: dict[str, Any]) -> dict[str, Any]:
        data: dict[str, Any] = {
            "message_id": self.message_id,
            "date": self.date,
            "chat": {"id": self.chat_id, "type": "private", "first_name": user["first_name"]},
            "from": bot_user if self.from_bot else user,
        }
        if self.text is not None:
            data["text"] = self.text
            if self.entities:
                data["entities"] = self.entities
        if self.caption is not None:
            data["caption"] = self.caption
        if self.document is not None:
            data["document"] = self.document
        if self.photo is not None:
            data["photo"] = self.photo
        if self.edits:
            data["edit_date"] = self.date
        if self.reply_markup and "inline_keyboard" in self.reply_markup:
            data["reply_markup"] = self.reply_markup  # Telegram shows only inline keyboards here
        return data


@dataclass
class Output:
    """Something the bot did in a chat: sent a message (or file) or edited one."""

    kind: str  # "sent" | "edited"
    message: StoredMessage
    text: str  # the text or caption as shown
    labels: list[str]


@dataclass
class Chat:
    chat_id: int
    blocked: bool = False
    messages: dict[int, StoredMessage] = field(default_factory=dict)
    outputs: list[Output] = field(default_factory=list)
    transcript: list[str] = field(default_factory=list)


class FakeBotApi:
    """The server and its state. Start it with ``await start()`` inside the test's loop."""

    def __init__(self, host: str = "127.0.0.1", port: int = 0) -> None:
        self.host = host
        self.port = port
        self.calls: list[Call] = []
        self.chats: dict[int, Chat] = {}
        self.updates: list[dict[str, Any]] = []  # not yet confirmed
        self.callbacks: dict[str, bool] = {}  # callback_query id -> answered
        self.files: dict[str, bytes] = {}
        self.commands: list[dict[str, Any]] = []
        self.menus: dict[str, list[dict[str, Any]]] = {}  # by language_code ("": the default)
        self.languages: dict[int, str] = {}  # a chat's client language (default "en")
        self.webhook: dict[str, Any] | None = None
        self._ids = itertools.count(1)
        self._update_ids = itertools.count(1)
        self._message_ids: dict[int, itertools.count[int]] = {}
        self._fail: dict[str, Any] | None = None
        self._waiters: set[asyncio.Future[None]] = set()
        self._closing = asyncio.Event()
        self._runner: web.AppRunner | None = None
        self._push_task: asyncio.Task[None] | None = None
        self._allowed: list[str] | None = None
        self.bot_user: dict[str, Any] = {
            "id": 123456,
            "is_bot": True,
            "first_name": "ITB Coach",
            "username": "itb_coach_fake_bot",
            "can_join_groups": True,
            "can_read_all_group_messages": False,
            "supports_inline_queries": False,
        }

    # --- lifecycle ------------------------------------------------------------------------

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}"

    @property
    def base_url(self) -> str:
        """What TELEGRAM_API_BASE_URL should be."""
        return f"{self.url}/bot"

    async def start(self) -> FakeBotApi:
        app = web.Application(client_max_size=60 * 1024 * 1024)
        app.router.add_route("*", "/bot{token}/{method}", self._api)
        app.router.add_get("/file/bot{token}/{path:.+}", self._file)
        app.router.add_route("*", "/_test/{action}", self._control)
        self._runner = web.AppRunner(app, access_log=None, shutdown_timeout=2.0)
        await self._runner.setup()
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((self.host, self.port))
        self.port = sock.getsockname()[1]
        await web.SockSite(self._runner, sock).start()
        return self

    async def stop(self) -> None:
        self._closing.set()
        self._wake()
        if self._push_task is not None:
            self._push_task.cancel()
        if self._runner is not None:
            await self._runner.cleanup()

    # --- what tests use -------------------------------------------------------------------

    def chat(self, chat_id: int) -> Chat:
        if chat_id not in self.chats:
            self.chats[chat_id] = Chat(chat_id)
            self._message_ids[chat_id] = itertools.count(1)
        return self.chats[chat_id]

    def user(self, chat_id: int) -> dict[str, Any]:
        code = self.languages.get(chat_id, "en")
        return {"id": chat_id, "is_bot": False, "first_name": "Runner", "language_code": code}

    def inject(self, update: dict[str, Any]) -> int:
        """Queue an update for the bot; returns its update_id."""
        update_id = next(self._update_ids)
        self.updates.append({"update_id": update_id, **update})
        self._wake()
        return update_id

    def send_text(self, chat_id: int, text: str) -> int:
        message = self._user_message(chat_id)
        message["text"] = text
        command = re.match(r"/[A-Za-z0-9_@]+", text)
        if command:
            length = utf16_len(command[0])
            message["entities"] = [{"type": "bot_command", "offset": 0, "length": length}]
        shown = text if len(text) <= 200 else f"{text[:40]}… ({len(text)} characters)"
        self.chat(chat_id).transcript.append(f"**You:** {shown}")
        return self.inject({"message": message})

    def send_sticker(self, chat_id: int) -> int:
        """A message without any text."""
        message = self._user_message(chat_id)
        message["sticker"] = {
            "file_id": "sticker-1",
            "file_unique_id": "s1",
            "type": "regular",
            "width": 512,
            "height": 512,
            "is_animated": False,
            "is_video": False,
        }
        self.chat(chat_id).transcript.append("**You:** (a sticker)")
        return self.inject({"message": message})

    def send_location(self, chat_id: int, latitude: float, longitude: float) -> int:
        message = self._user_message(chat_id)
        message["location"] = {"latitude": latitude, "longitude": longitude}
        self.chat(chat_id).transcript.append(f"**You:** (location {latitude}, {longitude})")
        return self.inject({"message": message})

    def press(
        self,
        chat_id: int,
        label: str | None = None,
        *,
        data: str | None = None,
        message_id: int | None = None,
    ) -> int:
        """Press the button with ``label`` (or ``data``) on the newest bot message showing it."""
        chat = self.chat(chat_id)
        candidates = (
            [chat.messages[message_id]]
            if message_id is not None
            else sorted(chat.messages.values(), key=lambda m: -m.message_id)
        )
        for message in candidates:
            for button in message.buttons():
                if (label is not None and button["text"] == label) or (
                    data is not None and button.get("callback_data") == data
                ):
                    return self.press_data(chat_id, message, str(button["callback_data"]))
        shown = [m.labels() for m in candidates if m.labels()][:3]
        raise LookupError(f"no button {label or data!r} in chat {chat_id}; newest: {shown}")

    def press_data(self, chat_id: int, message: StoredMessage, data: str) -> int:
        query_id = str(next(self._ids) * 7919)
        self.callbacks[query_id] = False
        label = next((b["text"] for b in message.buttons() if b.get("callback_data") == data), data)
        self.chat(chat_id).transcript.append(f"**You pressed:** [{label}]")
        user = self.user(chat_id)
        return self.inject(
            {
                "callback_query": {
                    "id": query_id,
                    "from": user,
                    "chat_instance": f"ci-{chat_id}",
                    "data": data,
                    "message": message.as_json(self.bot_user, user),
                }
            }
        )

    def fail_next(
        self, status: int = 429, count: int = 1, retry_after: int = 1, methods: Iterable[str] = ()
    ) -> None:
        """Answer the next ``count`` send-type calls (or ``methods``) with ``status``."""
        chosen = frozenset(m.lower() for m in methods) or SEND_METHODS
        self._fail = {"status": status, "left": count, "retry_after": retry_after, "in": chosen}

    def block(self, chat_id: int, blocked: bool = True) -> None:
        self.chat(chat_id).blocked = blocked

    def outputs(self, chat_id: int) -> list[Output]:
        return list(self.chat(chat_id).outputs)

    def bot_messages(self, chat_id: int) -> list[StoredMessage]:
        chat = self.chat(chat_id)
        return [m for m in chat.messages.values() if m.from_bot]

    def calls_of(self, method: str) -> list[Call]:
        return [c for c in self.calls if c.method.lower() == method.lower()]

    def rejected(self, *, include_injected: bool = False) -> list[Call]:
        return [c for c in self.calls if not c.ok and (include_injected or not c.injected)]

    def unanswered_callbacks(self) -> list[str]:
        return [query for query, answered in self.callbacks.items() if not answered]

    def transcript(self, chat_id: int) -> str:
        return "\n\n".join(self.chat(chat_id).transcript)

    async def wait_until(self, condition: Callable[[], bool], timeout: float = 10.0) -> None:
        """Poll ``condition`` until it holds; AssertionError after ``timeout`` seconds."""
        deadline = time.monotonic() + timeout
        while not condition():
            if time.monotonic() > deadline:
                raise AssertionError(f"condition not met within {timeout} s")
            await asyncio.sleep(0.01)

    # --- HTTP: the Bot API ----------------------------------------------------------------

    async def _api(self, request: web.Request) -> web.Response:
        token = request.match_info["token"]
        method = request.match_info["method"]
        try:
            params = await self._params(request)
        except (ConnectionError, aiohttp.ClientPayloadError):
            return web.Response(status=499)  # the client went away mid-request (a bot stopping)
        call = Call(len(self.calls) + 1, method, params, time.monotonic())
        self.calls.append(call)
        try:
            if not TOKEN_RE.match(token):
                raise ApiError(401, "Unauthorized")
            handler = getattr(self, f"_m_{method.lower()}", None)
            if handler is None:
                raise ApiError(404, "Not Found")
            self._injected_failure(method.lower(), params)
            result = await handler(params)
        except ApiError as exc:
            call.ok, call.error_code, call.description = False, exc.code, exc.description
            call.injected = exc.injected
            body: dict[str, Any] = {
                "ok": False,
                "error_code": exc.code,
                "description": exc.description,
            }
            if exc.parameters:
                body["parameters"] = exc.parameters
            return web.json_response(body, status=exc.code)
        return web.json_response({"ok": True, "result": result})

    async def _params(self, request: web.Request) -> dict[str, Any]:
        if request.method == "GET":
            raw: dict[str, Any] = dict(request.query)
        elif request.content_type == "application/json":
            body = await request.json() if request.can_read_body else {}
            return dict(body or {})
        else:
            raw = {}
            form = await request.post()
            for key, value in form.items():
                if isinstance(value, web.FileField):
                    raw[key] = {
                        "filename": value.filename,
                        "content_type": value.content_type,
                        "bytes": value.file.read(),
                    }
                else:
                    raw[key] = value
        params: dict[str, Any] = {}
        for key, value in raw.items():
            if isinstance(value, str) and key not in STRING_PARAMS:
                with contextlib.suppress(ValueError):
                    value = json.loads(value)
            params[key] = value
        return params

    def _injected_failure(self, method: str, params: dict[str, Any]) -> None:
        chat_id = params.get("chat_id")
        if chat_id is not None and self.chat(int(chat_id)).blocked:
            raise ApiError(403, "Forbidden: bot was blocked by the user", injected=True)
        fail = self._fail
        if fail and fail["left"] > 0 and method in fail["in"]:
            fail["left"] -= 1
            if fail["status"] == 429:
                seconds = fail["retry_after"]
                raise ApiError(
                    429,
                    f"Too Many Requests: retry after {seconds}",
                    {"retry_after": seconds},
                    injected=True,
                )
            raise ApiError(fail["status"], "Injected failure", injected=True)

    def _message(self, params: dict[str, Any]) -> StoredMessage:
        chat_id = params.get("chat_id")
        message_id = params.get("message_id")
        if params.get("inline_message_id"):
            raise bad_request("inline messages are not supported by this fake")
        if chat_id is None or message_id is None:
            raise bad_request("message to edit not found")
        message = self.chat(int(chat_id)).messages.get(int(message_id))
        if message is None:
            raise bad_request("message to edit not found")
        if not message.from_bot:
            raise bad_request("message can't be edited")
        return message

    def _new_message(self, chat_id: Any, **content: Any) -> StoredMessage:
        if not isinstance(chat_id, int | str) or not str(chat_id).lstrip("-").isdigit():
            raise bad_request("chat not found")
        paid = content.get("paid_broadcast", False)
        if paid not in (True, False):  # Telegram takes a Boolean, JSON-encoded by PTB
            raise bad_request("allow_paid_broadcast must be a Boolean")
        chat = self.chat(int(chat_id))
        message = StoredMessage(
            chat.chat_id, next(self._message_ids[chat.chat_id]), int(time.time()), True, **content
        )
        chat.messages[message.message_id] = message
        self._record(chat, "sent", message)
        return message

    def _record(self, chat: Chat, kind: str, message: StoredMessage) -> None:
        shown = message.text if message.text is not None else (message.caption or "")
        chat.outputs.append(Output(kind, message, shown, message.labels()))
        head = {"sent": "**Bot:**", "edited": f"**Bot (edits message {message.message_id}):**"}
        lines = [head[kind]]
        if message.document is not None:
            doc = message.document
            lines.append(f"📎 {doc['file_name']} ({doc['file_size']} bytes)")
        if message.photo is not None:
            lines.append("🖼 (a picture)")
        lines.append(shown)
        if message.labels():
            rows = (message.reply_markup or {}).get("inline_keyboard", [])
            lines += ["  " + " ".join(f"[{b['text']}]" for b in row) for row in rows]
        chat.transcript.append("\n".join(lines))

    def _user_message(self, chat_id: int) -> dict[str, Any]:
        chat = self.chat(chat_id)
        message = StoredMessage(chat_id, next(self._message_ids[chat_id]), int(time.time()), False)
        chat.messages[message.message_id] = message
        return message.as_json(self.bot_user, self.user(chat_id))

    def _wake(self) -> None:
        for waiter in self._waiters:
            if not waiter.done():
                waiter.set_result(None)

    # Bot API methods: each takes the parsed parameters and returns the "result".

    async def _m_getme(self, _params: dict[str, Any]) -> Any:
        return self.bot_user

    async def _m_logout(self, _params: dict[str, Any]) -> Any:
        return True

    async def _m_close(self, _params: dict[str, Any]) -> Any:
        return True

    async def _m_deletewebhook(self, params: dict[str, Any]) -> Any:
        self.webhook = None
        if params.get("drop_pending_updates"):
            self.updates.clear()
        return True

    async def _m_setwebhook(self, params: dict[str, Any]) -> Any:
        url = params.get("url")
        if not url:
            return await self._m_deletewebhook(params)
        secret = params.get("secret_token")
        if secret is not None and not re.fullmatch(r"[A-Za-z0-9_-]{1,256}", str(secret)):
            raise bad_request("secret token contains unallowed characters")
        self.webhook = {"url": url, "secret_token": secret}
        if params.get("allowed_updates") is not None:
            self._allowed = list(params["allowed_updates"])
        if self._push_task is None or self._push_task.done():
            self._push_task = asyncio.create_task(self._push_updates())
        return True

    async def _m_getwebhookinfo(self, _params: dict[str, Any]) -> Any:
        pending = len(self.updates)
        return {
            "url": (self.webhook or {}).get("url", ""),
            "has_custom_certificate": False,
            "pending_update_count": pending,
        }

    async def _m_setmycommands(self, params: dict[str, Any]) -> Any:
        commands = params.get("commands")
        if not isinstance(commands, list) or len(commands) > 100:
            raise bad_request("commands must be an array of at most 100 commands")
        for command in commands:
            name = str(command.get("command", ""))
            if not re.fullmatch(r"[a-z0-9_]{1,32}", name):
                raise bad_request("BOT_COMMAND_INVALID")
            if not 1 <= len(str(command.get("description", "")).strip()) <= 256:
                raise bad_request("BOT_COMMAND_DESCRIPTION_INVALID")
        code = str(params.get("language_code") or "")
        if code and not re.fullmatch(r"[a-z]{2}", code):
            raise bad_request("LANGUAGE_CODE_INVALID")
        self.menus[code] = commands
        if not code:
            self.commands = commands  # the menu of clients in a language without its own
        return True

    async def _m_getmycommands(self, params: dict[str, Any]) -> Any:
        return self.menus.get(str(params.get("language_code") or ""), self.commands)

    async def _m_deletemycommands(self, _params: dict[str, Any]) -> Any:
        self.commands = []
        return True

    async def _m_getupdates(self, params: dict[str, Any]) -> Any:
        if self.webhook:
            raise ApiError(
                409,
                "Conflict: can't use getUpdates method while webhook is active; "
                "use deleteWebhook to delete the webhook first",
            )
        offset = int(params.get("offset") or 0)
        limit = min(max(int(params.get("limit") or 100), 1), 100)
        timeout = max(float(params.get("timeout") or 0), 0.0)
        if params.get("allowed_updates") is not None:
            self._allowed = list(params["allowed_updates"]) or None
        if offset > 0:  # confirms every update below it
            self.updates = [u for u in self.updates if u["update_id"] >= offset]
        deadline = time.monotonic() + timeout
        while True:
            ready = [u for u in self.updates if u["update_id"] >= offset and self._wanted(u)]
            remaining = deadline - time.monotonic()
            if ready or remaining <= 0 or self._closing.is_set():
                return ready[:limit]
            waiter: asyncio.Future[None] = asyncio.get_running_loop().create_future()
            self._waiters.add(waiter)
            try:
                await asyncio.wait_for(waiter, remaining)
            except TimeoutError:
                pass
            finally:
                self._waiters.discard(waiter)

    def _wanted(self, update: dict[str, Any]) -> bool:
        kinds = set(update) - {"update_id"}
        return not self._allowed or bool(kinds & set(self._allowed))

    async def _m_sendmessage(self, params: dict[str, Any]) -> Any:
        text, entities = check_text(
            params.get("text"), params.get("parse_mode"), MESSAGE_LIMIT, "message text"
        )
        markup = check_markup(params.get("reply_markup"))
        message = self._new_message(
            params.get("chat_id"),
            text=text,
            entities=entities,
            reply_markup=markup,
            paid_broadcast=params.get("allow_paid_broadcast") or False,
        )
        return message.as_json(self.bot_user, self.user(message.chat_id))

    async def _m_editmessagetext(self, params: dict[str, Any]) -> Any:
        message = self._message(params)
        text, entities = check_text(
            params.get("text"), params.get("parse_mode"), MESSAGE_LIMIT, "message text"
        )
        markup = check_markup(params.get("reply_markup"))
        if message.text is None:
            raise bad_request("there is no text in the message to edit")
        if (message.text, message.entities, message.reply_markup) == (text, entities, markup):
            raise bad_request(
                "message is not modified: specified new message content and reply markup are "
                "exactly the same as a current content and reply markup of the message"
            )
        message.text, message.entities, message.reply_markup = text, entities, markup
        message.edits += 1
        self._record(self.chat(message.chat_id), "edited", message)
        return message.as_json(self.bot_user, self.user(message.chat_id))

    async def _m_editmessagereplymarkup(self, params: dict[str, Any]) -> Any:
        message = self._message(params)
        markup = check_markup(params.get("reply_markup"))
        if message.reply_markup == markup:
            raise bad_request(
                "message is not modified: specified new message content and reply markup are "
                "exactly the same as a current content and reply markup of the message"
            )
        message.reply_markup = markup
        message.edits += 1
        self._record(self.chat(message.chat_id), "edited", message)
        return message.as_json(self.bot_user, self.user(message.chat_id))

    async def _m_answercallbackquery(self, params: dict[str, Any]) -> Any:
        query = str(params.get("callback_query_id", ""))
        if self.callbacks.get(query) is not False:
            raise bad_request(
                "query is too old and response timeout expired or query ID is invalid"
            )
        text = params.get("text")
        if text is not None and len(str(text)) > 200:
            raise bad_request("MESSAGE_TOO_LONG")
        self.callbacks[query] = True
        return True

    def _upload(self, params: dict[str, Any], key: str) -> tuple[str, bytes]:
        upload = params.get(key)
        if isinstance(upload, dict) and "bytes" in upload:
            content = upload["bytes"]
            if not content:
                raise bad_request("file must be non-empty")
            return str(upload["filename"] or key), content
        if isinstance(upload, str) and upload in self.files:
            return upload, self.files[upload]
        raise bad_request(f"there is no {key} in the request")

    def _file_ref(self, content: bytes) -> dict[str, Any]:
        n = next(self._ids)
        file_id = f"file-{n}"
        self.files[file_id] = content
        return {"file_id": file_id, "file_unique_id": f"u{n}", "file_size": len(content)}

    async def _m_senddocument(self, params: dict[str, Any]) -> Any:
        name, content = self._upload(params, "document")
        caption_text = None
        if params.get("caption") is not None:
            caption_text, _entities = check_text(
                params["caption"], params.get("parse_mode"), CAPTION_LIMIT, "caption"
            )
        markup = check_markup(params.get("reply_markup"))
        document = self._file_ref(content) | {"file_name": name}
        message = self._new_message(
            params.get("chat_id"),
            caption=caption_text,
            document=document,
            reply_markup=markup,
            paid_broadcast=params.get("allow_paid_broadcast") or False,
        )
        return message.as_json(self.bot_user, self.user(message.chat_id))

    async def _m_sendphoto(self, params: dict[str, Any]) -> Any:
        _name, content = self._upload(params, "photo")
        if not content.startswith((b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff", b"GIF8", b"RIFF")):
            raise bad_request("IMAGE_PROCESS_FAILED")
        if len(content) > 10 * 1024 * 1024:
            raise bad_request("PHOTO_INVALID_DIMENSIONS")
        caption_text = None
        if params.get("caption") is not None:
            caption_text, _ = check_text(
                params["caption"], params.get("parse_mode"), CAPTION_LIMIT, "caption"
            )
        markup = check_markup(params.get("reply_markup"))
        photo = [self._file_ref(content) | {"width": 800, "height": 600}]
        message = self._new_message(
            params.get("chat_id"),
            caption=caption_text,
            photo=photo,
            reply_markup=markup,
            paid_broadcast=params.get("allow_paid_broadcast") or False,
        )
        return message.as_json(self.bot_user, self.user(message.chat_id))

    async def _m_getfile(self, params: dict[str, Any]) -> Any:
        file_id = str(params.get("file_id", ""))
        if file_id not in self.files:
            raise bad_request("invalid file_id")
        size = len(self.files[file_id])
        return {
            "file_id": file_id,
            "file_unique_id": file_id,
            "file_size": size,
            "file_path": f"files/{file_id}",
        }

    async def _file(self, request: web.Request) -> web.Response:
        file_id = request.match_info["path"].rsplit("/", 1)[-1]
        if file_id not in self.files:
            return web.json_response(
                {"ok": False, "error_code": 404, "description": "Not Found"}, status=404
            )
        return web.Response(body=self.files[file_id])

    async def _push_updates(self) -> None:
        """Webhook mode: POST each update to the webhook, confirming it on a 2xx answer."""
        async with aiohttp.ClientSession() as session:
            while self.webhook and not self._closing.is_set():
                if not self.updates:
                    waiter: asyncio.Future[None] = asyncio.get_running_loop().create_future()
                    self._waiters.add(waiter)
                    try:
                        await asyncio.wait_for(waiter, 1.0)
                    except TimeoutError:
                        pass
                    finally:
                        self._waiters.discard(waiter)
                    continue
                update = self.updates[0]
                headers = {}
                if self.webhook.get("secret_token"):
                    headers["X-Telegram-Bot-Api-Secret-Token"] = self.webhook["secret_token"]
                try:
                    async with session.post(
                        self.webhook["url"], json=update, headers=headers
                    ) as response:
                        delivered = response.status < 300
                except aiohttp.ClientError:
                    delivered = False
                if delivered:
                    self.updates = [u for u in self.updates if u is not update]
                else:
                    await asyncio.sleep(0.2)

    # --- HTTP: test control ---------------------------------------------------------------

    async def _control(self, request: web.Request) -> web.Response:
        action = request.match_info["action"]
        body: dict[str, Any] = {}
        if request.method == "POST" and request.can_read_body:
            body = json.loads(await request.text() or "{}")
        query = request.query
        try:
            return await self._control_action(action, body, query)
        except (LookupError, ValueError, TypeError) as exc:
            return web.json_response({"ok": False, "description": str(exc)}, status=400)

    async def _control_action(self, action: str, body: dict[str, Any], query: Any) -> web.Response:
        chat_id = int(body.get("chat_id") or query.get("chat_id") or 0)
        if action == "message":
            return web.json_response({"update_id": self.send_text(chat_id, str(body["text"]))})
        if action == "press":
            update_id = self.press(chat_id, body.get("label"), data=body.get("data"))
            return web.json_response({"update_id": update_id})
        if action == "location":
            update_id = self.send_location(chat_id, body["latitude"], body["longitude"])
            return web.json_response({"update_id": update_id})
        if action == "update":
            return web.json_response({"update_id": self.inject(body)})
        if action == "fail":
            self.fail_next(
                int(body.get("status", 429)),
                int(body.get("count", 1)),
                int(body.get("retry_after", 1)),
                body.get("methods", ()),
            )
            return web.json_response({"ok": True})
        if action == "block":
            self.block(chat_id, bool(body.get("blocked", True)))
            return web.json_response({"ok": True})
        if action == "calls":
            method = query.get("method")
            calls = self.calls_of(method) if method else self.calls
            return web.json_response([c.as_json() for c in calls])
        if action == "rejected":
            return web.json_response([c.as_json() for c in self.rejected()])
        if action in ("outputs", "settle"):
            since = int(query.get("since", 0))
            if action == "settle":
                await self._settle(chat_id, since, float(query.get("quiet", 0.7)))
            outputs = self.outputs(chat_id)
            return web.json_response(
                {
                    "count": len(outputs),
                    "outputs": [
                        {
                            "kind": o.kind,
                            "message_id": o.message.message_id,
                            "text": o.text,
                            "buttons": o.labels,
                        }
                        for o in outputs[since:]
                    ],
                }
            )
        if action == "transcript":
            return web.Response(text=self.transcript(chat_id) + "\n")
        raise LookupError(f"unknown control action {action!r}")

    async def _settle(self, chat_id: int, since: int, quiet: float, timeout: float = 15.0) -> None:
        """For people driving the fake by hand: wait for new output, then for a quiet spell."""
        deadline = time.monotonic() + timeout
        seen, calm_since = since, time.monotonic()
        while time.monotonic() < deadline:
            count = len(self.chat(chat_id).outputs)
            if count != seen:
                seen, calm_since = count, time.monotonic()
            elif count > since and time.monotonic() - calm_since >= quiet:
                return
            await asyncio.sleep(0.05)


async def _serve(host: str, port: int) -> None:
    fake = await FakeBotApi(host, port).start()
    print(f"fake Bot API on {fake.url}  (TELEGRAM_API_BASE_URL={fake.base_url})", flush=True)
    try:
        await asyncio.Event().wait()
    finally:
        await fake.stop()


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="A fake Telegram Bot API for trying ITB Coach.")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8081)
    args = parser.parse_args(argv)
    with contextlib.suppress(KeyboardInterrupt):
        asyncio.run(_serve(args.host, args.port))


if __name__ == "__main__":
    main()
