"""The Discord channel (discord.py 2): slash commands, buttons that survive restarts, direct
messages, and reminders by DM. ``client`` answers, ``render`` draws, ``slash`` builds the
command set from the service's table, ``sync`` registers it, ``app`` runs it."""

from bot.channels.discord.app import api_base, run_discord, serve
from bot.channels.discord.client import CHANNEL, CoachClient, DiscordNotifier

__all__ = ["CHANNEL", "CoachClient", "DiscordNotifier", "api_base", "run_discord", "serve"]
