"""The "printer problems" panel for the status bar: how many prints wait, why, and a Retry button.

Hidden while nothing waits. The shell places it: `statusBar().addPermanentWidget(PrintStatusWidget(dispatcher))`.
"""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from ska_pos.printing.print_queue import PrintJob
from ska_pos.ui.messages import error_text
from ska_pos.ui.op_changes import PRINTING
from ska_pos.ui.printing.dispatch import ReceiptDispatcher
from ska_pos.ui.service_op import ServiceOp
from ska_pos.ui.widgets import TOUCH_TARGET_PX, named


class PrintStatusWidget(QWidget):
    def __init__(self, dispatcher: ReceiptDispatcher, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        named(self, "printStatus", self.tr("Printer problems"))
        self.dispatcher = dispatcher
        self.waiting = 0
        self.label = named(QLabel(""), "printStatusText", self.tr("Prints waiting"))
        self.label.setWordWrap(True)
        self.retry_button = named(QPushButton(self.tr("Retry printing")), "printRetry", self.tr("Retry printing"),
                                  self.tr("Send every waiting print to the printer again"))  # fmt: skip
        self.retry_button.setMinimumHeight(TOUCH_TARGET_PX)
        self.retry_button.clicked.connect(self.retry)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 0, 4, 0)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.retry_button)
        dispatcher.queue_changed.connect(self.refresh)
        self.hide()
        self.refresh()

    def refresh(self, *_changed: object) -> None:
        """Read the waiting jobs again, off the UI thread (through the queue itself: the work of an operation must
        hold no Qt object, since it may be released on the database thread)."""
        queue = self.dispatcher.queue
        ServiceOp(self, self.dispatcher.database, lambda _database: queue.pending(), ()).success(self._show).failure(
            self._unreadable
        ).run_in_background()

    def retry(self) -> None:
        self.retry_button.setEnabled(False)
        self.label.setText(self.tr("Printing again…"))
        queue = self.dispatcher.queue
        retry = ServiceOp(self, self.dispatcher.database, lambda _database: queue.retry_all(), {PRINTING})
        retry.success(self._retried).failure(self._unreadable).with_timeout(None).run_in_background()

    def _retried(self, _count: int) -> None:
        self.retry_button.setEnabled(True)

    def _document(self, job: PrintJob) -> str:
        number = getattr(job.payload, "receipt_no", "")
        if job.kind == "kitchen":
            return self.tr("Kitchen ticket {number}").format(number=number)
        if job.kind == "receipt":
            return self.tr("Receipt {number}").format(number=number)
        return self.tr("Report")

    def _unreadable(self, error: Exception) -> None:
        self.retry_button.setEnabled(True)
        self.label.setText(error_text(error))
        self.show()

    def _show(self, jobs: list[PrintJob]) -> None:
        self.waiting = len(jobs)
        self.setVisible(bool(jobs))
        if not jobs:
            return
        text = self.tr("%n print(s) waiting", "", len(jobs))
        failed = next((job for job in reversed(jobs) if job.last_error), None)
        if failed is not None:
            text = f"{text}. {self._document(failed)}: {failed.last_error}"
        self.label.setText(text)
        self.label.setAccessibleName(text)
        self.setAccessibleDescription(text)
