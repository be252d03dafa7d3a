"""What every till dialog shares: big translated OK and Cancel, a plain error line, and checks before accepting.

Dialogs are opened with `open()` and answer through `accepted`, so nothing blocks and tests can drive them.
A dialog builds its layout in `self.body` and ends `__init__` with `finish_layout()`, which gives the dialog the
layout, last (the layout guard's rule: build bottom-up, then set). A dialog that never did kept a layout no widget
owned: Python deleted it, and its sub-layouts, in whatever order the dialog's attributes went, and the window crashed
(tests/ui_common/test_dialogs_own_their_layout.py).
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLayout, QVBoxLayout, QWidget

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
        self.body = QVBoxLayout()  # the dialog's once finish_layout sets it, last
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

    def finish_layout(self, bottom: QLayout | None = None) -> None:
        """Ends the body with the error line and OK/Cancel, or `bottom` (the dialog's own buttons) instead of them,
        and gives the dialog its layout."""
        self.body.addWidget(self.error)
        if bottom is None:
            self.body.addWidget(self.buttons)
        else:
            self.buttons.hide()
            self.body.addLayout(bottom)
        self.setLayout(self.body)

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
