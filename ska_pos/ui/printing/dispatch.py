"""What happens to a receipt after a sale commits. The sale is already safe: nothing here can lose it.

With a thermal printer set for the till (network, USB, serial or a device file) the receipt, and a café's kitchen
ticket, go through a print queue kept in the database: `after_sale` returns at once, a failed print stays queued
(`pending_jobs`, `retry_all`), is tried again on its own with a growing pause, and nothing is dropped. The till
records a sale's receipt job in the sale's own transaction (`print_jobs.queue_sale_prints`); `after_sale` then
only starts it. With kind "pdf", "none" or no printer set, the receipt is
saved as a PDF (in the data folder, or the folder the "pdf" kind names) and the till offers its preview.

Signals: `printed(str receipt_no, str where)` when a receipt is printed or saved; `failed(str receipt_no_or_sale_id,
str message)` when it could not be, with a plain message for the cashier (the till offers a reprint);
`kitchen_failed(str receipt_no, str message)` for a café's kitchen ticket (the receipt itself may be fine);
`queue_changed(int waiting)` whenever the number of waiting jobs may have changed; `report_done(bool ok, str
message)` for reports sent with `print_report`.
"""

from __future__ import annotations

import uuid
import weakref
from dataclasses import dataclass, replace
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QWidget
from shiboken6 import isValid

from ska_pos.db.database import Database
from ska_pos.paths import data_dir
from ska_pos.printing.errors import PrinterError
from ska_pos.printing.escpos_receipt import escpos_bytes, render_daily_summary_escpos
from ska_pos.printing.print_queue import PrintJob, PrintQueue
from ska_pos.printing.print_rests import Pause, retry_pause
from ska_pos.printing.transports import PrinterSettings
from ska_pos.reports.daily_model import DailySummary
from ska_pos.reports.receipt_model import KitchenTicket, ReceiptData
from ska_pos.services.print_jobs import DatabaseJobStore, kitchen_ticket_if_cafe
from ska_pos.services.printer_settings import DEVICE_KINDS, load_printers
from ska_pos.services.receipts import receipt_data
from ska_pos.services.shifts import record_drawer_opening_for_sale
from ska_pos.ui.messages import error_text
from ska_pos.ui.ops import run_operation

if TYPE_CHECKING:
    from ska_pos.ui.printing.pdf_preview import PdfPreviewDialog


def receipts_folder() -> Path:
    folder = data_dir() / "receipts"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@dataclass(frozen=True)
class _Printing:
    """What the background work needs, without a Qt object in it."""

    database: Database
    till_id: uuid.UUID
    store: DatabaseJobStore
    queue: PrintQueue


@dataclass(frozen=True)
class _Outcome:
    receipt_no: str
    queued: bool  # True: on its way to the printer; False: saved as a PDF at `where`
    where: str
    waiting: int


