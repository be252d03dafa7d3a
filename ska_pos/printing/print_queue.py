"""A print queue that never blocks the till and never loses a job.

`submit` records the job in a store and returns at once; one background thread prints jobs in order. A job
that fails stays in the store with its error. Its printer then rests for a pause that grows with each failure in
a row (5 s, 10 s, 20 s ... at most 5 minutes); when the rest ends, the printer's failed jobs are tried again on
their own, oldest first, and the first that fails again starts the next rest (the others keep their place, so a
dead printer costs one attempt per pause, not one per job). A new job for a resting printer ends the rest: the
waiting jobs go first, oldest first, and the new one hears the printer's error if it must wait again. Once a job
prints, the printer's failed jobs follow, oldest first. An unexpected error (a bug, not the printer) rests only
its own job. `retry` and `retry_all` try again now, for a cashier who has
just fixed the printer. `pick_up` queues jobs another transaction recorded (a sale's receipt, written with
the sale). Pauses are measured on a monotonic clock: a duration, unaffected by the wall clock being set.
"""

from __future__ import annotations

import logging
import queue
import threading
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Literal, Protocol

from ska_pos.i18n import _
from ska_pos.printing.errors import PrinterError
from ska_pos.printing.transports import PrinterSettings, send_bytes, send_kitchen_ticket, send_receipt
from ska_pos.reports.receipt_model import KitchenTicket, ReceiptData

JobKind = Literal["receipt", "kitchen", "report"]
JobStatus = Literal["printing", "done", "failed"]

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class PrintJob:
    """`payload`: ReceiptData for a receipt, KitchenTicket for a kitchen ticket, ready bytes for a report
    (ESC/POS for a thermal printer, a PDF for the "pdf" kind)."""

    id: str
    kind: JobKind
    payload: ReceiptData | KitchenTicket | bytes
    settings: PrinterSettings
    attempts: int = 0
    last_error: str = ""

    @classmethod
    def new(cls, kind: JobKind, payload: ReceiptData | KitchenTicket | bytes, settings: PrinterSettings) -> PrintJob:
        return cls(uuid.uuid4().hex, kind, payload, settings)


class JobStore(Protocol):
    def add(self, job: PrintJob) -> None: ...
    def mark_done(self, job_id: str) -> None: ...
    def mark_failed(self, job_id: str, error: str) -> None: ...
    def pending(self) -> list[PrintJob]: ...


class MemoryJobStore:
    """Jobs kept in memory, oldest first: enough for one session of a till."""

    def __init__(self) -> None:
        self._jobs: dict[str, PrintJob] = {}
        self._lock = threading.Lock()

    def add(self, job: PrintJob) -> None:
        with self._lock:
            self._jobs[job.id] = job

    def mark_done(self, job_id: str) -> None:
        with self._lock:
            self._jobs.pop(job_id, None)

    def mark_failed(self, job_id: str, error: str) -> None:
        with self._lock:
            job = self._jobs.get(job_id)
            if job is not None:
                self._jobs[job_id] = replace(job, attempts=job.attempts + 1, last_error=error)

    def pending(self) -> list[PrintJob]:
        with self._lock:
            return list(self._jobs.values())


def send_job(job: PrintJob) -> None:
    """Print one job on its printer; raises PrinterError only."""
    payload = job.payload
    if job.kind == "receipt" and isinstance(payload, ReceiptData):
        send_receipt(job.settings, payload)
    elif job.kind == "kitchen" and isinstance(payload, KitchenTicket):
        send_kitchen_ticket(job.settings, payload)
    elif job.kind == "report" and isinstance(payload, bytes):
        send_bytes(job.settings, payload)
    else:
        raise PrinterError(_("This print job cannot be printed: {kind}", kind=job.kind))


Sender = Callable[[PrintJob], object]  # the result, if any, is ignored
ChangeListener = Callable[[PrintJob, str], None]
Pause = Callable[[int], float]

FIRST_PAUSE_S = 5.0
LONGEST_PAUSE_S = 300.0


