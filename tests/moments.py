"""Moments that tests pin the clock to (with time-machine), named for what they are, in UTC so that the test
process keeps the machine's own time zone: code must never lean on it."""

from __future__ import annotations

from datetime import UTC, datetime

# 10:00 WIB on 25 November 2026: "today" for tests whose data live in November 2026.
LATE_NOVEMBER_2026 = datetime(2026, 11, 25, 3, 0, tzinfo=UTC)
# 00:30 WIB on 1 January 2027, while UTC (and a machine on UTC) is still in 2026.
NEW_YEAR_IN_JAKARTA = datetime(2026, 12, 31, 17, 30, tzinfo=UTC)
