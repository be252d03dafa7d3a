"""Enter presses the focused button, everywhere in the application, as Space does.

Qt clicks a focused push button on Enter only inside a dialog (an "auto default" button); on the pages of the main
window and on buttons set not to be auto default, Enter did nothing, and a cashier presses Enter. One filter on the
application clicks the focused push or tool button on Enter. Buttons Qt already clicks on Enter (auto default or
default) are left to Qt, so nothing fires twice; check boxes and radio buttons keep Enter for the dialog's default
button; line edits, the scan field and tables are not buttons and keep their own Enter.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractButton, QPushButton, QToolButton

FILTER_NAME = "enterClicksFocusedButton"
_ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
_PLAIN = (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)


class EnterClicksButton(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(watched, QPushButton | QToolButton):
            return False
        assert isinstance(event, QKeyEvent)
        if event.key() not in _ENTER_KEYS or event.modifiers() not in _PLAIN or _qt_clicks_on_enter(watched):
            return False
        if watched.isEnabled() and not event.isAutoRepeat():  # a held Enter is one press, not a payment per repeat
            watched.click()
        return True


def _qt_clicks_on_enter(button: QAbstractButton) -> bool:
    return isinstance(button, QPushButton) and (button.autoDefault() or button.isDefault())


def install_enter_clicks(app: QCoreApplication) -> None:
    """Once per application; calling it again changes nothing."""
    if app.findChild(EnterClicksButton, FILTER_NAME) is None:
        enter = EnterClicksButton(app)
        enter.setObjectName(FILTER_NAME)
        app.installEventFilter(enter)
