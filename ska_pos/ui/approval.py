"""A supervisor approves an action at the till with their user name and PIN.

`ask_approval(parent, database, what, action)` returns the `Approval` for that one action, or None when cancelled.
The PIN is checked by `services.auth.approve` (argon2 and the failed-PIN counter) in a `WriteOp`, off the screen's
thread; the service the action goes to checks its action and age again and records the approver. While the PIN is
being checked the dialog says so and ignores another Enter or OK; `checkEnded` follows every check (approved,
refused, failed or timed out), so a test can wait for it without racing the database thread.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout, QWidget
from sqlalchemy.orm import Session

from ska_pos.db.database import Database
from ska_pos.services import auth
from ska_pos.services.actor import Approval
from ska_pos.ui.messages import error_text, translate_buttons
from ska_pos.ui.op_changes import USERS
from ska_pos.ui.ops import WriteOp
from ska_pos.ui.pin_pad import PinPad
from ska_pos.ui.widgets import hint_room, named


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)


class ApprovalDialog(QDialog):
    checkEnded = Signal()

    def __init__(self, database: Database, what: str, action: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database, self.action = database, action
        self.approval: Approval | None = None
        self.checking = False
        self.setWindowTitle(tr("Supervisor approval"))
        named(self, "approvalDialog", tr("Supervisor approval"))
        self.what = named(QLabel(what), "approvalReason", what)
        self.what.setWordWrap(True)
        self.username = named(QLineEdit(), "approvalUsername", tr("Supervisor user name"))
        self.username.setPlaceholderText(tr("Supervisor user name"))
        hint_room(self.username)
        self.pin_pad = PinPad(self, object_prefix="approvalPin")
        self.pin_pad.submitted.connect(self._check)
        self.error = named(QLabel(""), "approvalError", tr("Approval error"))
        self.error.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        translate_buttons(buttons)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (self.what, self.username, self.pin_pad, self.error, buttons):
            layout.addWidget(widget)
        self.username.returnPressed.connect(self.pin_pad.setFocus)
        self.username.setFocus()

    def _check(self, pin: str) -> None:
        if self.checking:
            return  # a second Enter while the first PIN is checked
        username, action = self.username.text(), self.action

        def work(session: Session) -> tuple[Approval | None, str]:
            result = auth.approve(session, username, pin, action)  # commits the failed-PIN counter too
            return result.approval, result.message

        self._busy(True)
        WriteOp(self, self.database, work, {USERS}).success(self._answered).failure(
            self._failed
        ).run_in_background().finished.connect(self.checkEnded)

    def _busy(self, checking: bool) -> None:
        self.checking = checking
        self.pin_pad.setEnabled(not checking)
        self.username.setReadOnly(checking)
        if checking:
            self._say(tr("Checking the PIN…"), tr("Checking the PIN"), refusal=False)

    def _answered(self, result: tuple[Approval | None, str]) -> None:
        if not self.checking:
            return  # cancelled while the PIN was checked: no one waits for the answer
        self._busy(False)
        approval, message = result
        if approval is None:
            self._say(message)
            self.pin_pad.clear()
            return
        self.approval = approval
        self.accept()

    def _failed(self, error: Exception) -> None:
        if not self.checking:
            return
        self._busy(False)
        self._say(error_text(error))
        self.pin_pad.clear()

    def _say(self, text: str, accessible: str | None = None, *, refusal: bool = True) -> None:
        self.error.setStyleSheet("color: #9b1c1c; font-weight: bold;" if refusal else "font-weight: bold;")
        self.error.setText(text)
        self.error.setAccessibleName(accessible or text or tr("Approval error"))

    def reject(self) -> None:
        self.checking = False  # a check still under way delivers to no one: the dialog is closing
        super().reject()


def ask_approval(parent: QWidget | None, database: Database, what: str, action: str) -> Approval | None:
    dialog = ApprovalDialog(database, what, action, parent)
    given = dialog.approval if dialog.exec() == QDialog.DialogCode.Accepted else None
    dialog.deleteLater()
    return given
