"""Cash put into or taken out of the drawer, with a reason. A cashier taking cash out needs a supervisor.

Signal: `moved()` once the movement is recorded (the dialog then closes).
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLineEdit, QVBoxLayout, QWidget
from sqlalchemy.orm import Session

from ska_pos.domain.money import format_rupiah, parse_rupiah
from ska_pos.services import shifts
from ska_pos.services.actor import Approval
from ska_pos.ui import op_changes
from ska_pos.ui.messages import error_text, translate_buttons
from ska_pos.ui.session import look
from ska_pos.ui.session.approval_flow import run_with_approval
from ska_pos.ui.till_session import TillSession
from ska_pos.ui.widgets import named


class CashMovementDialog(QDialog):
    moved = Signal()

    def __init__(self, session: TillSession, direction: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session, self.direction = session, direction
        title = self.tr("Cash in") if direction == "in" else self.tr("Cash out")
        self.setWindowTitle(title)
        named(self, f"cash{direction.capitalize()}Dialog", title)
        self.amount = named(QLineEdit(), "cashAmount", self.tr("Amount in rupiah"))
        self.amount.setPlaceholderText(format_rupiah(50_000, session.language))
        self.amount.setMinimumHeight(48)
        self.reason = named(QComboBox(), "cashReason", self.tr("Reason"))
        self.reason.setEditable(True)
        self.reason.addItems(self._reasons())
        self.reason.setCurrentText("")
        self.reason.setMinimumHeight(48)
        self.error = look.text("", "cashError", self.tr("Problem"))
        self.error.setStyleSheet("color: #9b1c1c; font-weight: bold;")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        named(self.buttons, "cashButtons", self.tr("Cash actions"))
        translate_buttons(self.buttons)
        look.dialog_buttons(self.buttons, "cash")
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Amount"), self.amount)
        form.addRow(self.tr("Reason"), self.reason)
        layout = QVBoxLayout()
        layout.addWidget(look.title(title, "cashTitle"))
        if direction == "out" and not session.is_supervisor:
            layout.addWidget(look.text(self.tr("Taking cash out needs a supervisor's PIN."), "cashOutHint"))
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.setLayout(layout)
        self.resize(560, 360)
        self.amount.setFocus()

    def _reasons(self) -> list[str]:
        if self.direction == "in":
            return [self.tr("Small change from the office"), self.tr("Top-up of the float")]
        return [self.tr("Purchase of supplies"), self.tr("Cash handed to the office")]

    def submit(self) -> None:
        try:
            amount = parse_rupiah(self.amount.text(), self.session.language)
        except ValueError as error:
            look.set_text(self.error, str(error))
            self.amount.setFocus()
            return
        reason = self.reason.currentText().strip()
        session, direction = self.session, self.direction

        def work(db_session: Session, approval: Approval | None) -> None:
            shifts.move_cash(db_session, session.actor, direction, amount, reason, approval=approval)

        what = self.tr("Take {amount} out of the drawer: {reason}").format(
            amount=format_rupiah(amount, session.language), reason=reason
        )
        self.buttons.setEnabled(False)
        run_with_approval(
            self, session.database, what, work, self._done, action="cash.out", changes={op_changes.SHIFT},
            on_failure=self._failed, on_cancel=self._cancelled,
        )  # fmt: skip

    def _done(self, _result: object) -> None:
        self.moved.emit()
        self.accept()

    def _failed(self, error: Exception) -> None:
        look.set_text(self.error, error_text(error))
        self.buttons.setEnabled(True)

    def _cancelled(self) -> None:
        self.buttons.setEnabled(True)
