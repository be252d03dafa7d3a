"""Driving the sale screen as a cashier does: by keyboard, into whatever has focus."""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from ska_pos.ui import ops
from ska_pos.ui.till.sale_screen import SaleScreen

ScreenFactory = Callable[..., SaleScreen]


def scan(qtbot: QtBot, screen: SaleScreen, code: str) -> None:
    """What a barcode scanner does: types the code into whatever has focus, then Enter."""
    field = screen.search.field
    assert screen.focusWidget() is field, "the search field must be ready for the scanner"
    qtbot.keyClicks(field, code)
    qtbot.keyClick(field, Qt.Key.Key_Return)
    settle(qtbot, screen)


def _wait_for_ops() -> None:
    deadline = time.monotonic() + 10
    while ops._running and time.monotonic() < deadline:
        QTest.qWait(10)


def settle(qtbot: QtBot, screen: SaleScreen) -> None:
    """Until every add started has been answered by the database worker (ui.ops): what the cashier then sees."""
    qtbot.waitUntil(lambda: screen.presenter.pending == 0 and not ops._running, timeout=10_000)


def press(
    qtbot: QtBot, screen: SaleScreen, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
) -> None:
    qtbot.keyClick(screen.search.field, key, modifier)


def open_dialog(screen: SaleScreen, name: str) -> QDialog:
    _wait_for_ops()  # a dialog that shows what the database holds (the workers) opens once that has been read
    dialog = screen.active_dialog
    assert dialog is not None, f"no dialog open; expected {name}"
    assert dialog.objectName() == name
    assert dialog.isVisible()
    return dialog
