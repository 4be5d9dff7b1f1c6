"""A local Discord for end-to-end tests and for trying the bot by hand: REST under ``/api/v10``
and the gateway websocket, over real HTTP, strict about what Discord rejects.

REST: ``GET /users/@me``, ``GET /gateway[/bot]``, ``GET /users/{id}``, ``POST
/users/@me/channels``, ``POST``/``PATCH /channels/{id}/messages[/{id}]`` (JSON or multipart with
files), ``GET``/``PUT /applications/{id}/commands``, ``POST /interactions/{id}/{token}/callback``,
``POST /webhooks/{app}/{token}`` (follow-ups) and ``PATCH .../messages/{id|@original}``.
Gateway: HELLO (its heartbeat interval can be shortened for tests), IDENTIFY (a Message
Content intent the application lacks closes with 4014, as Discord does), READY, heartbeats and
their ACKs, RESUME answered with INVALID_SESSION, and MESSAGE_CREATE / INTERACTION_CREATE
dispatches.

It rejects, in Discord's error shape (``{"code": ..., "message": ...}``), what
Discord rejects: content over 2,000 characters, an empty message, more than 5 action rows or 5
buttons in a row, a custom id over 100 characters or twice in one message, a label over 80, an
interaction answered after 3 s or twice, a follow-up before any answer, unknown routes (404),
a wrong token (401); it answers 50007 for a user who blocked the bot, and 429 with
``retry_after`` when told to. Every call and every rejection is recorded.

By hand::

    python -m tests.channels.fake_discord --port 8090
    DISCORD_API_BASE_URL=http://127.0.0.1:8090 DISCORD_BOT_TOKEN=fake-token itb-coach discord
    curl -XPOST localhost:8090/_test/message -d '{"user_id": 42, "text": "hello"}'
    curl -XPOST localhost:8090/_test/command -d '{"user_id": 42, "name": "today"}'
    curl -XPOST localhost:8090/_test/press -d '{"user_id": 42, "label": "Done: strength"}'
    curl 'localhost:8090/_test/transcript?user_id=42'

Control endpoints (JSON in, JSON out unless noted):
    POST /_test/message  {"user_id", "text"}                   a direct message from the user
    POST /_test/server   {"user_id", "text", "everyone", "roles"}  a message in the server channel
    POST /_test/command  {"user_id", "name", "options": {}, "guild": false}   a slash command
    POST /_test/autocomplete {"user_id", "name", "option", "value"}  returns the choices offered
    POST /_test/press    {"user_id", "label"}                  press a button on the newest message
    POST /_test/fail     {"count": 1, "retry_after": 0.2}      429 for the next calls
    POST /_test/block    {"user_id", "blocked": true}          the user blocks the bot (50007)
    GET  /_test/calls · /_test/rejected                         every call; the rejected ones
    GET  /_test/transcript?user_id=                             what the user saw (text)
    GET  /_test/commands                                         the registered slash commands
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import itertools
import json
import re
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from aiohttp import WSMsgType, web

API = "/api/v10"
CONTENT_LIMIT = 2000
MAX_ROWS = 5
MAX_ROW_BUTTONS = 5
CUSTOM_ID_LIMIT = 100
LABEL_LIMIT = 80
ANSWER_WINDOW = 3.0  # seconds Discord waits for an interaction's first answer
MESSAGE_CONTENT_INTENT = 1 << 15
EPHEMERAL = 1 << 6
_NAME_RE = re.compile(r"^[-_\w]{1,32}$")
# The locales Discord accepts in localisations (its reference, "Locales").
LOCALES = frozenset(
    [
        "id",
        "da",
        "de",
        "en-GB",
        "en-US",
        "es-ES",
        "es-419",
        "fr",
        "hr",
        "it",
        "lt",
        "hu",
        "nl",
        "no",
        "pl",
        "pt-BR",
        "ro",
        "fi",
        "sv-SE",
        "vi",
        "tr",
        "cs",
        "el",
        "bg",
        "ru",
        "uk",
        "hi",
        "th",
        "zh-CN",
        "ja",
        "zh-TW",
        "ko",
    ]
)


class ApiError(Exception):
    def __init__(self, status: int, code: int, message: str, *, injected: bool = False) -> None:
        super().__init__(message)
        self.status, self.code, self.message, self.injected = status, code, message, injected


def invalid(why: str) -> ApiError:
    return ApiError(400, 50035, f"Invalid Form Body: {why}")


@dataclass
class Call:
    method: str
    path: str
    body: Any
    status: int = 200
    error: str | None = None
    injected: bool = False


@dataclass
class Message:
    id: int
    channel_id: int
    author: dict[str, Any]
    content: str = ""
    components: list[dict[str, Any]] = field(default_factory=list)
    attachments: list[dict[str, Any]] = field(default_factory=list)
    flags: int = 0
    files: dict[str, bytes] = field(default_factory=dict)
    user_id: int | None = None  # who sees it: the DM's user, or the user of an ephemeral answer
    edits: int = 0

    def buttons(self) -> list[dict[str, Any]]:
        return [c for row in self.components for c in row.get("components", [])]

    def as_json(self) -> dict[str, Any]:
        return {
            "id": str(self.id),
            "channel_id": str(self.channel_id),
            "author": self.author,
            "content": self.content,
            "timestamp": "2026-11-23T07:00:00+00:00",
            "edited_timestamp": None,
            "tts": False,
            "mention_everyone": False,
            "mentions": [],
            "mention_roles": [],
            "attachments": self.attachments,
            "embeds": [],
            "pinned": False,
            "type": 0,
            "flags": self.flags,
            "components": self.components,
        }


@dataclass
class Interaction:
    id: int
    token: str
    user_id: int
    created: float
    answered: str | None = None  # the callback type name once answered
    message: Message | None = None  # the message a pressed button is on
    autocomplete: list[dict[str, Any]] | None = None
    loading: Message | None = None  # a deferred answer's "thinking" message, until followed up
    done: asyncio.Event = field(default_factory=asyncio.Event)


def json_response(
    payload: Any, status: int = 200, headers: dict[str, str] | None = None
) -> web.Response:
    """JSON as Discord sends it: ``Content-Type`` exactly ``application/json`` (discord.py
    parses nothing else)."""
    headers = (headers or {}) | {"Content-Type": "application/json"}
    return web.Response(body=json.dumps(payload).encode(), status=status, headers=headers)


def check_message(body: dict[str, Any], *, edit: bool = False, files: int = 0) -> None:
    """Discord's limits for one message; ApiError(400) names the first one broken."""
    content = body.get("content")
    if content is not None and len(str(content)) > CONTENT_LIMIT:
        raise invalid(f"content: Must be {CONTENT_LIMIT} or fewer in length.")
    rows = body.get("components") or []
    if len(rows) > MAX_ROWS:
        raise invalid(f"components: Must be {MAX_ROWS} or fewer in length.")
    seen: set[str] = set()
    for row in rows:
        buttons = row.get("components") or []
        if row.get("type") != 1 or not 1 <= len(buttons) <= MAX_ROW_BUTTONS:
            raise invalid("components: an action row holds 1 to 5 buttons.")
        for button in buttons:
            custom_id, label = str(button.get("custom_id", "")), str(button.get("label", ""))
            if not 1 <= len(custom_id) <= CUSTOM_ID_LIMIT:
                raise invalid(f"custom_id: Must be between 1 and {CUSTOM_ID_LIMIT} in length.")
            if custom_id in seen:
                raise invalid("components: Component custom id cannot be duplicated")
            if len(label) > LABEL_LIMIT:
                raise invalid(f"label: Must be {LABEL_LIMIT} or fewer in length.")
            seen.add(custom_id)
    if not edit and not content and not rows and not files and not body.get("embeds"):
        raise ApiError(400, 50006, "Cannot send an empty message")