class ReceiptDispatcher(QObject):
    printed = Signal(str, str)
    failed = Signal(str, str)
    queue_changed = Signal(int)
    report_done = Signal(bool, str)
    kitchen_failed = Signal(str, str)

    def __init__(
        self, database: Database, till_id: uuid.UUID, parent: QObject | None = None, *, pause: Pause = retry_pause
    ) -> None:
        super().__init__(parent)
        self.database, self.till_id = database, till_id
        self.store = DatabaseJobStore(database, till_id)
        # Background threads reach this object only through a weak reference: were the print queue or a database
        # job to hold it, its last reference could be dropped on that thread, and a QObject must die on its own.
        reporter = partial(_report_from_print_thread, weakref.ref(self), self.store, _relay())
        self.queue = PrintQueue(self.store, on_change=reporter, pause=pause)
        self.printing = _Printing(database, till_id, self.store, self.queue)
        # what waited before a restart prints on its own too
        run_operation(None, partial(_pick_up, self.printing), self._picked_up, on_failure=_ignore)

    # The till's interface -------------------------------------------------------------------------------------

    def after_sale(self, sale_id: uuid.UUID, *, open_drawer: bool = False, parent: QWidget | None = None) -> None:
        """Print (or save) the receipt without blocking the till; never raises. `open_drawer`: kick the cash
        drawer, when the till's printer is set to."""
        self._produce(sale_id, copy=False, open_drawer=open_drawer, parent=parent)

    def reprint(self, sale_id: uuid.UUID, *, parent: QWidget | None = None) -> None:
        self._produce(sale_id, copy=True, open_drawer=False, parent=parent)

    def preview(self, parent: QWidget, sale_id: uuid.UUID, *, copy: bool = False) -> PdfPreviewDialog:
        from ska_pos.ui.printing.pdf_preview import PdfPreviewDialog  # QtPdf: only when a preview is asked for

        receipt_no, pdf = self.render(sale_id, copy=copy)
        dialog = PdfPreviewDialog(pdf, receipt_no, parent)
        dialog.open()
        return dialog

    def render(self, sale_id: uuid.UUID, *, copy: bool = False) -> tuple[str, bytes]:
        """Receipt number and PDF bytes on the till's paper; safe to call off the UI thread."""
        with self.database.reading() as session:
            printers = load_printers(session, self.till_id)
            data = _as_printed(receipt_data(session, sale_id, copy=copy), printers.receipt)
        from ska_pos.reports.receipt_pdf import render_receipt_pdf  # ReportLab: not at the start

        return data.receipt_no, render_receipt_pdf(data, printers.receipt.paper_mm)

    # The print queue ------------------------------------------------------------------------------------------

    def pending_jobs(self) -> list[PrintJob]:
        """Jobs not printed yet, with their last error; reads the database (call it off the UI thread)."""
        return self.queue.pending()

    def retry_all(self) -> int:
        """Queue every waiting job again; returns how many. Reads the database (call it off the UI thread)."""
        return self.queue.retry_all()

    def print_report(self, summary: DailySummary, *, parent: QWidget | None = None) -> None:
        """The daily summary on the till's thermal printer, through the queue; `report_done` tells the outcome."""
        no_printer = self.tr("No receipt printer is set up for this till.")
        run_operation(parent, partial(_queue_report, self.printing, summary, no_printer), self.queue_changed.emit,
                      on_failure=lambda error: self.report_done.emit(False, _message(error)))  # fmt: skip

    def close(self, timeout: float = 5.0) -> bool:
        """Stop the print thread after the job it is on; what is still waiting stays in the database."""
        return self.queue.close(timeout)

    # Inside ---------------------------------------------------------------------------------------------------

    def _produce(self, sale_id: uuid.UUID, *, copy: bool, open_drawer: bool, parent: QWidget | None) -> None:
        run_operation(parent, partial(_dispatch, self.printing, sale_id, copy, open_drawer), self._dispatched,
                      on_failure=lambda error: self.failed.emit(str(sale_id), _message(error)))  # fmt: skip

    def _picked_up(self, waiting: int) -> None:
        if isValid(self):  # the window (and this dispatcher) may have closed meanwhile
            self.queue_changed.emit(waiting)

    def _dispatched(self, outcome: _Outcome) -> None:
        if not outcome.queued:
            self.printed.emit(outcome.receipt_no, outcome.where)
        self.queue_changed.emit(outcome.waiting)

    def _job_changed(self, job: PrintJob, status: str, waiting: int) -> None:
        number = job.payload.receipt_no if isinstance(job.payload, ReceiptData | KitchenTicket) else ""
        if status == "done" and job.kind == "receipt":
            self.printed.emit(number, job.settings.address or job.settings.kind)
        elif status == "done" and job.kind == "report":
            self.report_done.emit(True, self.tr("The report was printed."))
        elif status == "failed" and job.attempts > 1 and job.kind != "report":
            pass  # a background retry failed again: the status bar's count and last error say it, not a new alarm
        elif status == "failed" and job.kind == "receipt":
            self.failed.emit(number, job.last_error)
        elif status == "failed" and job.kind == "kitchen":
            self.kitchen_failed.emit(number, job.last_error)
        elif status == "failed":
            self.report_done.emit(False, job.last_error)
        if waiting >= 0:
            self.queue_changed.emit(waiting)


