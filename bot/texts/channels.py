"""The channels' own lines: the console prompt and Discord's slash-command options."""

from __future__ import annotations

from bot.texts.catalog import N_, install

CONSOLE_BANNER = N_(
    "ITB Coach — type /start to begin, /help for commands, Ctrl-D or Ctrl-C to leave."
)
CONSOLE_ENTER_DEFAULT = N_("  (Enter: {label})")
CONSOLE_WHERE_YOU_LEFT = N_(
    "ITB Coach — where you left off (/help for commands, Ctrl-D or Ctrl-C to leave):"
)
TELEGRAM_LOCATION_OFFER = N_("Or share your location: the time zone is found from it, offline.")
TELEGRAM_SHARE_LOCATION = N_("📍 Share my location")
CONSOLE_NO_DEFAULT = N_("This question has no default: choose one of these.")
CONSOLE_FILE_SAVED = N_("  [file saved: {path}]")

DISCORD_START_HELP = N_("start or restart: disclaimer, safety check and set-up")
DISCORD_OPT_DONE = N_("what you finished: a session, or one exercise")
DISCORD_DONE = {"stretch": N_("the next stretch session"), "strength": N_("the strength session")}
DISCORD_OPT_MINUTES = N_("how long you ran, in minutes")
DISCORD_OPT_RUN_PAIN = N_("worst knee pain during the run, 0 (none) to 10")
DISCORD_OPT_STOPPED = N_("did pain make you stop?")
DISCORD_OPT_MORNING_PAIN = N_("knee pain this morning, 0 (none) to 10")
DISCORD_OPT_STRENGTH_PAIN = N_("knee pain during strength work, 0 (none) to 10")
DISCORD_OPT_SYMPTOM = N_("the symptom, in your words")
DISCORD_OPT_EXERCISE = N_("an exercise (start typing its name)")
DISCORD_OPT_PROTOCOL = N_("the programme to switch to")
DISCORD_OPT_ZONE = N_("your time zone (start typing a city)")
DISCORD_OPT_TIMES = N_("stretch reminder times, like 08:00 13:00 20:00")
DISCORD_OPT_TIME = N_("strength reminder time, like 18:00")
DISCORD_OPT_DAYS = N_("how many days, 1 to 90")
DISCORD_DM_CLOSED = N_(
    "I answer privately, but your direct messages are closed to me. "
    "Use my slash commands here (the answers are only shown to you) or open your DMs."
)


install(__name__)