def check_commands(commands: Any) -> None:
    if not isinstance(commands, list) or len(commands) > 100:
        raise invalid("commands: a list of at most 100")
    for command in commands:
        name, description = command.get("name", ""), command.get("description", "")
        if not _NAME_RE.match(name) or name != name.lower():
            raise invalid(f"name: {name!r} is not a valid command name")
        if not 1 <= len(description) <= 100:
            raise invalid(f"description of {name}: 1 to 100 characters")
        check_localizations(name, command)
        options = command.get("options", [])
        if len(options) > 25:
            raise invalid(f"options of {name}: at most 25")
        required_done = False
        for option in options:
            check_localizations(f"{name} {option.get('name')}", option)
            if not _NAME_RE.match(option.get("name", "")) or not option.get("description"):
                raise invalid(f"option of {name}: bad name or description")
            if option.get("required") and required_done:
                raise invalid(f"options of {name}: required options must come first")
            required_done = required_done or not option.get("required")
            if option.get("choices") and option.get("autocomplete"):
                raise invalid(f"option of {name}: choices and autocomplete are exclusive")
            if len(option.get("choices", [])) > 25:
                raise invalid(f"choices of {name}: at most 25")


def check_localizations(name: str, command: dict[str, Any]) -> None:
    """Discord's rules for a command's localised names and descriptions."""
    for key in ("name_localizations", "description_localizations"):
        for locale, value in (command.get(key) or {}).items():
            if locale not in LOCALES:
                raise invalid(f"{key} of {name}: {locale!r} is not a Discord locale")
            if key == "name_localizations" and not (
                _NAME_RE.match(value) and value == value.lower()
            ):
                raise invalid(f"{key} of {name}: {value!r} is not a valid command name")
            if key == "description_localizations" and not 1 <= len(value) <= 100:
                raise invalid(f"{key} of {name}: 1 to 100 characters")


