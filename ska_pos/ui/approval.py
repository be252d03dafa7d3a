"""A supervisor approves an action at the till with their user name and PIN.

`ask_approval(parent, database, what, action)` returns the `Approval` for that one action, or None when cancelled.
The PIN is checked by `services.auth.approve`, which issues the approval; the service the action goes to checks its
action and age again and records the approver.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from ska_pos.db.database import Database
from ska_pos.services import auth
from ska_pos.services.actor import Approval
from ska_pos.ui.messages import translate_buttons
from ska_pos.ui.pin_pad import PinPad
from ska_pos.ui.widgets import hint_room, named


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)


class ApprovalDialog(QDialog):
    def __init__(self, database: Database, what: str, action: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database, self.action = database, action
        self.approval: Approval | None = None
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
        self.error.setStyleSheet("color: #9b1c1c; font-weight: bold;")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        translate_buttons(buttons)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (self.what, self.username, self.pin_pad, self.error, buttons):
            layout.addWidget(widget)
        self.username.returnPressed.connect(self.pin_pad.setFocus)
        self.username.setFocus()

    def _check(self, pin: str) -> None:
        with self.database.transaction() as session:  # commits the failed-PIN counter too
            result = auth.approve(session, self.username.text(), pin, self.action)
        if result.approval is None:
            self.error.setText(result.message)
            self.error.setAccessibleName(result.message)
            self.pin_pad.clear()
            return
        self.approval = result.approval
        self.accept()


def ask_approval(parent: QWidget | None, database: Database, what: str, action: str) -> Approval | None:
    dialog = ApprovalDialog(database, what, action, parent)
    return dialog.approval if dialog.exec() == QDialog.DialogCode.Accepted else None
