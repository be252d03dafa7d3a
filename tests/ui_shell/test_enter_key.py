"""Enter presses the focused button on every page, as Space does: a cashier presses Enter."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

from pressing import clicks_per_enter, press_enter_on
from PySide6.QtWidgets import QDialog, QPushButton, QSpinBox, QWidget
from pytestqt.qtbot import QtBot
from shop import Shop

from ska_pos.ui.main_window import MainWindow

from .conftest import find, page_name
from .helpers import close_cafe_shift, log_in
from .test_shift import open_shift_page


def test_enter_on_the_open_shift_button_opens_the_shift(qtbot: QtBot, shop_window: MainWindow, shop: Shop) -> None:
    close_cafe_shift(shop)
    log_in(qtbot, shop_window, "kasir", page="openShiftPage")
    find(shop_window, QSpinBox, "float_100000").setValue(2)
    press_enter_on(qtbot, find(shop_window, QPushButton, "openShiftButton"))
    qtbot.waitUntil(lambda: page_name(shop_window) == "tillPage")


def test_enter_clicks_every_button_of_the_open_shift_page_once(
    qtbot: QtBot, shop_window: MainWindow, shop: Shop
) -> None:
    close_cafe_shift(shop)
    log_in(qtbot, shop_window, "kasir", page="openShiftPage")
    counts = clicks_per_enter(qtbot, find(shop_window, QWidget, "openShiftPage").findChildren(QPushButton))
    assert {"openShiftButton", "openShiftLogOut"} <= set(counts)
    assert set(counts.values()) == {1}, counts


def test_enter_clicks_every_button_of_the_shift_page_and_its_dialog_once(qtbot: QtBot, shop_window: MainWindow) -> None:
    log_in(qtbot, shop_window, "kasir")
    open_shift_page(qtbot, shop_window)
    find(shop_window, QPushButton, "shiftCashOut").click()
    dialog = find(shop_window, QDialog, "cashOutDialog")
    # Qt itself clicks a dialog's buttons on Enter: not a second time
    in_dialog = clicks_per_enter(qtbot, dialog.findChildren(QPushButton))
    assert len(in_dialog) >= 2
    assert set(in_dialog.values()) == {1}, in_dialog
    dialog.reject()
    page = find(shop_window, QWidget, "shiftPage")
    counts = clicks_per_enter(qtbot, page.findChildren(QPushButton))
    assert "shiftCashOut" in counts
    assert set(counts.values()) == {1}, counts


def test_the_application_clicks_the_focused_button_on_enter() -> None:
    """What the running application gets from make_app, in a process of its own."""
    script = textwrap.dedent(
        """
        from PySide6.QtCore import Qt
        from PySide6.QtTest import QTest
        from PySide6.QtWidgets import QPushButton

        from ska_pos.ui.application import make_app

        app = make_app(large_text=False)
        button = QPushButton("Open the shift")
        clicks = []
        button.clicked.connect(lambda: clicks.append(1))
        button.show()
        button.activateWindow()
        button.setFocus()
        QTest.keyClick(button, Qt.Key.Key_Return)
        QTest.keyClick(button, Qt.Key.Key_Enter, Qt.KeyboardModifier.KeypadModifier)
        print(len(clicks))
        """
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=os.environ, check=True)
    assert done.stdout.split() == ["2"]
