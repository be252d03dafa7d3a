"""A print queue that never blocks the till and never loses a job.

`submit` records the job in a store and returns at once; one background thread prints jobs in order. A job
that fails stays in the store with its error until someone asks for it again (`retry`, `retry_all`): a
printer out of paper is not retried in a loop, it waits for the cashier who fixed it.
"""

from __future__ import annotations

import logging
import queue
import threading
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Literal, Protocol

from ska_pos.i18n import _
from ska_pos.ids import new_id
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
    def __init__(self, store: JobStore, sender: Sender = send_job, on_change: ChangeListener | None = None) -> None:
        self._store = store
        self._sender = sender
        self._on_change = on_change
        self._waiting: queue.Queue[str | None] = queue.Queue()
        self._queued: set[str] = set()  # ids waiting or printing: a retry never queues a job twice
        self._lock = threading.Lock()
        self._thread: threading.Thread | None = None
        self._closed = False

    def submit(self, job: PrintJob) -> None:
        """Record the job and return; it prints in the background. After close() it only waits in the store."""
        self._store.add(job)
        self._enqueue(job.id)

    def retry(self, job_id: str) -> bool:
        """Queue a pending job again; False when no such job is pending."""
        if not any(job.id == job_id for job in self._store.pending()):
            return False
        self._enqueue(job_id)
        return True

    def retry_all(self) -> int:
        jobs = self._store.pending()
        for job in jobs:
            self._enqueue(job.id)
        return len(jobs)

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
        while (job_id := self._waiting.get()) is not None:
            try:
                self._print(job_id)
            except Exception:  # a store that cannot be read (a locked database): the job waits for a retry
                log.exception("print job %s could not be handled", job_id)
            finally:
                with self._lock:
                    self._queued.discard(job_id)

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
            self._notify(replace(job, attempts=job.attempts + 1, last_error=message), "failed")
        else:
            self._store.mark_done(job_id)
            self._notify(job, "done")

    def _notify(self, job: PrintJob, status: JobStatus) -> None:
        if self._on_change is None:
            return
        try:
            self._on_change(job, status)
        except Exception:
            log.exception("print queue listener failed on %s", status)
