"""What every till dialog shares: big translated OK and Cancel, a plain error line, and checks before accepting.

Dialogs are opened with `open()` and answer through `accepted`, so nothing blocks and tests can drive them.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from ska_pos.ui.messages import translate_buttons
from ska_pos.ui.till.sizing import touch_height
from ska_pos.ui.widgets import at_least, named

ERROR_STYLE = "color: #9b1c1c; font-weight: bold;"


class TillDialog(QDialog):
    def __init__(self, object_name: str, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        named(self, object_name, title)
        self.setModal(True)
        self.body = QVBoxLayout(self)
        self.error = named(QLabel(""), f"{object_name}Error", self.tr("Problem"))
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        named(self.buttons, f"{object_name}Buttons", title)
        translate_buttons(self.buttons)
        for standard, name in (
            (QDialogButtonBox.StandardButton.Ok, "Ok"),
            (QDialogButtonBox.StandardButton.Cancel, "Cancel"),
        ):
            button = self.buttons.button(standard)
            button.setObjectName(f"{object_name}{name}")
            at_least(button, 120)
            touch_height(button, 56)
        self.buttons.accepted.connect(self.try_accept)
        self.buttons.rejected.connect(self.reject)

    def finish_layout(self) -> None:
        self.body.addWidget(self.error)
        self.body.addWidget(self.buttons)

    def show_error(self, text: str) -> None:
        self.error.setText(f"⚠ {text}")
        self.error.setAccessibleName(text)
        self.error.show()

    def check(self) -> str | None:
        """A message when the input cannot be accepted yet; None when it can."""
        return None

    def try_accept(self) -> None:
        if not self.isVisible():  # Enter can reach both a field and the default button
            return
        problem = self.check()
        if problem:
            self.show_error(problem)
            return
        self.accept()
