"""A print queue that never blocks the till and never loses a job.

`submit` records the job in a store and returns at once; one background thread prints jobs in order. A job
that fails stays in the store with its error, and its printer rests (`print_rests`: 5 s, 10 s, 20 s ... at most
5 minutes, growing with its failures in a row). When the rest ends, the printer's jobs are tried again on their
own, oldest first; the first that fails again starts the next rest and the others keep their place, so a dead
printer costs one attempt per pause, not one per job. Once a job prints, the printer's waiting jobs follow.

`pick_up` queues the jobs another transaction recorded (a sale's receipt is written with the sale). A new job for
a resting printer ends the rest, so the backlog goes first, and is told the printer's error if it must wait.
`retry` and `retry_all` try again now, for a cashier who has just fixed the printer.
"""

from __future__ import annotations

import logging
import queue
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Literal, Protocol

from ska_pos.i18n import _
from ska_pos.ids import new_id
from ska_pos.printing.errors import PrinterError
from ska_pos.printing.print_rests import Pause, PrinterRests, job_key, printer_of, retry_pause
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
        return cls(new_id().hex, kind, payload, settings)


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


class PrintQueue:
    def __init__(
        self, store: JobStore, sender: Sender = send_job, on_change: ChangeListener | None = None, *,
        pause: Pause = retry_pause, clock: Callable[[], float] = time.monotonic,
    ) -> None:  # fmt: skip
        self._store = store
        self._sender = sender
        self._on_change = on_change
        self._rests = PrinterRests(pause, clock)
        self._waiting: queue.Queue[str | None] = queue.Queue()  # job ids; "" wakes the thread; None stops it
        self._queued: set[str] = set()  # ids waiting or printing: a retry never queues a job twice
        self._seen: set[str] = set()  # ids this queue has already met: the others are new
        self._told: set[str] = set()  # new jobs already told that their printer rests
        self._lock = threading.Lock()
        self._thread: threading.Thread | None = None
        self._closed = False

    def submit(self, job: PrintJob) -> None:
        """Record the job and return; it prints in the background. After close() it only waits in the store."""
        self._store.add(job)
        with self._lock:
            self._seen.add(job.id)
        if self._rests.wake(printer_of(job)):
            self._wake_thread()  # the printer's waiting jobs go first, oldest first
        else:
            self._enqueue(job.id)

    def retry(self, job_id: str) -> bool:
        """Queue a pending job again now; False when no such job is pending."""
        if not any(job.id == job_id for job in self._store.pending()):
            return False
        self._rests.end_all()
        self._enqueue(job_id)
        return True

    def retry_all(self) -> int:
        """Queue every pending job now, oldest first; returns how many."""
        jobs = self._store.pending()
        self._rests.end_all()
        for job in jobs:
            self._enqueue(job.id)
        return len(jobs)

    def pick_up(self) -> int:
        """Queue, oldest first, the pending jobs whose printer is not resting; a new job (one another transaction
        recorded, such as a sale's receipt) ends its printer's rest. Returns how many were queued."""
        jobs = self._store.pending()
        with self._lock:
            new = [job for job in jobs if job.id not in self._seen]
            self._seen.update(job.id for job in new)
        for job in new:
            self._rests.wake(printer_of(job))
        self._rests.take_ended()
        due = [job for job in jobs if self._rests.holding(job) is None]
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
            self._start_thread()

    def _wake_thread(self) -> None:
        with self._lock:
            if not self._closed:
                self._waiting.put("")
                self._start_thread()

    def _start_thread(self) -> None:
        """Under the lock."""
        if self._thread is None:
            self._thread = threading.Thread(target=self._work, name="print-queue", daemon=True)
            self._thread.start()

    def _work(self) -> None:
        while True:
            try:
                job_id = self._waiting.get(timeout=self._rests.seconds_to_next_end())
            except queue.Empty:
                job_id = ""
            if job_id is None:
                return
            if not job_id:  # a rest has ended
                self._retry_rested()
                continue
            try:
                self._print(job_id)
            except Exception:  # a store that cannot be read (a locked database): try again after a pause
                log.exception("print job %s could not be handled", job_id)
                self._rests.failed(("store", ""), "")
            finally:
                self._done_with(job_id)

    def _retry_rested(self) -> None:
        try:
            self.pick_up()
        except Exception:
            log.exception("print jobs could not be picked up for a retry")
            self._rests.postpone_all()

    def _print(self, job_id: str) -> None:
        job = next((job for job in self._store.pending() if job.id == job_id), None)
        if job is None:
            return
        rest = self._rests.holding(job)
        if rest is not None:  # its printer failed a moment ago: the job keeps its place in the line
            self._tell_new_job_why_it_waits(job, rest.error)
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
            self._rests.failed(printer_of(job) if isinstance(error, PrinterError) else job_key(job), message)
            self._done_with(job_id)  # before the news: a retry asked on hearing it must queue the job again
            self._notify(replace(job, attempts=job.attempts + 1, last_error=message), "failed")
        else:
            self._store.mark_done(job_id)
            self._rests.printed(job)
            with self._lock:
                self._seen.discard(job_id)
                self._told.discard(job_id)
            self._done_with(job_id)
            self._notify(job, "done")

    def _done_with(self, job_id: str) -> None:
        with self._lock:
            self._queued.discard(job_id)

    def _tell_new_job_why_it_waits(self, job: PrintJob, error: str) -> None:
        with self._lock:
            if job.attempts > 0 or job.id in self._told:
                return
            self._told.add(job.id)
        self._notify(replace(job, last_error=error), "failed")

    def _notify(self, job: PrintJob, status: JobStatus) -> None:
        if self._on_change is None:
            return
        try:
            self._on_change(job, status)
        except Exception:
            log.exception("print queue listener failed on %s", status)
