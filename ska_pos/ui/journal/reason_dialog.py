"""Asking for the reason of a void or refund before a supervisor approves it.

Signal: `chosen(str reason)` when confirmed with a reason.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLineEdit, QVBoxLayout, QWidget

from ska_pos.ui.messages import translate_buttons
from ska_pos.ui.session import look
from ska_pos.ui.widgets import named


class ReasonDialog(QDialog):
    chosen = Signal(str)

    def __init__(self, title: str, explanation: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        named(self, "reasonDialog", title)
        self.reason = named(QLineEdit(), "reasonField", self.tr("Reason"))
        self.reason.setPlaceholderText(self.tr("Reason"))
        self.reason.setMinimumHeight(48)
        self.reason.returnPressed.connect(self.submit)
        self.error = look.text("", "reasonError", self.tr("Problem"))
        self.error.setStyleSheet("color: #9b1c1c; font-weight: bold;")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        named(buttons, "reasonButtons", self.tr("Reason actions"))
        translate_buttons(buttons)
        look.dialog_buttons(buttons, "reason")
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(look.title(title, "reasonTitle"))
        layout.addWidget(look.text(explanation, "reasonExplanation"))
        layout.addWidget(self.reason)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(560, 300)
        self.reason.setFocus()

    def submit(self) -> None:
        reason = self.reason.text().strip()
        if not reason:
            look.set_text(self.error, self.tr("Give a reason"))
            return
        self.accept()
        self.chosen.emit(reason)
