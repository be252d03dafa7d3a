"""The one clock of the application: every reading of the wall clock in `ska_pos` goes through here.

Tests move it with time-machine; nothing else in the package may call `datetime.now()`, `date.today()` or Qt's
current date (tests/test_architecture.py checks). A date a person sees as "today" is an outlet's business date,
taken in the outlet's own time zone (WIB, WITA or WIT), never the machine's zone and never UTC.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

DEFAULT_ZONE = "Asia/Jakarta"


def now() -> datetime:
    """This moment, aware, in UTC: what the database stores."""
    return datetime.now(UTC)


def now_in(zone: str) -> datetime:
    """This moment on the wall clock of a time zone such as an outlet's "Asia/Makassar"."""
    return now().astimezone(ZoneInfo(zone))


def today_in(zone: str) -> date:
    """Today's date in a time zone: an outlet's business date when given the outlet's zone."""
    return now_in(zone).date()
