from __future__ import annotations

import itertools
import threading
import time
from collections.abc import Iterator

import pytest

from ska_pos.printing.print_queue import MemoryJobStore, PrintJob, PrintQueue, send_job
from ska_pos.printing.print_rests import retry_pause
from ska_pos.printing.transports import PrinterError, PrinterSettings
from ska_pos.reports.samples import sample_kitchen_ticket, sample_receipt

from .tcp_printer import closed_port, tcp_printer

NO_PRINTER = PrinterSettings("none")


def quick_pause(failures: int) -> float:
    """The real pause's shape (doubling), in tenths of a second."""
    return 0.1 * 2 ** (failures - 1)


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


def test_a_failed_job_is_retried_on_its_own_after_a_growing_pause(events: Events, closing: list[PrintQueue]) -> None:
    tried_at: list[float] = []

    def out_of_paper_three_times(job: PrintJob) -> None:
        tried_at.append(time.monotonic())
        if len(tried_at) <= 3:
            raise PrinterError("Kertas habis")

    print_queue = PrintQueue(MemoryJobStore(), sender=out_of_paper_three_times, on_change=events, pause=quick_pause)
    closing.append(print_queue)
    print_queue.submit(PrintJob.new("kitchen", sample_kitchen_ticket(), NO_PRINTER))
    events.wait("done")  # no retry was asked for
    assert events.statuses() == ["printing", "failed"] * 3 + ["printing", "done"]
    pauses = [later - earlier for earlier, later in itertools.pairwise(tried_at)]
    assert len(pauses) == 3
    assert all(pause >= nominal for pause, nominal in zip(pauses, [0.1, 0.2, 0.4], strict=True))  # doubling
    assert print_queue.pending() == []


def test_a_dead_printer_costs_one_attempt_per_pause_not_one_per_job(events: Events, closing: list[PrintQueue]) -> None:
    tried: list[str] = []

    def refused(job: PrintJob) -> None:
        tried.append(job.id)
        raise PrinterError("Printer tidak terjangkau")

    store = MemoryJobStore()
    jobs = [PrintJob.new("receipt", sample_receipt(), NO_PRINTER) for _ in range(3)]
    for job in jobs:
        store.add(job)  # recorded by their sales' transactions
    print_queue = PrintQueue(store, sender=refused, on_change=events, pause=quick_pause)
    closing.append(print_queue)
    assert print_queue.pick_up() == 3
    events.wait("printing", count=3)
    assert tried[:3] == [jobs[0].id] * 3  # only the oldest, once per rest; the others keep their place
    told = [(job_id, attempts, error) for job_id, status, attempts, error in events.seen if status == "failed"]
    assert (jobs[1].id, 0, "Printer tidak terjangkau") in told  # a new job hears why it waits


def test_the_pause_grows_to_five_minutes_at_most() -> None:
    assert [retry_pause(n) for n in (1, 2, 3, 4, 6, 7, 20)] == [5, 10, 20, 40, 160, 300, 300]


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
