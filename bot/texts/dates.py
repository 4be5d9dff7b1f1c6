"""Every date, weekday and month a runner reads, in the language of the turn (Babel's CLDR
data): "Wed 09 Dec 2026" in English, "mié 09 dic 2026" in Spanish. The patterns are CLDR's
(``EEE`` a weekday, ``MMM`` a month, abbreviated); the order is the same in every language."""

from __future__ import annotations

from datetime import date

from babel.dates import format_date

from bot.texts import language

LABEL = "EEE dd MMM y"  # Wed 09 Dec 2026: /today, /plan, the PDF
SHORT = "EEE dd MMM"  # Wed 09 Dec: reasons and phase changes
NAMED = "EEE d MMM"  # Sat 16 Jan: pauses and race countdowns
NAMED_LONG = "EEE d MMM y"  # Sat 16 Jan 2027: race dates
NAMED_DAY = "EEE d"  # Sat 16: the first of two days in one month
TABLE = "dd MMM yy"  # 09 Dec 26: the PDF's run table
DAY_MONTH = "dd MMM"  # 09 Dec: the PDF's weeks and the chart's axis
WEEKDAY = "EEEE"  # Tuesday: a day of the last week, as the runner names it


def shown(day: date, pattern: str) -> str:
    """``day`` written with the CLDR ``pattern`` in the language of this turn."""
    return format_date(day, pattern, locale=language.current())
