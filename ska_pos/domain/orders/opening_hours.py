"""An outlet's opening hours (per weekday, in its own time zone) and the default promised time of an order: the
service's duration after intake, moved to the next opening when it would fall while the outlet is closed (a laundry
taken at 23:00 is not promised for 23:00 two days later, nor a 01:42 intake for 01:42)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

from ska_pos.i18n import _

WEEKDAYS = 7  # Monday is 0, as datetime.weekday()
DEFAULT_PROMISE_HOURS = 48  # the normal service, when the outlet has no express tier chosen


class OpeningHoursRefused(ValueError):
    """Opening hours that cannot be kept; the message is for the manager."""


@dataclass(frozen=True)
class DayHours:
    opens: time
    closes: time  # later than `opens` on the same day


@dataclass(frozen=True)
class OpeningHours:
    days: tuple[DayHours | None, ...]  # by weekday from Monday; None: closed that day

    def __post_init__(self) -> None:
        if len(self.days) != WEEKDAYS:
            raise OpeningHoursRefused(_("Opening hours are given for each of the seven days"))
        if all(day is None for day in self.days):
            raise OpeningHoursRefused(_("The outlet must be open on at least one day"))
        for day in self.days:
            if day is not None and not day.opens < day.closes:
                raise OpeningHoursRefused(_("A day's closing time must be later than its opening time"))

    def is_open(self, moment: datetime, zone: ZoneInfo) -> bool:
        local = moment.astimezone(zone)
        day = self.days[local.weekday()]
        return day is not None and day.opens <= local.time().replace(tzinfo=None) <= day.closes


DEFAULT_OPENING_HOURS = OpeningHours(tuple(DayHours(time(8, 0), time(20, 0)) for _day in range(WEEKDAYS)))


def next_open_moment(moment: datetime, hours: OpeningHours, zone: ZoneInfo) -> datetime:
    """`moment` when the outlet is open then, else the next opening after it (an aware datetime in `zone`)."""
    local = moment.astimezone(zone)
    if hours.is_open(local, zone):
        return local
    for ahead in range(WEEKDAYS + 1):
        day = local.date() + timedelta(days=ahead)
        opening = hours.days[day.weekday()]
        if opening is None:
            continue
        opens = datetime.combine(day, opening.opens, tzinfo=zone)
        if opens >= local:
            return opens
    raise AssertionError("an outlet open on some day opens within eight days")  # OpeningHours refuses "never open"


def default_promised_at(taken_at: datetime, duration: timedelta, hours: OpeningHours, zone: ZoneInfo) -> datetime:
    """The service's duration after intake, or the next opening after that when the outlet is closed then: never
    earlier than the duration, never while the outlet is closed."""
    return next_open_moment(taken_at + duration, hours, zone)
