"""A print queue that never blocks the till and never loses a job.

`submit` records the job in a store and returns at once; one background thread prints jobs in order. A job
that fails stays in the store with its error and is tried again on its own after a pause that grows with each
failure (5 s, 10 s, 20 s ... at most 5 minutes), oldest first; once a job prints on a printer, the other jobs
resting for that printer are tried at once, oldest first. `retry` and `retry_all` try again now, for a cashier
who has just fixed the printer. `pick_up` queues jobs another transaction recorded (a sale's receipt, written with
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


@dataclass(frozen=True)
class _Rest:
    """A failed job waits until `until` (monotonic seconds) before the background retry takes it."""

    until: float
    printer: tuple[str, str]


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
        self._resting: dict[str, _Rest] = {}  # failed jobs, until their next background try
        self._lock = threading.Lock()
        self._thread: threading.Thread | None = None
        self._closed = False

    def submit(self, job: PrintJob) -> None:
        """Record the job and return; it prints in the background. After close() it only waits in the store."""
        self._store.add(job)
        self._enqueue(job.id)

    def retry(self, job_id: str) -> bool:
        """Queue a pending job again now; False when no such job is pending."""
        if not any(job.id == job_id for job in self._store.pending()):
            return False
        self._enqueue(job_id)
        return True

    def retry_all(self) -> int:
        """Queue every pending job now, oldest first; returns how many."""
        jobs = self._store.pending()
        for job in jobs:
            self._enqueue(job.id)
        return len(jobs)

    def pick_up(self) -> int:
        """Queue, oldest first, every pending job that is not resting after a failure; returns how many."""
        jobs = self._store.pending()
        now = self._clock()
        with self._lock:
            self._resting = {job.id: rest for job in jobs if (rest := self._resting.get(job.id)) and rest.until > now}
            due = [job for job in jobs if job.id not in self._resting]
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
            self._resting.pop(job_id, None)
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
            try:
                self._print(job_id)
            except Exception:  # a store that cannot be read (a locked database): the job waits for a retry
                log.exception("print job %s could not be handled", job_id)
                with self._lock:
                    self._resting[job_id] = _Rest(self._clock() + self._pause(1), ("", ""))
            finally:
                with self._lock:
                    self._queued.discard(job_id)

    def _seconds_to_next_try(self) -> float | None:
        """None (wait for new work only) while no failed job rests."""
        with self._lock:
            if not self._resting:
                return None
            return max(min(rest.until for rest in self._resting.values()) - self._clock(), 0.0)

    def _retry_rested(self) -> None:
        try:
            self.pick_up()
        except Exception:  # the store cannot be read now: every resting job waits one first pause more
            log.exception("print jobs could not be picked up for a retry")
            later = self._clock() + self._pause(1)
            with self._lock:
                self._resting = {job_id: replace(rest, until=later) for job_id, rest in self._resting.items()}

    def _rest(self, job: PrintJob, failures: int) -> None:
        with self._lock:
            self._resting[job.id] = _Rest(self._clock() + self._pause(failures), _printer(job))

    def _wake_jobs_for(self, printer: tuple[str, str]) -> None:
        """The printer works again: the jobs resting for it are due now."""
        now = self._clock()
        with self._lock:
            for job_id, rest in list(self._resting.items()):
                if rest.printer == printer:
                    self._resting[job_id] = replace(rest, until=now)

    def _print(self, job_id: str) -> None:
        job = next((job for job in self._store.pending() if job.id == job_id), None)
        if job is None:
            return
        self._notify(job, "printing")
        try:
            self._sender(job)
        except Exception as error:
            message = error.message if isinstance(error, PrinterError) else _("Printing failed: {error}", error=error)
            if not isinstance(error, PrinterError):
                log.exception("print job %s failed unexpectedly", job_id)
            self._store.mark_failed(job_id, message)
            self._rest(job, job.attempts + 1)
            self._notify(replace(job, attempts=job.attempts + 1, last_error=message), "failed")
        else:
            self._store.mark_done(job_id)
            self._wake_jobs_for(_printer(job))
            self._notify(job, "done")

    def _notify(self, job: PrintJob, status: JobStatus) -> None:
        if self._on_change is None:
            return
        try:
            self._on_change(job, status)
        except Exception:
            log.exception("print queue listener failed on %s", status)


def _printer(job: PrintJob) -> tuple[str, str]:
    return job.settings.kind, job.settings.address