def _dispatch(printing: _Printing, sale_id: uuid.UUID, copy: bool, open_drawer: bool) -> _Outcome:
    """On the database thread: start the jobs the sale's transaction recorded (`queue_sale_prints`), queue what it
    did not, or save the PDF."""
    with printing.database.reading() as session:
        printers = load_printers(session, printing.till_id)
        data = _as_printed(receipt_data(session, sale_id, copy=copy), printers.receipt)
        recorded = set() if copy else printing.store.recorded_kinds(session, sale_id)
        wants_ticket = (
            printers.prints_kitchen_tickets and not copy and data.kind == "sale" and "kitchen" not in recorded
        )
        ticket = kitchen_ticket_if_cafe(session, sale_id, language=data.language) if wants_ticket else None
    queued = printers.prints_receipts or "receipt" in recorded
    if "receipt" in recorded:
        where = printers.receipt.address
    elif printers.prints_receipts:
        kick = printers.receipt.kick_drawer and open_drawer and not copy
        settings = replace(printers.receipt, kick_drawer=kick, copies=1 if copy else printers.receipt.copies)
        printing.queue.submit(PrintJob.new("receipt", data, settings))
        if kick:  # the drawer opens with this receipt: said in the till's journal (after: the receipt comes first)
            with printing.database.transaction() as session:
                record_drawer_opening_for_sale(session, printing.till_id, sale_id)
        where = printers.receipt.address
    else:
        where = str(_save_pdf(data, printers.receipt))
    if ticket is not None:
        printing.queue.submit(PrintJob.new("kitchen", ticket, printers.kitchen))
    if recorded:
        printing.queue.pick_up()
    return _Outcome(data.receipt_no, queued, where, printing.store.count())


def _pick_up(printing: _Printing) -> int:
    printing.queue.pick_up()
    return printing.store.count()


def _save_pdf(data: ReceiptData, settings: PrinterSettings) -> Path:
    use_address = settings.kind == "pdf" and settings.address.strip()
    folder = Path(settings.address.strip()) if use_address else receipts_folder()
    folder.mkdir(parents=True, exist_ok=True)
    from ska_pos.reports.receipt_pdf import render_receipt_pdf  # ReportLab: not at the start
    from ska_pos.ui.printing.pdf_preview import safe_file_name

    path = folder / f"{safe_file_name(data.receipt_no)}{'-copy' if data.is_copy else ''}.pdf"
    path.write_bytes(render_receipt_pdf(data, settings.paper_mm))
    return path


def _queue_report(printing: _Printing, summary: DailySummary, no_printer: str) -> int:
    with printing.database.reading() as session:
        settings = load_printers(session, printing.till_id).receipt
    if settings.kind not in DEVICE_KINDS:
        raise PrinterError(no_printer)
    payload = escpos_bytes(partial(render_daily_summary_escpos, summary, paper_mm=settings.paper_mm))
    printing.queue.submit(PrintJob.new("report", payload, replace(settings, kick_drawer=False, copies=1)))
    return printing.store.count()


class _Relay(QObject):
    """Carries the print thread's news to the UI thread; one for the application, never deleted."""

    job_event = Signal(object, object, str, int)  # weak reference to the dispatcher, job, status, jobs waiting

    def __init__(self) -> None:
        super().__init__()
        self.job_event.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    def _deliver(
        self, dispatcher_ref: weakref.ref[ReceiptDispatcher], job: PrintJob, status: str, waiting: int
    ) -> None:
        dispatcher = dispatcher_ref()
        if dispatcher is not None:
            dispatcher._job_changed(job, status, waiting)


_relay_instance: _Relay | None = None


def _relay() -> _Relay:
    """Made on the UI thread by the first dispatcher."""
    global _relay_instance
    if _relay_instance is None:
        _relay_instance = _Relay()
    return _relay_instance


def _report_from_print_thread(
    dispatcher_ref: weakref.ref[ReceiptDispatcher], store: DatabaseJobStore, relay: _Relay, job: PrintJob, status: str
) -> None:
    waiting = store.count() if status in ("done", "failed") else -1
    relay.job_event.emit(dispatcher_ref, job, status, waiting)


def _as_printed(data: ReceiptData, settings: PrinterSettings) -> ReceiptData:
    """Worker names only where both the outlet and this till's printer settings want them."""
    return replace(data, show_workers=data.show_workers and settings.show_workers)


def _ignore(_error: Exception) -> None:
    """A failed start-up pick-up is not news: the background retry and the Retry button try again."""


def _message(error: BaseException) -> str:
    return error.message if isinstance(error, PrinterError) else error_text(error)
