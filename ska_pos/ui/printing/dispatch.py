"""What happens to a receipt after a sale commits. The sale is already safe: nothing here can lose it.

With a thermal printer set for the till (network, USB, serial or a device file) the receipt, and a café's kitchen
ticket, go through a print queue kept in the database: `after_sale` returns at once, a failed print stays queued
(`queue.pending()`, `queue.retry_all()`, on the database thread), is tried again on its own with a growing pause, and
nothing is dropped. The till records a sale's receipt job in the sale's own transaction
(`print_jobs.queue_sale_prints`); `after_sale` then only starts it (`services/receipt_output.py` does the work). With
kind "pdf", "none" or no printer set, the receipt is saved as a PDF (in the data folder, or the folder the "pdf" kind
names) and the till offers its preview.

Signals: `printed(str receipt_no, str where)` when a receipt is printed or saved; `failed(str receipt_no_or_sale_id,
str message)` when it could not be, with a plain message for the cashier (the till offers a reprint);
`kitchen_failed(str receipt_no, str message)` for a café's kitchen ticket (the receipt itself may be fine);
`queue_changed(int waiting)` whenever the number of waiting jobs may have changed; `report_done(bool ok, str
message)` for reports sent with `print_report`.
"""

from __future__ import annotations

import uuid
import weakref
from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtWidgets import QWidget
from shiboken6 import isValid

from ska_pos.db.database import Database
from ska_pos.printing.errors import PrinterError
from ska_pos.printing.print_queue import PrintJob, PrintQueue
from ska_pos.printing.print_rests import Pause, retry_pause
from ska_pos.reports.daily_model import DailySummary
from ska_pos.reports.receipt_model import KitchenTicket, ReceiptData
from ska_pos.services.print_jobs import DatabaseJobStore
from ska_pos.services.receipt_output import (
    ReceiptOutcome,
    TillPrinting,
    dispatch_bag_tags,
    dispatch_order_ticket,
    dispatch_receipt,
    pick_up_waiting,
    queue_daily_summary,
    render_receipt,
)
from ska_pos.ui.messages import error_text
from ska_pos.ui.op_changes import PRINTING
from ska_pos.ui.service_op import ServiceOp

if TYPE_CHECKING:
    from ska_pos.ui.printing.pdf_preview import PdfPreviewDialog


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
        self.printing = TillPrinting(database, till_id, self.store, self.queue)
        # what waited before a restart prints on its own too
        printing = self.printing
        ServiceOp(None, database, lambda _db: pick_up_waiting(printing), {PRINTING}).success(self._picked_up).failure(
            _ignore
        ).run_in_background()

    # The till's interface -------------------------------------------------------------------------------------

    def after_sale(self, sale_id: uuid.UUID, *, open_drawer: bool = False, parent: QWidget | None = None) -> None:
        """Print (or save) the receipt without blocking the till; never raises. `open_drawer`: kick the cash
        drawer, when the till's printer is set to."""
        self._produce(sale_id, copy=False, open_drawer=open_drawer, parent=parent)

    def reprint(self, sale_id: uuid.UUID, *, parent: QWidget | None = None) -> None:
        self._produce(sale_id, copy=True, open_drawer=False, parent=parent)

    def preview(
        self, parent: QWidget, sale_id: uuid.UUID, *, copy: bool = False,
        shown: Callable[[PdfPreviewDialog], object] = lambda _dialog: None,
    ) -> None:  # fmt: skip
        """Read and render the receipt on the database thread, then open its preview; `shown(dialog)` after."""
        till_id = self.till_id

        def open_preview(rendered: tuple[str, bytes]) -> None:
            from ska_pos.ui.printing.pdf_preview import PdfPreviewDialog  # QtPdf: only when a preview is asked for

            receipt_no, pdf = rendered
            dialog = PdfPreviewDialog(pdf, receipt_no, parent)
            dialog.open()
            shown(dialog)

        ServiceOp(
            parent, self.database, lambda database: render_receipt(database, till_id, sale_id, copy=copy), ()
        ).success(open_preview).run_in_background()

    # The print queue ------------------------------------------------------------------------------------------

    def print_report(self, summary: DailySummary, *, parent: QWidget | None = None) -> None:
        """The daily summary on the till's thermal printer, through the queue; `report_done` tells the outcome."""
        printing = self.printing
        ServiceOp(parent, self.database, lambda _db: queue_daily_summary(printing, summary), {PRINTING}).success(
            self.queue_changed.emit
        ).failure(lambda error: self.report_done.emit(False, _message(error))).run_in_background()

    def print_order_ticket(self, order_id: uuid.UUID, language: str, *, parent: QWidget | None = None) -> None:
        """An order's ticket on the till's thermal printer, else saved as a PDF (`printed` says where); a failure is
        told as a receipt's."""
        printing = self.printing
        ServiceOp(
            parent, self.database, lambda _db: dispatch_order_ticket(printing, order_id, language), {PRINTING}
        ).success(self._dispatched).failure(
            lambda error: self.failed.emit(str(order_id), _message(error))
        ).run_in_background()

    def print_bag_tags(self, order_id: uuid.UUID, bags: int, language: str, *, parent: QWidget | None = None) -> None:
        """A tag for each of the order's bags, on the thermal printer or in a PDF, as the order's ticket."""
        printing = self.printing
        ServiceOp(
            parent, self.database, lambda _db: dispatch_bag_tags(printing, order_id, bags, language), {PRINTING}
        ).success(self._dispatched).failure(
            lambda error: self.failed.emit(str(order_id), _message(error))
        ).run_in_background()

    def close(self, timeout: float = 5.0) -> bool:
        """Stop the print thread after the job it is on; what is still waiting stays in the database."""
        return self.queue.close(timeout)

    # Inside ---------------------------------------------------------------------------------------------------

    def _produce(self, sale_id: uuid.UUID, *, copy: bool, open_drawer: bool, parent: QWidget | None) -> None:
        printing = self.printing
        produce = partial(dispatch_receipt, printing, sale_id, copy=copy, open_drawer=open_drawer)
        ServiceOp(parent, self.database, lambda _db: produce(), {PRINTING}).success(self._dispatched).failure(
            lambda error: self.failed.emit(str(sale_id), _message(error))
        ).run_in_background()

    def _picked_up(self, waiting: int) -> None:
        if isValid(self):  # the window (and this dispatcher) may have closed meanwhile
            self.queue_changed.emit(waiting)

    def _dispatched(self, outcome: ReceiptOutcome) -> None:
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


class _Relay(QObject):
    """Carries the print thread's news to the UI thread; one for the application, never deleted."""

    job_event = Signal(object, object, str, int)  # weak reference to the dispatcher, job, status, jobs waiting

    def __init__(self) -> None:
        super().__init__()
        self.job_event.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    @Slot(object, object, str, int)
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


def _ignore(_error: Exception) -> None:
    """A failed start-up pick-up is not news: the background retry and the Retry button try again."""


def _message(error: BaseException) -> str:
    return error.message if isinstance(error, PrinterError) else error_text(error)
