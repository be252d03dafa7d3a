"""A manager's dialog: fields, a plain error line, and OK that saves through the services off the UI thread.

Dialogs are opened with `open()` and report through signals, so nothing blocks and tests can drive them.
Signal: `saved(object)` with what the save returned, just before the dialog closes.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from ska_pos.ui.messages import error_text, translate_buttons
from ska_pos.ui.ops import run_operation
from ska_pos.ui.session import look
from ska_pos.ui.widgets import TOUCH_TARGET_PX, named

ERROR_STYLE = "color: #9b1c1c; font-weight: bold;"


class ManagerDialog(QDialog):
    saved = Signal(object)

    def __init__(self, object_name: str, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        named(self, object_name, title)
        self.setModal(True)
        self.setMinimumWidth(520)
        self.body = QVBoxLayout(self)
        self.body.addWidget(look.heading(title, f"{object_name}Title"))
        self.fields = QFormLayout()
        self.body.addLayout(self.fields)
        self.error = named(QLabel(""), f"{object_name}Error", self.tr("Problem"))
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        named(self.buttons, f"{object_name}Buttons", title)
        translate_buttons(self.buttons)
        for standard, suffix in (
            (QDialogButtonBox.StandardButton.Ok, "Ok"),
            (QDialogButtonBox.StandardButton.Cancel, "Cancel"),
        ):
            button = self.buttons.button(standard)
            button.setObjectName(f"{object_name}{suffix}")
            button.setMinimumSize(120, TOUCH_TARGET_PX)
        self.buttons.accepted.connect(self.try_accept)
        self.buttons.rejected.connect(self.reject)
        self.busy = False

    def add_row(self, label: str, field: QWidget) -> None:
        caption = QLabel(label)
        caption.setBuddy(field)
        self.fields.addRow(caption, field)

    def finish_layout(self) -> None:
        self.body.addWidget(self.error)
        self.body.addWidget(self.buttons)

    def show_error(self, text: str) -> None:
        self.error.setText(f"⚠ {text}")
        self.error.setAccessibleName(text)
        self.error.show()

    def check(self) -> str | None:
        """A message when the input cannot be saved yet; None when it can."""
        return None

    def save_work(self) -> Callable[[], Any]:
        """The service call that saves the dialog (run on the database thread)."""
        raise NotImplementedError

    def try_accept(self) -> None:
        if self.busy:
            return
        problem = self.check()
        if problem:
            self.show_error(problem)
            return
        self.busy = True
        self.buttons.setEnabled(False)
        run_operation(self, self.save_work(), self._saved, on_failure=self._failed, label=self.tr("Saving…"))

    def _saved(self, result: Any) -> None:
        self.busy = False
        self.saved.emit(result)
        self.accept()

    def _failed(self, error: Exception) -> None:
        self.busy = False
        self.buttons.setEnabled(True)
        self.show_error(error_text(error))
