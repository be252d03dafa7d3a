"""The window a till shows when it cannot start on its database: the one sentence of the refusal, and Close.

Shown instead of the main window (and instead of a traceback on a console nobody sees); nothing has been written.
"""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from ska_pos.ui.widgets import TOUCH_TARGET_PX, named


class StartupErrorBox(QMessageBox):
    def __init__(self, message: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        named(self, "startupError", message)
        self.setIcon(QMessageBox.Icon.Critical)
        self.setWindowTitle(self.tr("SKA POS cannot start"))
        self.setText(message)
        close_text = self.tr("Close")
        self.close_button = named(self.addButton(close_text, QMessageBox.ButtonRole.RejectRole), "closeButton",
                                  close_text)  # fmt: skip
        self.close_button.setMinimumSize(TOUCH_TARGET_PX * 2, TOUCH_TARGET_PX)
        self.setDefaultButton(self.close_button)
        self.setEscapeButton(self.close_button)
