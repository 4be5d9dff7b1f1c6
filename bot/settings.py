"""Settings, read once from the environment and an optional ``.env`` file."""

from __future__ import annotations

import re
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from bot.store.db import sqlite_url

# BotFather tokens look like "123456789:AA..." (digits, a colon, 30+ url-safe characters).
_TOKEN_RE = re.compile(r"^\d{5,20}:[A-Za-z0-9_-]{30,}$")

DEFAULT_DB_PATH = Path("data") / "itb-coach.db"


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", extra="ignore")

    telegram_bot_token: SecretStr | None = None
    telegram_api_base_url: str | None = None
    discord_bot_token: SecretStr | None = None
    discord_api_base_url: str | None = None  # a local stand-in, e.g. http://127.0.0.1:8090
    database_url: str = sqlite_url(DEFAULT_DB_PATH)
    protocols_dir: Path | None = None
    default_timezone: str = "UTC"
    webhook_url: str | None = None
    webhook_secret: SecretStr | None = None
    # The address the webhook server listens on: every interface by default (behind a load
    # balancer or in a container); 127.0.0.1 when a proxy on the same machine forwards to it.
    webhook_host: str = "0.0.0.0"
    port: int = Field(default=8443, ge=1, le=65535)
    reminder_tick_seconds: int = Field(default=30, ge=1, le=3600)
    # False in a deployment whose `itb-coach worker` processes send every reminder.
    bot_sends_reminders: bool = True
    reminder_grace_minutes: int = Field(default=120, ge=0, le=24 * 60)
    reminder_jitter_minutes: int = Field(default=0, ge=0, le=30)
    # How long a process holds the deliveries it took before another may take them over (a
    # process killed mid-wave: its reminders go out this much later, from the others).
    reminder_lease_seconds: int = Field(default=300, ge=10, le=3600)
    # Telegram's pace per bot, shared by every process that sends: 30/s by default. With
    # TELEGRAM_PAID_BROADCAST reminders (never replies) carry allow_paid_broadcast, which lets
    # a bot send up to 1,000/s for Telegram Stars; raise the pace with it. The per-chat
    # limit (about 1/s) stays either way.
    telegram_pace_per_second: int = Field(default=30, ge=1, le=1000)
    telegram_paid_broadcast: bool = False
    log_level: str = "INFO"
    log_format: str = Field(default="text", pattern="^(text|json)$")  # json: one object a line
    # /healthz and /metrics of a process without a web server of its own (a worker, a poller,
    # Discord); blank turns them off. Webhook replicas serve both on PORT.
    metrics_port: int | None = Field(default=9464, ge=0, le=65535)
    metrics_host: str = "127.0.0.1"

    @field_validator("metrics_port", mode="before")
    @classmethod
    def _blank_port_is_off(cls, value: object) -> object:
        return None if isinstance(value, str) and not value.strip() else value

    # The clinician's web view (`itb-coach web`).
    web_host: str = "127.0.0.1"
    web_port: int = Field(default=8080, ge=1, le=65535)
    web_base_url: str | None = None  # the address clinicians open; default http://host:port
    web_secret_key: SecretStr | None = None  # signs sessions; default: one kept in the database

    @property
    def web_url(self) -> str:
        """Where the web view is reached, without a trailing slash."""
        return (self.web_base_url or f"http://{self.web_host}:{self.web_port}").rstrip("/")

    @field_validator("telegram_bot_token", "discord_bot_token", mode="before")
    @classmethod
    def _blank_is_none(cls, value: object) -> object:
        return None if isinstance(value, str) and not value.strip() else value

    @field_validator("default_timezone")
    @classmethod
    def _known_zone(cls, value: str) -> str:
        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError) as exc:
            raise ValueError(f"unknown IANA time zone {value!r}") from exc
        return value

    def token_problem(self) -> str | None:
        """Why the Telegram token cannot be right, in one line, or None when it looks valid."""
        if self.telegram_bot_token is None:
            return "TELEGRAM_BOT_TOKEN is not set."
        if not _TOKEN_RE.match(self.telegram_bot_token.get_secret_value().strip()):
            return (
                "TELEGRAM_BOT_TOKEN does not look like a BotFather token "
                "(digits, a colon, then letters): check it and try again."
            )
        return None
