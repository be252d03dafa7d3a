"""Locked-out users, from the till's menu: a supervisor (or a manager) sees who typed wrong PINs, when and at which
till, and unlocks the one standing in front of them. The unlock is `users.unlock`: its permission decides whom
(a supervisor: cashiers only), and it writes an audit entry."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from ska_pos.ui.manager.users_tab import UsersTab
from ska_pos.ui.messages import translate_buttons
from ska_pos.ui.session import look
from ska_pos.ui.till_session import TillSession
from ska_pos.ui.widgets import named


class LockoutsDialog(QDialog):
    def __init__(self, session: TillSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        named(self, "lockoutsDialog", self.tr("Locked-out users"))
        self.setWindowTitle(self.tr("Locked-out users"))
        self.users = UsersTab(session, lockouts=True)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        named(close, "lockoutsButtons", self.tr("Close"))
        translate_buttons(close)
        look.dialog_buttons(close, "lockouts")
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.users, 1)
        layout.addWidget(close)
        self.resize(900, 560)
        self.users.reload()
