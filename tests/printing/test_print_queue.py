from __future__ import annotations

import threading
import time
from collections.abc import Iterator

import pytest

from ska_pos.printing.print_queue import MemoryJobStore, PrintJob, PrintQueue, send_job
from ska_pos.printing.transports import PrinterError, PrinterSettings
from ska_pos.reports.samples import sample_kitchen_ticket, sample_receipt

from .tcp_printer import closed_port, tcp_printer

NO_PRINTER = PrinterSettings("none")


class Events:
    """Collects on_change calls from the worker thread; `wait` blocks until a status arrives."""

    def __init__(self) -> None:
        self.seen: list[tuple[str, str, int, str]] = []
        self._changed = threading.Condition()

    def __call__(self, job: PrintJob, status: str) -> None:
        with self._changed:
            self.seen.append((job.id, status, job.attempts, job.last_error))
            self._changed.notify_all()

    def wait(self, status: str, count: int = 1, timeout: float = 5.0) -> None:
        with self._changed:
            arrived = self._changed.wait_for(lambda: self.statuses().count(status) >= count, timeout)
        assert arrived, f"no {status!r} after {timeout} s: {self.seen}"

    def statuses(self) -> list[str]:
        return [status for _id, status, _attempts, _error in self.seen]


@pytest.fixture
def events() -> Events:
    return Events()


@pytest.fixture
def closing() -> Iterator[list[PrintQueue]]:
    queues: list[PrintQueue] = []
    yield queues
    for print_queue in queues:
        assert print_queue.close(timeout=5)


def test_refused_printer_leaves_the_job_pending_until_retried(events: Events, closing: list[PrintQueue]) -> None:
    port = closed_port()
    print_queue = PrintQueue(MemoryJobStore(), on_change=events)
    closing.append(print_queue)
    job = PrintJob.new("receipt", sample_receipt(), PrinterSettings("network", f"127.0.0.1:{port}", timeout_s=1))

    print_queue.submit(job)
    events.wait("failed")

    [pending] = print_queue.pending()
    assert pending.id == job.id
    assert pending.attempts == 1
    assert pending.last_error == f"Printer tidak terjangkau di 127.0.0.1:{port}"
    assert events.seen[-1] == (job.id, "failed", 1, pending.last_error)

    with tcp_printer(port) as printer:
        assert print_queue.retry(job.id)
        events.wait("done")
        [received] = printer.wait_for(1)
    assert b"KSB-T1-261129-0042" in received
    assert print_queue.pending() == []
    assert events.statuses() == ["printing", "failed", "printing", "done"]


def test_submit_never_waits_for_the_printer(closing: list[PrintQueue]) -> None:
    release = threading.Event()
    print_queue = PrintQueue(MemoryJobStore(), sender=lambda job: release.wait(5))
    closing.append(print_queue)
    started = time.monotonic()
    for _ in range(3):
        print_queue.submit(PrintJob.new("receipt", sample_receipt(), NO_PRINTER))
    assert time.monotonic() - started < 0.1
    assert len(print_queue.pending()) == 3
    release.set()


def test_jobs_print_in_order_on_one_thread(events: Events, closing: list[PrintQueue]) -> None:
    printed: list[tuple[str, str]] = []
    print_queue = PrintQueue(
        MemoryJobStore(), sender=lambda job: printed.append((job.id, threading.current_thread().name)), on_change=events
    )
    closing.append(print_queue)
    jobs = [PrintJob.new("receipt", sample_receipt(), NO_PRINTER) for _ in range(5)]
    for job in jobs:
        print_queue.submit(job)
    events.wait("done", count=5)
    assert [job_id for job_id, _thread in printed] == [job.id for job in jobs]
    assert {thread for _job, thread in printed} == {"print-queue"}


def test_a_failed_job_is_not_retried_on_its_own(events: Events, closing: list[PrintQueue]) -> None:
    calls: list[str] = []

    def out_of_paper(job: PrintJob) -> None:
        calls.append(job.id)
        raise PrinterError("Kertas habis")

    print_queue = PrintQueue(MemoryJobStore(), sender=out_of_paper, on_change=events)
    closing.append(print_queue)
    print_queue.submit(PrintJob.new("kitchen", sample_kitchen_ticket(), NO_PRINTER))
    events.wait("failed")
    time.sleep(0.3)
    assert len(calls) == 1

    assert print_queue.retry_all() == 1
    events.wait("failed", count=2)
    [pending] = print_queue.pending()
    assert (pending.attempts, pending.last_error) == (2, "Kertas habis")


def test_an_unexpected_error_fails_the_job_but_not_the_queue(events: Events, closing: list[PrintQueue]) -> None:
    def buggy(job: PrintJob) -> None:
        if job.kind == "receipt":
            raise KeyError("oops")

    def bad_listener(job: PrintJob, status: str) -> None:
        events(job, status)
        raise RuntimeError("listener bug")

    print_queue = PrintQueue(MemoryJobStore(), sender=buggy, on_change=bad_listener)
    closing.append(print_queue)
    print_queue.submit(PrintJob.new("receipt", sample_receipt(), NO_PRINTER))
    print_queue.submit(PrintJob.new("report", b"\x1b@", NO_PRINTER))
    events.wait("done")
    [failed] = print_queue.pending()
    assert failed.kind == "receipt"
    assert failed.last_error.startswith("Gagal mencetak:")


def test_retry_of_an_unknown_or_queued_job(closing: list[PrintQueue]) -> None:
    release = threading.Event()
    calls: list[str] = []

    def slow(job: PrintJob) -> None:
        calls.append(job.id)
        release.wait(5)

    print_queue = PrintQueue(MemoryJobStore(), sender=slow)
    closing.append(print_queue)
    assert not print_queue.retry("no-such-job")
    job = PrintJob.new("receipt", sample_receipt(), NO_PRINTER)
    print_queue.submit(job)
    assert print_queue.retry(job.id)  # still waiting or printing: not queued a second time
    release.set()
    assert print_queue.close(timeout=5)
    assert calls == [job.id]


def test_after_close_jobs_are_kept_not_printed() -> None:
    calls: list[str] = []
    print_queue = PrintQueue(MemoryJobStore(), sender=lambda job: calls.append(job.id))
    assert print_queue.close()
    job = PrintJob.new("receipt", sample_receipt(), NO_PRINTER)
    print_queue.submit(job)
    assert [pending.id for pending in print_queue.pending()] == [job.id]
    assert calls == []


def test_send_job_matches_payload_to_kind() -> None:
    send_job(PrintJob.new("receipt", sample_receipt(), NO_PRINTER))
    send_job(PrintJob.new("kitchen", sample_kitchen_ticket(), NO_PRINTER))
    send_job(PrintJob.new("report", b"%PDF-", NO_PRINTER))
    with pytest.raises(PrinterError):
        send_job(PrintJob.new("kitchen", sample_receipt(), NO_PRINTER))
