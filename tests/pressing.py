"""Pressing Enter on buttons as a cashier does: the button has the focus of the active window."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton
from pytestqt.qtbot import QtBot


def press_enter_on(qtbot: QtBot, button: QPushButton) -> None:
    button.window().activateWindow()
    button.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is button)
    qtbot.keyClick(button, Qt.Key.Key_Return)


def clicks_per_enter(qtbot: QtBot, buttons: Iterable[QPushButton]) -> dict[str, int]:
    """Enter on each of `buttons` the keyboard reaches, its action unplugged: how often each was clicked."""
    counts: dict[str, int] = {}
    for button in buttons:
        if not (button.isVisible() and button.isEnabled() and button.focusPolicy() & Qt.FocusPolicy.TabFocus):
            continue
        name = button.objectName() or button.text()
        counts[name] = 0
        button.clicked.disconnect()
        button.clicked.connect(lambda _checked=False, name=name: counts.__setitem__(name, counts[name] + 1))
        press_enter_on(qtbot, button)
    return counts
