"""The window a till shows when it cannot start on its database: the one sentence of the refusal, and Close.

Shown instead of the main window (and instead of a traceback on a console nobody sees); nothing has been written.
A damaged database file with a sound backup also gets the button that restores the newest one.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget

from ska_pos import clock
from ska_pos.ui.widgets import TOUCH_TARGET_PX, named


class StartupErrorBox(QMessageBox):
    def __init__(self, message: str, parent: QWidget | None = None, *, backup_taken: datetime | None = None) -> None:
        super().__init__(parent)
        named(self, "startupError", message)
        self.setIcon(QMessageBox.Icon.Critical)
        self.setWindowTitle(self.tr("SKA POS cannot start"))
        self.setText(message)
        self.restore_button: QPushButton | None = None
        if backup_taken is not None:
            # no outlet can be read from a damaged file: its time is shown on the sentra's default clock (WIB)
            when = backup_taken.astimezone(ZoneInfo(clock.DEFAULT_ZONE)).strftime("%d-%m-%Y %H:%M")
            restore_text = self.tr("Restore the newest backup (of {when})").format(when=when)
            self.restore_button = named(self.addButton(restore_text, QMessageBox.ButtonRole.AcceptRole),
                                        "restoreButton", restore_text)  # fmt: skip
            padding = 4 * TOUCH_TARGET_PX // 3
            width = self.restore_button.fontMetrics().horizontalAdvance(restore_text) + padding
            self.restore_button.setMinimumSize(width, TOUCH_TARGET_PX)
            self.setInformativeText(
                self.tr(
                    "The damaged file is kept beside it under another name. What was recorded after that backup "
                    "is not in it."
                )
            )
        close_text = self.tr("Close")
        self.close_button = named(self.addButton(close_text, QMessageBox.ButtonRole.RejectRole), "closeButton",
                                  close_text)  # fmt: skip
        self.close_button.setMinimumSize(TOUCH_TARGET_PX * 2, TOUCH_TARGET_PX)
        self.setDefaultButton(self.close_button)
        self.setEscapeButton(self.close_button)

    def restore_chosen(self) -> bool:
        return self.restore_button is not None and self.clickedButton() is self.restore_button
