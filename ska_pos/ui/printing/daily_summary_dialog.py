"""The daily summary for supervisors and managers: an outlet or the whole sentra, a date, A4 or thermal paper;
a preview (from which any system printer prints it) or straight to the till's receipt printer.

Everything is read and drawn off the UI thread. With a dispatcher, the receipt-printer copy goes through its
print queue (a failed print stays queued like a receipt); without one it is sent at once and the outcome shown.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import partial

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from ska_pos.printing.errors import PrinterError
from ska_pos.printing.escpos_receipt import escpos_bytes, render_daily_summary_escpos
from ska_pos.printing.transports import send_bytes
from ska_pos.reports.daily_model import DailySummary
from ska_pos.reports.daily_pdf import Paper, render_daily_summary_pdf
from ska_pos.services.daily_summary import daily_summary, outlet_choices
from ska_pos.services.printer_settings import DEVICE_KINDS, receipt_printer
from ska_pos.ui.messages import error_text, translate_buttons
from ska_pos.ui.ops import ReadOp
from ska_pos.ui.printing.dispatch import ReceiptDispatcher
from ska_pos.ui.printing.pdf_preview import PdfPreviewDialog
from ska_pos.ui.till_session import TillSession
from ska_pos.ui.widgets import TOUCH_TARGET_PX, named

SENTRA = ""  # the scope combo's value for the whole sentra


@dataclass(frozen=True)
class Made:
    summary: DailySummary
    pdf: bytes


class DailySummaryDialog(QDialog):
    def __init__(
        self, session: TillSession, parent: QWidget | None = None, *, dispatcher: ReceiptDispatcher | None = None
    ) -> None:
        super().__init__(parent)
        self.session, self.dispatcher = session, dispatcher
        self.preview_dialog: PdfPreviewDialog | None = None
        self.setWindowTitle(self.tr("Daily summary"))
        named(self, "dailySummary", self.tr("Daily summary"))
        self._build()
        if dispatcher is not None:
            dispatcher.report_done.connect(self._report_done)
        if not session.is_supervisor:
            self._set_busy(True)
            self._say(self.tr("Only a supervisor or manager can print the daily summary."))
            return
        self._set_busy(True)
        ReadOp(self, session.database, outlet_choices).success(self._fill_outlets).failure(
            self._failed
        ).run_in_background()

    def _build(self) -> None:
        self.scope = named(QComboBox(), "summaryScope", self.tr("Outlet or whole sentra"))
        today = self.session.today()
        self.day = named(QDateEdit(QDate(today.year, today.month, today.day)), "summaryDate", self.tr("Date"))
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("dd-MM-yyyy")
        self.day.setMaximumDate(self.day.date())
        self.paper = named(QComboBox(), "summaryPaper", self.tr("Paper"))
        for label, value in ((self.tr("A4"), "a4"), (self.tr("Thermal 80 mm"), "thermal80"),
                             (self.tr("Thermal 58 mm"), "thermal58")):  # fmt: skip
            self.paper.addItem(label, value)
        form = QFormLayout()
        form.addRow(self.tr("Outlet"), self.scope)
        form.addRow(self.tr("Date"), self.day)
        form.addRow(self.tr("Paper"), self.paper)
        hint = self.tr("Show the summary; print it on any printer or save it from there")
        self.preview_button = named(QPushButton(self.tr("Preview")), "summaryPreview", self.tr("Preview"), hint)
        self.thermal_button = named(QPushButton(self.tr("Print on the receipt printer")), "summaryThermal",
                                    self.tr("Print on the receipt printer"))  # fmt: skip
        self.preview_button.clicked.connect(self.preview)
        self.thermal_button.clicked.connect(self.print_thermal)
        self.outcome = named(QLabel(""), "summaryResult", self.tr("Result"))
        self.outcome.setWordWrap(True)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        named(close, "summaryButtons", self.tr("Close"))
        translate_buttons(close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout()
        layout.addLayout(form)
        layout.addWidget(self.preview_button)
        layout.addWidget(self.thermal_button)
        layout.addWidget(self.outcome)
        layout.addWidget(close)
        self.setLayout(layout)
        for widget in (self.scope, self.day, self.paper, self.preview_button, self.thermal_button, *close.buttons()):
            widget.setMinimumHeight(TOUCH_TARGET_PX)
        self.resize(460, 360)

    def _set_busy(self, busy: bool) -> None:
        for widget in (self.scope, self.day, self.paper, self.preview_button, self.thermal_button):
            widget.setEnabled(not busy)

    def _fill_outlets(self, outlets: list[tuple[str, str]]) -> None:
        self.scope.addItem(self.tr("Whole sentra (all outlets)"), SENTRA)
        for code, name in outlets:
            self.scope.addItem(f"{code} · {name}", code)
        self.scope.setCurrentIndex(max(self.scope.findData(self.session.outlet_code), 0))
        self._set_busy(False)

    # What is asked for ------------------------------------------------------------------------------------------

    def chosen_outlet(self) -> str | None:
        code = str(self.scope.currentData() or SENTRA)
        return code or None

    def chosen_day(self) -> date:
        chosen = self.day.date()
        return date(chosen.year(), chosen.month(), chosen.day())

    def chosen_paper(self) -> Paper:
        paper: Paper = self.paper.currentData()
        return paper

    # Actions ----------------------------------------------------------------------------------------------------

    def preview(self) -> None:
        outlet, day, paper = self.chosen_outlet(), self.chosen_day(), self.chosen_paper()
        self._start(self.tr("Making the summary…"))
        ReadOp(self, self.session.database, partial(_make, self.session, outlet, day, paper)).success(
            self._show_preview
        ).failure(self._failed).with_progress(self.tr("Making the summary…")).run_in_background()

    def _show_preview(self, made: Made) -> None:
        self._set_busy(False)
        self._say("")
        title = f"{self.tr('Daily summary')} {made.summary.scope_name} {made.summary.business_date.isoformat()}"
        self.preview_dialog = PdfPreviewDialog(made.pdf, title, self)
        self.preview_dialog.resize(820 if self.chosen_paper() == "a4" else 480, 760)
        self.preview_dialog.open()

    def print_thermal(self) -> None:
        outlet, day = self.chosen_outlet(), self.chosen_day()
        self._start(self.tr("Printing the summary…"))
        if self.dispatcher is not None:
            ReadOp(self, self.session.database, partial(_summary, self.session, outlet, day)).success(
                self._queue
            ).failure(self._failed).run_in_background()
            return
        no_printer = self.tr("No receipt printer is set up for this till.")
        send = ReadOp(self, self.session.database, partial(_send, self.session, outlet, day, no_printer))
        send.success(self._sent).failure(self._failed).with_progress(self.tr("Printing the summary…"))
        send.with_timeout(PRINTER_WAIT_S).run_in_background()

    def _queue(self, summary: DailySummary) -> None:
        assert self.dispatcher is not None
        self.dispatcher.print_report(summary, parent=self)

    def _sent(self, _nothing: object) -> None:
        self._report_done(True, self.tr("The report was printed."))

    def _report_done(self, ok: bool, message: str) -> None:
        self._set_busy(False)
        self._say(message if ok else self.tr("Not printed: {message}").format(message=message))

    def _start(self, text: str) -> None:
        self._set_busy(True)
        self._say(text)

    def _failed(self, error: Exception) -> None:
        self._set_busy(False)
        self._say(error.message if isinstance(error, PrinterError) else error_text(error))

    def _say(self, text: str) -> None:
        self.outcome.setText(text)
        self.outcome.setAccessibleName(text or self.tr("Result"))


# Seconds a network printer may take to print the summary before the till stops waiting.
PRINTER_WAIT_S = 60.0

# The work of the operations below runs on the database thread and holds no Qt object: whatever it holds may be
# released there.


def _summary(session: TillSession, outlet: str | None, day: date, s: Session) -> DailySummary:
    manager = session.user_name if session.is_manager else None
    return daily_summary(s, day, outlet_code=outlet, language=session.language, manager_name=manager)


def _make(session: TillSession, outlet: str | None, day: date, paper: Paper, s: Session) -> Made:
    summary = _summary(session, outlet, day, s)
    return Made(summary, render_daily_summary_pdf(summary, paper))


def _send(session: TillSession, outlet: str | None, day: date, no_printer: str, s: Session) -> None:
    summary = _summary(session, outlet, day, s)
    settings = receipt_printer(s, session.actor.till_id)
    if settings.kind not in DEVICE_KINDS:
        raise PrinterError(no_printer)
    send_bytes(settings, escpos_bytes(partial(render_daily_summary_escpos, summary, paper_mm=settings.paper_mm)))
