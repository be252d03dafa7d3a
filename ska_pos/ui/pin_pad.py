"""A big on-screen PIN keypad that also takes the keyboard's digits, Backspace and Enter.

Signals: `submitted(str pin)` when OK or Enter is pressed with at least one digit.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QGridLayout, QLineEdit, QVBoxLayout, QWidget

from ska_pos.ui.widgets import big_button, named

MAX_PIN_LENGTH = 8
KEY_SIZE_PX = 72


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)


class PinPad(QWidget):
    submitted = Signal(str)

    def __init__(self, parent: QWidget | None = None, *, object_prefix: str = "pin") -> None:
        super().__init__(parent)
        self.display = named(QLineEdit(), f"{object_prefix}Field", tr("PIN"), tr("Type the PIN, then Enter"))
        self.display.setEchoMode(QLineEdit.EchoMode.Password)
        self.display.setMaxLength(MAX_PIN_LENGTH)
        self.display.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.display.setMinimumHeight(56)
        self.display.returnPressed.connect(self._submit)
        grid = QGridLayout()
        for index, digit in enumerate("123456789"):
            grid.addWidget(self._key(digit, object_prefix), index // 3, index % 3)
        clear = big_button(tr("Erase"), f"{object_prefix}Erase", tr("Erase the last digit"))
        clear.clicked.connect(self.display.backspace)
        ok = big_button(tr("OK"), f"{object_prefix}Ok", tr("Confirm the PIN"))
        ok.setProperty("role", "primary")
        ok.clicked.connect(self._submit)
        grid.addWidget(clear, 3, 0)
        grid.addWidget(self._key("0", object_prefix), 3, 1)
        grid.addWidget(ok, 3, 2)
        for button in (clear, ok):
            button.setMinimumSize(KEY_SIZE_PX, KEY_SIZE_PX)
        layout = QVBoxLayout()
        layout.addWidget(self.display)
        layout.addLayout(grid)
        self.setLayout(layout)
        self.setFocusProxy(self.display)

    def _key(self, digit: str, prefix: str) -> QWidget:
        button = big_button(digit, f"{prefix}Key{digit}", tr("Digit {digit}").format(digit=digit))
        button.setMinimumSize(KEY_SIZE_PX, KEY_SIZE_PX)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keyboard types into the field; keys are for touch
        button.clicked.connect(lambda: self._type(digit))
        return button

    def _type(self, digit: str) -> None:
        if len(self.display.text()) < MAX_PIN_LENGTH:
            self.display.insert(digit)
        self.display.setFocus()

    def _submit(self) -> None:
        pin = self.display.text()
        if pin:
            self.submitted.emit(pin)

    def clear(self) -> None:
        self.display.clear()
        self.display.setFocus()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.text().isdigit():
            self._type(event.text())
            return
        super().keyPressEvent(event)
