"""Appointments: a worker's time from a start for a number of minutes, and the rule that a worker is never booked
twice at once. Times are half-open: one appointment may start the minute the other ends."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta

MAX_MINUTES = 8 * 60  # one appointment's services: a working day at most
SLOT_MINUTES = 5  # appointments start on the clock's 5 minutes


@dataclass(frozen=True)
class Slot:
    starts_at: datetime
    minutes: int

    @property
    def ends_at(self) -> datetime:
        return self.starts_at + timedelta(minutes=self.minutes)

    def overlaps(self, other: Slot) -> bool:
        return self.starts_at < other.ends_at and other.starts_at < self.ends_at


def valid_minutes(minutes: int) -> bool:
    return 0 < minutes <= MAX_MINUTES


def clashes(slot: Slot, taken: Iterable[Slot]) -> list[Slot]:
    """The booked slots of the same worker that `slot` would overlap, earliest first."""
    return sorted((other for other in taken if slot.overlaps(other)), key=lambda other: other.starts_at)


def free_from(slot_minutes: int, taken: Iterable[Slot], earliest: datetime, latest: datetime) -> datetime | None:
    """The first start from `earliest` (rounded up to the slot grid) where `slot_minutes` fit before `latest`
    without a clash: what the counter offers when the time asked for is taken."""
    start = on_grid(earliest)
    booked = sorted(taken, key=lambda other: other.starts_at)
    while start + timedelta(minutes=slot_minutes) <= latest:
        blocking = clashes(Slot(start, slot_minutes), booked)
        if not blocking:
            return start
        start = on_grid(max(other.ends_at for other in blocking))
    return None


def on_grid(moment: datetime) -> datetime:
    """`moment` rounded up to the next start on the slot grid (itself when it is on it)."""
    exact = moment.replace(second=0, microsecond=0)
    if exact < moment:
        exact += timedelta(minutes=1)
    return exact + timedelta(minutes=-exact.minute % SLOT_MINUTES)
