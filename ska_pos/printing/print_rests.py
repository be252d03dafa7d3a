"""When the print queue tries a failed job again: a printer that fails rests, for a pause that grows with its
failures in a row, and its jobs wait until the rest ends. Thread-safe; times are monotonic seconds (a duration,
unaffected by the wall clock being set).

A rest is kept per printer (kind and address), since one dead printer fails all its jobs alike; an unexpected
error (a bug in one job, not the printer) rests only that job, under the key `("job", id)`.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ska_pos.printing.print_queue import PrintJob

Key = tuple[str, str]
Pause = Callable[[int], float]

FIRST_PAUSE_S = 5.0
LONGEST_PAUSE_S = 300.0


def retry_pause(failures: int) -> float:
    """Seconds before a printer that has failed `failures` times in a row is tried again: 5, 10, 20 ... 300."""
    return min(FIRST_PAUSE_S * 2.0 ** max(failures - 1, 0), LONGEST_PAUSE_S)


def printer_of(job: PrintJob) -> Key:
    return job.settings.kind, job.settings.address


def job_key(job: PrintJob) -> Key:
    return "job", job.id


@dataclass(frozen=True)
class Rest:
    """`until`: when the rest ends; `failures`: in a row, for the next pause; `error`: the last one; `taken`: its
    jobs were queued since it ended (so the queue's timer no longer waits for it)."""

    until: float
    failures: int
    error: str = ""
    taken: bool = False


class PrinterRests:
    def __init__(self, pause: Pause, clock: Callable[[], float]) -> None:
        self._pause, self._clock = pause, clock
        self._rests: dict[Key, Rest] = {}
        self._lock = threading.Lock()

    def holding(self, job: PrintJob) -> Rest | None:
        """The rest that holds this job back now, if any."""
        now = self._clock()
        with self._lock:
            rests = [self._rests.get(printer_of(job)), self._rests.get(job_key(job))]
        return next((rest for rest in rests if rest is not None and rest.until > now), None)

    def failed(self, key: Key, error: str) -> None:
        with self._lock:
            rest = self._rests.get(key)
            failures = (rest.failures if rest else 0) + 1
            self._rests[key] = Rest(self._clock() + self._pause(failures), failures, error)

    def printed(self, job: PrintJob) -> None:
        """The printer works: its rest ends now (the queue's timer then takes its waiting jobs, oldest first)."""
        with self._lock:
            self._rests.pop(job_key(job), None)
            if printer_of(job) in self._rests:
                self._rests[printer_of(job)] = Rest(self._clock(), 0)

    def wake(self, printer: Key) -> bool:
        """End the printer's rest now, for a new job; True when it was resting."""
        now = self._clock()
        with self._lock:
            rest = self._rests.get(printer)
            if rest is None or rest.until <= now:
                return False
            self._rests[printer] = replace(rest, until=now, taken=False)
            return True

    def end_all(self) -> None:
        """The cashier asks for a retry now. The failures still count for the next pause."""
        now = self._clock()
        with self._lock:
            self._rests = {key: replace(rest, until=now, taken=True) for key, rest in self._rests.items()}

    def take_ended(self) -> None:
        """The queue is about to queue the jobs of every rest that has ended."""
        now = self._clock()
        with self._lock:
            self._rests = {
                key: replace(rest, taken=rest.taken or rest.until <= now) for key, rest in self._rests.items()
            }

    def postpone_all(self) -> None:
        """The jobs could not be read: every rest gets one first pause more."""
        later = self._clock() + self._pause(1)
        with self._lock:
            self._rests = {key: replace(rest, until=later, taken=False) for key, rest in self._rests.items()}

    def seconds_to_next_end(self) -> float | None:
        """None while no rest is still to end."""
        with self._lock:
            ends = [rest.until for rest in self._rests.values() if not rest.taken]
        return max(min(ends) - self._clock(), 0.0) if ends else None
