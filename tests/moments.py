"""Moments that tests pin the clock to (with time-machine), named for what they are. A moment in UTC leaves the
test process in the machine's own time zone; one told in a ZoneInfo zone moves the machine to that zone too."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

# 10:00 WIB on 25 November 2026: "today" for tests whose data live in November 2026.
LATE_NOVEMBER_2026 = datetime(2026, 11, 25, 3, 0, tzinfo=UTC)
# 00:30 WIB on 1 January 2027, while UTC (and a machine on UTC) is still in 2026.
NEW_YEAR_IN_JAKARTA = datetime(2026, 12, 31, 17, 30, tzinfo=UTC)
# The same moment told in São Paulo's zone: time-machine then makes São Paulo the machine's own zone for the test
# (14:30 on 31 December there), so a test shows whether code leans on the zone of the machine it runs on.
NEW_YEAR_IN_JAKARTA_SEEN_FROM_SAO_PAULO = NEW_YEAR_IN_JAKARTA.astimezone(ZoneInfo("America/Sao_Paulo"))
