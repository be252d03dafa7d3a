"""Every control named for tests and screen readers, big enough to touch, and every key of the key map bound."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from ska_pos.ui.help.key_map import key_map
from ska_pos.ui.till.payment_dialog import PaymentDialog
from ska_pos.ui.till.sale_screen import SaleScreen
from ui_till.helpers import ScreenFactory, open_dialog, press, scan

CONTROLS = (QAbstractButton, QLineEdit, QAbstractItemView)


def _unnamed_or_small(root: QWidget) -> list[str]:
    problems = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, CONTROLS) or not widget.isVisibleTo(root):
            continue
        if widget.objectName() == "qt_tableview_cornerbutton" and not widget.isEnabled():
            continue  # the table's select-all corner, switched off
        label = f"{type(widget).__name__} {widget.objectName()!r} {widget.accessibleName()!r}"
        if not widget.objectName() or not widget.accessibleName():
            problems.append(f"unnamed: {label}")
        if isinstance(widget, QAbstractButton) and widget.height() < 48:
            problems.append(f"under 48 px: {label} {widget.height()}")
    return problems


@pytest.mark.parametrize("outlet", ["cafe", "salon"])
def test_every_control_of_the_sale_screen_is_named_and_touch_sized(
    qtbot: QtBot, make_screen: ScreenFactory, outlet: str
) -> None:
    screen = make_screen(outlet)
    qtbot.wait(10)
    assert _unnamed_or_small(screen) == []


def test_every_control_of_the_payment_dialog_is_named_and_touch_sized(qtbot: QtBot, screen: SaleScreen) -> None:
    scan(qtbot, screen, "8990001")
    press(qtbot, screen, Qt.Key.Key_F12)
    dialog = open_dialog(screen, "paymentDialog")
    assert isinstance(dialog, PaymentDialog)
    for index in range(4):
        dialog.choose_method(index)
        qtbot.wait(10)
        assert _unnamed_or_small(dialog) == []


def test_the_worker_and_discount_dialogs_are_named(qtbot: QtBot, screen: SaleScreen) -> None:
    scan(qtbot, screen, "8990001")
    for key, name in ((Qt.Key.Key_F4, "workerDialog"), (Qt.Key.Key_F5, "discountDialog")):
        press(qtbot, screen, key)
        dialog = open_dialog(screen, name)
        assert _unnamed_or_small(dialog) == []
        dialog.reject()


def test_every_function_key_of_the_key_map_is_bound(screen: SaleScreen) -> None:
    bound = {action.key for action in screen.keys.bound()}
    for binding in key_map():
        if binding.keys.startswith("F"):
            assert getattr(Qt.Key, f"Key_{binding.keys}") in bound, binding.keys
        assert binding.description


def test_every_action_button_shows_its_key(screen: SaleScreen) -> None:
    keys = {binding.keys for binding in key_map()}
    for button in screen.actions_bar.buttons.values():
        hint = button.text().splitlines()[-1]
        assert hint in keys, button.objectName()
