"""What the coach says when it cannot read or keep what was sent: a message too long, a run
it cannot record. Each says why, so nothing is dropped without the runner knowing."""

from __future__ import annotations

from bot.texts.catalog import N_, install

TOO_LONG_READ_FOR_FLAGS = N_(
    "That message is {length:,} characters long. I checked all of it for the warning signs "
    "that need a clinician, but I read only messages up to {limit:,} characters for anything "
    "else, so nothing in it was recorded. Please send reports in shorter messages."
)
TOO_LONG_UNREAD = N_(
    "That message is {length:,} characters long, more than the {limit:,} I can read, so I did "
    "not read or keep any of it. Please send it in shorter messages; if something about your "
    "knee worries you, say it in a few words."
)
RUN_OUT_OF_RANGE = N_(
    "I can't record that run: a run is 1 to {minutes} minutes, or up to {km:g} km. Nothing was "
    'stored. Send it again with the right numbers, e.g. "ran 5 km, knee 2/10".'
)
CONSOLE_FILE_NOT_SAVED = N_("  [file not saved: {reason}]")


install(__name__)
