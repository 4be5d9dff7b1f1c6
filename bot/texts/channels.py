"""The channels' own lines: the console prompt and Discord's slash-command options."""

from __future__ import annotations

from bot.texts.language import localise

CONSOLE_BANNER = "ITB Coach — type /start to begin, /help for commands, Ctrl-D or Ctrl-C to leave."
CONSOLE_ENTER_DEFAULT = "  (Enter: {label})"
CONSOLE_WHERE_YOU_LEFT = (
    "ITB Coach — where you left off (/help for commands, Ctrl-D or Ctrl-C to leave):"
)
TELEGRAM_LOCATION_OFFER = "Or share your location: the time zone is found from it, offline."
TELEGRAM_SHARE_LOCATION = "📍 Share my location"
CONSOLE_NO_DEFAULT = "This question has no default: choose one of these."
CONSOLE_FILE_SAVED = "  [file saved: {path}]"

DISCORD_START_HELP = "start or restart: disclaimer, safety check and set-up"
DISCORD_OPT_DONE = "what you finished: a session, or one exercise"
DISCORD_DONE = {"stretch": "the next stretch session", "strength": "the strength session"}
DISCORD_OPT_MINUTES = "how long you ran, in minutes"
DISCORD_OPT_RUN_PAIN = "worst knee pain during the run, 0 (none) to 10"
DISCORD_OPT_STOPPED = "did pain make you stop?"
DISCORD_OPT_MORNING_PAIN = "knee pain this morning, 0 (none) to 10"
DISCORD_OPT_STRENGTH_PAIN = "knee pain during strength work, 0 (none) to 10"
DISCORD_OPT_SYMPTOM = "the symptom, in your words"
DISCORD_OPT_EXERCISE = "an exercise (start typing its name)"
DISCORD_OPT_PROTOCOL = "the programme to switch to"
DISCORD_OPT_ZONE = "your time zone (start typing a city)"
DISCORD_OPT_TIMES = "stretch reminder times, like 08:00 13:00 20:00"
DISCORD_OPT_TIME = "strength reminder time, like 18:00"
DISCORD_OPT_DAYS = "how many days, 1 to 90"
DISCORD_DM_CLOSED = (
    "I answer privately, but your direct messages are closed to me. "
    "Use my slash commands here (the answers are only shown to you) or open your DMs."
)


localise(__name__, globals())
