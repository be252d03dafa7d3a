"""Refunding chosen lines of a sale: how much of each, why, and how the money goes back; a supervisor approves.

Signal: `refunded(object)` with the `CompletedSale` of the refund.
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from ska_pos.services import print_jobs, reversals
from ska_pos.services.actor import Approval
from ska_pos.services.sales import CompletedSale
from ska_pos.services.till_journal import JournalEntry, RefundableLine
from ska_pos.ui import op_changes
from ska_pos.ui.journal.journal_model import payment_method_name
from ska_pos.ui.journal.refund_lines_model import REFUND, RefundLinesModel
from ska_pos.ui.messages import error_text, translate_buttons
from ska_pos.ui.session import look
from ska_pos.ui.session.approval_flow import run_with_approval
from ska_pos.ui.till_session import TillSession
from ska_pos.ui.widgets import big_button, named

METHODS = ("cash", "qris", "transfer", "ewallet")


class RefundDialog(QDialog):
    refunded = Signal(object)

    def __init__(
        self, session: TillSession, entry: JournalEntry, lines: list[RefundableLine], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.session, self.entry = session, entry
        title = self.tr("Refund from {receipt}").format(receipt=entry.receipt_no)
        self.setWindowTitle(title)
        named(self, "refundDialog", title)
        self.model = RefundLinesModel(lines, session.language, self)
        self.table = named(
            QTableView(),
            "refundLines",
            self.tr("Lines of the sale"),
            self.tr("Type how many to refund in the Refund column, or use the buttons"),
        )
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.setStyleSheet("QTableView::item { padding: 0 10px; }")
        self.table.verticalHeader().setDefaultSectionSize(44)
        self.table.setTabKeyNavigation(False)
        if lines:
            self.table.setCurrentIndex(self.model.index(0, REFUND))
        self.reason = named(QLineEdit(), "refundReason", self.tr("Reason"))
        self.reason.setMinimumHeight(48)
        self.method = named(QComboBox(), "refundMethod", self.tr("Pay back by"))
        for method in METHODS:
            self.method.addItem(payment_method_name(method), method)
        if len(entry.methods) == 1:
            self.method.setCurrentIndex(max(self.method.findData(entry.methods[0]), 0))
        self.method.setMinimumHeight(48)
        self.reference = named(QLineEdit(), "refundReference", self.tr("Reference (transfer or e-wallet)"))
        self.error = look.text("", "refundError", self.tr("Problem"))
        self.error.setStyleSheet("color: #9b1c1c; font-weight: bold;")
        form = QFormLayout()
        form.addRow(self.tr("Reason"), self.reason)
        form.addRow(self.tr("Pay back by"), self.method)
        form.addRow(self.tr("Reference"), self.reference)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        named(self.buttons, "refundButtons", self.tr("Refund actions"))
        translate_buttons(self.buttons)
        look.dialog_buttons(self.buttons, "refund")
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Refund"))
        ok.setAccessibleName(self.tr("Refund"))
        ok.setObjectName("refundConfirm")
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout()
        layout.addWidget(look.title(title, "refundTitle"))
        layout.addWidget(
            look.text(self.tr("Choose what the customer brings back. A supervisor approves the refund."), "refundIntro")
        )
        layout.addWidget(self.table, 1)
        layout.addLayout(self._line_buttons())
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.setLayout(layout)
        self.resize(820, 620)
        self.table.setFocus()

    def _line_buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        for text, name, slot in (
            ("−", "refundLess", lambda: self._step(-1)),
            ("+", "refundMore", lambda: self._step(1)),
            (self.tr("All of this line"), "refundAllOfLine", self._all_of_line),
            (self.tr("None of this line"), "refundNoneOfLine", self._none_of_line),
        ):
            button = big_button(text, name, {"−": self.tr("One less"), "+": self.tr("One more")}.get(text, text))
            button.clicked.connect(slot)
            row.addWidget(button)
        row.addStretch(1)
        return row

    def _row(self) -> int:
        index: QModelIndex = self.table.currentIndex()
        return index.row() if index.isValid() else 0

    def _step(self, delta: int) -> None:
        if self.model.rowCount():
            self.model.step(self._row(), delta)

    def _all_of_line(self) -> None:
        if self.model.rowCount():
            row = self._row()
            self.model.set_quantity(row, self.model.lines[row].refundable)

    def _none_of_line(self) -> None:
        if self.model.rowCount():
            self.model.set_quantity(self._row(), Decimal(0))

    def submit(self) -> None:
        chosen = self.model.chosen()
        reason = self.reason.text().strip()
        if not chosen:
            look.set_text(self.error, self.tr("Choose at least one line and how many to refund."))
            return
        if not reason:
            look.set_text(self.error, self.tr("Give a reason"))
            self.reason.setFocus()
            return
        requests = [reversals.RefundRequest(line.line_id, quantity) for line, quantity in chosen]
        method, reference = str(self.method.currentData()), self.reference.text().strip()
        session, sale_id = self.session, self.entry.sale_id

        def work(db_session: Session, approval: Approval | None) -> CompletedSale:
            done = reversals.refund_lines(
                db_session,
                session.actor,
                sale_id,
                requests,
                reason,
                approval=approval,
                method=method,
                reference=reference,
            )
            print_jobs.queue_sale_prints(db_session, session.actor, done.sale_id)
            return done

        what = self.tr("Refund from receipt {receipt}: {reason}").format(receipt=self.entry.receipt_no, reason=reason)
        self.buttons.setEnabled(False)
        run_with_approval(
            self,
            session.database,
            what,
            work,
            self._done,
            action="sale.refund",
            changes={op_changes.SALES, op_changes.SHIFT, op_changes.EARNINGS, op_changes.PRINTING},
            ask_first=True,
            on_failure=self._failed,
            on_cancel=lambda: self.buttons.setEnabled(True),
        )

    def _done(self, result: CompletedSale) -> None:
        self.accept()
        self.refunded.emit(result)

    def _failed(self, error: Exception) -> None:
        look.set_text(self.error, error_text(error))
        self.buttons.setEnabled(True)