def retry_pause(failures: int) -> float:
    """Seconds before a job that has failed `failures` times is tried again: 5, 10, 20 ... at most 300."""
    return min(FIRST_PAUSE_S * 2.0 ** max(failures - 1, 0), LONGEST_PAUSE_S)


Printer = tuple[str, str]  # kind and address: the jobs of one printer fail and recover together


@dataclass(frozen=True)
class _Rest:
    """A printer that failed rests until `until` (monotonic seconds); `failures` in a row make the pause grow.
    `woken`: the background retry has taken its jobs since the rest ended."""

    until: float
    failures: int
    error: str = ""
    woken: bool = False


class PrintQueue:
    def __init__(
        self, store: JobStore, sender: Sender = send_job, on_change: ChangeListener | None = None, *,
        pause: Pause = retry_pause, clock: Callable[[], float] = time.monotonic,
    ) -> None:  # fmt: skip
        self._store = store
        self._sender = sender
        self._on_change = on_change
        self._pause, self._clock = pause, clock
        self._waiting: queue.Queue[str | None] = queue.Queue()
        self._queued: set[str] = set()  # ids waiting or printing: a retry never queues a job twice
        self._rests: dict[Printer, _Rest] = {}
        self._lock = threading.Lock()
        self._thread: threading.Thread | None = None
        self._closed = False

    def submit(self, job: PrintJob) -> None:
        """Record the job and return; it prints in the background. After close() it only waits in the store."""
        self._store.add(job)
        if not self._wake_for_new_job(_printer(job)):
            self._enqueue(job.id)

    def retry(self, job_id: str) -> bool:
        """Queue a pending job again now; False when no such job is pending."""
        if not any(job.id == job_id for job in self._store.pending()):
            return False
        self._end_rests()
        self._enqueue(job_id)
        return True

    def retry_all(self) -> int:
        """Queue every pending job now, oldest first; returns how many."""
        jobs = self._store.pending()
        self._end_rests()
        for job in jobs:
            self._enqueue(job.id)
        return len(jobs)

    def pick_up(self) -> int:
        """Queue, oldest first, the pending jobs that may go now: new ones, and failed ones whose printer is not
        resting. Returns how many."""
        jobs = self._store.pending()
        for job in jobs:
            if job.attempts == 0:
                self._wake_for_new_job(_printer(job))
        now = self._clock()
        with self._lock:
            for printer, rest in self._rests.items():
                if rest.until <= now:
                    self._rests[printer] = replace(rest, woken=True)
            due = [job for job in jobs if not self._resting(_printer(job), now) and not self._resting(_alone(job), now)]
        for job in due:
            self._enqueue(job.id)
        return len(due)

    def pending(self) -> list[PrintJob]:
        """Jobs not printed yet: waiting, printing or failed (with their error)."""
        return self._store.pending()

    def close(self, timeout: float = 5.0) -> bool:
        """Stop after the jobs already queued; True when the worker finished within `timeout` seconds."""
        with self._lock:
            self._closed = True
            thread = self._thread
            if thread is not None:
                self._waiting.put(None)
        if thread is None:
            return True
        thread.join(timeout)
        return not thread.is_alive()

    def _enqueue(self, job_id: str) -> None:
        with self._lock:
            if self._closed or job_id in self._queued:
                return
            self._queued.add(job_id)
            self._waiting.put(job_id)
            if self._thread is None:
                self._thread = threading.Thread(target=self._work, name="print-queue", daemon=True)
                self._thread.start()

    def _work(self) -> None:
        while True:
            try:
                job_id = self._waiting.get(timeout=self._seconds_to_next_try())
            except queue.Empty:
                self._retry_rested()
                continue
            if job_id is None:
                return
            if not job_id:  # a wake-up call: a printer's rest has ended
                self._retry_rested()
                continue
            try:
                self._print(job_id)
            except Exception:  # a store that cannot be read (a locked database): try again after a pause
                log.exception("print job %s could not be handled", job_id)
                self._failed_on(("", ""), "")
            finally:
                with self._lock:
                    self._queued.discard(job_id)

    def _seconds_to_next_try(self) -> float | None:
        """None (wait for new work only) while no printer's rest is still to end."""
        with self._lock:
            ends = [rest.until for rest in self._rests.values() if not rest.woken]
            return max(min(ends) - self._clock(), 0.0) if ends else None

    def _retry_rested(self) -> None:
        try:
            self.pick_up()
        except Exception:  # the store cannot be read now: try again after a first pause
            log.exception("print jobs could not be picked up for a retry")
            later = self._clock() + self._pause(1)
            with self._lock:
                self._rests = {
                    printer: replace(rest, until=later, woken=False) for printer, rest in self._rests.items()
                }

    def _resting(self, printer: Printer, now: float) -> bool:
        rest = self._rests.get(printer)
        return rest is not None and rest.until > now

    def _rest_of(self, job: PrintJob) -> _Rest | None:
        """The rest that holds this job back now: its printer's, or its own after an unexpected error."""
        now = self._clock()
        with self._lock:
            rests = [self._rests.get(_printer(job)), self._rests.get(_alone(job))]
        return next((rest for rest in rests if rest is not None and rest.until > now), None)

    def _wake_for_new_job(self, printer: Printer) -> bool:
        """A new job for a resting printer ends its rest: its waiting jobs are tried now, oldest first, the new one
        in its turn. True when the printer was resting."""
        now = self._clock()
        with self._lock:
            if not self._resting(printer, now):
                return False
            self._rests[printer] = replace(self._rests[printer], until=now, woken=False)
        self._waiting.put("")  # wakes the print thread at once
        return True

    def _end_rests(self) -> None:
        """The cashier asks for a retry now: no printer rests (their failures still count for the next pause)."""
        now = self._clock()
        with self._lock:
            self._rests = {printer: replace(rest, until=now, woken=True) for printer, rest in self._rests.items()}

    def _failed_on(self, printer: Printer, error: str) -> None:
        with self._lock:
            rest = self._rests.get(printer)
            failures = (rest.failures if rest else 0) + 1
            self._rests[printer] = _Rest(self._clock() + self._pause(failures), failures, error)

    def _printed_on(self, printer: Printer) -> None:
        """The printer works: its failed jobs go now, oldest first (the wake-up picks them up)."""
        with self._lock:
            if printer in self._rests:
                self._rests[printer] = _Rest(self._clock(), 0)

    def _print(self, job_id: str) -> None:
        job = next((job for job in self._store.pending() if job.id == job_id), None)
        if job is None:
            return
        rest = self._rest_of(job)
        if rest is not None:  # the printer failed a moment ago: the job keeps its place in the line
            if job.attempts == 0:
                self._notify(replace(job, last_error=rest.error), "failed")
            return
        self._notify(job, "printing")
        try:
            self._sender(job)
        except Exception as error:
            message = error.message if isinstance(error, PrinterError) else _("Printing failed: {error}", error=error)
            if not isinstance(error, PrinterError):
                log.exception("print job %s failed unexpectedly", job_id)
            self._store.mark_failed(job_id, message)
            # a printer's refusal rests the printer; an unexpected error is this job's own and rests only the job
            self._failed_on(_printer(job) if isinstance(error, PrinterError) else _alone(job), message)
            self._notify(replace(job, attempts=job.attempts + 1, last_error=message), "failed")
        else:
            self._store.mark_done(job_id)
            self._printed_on(_printer(job))
            with self._lock:
                self._rests.pop(_alone(job), None)
            self._notify(job, "done")

    def _notify(self, job: PrintJob, status: JobStatus) -> None:
        if self._on_change is None:
            return
        try:
            self._on_change(job, status)
        except Exception:
            log.exception("print queue listener failed on %s", status)


def _printer(job: PrintJob) -> Printer:
    return job.settings.kind, job.settings.address


def _alone(job: PrintJob) -> Printer:
    return "job", job.id