class FakeDiscord:
    """The stand-in. ``message_content``: whether the application has the privileged intent."""

    def __init__(
        self,
        host: str = "127.0.0.1",
        port: int = 0,
        *,
        token: str = "fake-token",
        message_content: bool = True,
        heartbeat_ms: int = 41250,
    ) -> None:
        self.host, self.port, self.token = host, port, token
        self.heartbeat_ms = heartbeat_ms  # HELLO's interval (Discord's own is 41250)
        self.heartbeats = 0  # heartbeats received (each answered with an ACK)
        self.message_content = message_content
        self.app_id = 900_000_000_000_000_001
        self.bot_user = self._user(self.app_id, "ITB Coach") | {"bot": True}
        self.guild_id = 700_000_000_000_000_001
        self.guild_channel = 700_000_000_000_000_002
        self._ids = itertools.count(1_000_000_000_000_000_000)
        self.calls: list[Call] = []
        self.commands: list[dict[str, Any]] = []
        self.locales: dict[int, str] = {}  # a user's client language (default "en-GB")
        self.dm_channels: dict[int, int] = {}  # user id -> DM channel id
        self.messages: dict[int, Message] = {}
        self.interactions: dict[str, Interaction] = {}
        self.blocked: set[int] = set()
        self.sockets: list[web.WebSocketResponse] = []
        self.identified: list[int] = []  # the intents of every IDENTIFY
        self._seq = itertools.count(1)
        self._fail_429 = 0
        self._retry_after = 0.2
        self._runner: web.AppRunner | None = None
        self._changed = asyncio.Event()

    # --- lifecycle ----------------------------------------------------------------------

    @property
    def base_url(self) -> str:
        return f"http://{self.host}:{self.port}"

    async def start(self) -> FakeDiscord:
        app = web.Application(client_max_size=30 * 1024 * 1024)
        app.router.add_get("/gateway", self._gateway)
        app.router.add_route("*", "/_test/{action}", self._control)
        app.router.add_route("*", API + "/{path:.*}", self._api)
        self._runner = web.AppRunner(app)
        await self._runner.setup()
        site = web.TCPSite(self._runner, self.host, self.port)
        await site.start()
        self.port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
        return self

    async def stop(self) -> None:
        for socket in list(self.sockets):
            await socket.close()
        if self._runner is not None:
            await self._runner.cleanup()

    # --- what tests look at -------------------------------------------------------------

    def rejected(self, *, include_injected: bool = False) -> list[Call]:
        return [
            c for c in self.calls if c.error is not None and (include_injected or not c.injected)
        ]

    def calls_to(self, method: str, fragment: str) -> list[Call]:
        return [c for c in self.calls if c.method == method and fragment in c.path]

    def seen_by(self, user_id: int) -> list[Message]:
        """Messages the user can see, oldest first: their DM and answers to them."""
        return [m for m in self.messages.values() if m.user_id == user_id]

    def transcript(self, user_id: int) -> str:
        lines = []
        for message in self.seen_by(user_id):
            files = "".join(f" [{a['filename']}]" for a in message.attachments)
            labels = " ".join(f"[{b.get('label')}]" for b in message.buttons())
            private = " (only you)" if message.flags & EPHEMERAL else ""
            lines.append(f"{message.content}{files}{private}\n  {labels}".rstrip())
        return "\n---\n".join(lines)

    async def wait_until(self, condition: Callable[[], bool], timeout: float = 15.0) -> None:
        deadline = time.monotonic() + timeout
        while not condition():
            if time.monotonic() > deadline:
                raise TimeoutError("the bot did not get there in time")
            self._changed.clear()
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._changed.wait(), 0.2)

    def fail_next(self, count: int, retry_after: float = 0.2) -> None:
        self._fail_429, self._retry_after = count, retry_after

    def block(self, user_id: int, blocked: bool = True) -> None:
        (self.blocked.add if blocked else self.blocked.discard)(user_id)

    # --- a user acts --------------------------------------------------------------------

    def dm_channel(self, user_id: int) -> int:
        return self.dm_channels.setdefault(user_id, next(self._ids))

    def send_text(self, user_id: int, text: str, *, server: bool = False) -> int:
        """A direct message from the user, or with ``server`` a message in a server channel
        that mentions the bot. Discord gives a bot the content of both even without the
        Message Content intent (it is needed only for other server messages)."""
        if not server:
            message = Message(next(self._ids), self.dm_channel(user_id), self._user(user_id), text)
            message.user_id = user_id
            self._dispatch("MESSAGE_CREATE", message.as_json())
            return message.id
        message = Message(
            next(self._ids), self.guild_channel, self._user(user_id), f"<@{self.app_id}> {text}"
        )
        member = self._member(user_id)
        del member["user"]  # a message's member carries no user: the author is the user
        payload = message.as_json() | {
            "guild_id": str(self.guild_id),
            "mentions": [self.bot_user],
            "member": member,
        }
        self.messages[message.id] = message  # seen by everyone in the channel
        self._dispatch("MESSAGE_CREATE", payload)
        return message.id

    def post_in_server(
        self, user_id: int, content: str, *, everyone: bool = False, roles: tuple[int, ...] = ()
    ) -> int:
        """A message in the server channel, typed as is: ``everyone`` when it says
        ``@everyone`` or ``@here`` (Discord then sets ``mention_everyone``), ``roles`` the ids of
        the roles it mentions (``<@&id>``). It names the bot only if ``content`` has
        ``<@bot id>``."""
        message = Message(next(self._ids), self.guild_channel, self._user(user_id), content)
        member = self._member(user_id)
        del member["user"]
        named = [self.bot_user] if f"<@{self.app_id}>" in content else []
        payload = message.as_json() | {
            "guild_id": str(self.guild_id),
            "mention_everyone": everyone,
            "mentions": named,
            "mention_roles": [str(r) for r in roles],
            "member": member,
        }
        self.messages[message.id] = message
        self._dispatch("MESSAGE_CREATE", payload)
        return message.id

    def in_server(self) -> list[Message]:
        return [m for m in self.messages.values() if m.channel_id == self.guild_channel]

    def command(
        self, user_id: int, name: str, options: dict[str, Any] | None = None, guild: bool = False
    ) -> Interaction:
        known = {c["name"]: c for c in self.commands}
        if name not in known:
            raise LookupError(f"no slash command /{name} registered")
        types = {o["name"]: o["type"] for o in known[name].get("options", [])}
        data = {
            "id": known[name]["id"],
            "name": name,
            "type": 1,
            "options": [
                {"name": k, "type": types[k], "value": v} for k, v in (options or {}).items()
            ],
        }
        return self._interact(user_id, 2, data, guild=guild)

    def autocomplete(self, user_id: int, name: str, option: str, value: str) -> Interaction:
        known = {c["name"]: c for c in self.commands}
        data = {
            "id": known[name]["id"],
            "name": name,
            "type": 1,
            "options": [{"name": option, "type": 3, "value": value, "focused": True}],
        }
        return self._interact(user_id, 4, data)

    def press(self, user_id: int, label: str) -> Interaction:
        """Press the button labelled ``label`` on the newest message the user sees with it."""
        for message in reversed(self.seen_by(user_id)):
            for button in message.buttons():
                if button.get("label") == label:
                    data = {"custom_id": button["custom_id"], "component_type": 2}
                    return self._interact(user_id, 3, data, message=message)
        raise LookupError(f"no button {label!r} for user {user_id}")

    def _interact(
        self,
        user_id: int,
        kind: int,
        data: dict[str, Any],
        *,
        guild: bool = False,
        message: Message | None = None,
    ) -> Interaction:
        interaction = Interaction(next(self._ids), f"tok{next(self._ids)}", user_id, 0.0)
        interaction.message = message
        in_guild = guild or (message is not None and message.channel_id == self.guild_channel)
        payload: dict[str, Any] = {
            "id": str(interaction.id),
            "application_id": str(self.app_id),
            "type": kind,
            "data": data,
            "token": interaction.token,
            "version": 1,
            "locale": self.locales.get(user_id, "en-GB"),
            "app_permissions": "0",
            "attachment_size_limit": 10 * 1024 * 1024,
            "entitlements": [],
            "authorizing_integration_owners": {"1": str(user_id)},
            "context": 0 if in_guild else 1,
        }
        payload |= self._where(user_id, in_guild)
        if message is not None:
            payload["message"] = message.as_json()
        self.interactions[interaction.token] = interaction
        interaction.created = time.monotonic()
        self._dispatch("INTERACTION_CREATE", payload)
        return interaction

    def _where(self, user_id: int, in_guild: bool) -> dict[str, Any]:
        """An interaction's channel and user: the server channel, or the user's DM."""
        if not in_guild:
            channel, user = self.dm_channel(user_id), self._user(user_id)
            return {
                "channel_id": str(channel),
                "channel": {"id": str(channel), "type": 1, "recipients": [user]},
                "user": user,
            }
        return {
            "guild_id": str(self.guild_id),
            "channel_id": str(self.guild_channel),
            "channel": {
                "id": str(self.guild_channel),
                "type": 0,
                "name": "general",
                "guild_id": str(self.guild_id),
                "position": 0,
                "permission_overwrites": [],
                "nsfw": False,
                "parent_id": None,
            },
            "member": self._member(user_id),
        }

    # --- HTTP: the API --------------------------------------------------------------------

    async def _api(self, request: web.Request) -> web.Response:
        path = "/" + request.match_info["path"]
        body, files = await self._body(request)
        call = Call(request.method, path, body)
        self.calls.append(call)
        try:
            webhook = path.startswith(("/interactions/", "/webhooks/"))
            if not webhook and request.headers.get("Authorization") != f"Bot {self.token}":
                raise ApiError(401, 0, "401: Unauthorized")
            if self._fail_429 > 0 and not path.startswith("/gateway"):
                self._fail_429 -= 1
                raise ApiError(429, 0, "You are being rate limited.", injected=True)
            result = await self._route(request.method, path, body, files)
        except ApiError as error:
            call.status, call.error, call.injected = error.status, error.message, error.injected
            return self._error(error)
        finally:
            self._changed.set()
        if result is None:
            return web.Response(status=204)
        return json_response(result)

    def _error(self, error: ApiError) -> web.Response:
        payload: dict[str, Any] = {"code": error.code, "message": error.message}
        headers = {"Via": "1.1 google"}
        if error.status == 429:
            payload |= {"retry_after": self._retry_after, "global": False}
            headers |= {"X-RateLimit-Remaining": "0", "X-RateLimit-Limit": "5"}
            headers |= {"Retry-After": str(self._retry_after)}
        return json_response(payload, error.status, headers)

    async def _body(self, request: web.Request) -> tuple[Any, dict[str, tuple[str, bytes]]]:
        files: dict[str, tuple[str, bytes]] = {}
        if request.content_type.startswith("multipart/"):
            body: Any = {}
            reader = await request.multipart()
            async for part in reader:
                if part.name == "payload_json":
                    body = json.loads(await part.text())  # type: ignore[union-attr]
                elif part.name:
                    content = await part.read()  # type: ignore[union-attr]
                    files[part.name] = (part.filename or part.name, bytes(content))  # type: ignore[union-attr]
            return body, files
        text = await request.text() if request.can_read_body else ""
        return (json.loads(text) if text else None), files

    async def _route(
        self, method: str, path: str, body: Any, files: dict[str, tuple[str, bytes]]
    ) -> Any:
        parts = path.strip("/").split("/")
        match method, parts:
            case "GET", ["users", "@me"]:
                return self.bot_user
            case "GET", ["oauth2", "applications", "@me"]:
                return self._application()
            case "GET", ["gateway"] | ["gateway", "bot"]:
                url = f"ws://{self.host}:{self.port}/gateway"
                limit = {"total": 1000, "remaining": 999, "reset_after": 0, "max_concurrency": 1}
                return {"url": url, "shards": 1, "session_start_limit": limit}
            case "GET", ["users", user_id]:
                return self._user(int(user_id))
            case "POST", ["users", "@me", "channels"]:
                user_id = int(body["recipient_id"])
                user = self._user(user_id)
                return {"id": str(self.dm_channel(user_id)), "type": 1, "recipients": [user]}
            case "POST", ["channels", channel_id, "messages"]:
                return self._create(int(channel_id), body, files).as_json()
            case "PATCH", ["channels", _channel, "messages", message_id]:
                return self._edit(self._stored(message_id), body).as_json()
            case ("GET", ["applications", app_id, "commands"]) if int(app_id) == self.app_id:
                return self.commands
            case ("PUT", ["applications", app_id, "commands"]) if int(app_id) == self.app_id:
                check_commands(body)
                self.commands = [
                    c | {"id": str(next(self._ids)), "application_id": str(self.app_id)}
                    for c in body
                ]
                return self.commands
            case "POST", ["interactions", _iid, token, "callback"]:
                return self._callback(self._interaction(token), body, files)
            case "POST", ["webhooks", _app, token]:
                return self._followup(self._interaction(token), body, files).as_json()
            case "PATCH", ["webhooks", _app, token, "messages", which]:
                interaction = self._interaction(token)
                if which == "@original":
                    if interaction.message is None:
                        raise ApiError(404, 10008, "Unknown Message")
                    return self._edit(interaction.message, body).as_json()
                return self._edit(self._stored(which), body).as_json()
        raise ApiError(404, 0, "404: Not Found")

    def _create(
        self,
        channel_id: int,
        body: dict[str, Any],
        files: dict[str, tuple[str, bytes]],
        *,
        user_id: int | None = None,
        flags: int = 0,
    ) -> Message:
        check_message(body, files=len(files))
        if user_id is None and channel_id != self.guild_channel:
            owner = [u for u, c in self.dm_channels.items() if c == channel_id]
            if not owner:
                raise ApiError(404, 10003, "Unknown Channel")
            user_id = owner[0]
        if (
            user_id is not None
            and user_id in self.blocked
            and channel_id == self.dm_channels.get(user_id)
        ):
            # Told to by the test (block): counted with the injected failures, not as a bug.
            raise ApiError(403, 50007, "Cannot send messages to this user", injected=True)
        message = Message(
            next(self._ids),
            channel_id,
            self.bot_user,
            str(body.get("content") or ""),
            list(body.get("components") or []),
            flags=flags | int(body.get("flags") or 0),
            user_id=user_id,
        )
        for n, (name, content) in enumerate(files.values()):
            if not content:
                raise invalid("files: empty file")
            message.files[name] = content
            url = f"{self.base_url}/attachments/{message.id}/{n}/{name}"
            message.attachments.append(
                {"id": str(next(self._ids)), "filename": name, "size": len(content)}
                | {"url": url, "proxy_url": url}
            )
        self.messages[message.id] = message
        return message

    def _edit(self, message: Message, body: dict[str, Any]) -> Message:
        check_message(body, edit=True)
        message.edits += 1
        if "content" in body:
            message.content = str(body["content"] or "")
        if "components" in body:
            message.components = list(body["components"] or [])
        return message

    def _stored(self, message_id: str) -> Message:
        if not message_id.isdigit() or int(message_id) not in self.messages:
            raise ApiError(404, 10008, "Unknown Message")
        return self.messages[int(message_id)]

    def _interaction(self, token: str) -> Interaction:
        if token not in self.interactions:
            raise ApiError(404, 10015, "Unknown Webhook")
        return self.interactions[token]

    def _callback(
        self, interaction: Interaction, body: dict[str, Any], files: dict[str, tuple[str, bytes]]
    ) -> dict[str, Any]:
        if interaction.answered is not None:
            raise ApiError(400, 40060, "Interaction has already been acknowledged.")
        if time.monotonic() - interaction.created > ANSWER_WINDOW:
            raise ApiError(404, 10062, "Unknown interaction")
        kind, data = int(body.get("type", 0)), body.get("data") or {}
        channel = interaction.message.channel_id if interaction.message else None
        channel = channel or self.dm_channel(interaction.user_id)
        resource: dict[str, Any] = {"type": kind}
        if kind == 4:  # a message in answer
            message = self._create(channel, data, files, user_id=interaction.user_id)
            interaction.message = message
            resource["message"] = message.as_json()
        elif kind == 5:  # "thinking…", then follow-ups
            interaction.message = interaction.loading = self._create(
                channel, {"content": "…"}, {}, user_id=interaction.user_id
            )
            interaction.loading.flags |= int(data.get("flags") or 0)
        elif kind == 6:  # acknowledged; the pressed message may be edited later
            pass
        elif kind == 7:  # the pressed message, edited
            if interaction.message is None:
                raise invalid("type: UPDATE_MESSAGE needs a component interaction")
            self._edit(interaction.message, data)
            resource["message"] = interaction.message.as_json()
        elif kind == 8:
            choices = list(data.get("choices") or [])
            if len(choices) > 25:
                raise invalid("choices: Must be 25 or fewer in length.")
            if any(not 1 <= len(str(c.get("name", ""))) <= 100 for c in choices):
                raise invalid("choices.name: Must be between 1 and 100 in length.")
            interaction.autocomplete = choices
        else:
            raise invalid(f"type: unknown interaction callback type {kind}")
        interaction.answered = str(kind)
        interaction.done.set()
        return {"interaction": {"id": str(interaction.id), "type": kind}, "resource": resource}

    def _followup(
        self, interaction: Interaction, body: dict[str, Any], files: dict[str, tuple[str, bytes]]
    ) -> Message:
        if interaction.answered is None:
            raise ApiError(404, 10015, "Unknown Webhook")
        loading, interaction.loading = interaction.loading, None
        if loading is not None:  # Discord: the first follow-up replaces "thinking…"
            check_message(body or {}, files=len(files))
            del self.messages[loading.id]
            message = self._create(
                loading.channel_id, body or {}, files, user_id=interaction.user_id
            )
            message.flags |= loading.flags
            return message
        channel = self.dm_channel(interaction.user_id)
        if interaction.message is not None:
            channel = interaction.message.channel_id
        return self._create(channel, body or {}, files, user_id=interaction.user_id)

    # --- the gateway ----------------------------------------------------------------------

    async def _gateway(self, request: web.Request) -> web.WebSocketResponse:
        socket = web.WebSocketResponse()
        await socket.prepare(request)
        await socket.send_json({"op": 10, "d": {"heartbeat_interval": self.heartbeat_ms}})
        try:
            async for frame in socket:
                if frame.type is not WSMsgType.TEXT:
                    continue
                await self._gateway_op(socket, json.loads(frame.data))
        finally:
            if socket in self.sockets:
                self.sockets.remove(socket)
        return socket

    async def _gateway_op(self, socket: web.WebSocketResponse, message: dict[str, Any]) -> None:
        op, data = message.get("op"), message.get("d")
        if op == 1:
            self.heartbeats += 1
            await socket.send_json({"op": 11})
        elif op == 2:
            if data.get("token") != self.token:
                await socket.close(code=4004, message=b"Authentication failed.")
                return
            self.identified.append(int(data.get("intents", 0)))
            if int(data.get("intents", 0)) & MESSAGE_CONTENT_INTENT and not self.message_content:
                await socket.close(code=4014, message=b"Disallowed intent(s).")
                return
            ready = {
                "v": 10,
                "user": self.bot_user,
                "guilds": [],
                "session_id": f"session-{next(self._ids)}",
                "resume_gateway_url": f"ws://{self.host}:{self.port}/gateway",
                "application": {"id": str(self.app_id), "flags": 0},
            }
            await socket.send_json({"op": 0, "t": "READY", "s": next(self._seq), "d": ready})
            self.sockets.append(socket)
        elif op == 6:
            await socket.send_json({"op": 9, "d": False})  # sessions are not kept: identify
        self._changed.set()

    def _dispatch(self, event: str, data: dict[str, Any]) -> None:
        if not self.sockets:
            raise RuntimeError("no bot is connected to the gateway")
        frame = {"op": 0, "t": event, "s": next(self._seq), "d": data}
        for socket in self.sockets:
            asyncio.get_running_loop().create_task(socket.send_json(frame))

    def _member(self, user_id: int) -> dict[str, Any]:
        return {
            "user": self._user(user_id),
            "roles": [],
            "joined_at": "2026-01-01T00:00:00+00:00",
            "deaf": False,
            "mute": False,
            "flags": 0,
            "permissions": "0",
        }

    def _application(self) -> dict[str, Any]:
        flags = (1 << 19) if self.message_content else 0  # GATEWAY_MESSAGE_CONTENT_LIMITED
        return {
            "id": str(self.app_id),
            "name": "ITB Coach",
            "description": "",
            "icon": None,
            "bot_public": True,
            "bot_require_code_grant": False,
            "owner": self._user(1, "owner"),
            "verify_key": "0" * 64,
            "flags": flags,
            "interactions_endpoint_url": None,
        }

    @staticmethod
    def _user(user_id: int, name: str | None = None) -> dict[str, Any]:
        name = name or f"runner{user_id}"
        return {
            "id": str(user_id),
            "username": name,
            "global_name": name,
            "discriminator": "0",
            "avatar": None,
        }

    # --- HTTP: control ------------------------------------------------------------------

    async def _control(self, request: web.Request) -> web.Response:
        body: dict[str, Any] = {}
        if request.method == "POST" and request.can_read_body:
            body = json.loads(await request.text() or "{}")
        try:
            return await self._control_action(request.match_info["action"], body, request.query)
        except (LookupError, ValueError, TypeError, RuntimeError) as exc:
            return web.json_response({"ok": False, "description": str(exc)}, status=400)

    async def _control_action(self, action: str, body: dict[str, Any], query: Any) -> web.Response:
        user_id = int(body.get("user_id") or query.get("user_id") or 0)
        before = self._revisions(user_id)
        if action == "message":
            self.send_text(user_id, str(body["text"]))
        elif action == "server":
            roles = tuple(int(r) for r in body.get("roles") or ())
            self.post_in_server(
                user_id, str(body["text"]), everyone=bool(body.get("everyone")), roles=roles
            )
        elif action in ("command", "press", "autocomplete"):
            if action == "command":
                options = body.get("options") or {}
                made = self.command(user_id, body["name"], options, bool(body.get("guild")))
            elif action == "press":
                made = self.press(user_id, str(body["label"]))
            else:
                made = self.autocomplete(user_id, body["name"], body["option"], body["value"])
            await asyncio.wait_for(made.done.wait(), ANSWER_WINDOW + 1)
            if made.autocomplete is not None:
                return json_response({"choices": made.autocomplete})
        elif action == "fail":
            self.fail_next(int(body.get("count", 1)), float(body.get("retry_after", 0.2)))
            return json_response({"ok": True})
        elif action == "block":
            self.block(user_id, bool(body.get("blocked", True)))
            return json_response({"ok": True})
        elif action in ("calls", "rejected"):
            calls = self.calls if action == "calls" else self.rejected()
            rows = [{"method": c.method, "path": c.path, "error": c.error} for c in calls]
            return json_response(rows)
        elif action == "commands":
            return json_response(self.commands)
        elif action == "transcript":
            return web.Response(text=self.transcript(user_id) + "\n")
        else:
            raise LookupError(f"unknown control action {action!r}")
        await self._settle(user_id, before)
        return json_response(self._changes(user_id, before))

    def _thinking(self, user_id: int) -> bool:
        """Whether an answer to the user is deferred ("thinking…") and not followed up yet."""
        return any(
            i.loading is not None for i in self.interactions.values() if i.user_id == user_id
        )

    def _revisions(self, user_id: int) -> dict[int, int]:
        return {m.id: m.edits for m in self.seen_by(user_id)}

    def _changes(self, user_id: int, before: dict[int, int]) -> dict[str, list[dict[str, Any]]]:
        def shown(m: Message) -> dict[str, Any]:
            return {
                "text": m.content,
                "buttons": [b.get("label") for b in m.buttons()],
                "files": [a["filename"] for a in m.attachments],
                "only_you": bool(m.flags & EPHEMERAL),
            }

        seen = self.seen_by(user_id)
        return {
            "new": [shown(m) for m in seen if m.id not in before],
            "edited": [shown(m) for m in seen if before.get(m.id, m.edits) != m.edits],
        }

    async def _settle(self, user_id: int, before: dict[int, int], quiet: float = 0.8) -> None:
        """For people driving the stand-in by hand: wait for replies, then a quiet spell."""
        deadline = time.monotonic() + 15
        seen, calm = before, time.monotonic()
        while time.monotonic() < deadline:
            now = self._revisions(user_id)
            if now != seen:
                seen, calm = now, time.monotonic()
            elif now != before and time.monotonic() - calm >= quiet and not self._thinking(user_id):
                return
            await asyncio.sleep(0.05)


async def _serve(host: str, port: int, message_content: bool) -> None:
    fake = await FakeDiscord(host, port, message_content=message_content).start()
    print(f"local Discord on {fake.base_url}  (DISCORD_API_BASE_URL={fake.base_url})", flush=True)
    try:
        await asyncio.Event().wait()
    finally:
        await fake.stop()


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="A local Discord for trying ITB Coach.")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8090)
    parser.add_argument(
        "--no-message-content",
        action="store_true",
        help="the application lacks the Message Content intent (IDENTIFY asking for it: 4014)",
    )
    args = parser.parse_args(argv)
    with contextlib.suppress(KeyboardInterrupt):
        asyncio.run(_serve(args.host, args.port, not args.no_message_content))


if __name__ == "__main__":
    main()
