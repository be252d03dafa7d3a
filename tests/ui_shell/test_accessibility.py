"""Every control of the shell's pages and dialogs has an objectName and an accessible name, buttons are touch
sized, F1 shows the key map everywhere, and the menu shows each role only what it may use."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QDialog,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot
from shop import Shop

from ska_pos.ui.help.key_map import key_map
from ska_pos.ui.main_window import MainWindow
from ska_pos.ui.widgets import TOUCH_TARGET_PX

from .conftest import find, page_name
from .helpers import log_in, sell, settled_on

CONTROLS = (QAbstractButton, QLineEdit, QAbstractSpinBox, QComboBox, QAbstractItemView)


def problems(root: QWidget) -> list[str]:
    found = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, CONTROLS) or not widget.isVisible() or widget.objectName().startswith("qt_"):
            continue
        if isinstance(widget, QLineEdit) and isinstance(widget.parent(), (QAbstractSpinBox, QComboBox)):
            continue
        if isinstance(widget, QHeaderView):  # part of its table
            continue
        what = f"{type(widget).__name__} {widget.objectName() or '?'} ({widget.accessibleName() or '?'})"
        if not widget.objectName() or not widget.accessibleName():
            found.append(f"unnamed: {what}")
        if isinstance(widget, QAbstractButton) and min(widget.width(), widget.height()) < TOUCH_TARGET_PX - 4:
            found.append(f"small: {what} {widget.width()}x{widget.height()}")
    return found


def current(window: MainWindow) -> QWidget:
    page = window.stack.currentWidget()
    assert page is not None
    return page


def test_first_start_and_login_pages(qtbot: QtBot, empty_window: MainWindow) -> None:
    assert problems(current(empty_window)) == []


def test_every_page_of_a_session(qtbot: QtBot, shop_window: MainWindow, shop: Shop) -> None:
    assert problems(current(shop_window)) == []
    sell(shop, "8990001", "8990002")
    log_in(qtbot, shop_window, "manajer", take_over=True)
    visited = []
    for open_page, name in (
        (shop_window.show_journal, "journalPage"),
        (shop_window.show_shift, "shiftPage"),
        (shop_window.show_close_shift, "closeShiftPage"),
        (shop_window.show_menu, "menuPage"),
        (shop_window.show_settings, "settingsPage"),
    ):
        open_page()
        qtbot.wait(50)
        assert page_name(shop_window) == name
        visited += problems(current(shop_window))
    assert visited == []


def test_dialogs_of_the_journal_and_shift(qtbot: QtBot, shop_window: MainWindow, shop: Shop) -> None:
    sell(shop, "8990001", "8990002")
    log_in(qtbot, shop_window, "kasir")
    shop_window.show_journal()
    page = current(shop_window)
    qtbot.waitUntil(lambda: page.proxy.rowCount() == 1)  # type: ignore[attr-defined]
    find(page, QPushButton, "journalRefund").click()
    qtbot.waitUntil(lambda: page.findChild(QDialog, "refundDialog") is not None)
    assert problems(find(page, QDialog, "refundDialog")) == []
    find(page, QDialog, "refundDialog").reject()
    find(page, QPushButton, "journalVoid").click()
    assert problems(find(page, QDialog, "reasonDialog")) == []
    shop_window.show_shift()
    find(current(shop_window), QPushButton, "shiftCashOut").click()
    assert problems(find(current(shop_window), QDialog, "cashOutDialog")) == []


def test_f1_shows_the_whole_key_map_on_any_page(qtbot: QtBot, shop_window: MainWindow) -> None:
    qtbot.keyClick(find(shop_window, QLineEdit, "loginNameField"), Qt.Key.Key_F1)
    dialog = shop_window.dialog
    assert dialog is not None
    assert dialog.objectName() == "helpDialog"
    assert dialog.isVisible()
    table = find(dialog, QTableWidget, "helpKeyTable")
    keys = [table.item(row, 0).text() for row in range(table.rowCount())]
    assert keys == [binding.keys for binding in key_map()]
    for key in ("F1", "F2", "F3", "F4", "F6", "F8", "F9", "F10", "F12", "Del", "Esc", "Ctrl+M"):
        assert key in keys
    assert all(table.item(row, 1).text() for row in range(table.rowCount()))
    qtbot.keyClick(table, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_the_menu_follows_the_role(qtbot: QtBot, shop_window: MainWindow) -> None:
    log_in(qtbot, shop_window, "kasir")
    shop_window.till_page.menuRequested.emit()  # type: ignore[union-attr]
    shown = {button.objectName() for button in current(shop_window).findChildren(QPushButton)}
    assert shown == {"menu_largeText", "menu_logOut", "menu_back"}
    find(current(shop_window), QPushButton, "menu_logOut").click()
    settled_on(qtbot, shop_window, "loginPage")
    log_in(qtbot, shop_window, "manajer", take_over=True)
    shop_window.till_page.menuRequested.emit()  # type: ignore[union-attr]
    shown = {button.objectName() for button in current(shop_window).findChildren(QPushButton)}
    assert {"menu_daily", "menu_printers", "menu_manager", "menu_settings"} <= shown
    qtbot.keyClick(find(current(shop_window), QPushButton, "menu_daily"), Qt.Key.Key_Escape)
    assert page_name(shop_window) == "tillPage"


def test_ctrl_m_opens_the_menu_from_the_sale(qtbot: QtBot, shop_window: MainWindow) -> None:
    log_in(qtbot, shop_window, "kasir")
    sale = shop_window.till_page.sale_screen  # type: ignore[union-attr]
    qtbot.keyClick(sale.cart, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    assert page_name(shop_window) == "menuPage"


def test_the_menu_opens_the_manager_area_and_the_dialogs_of_other_parts(qtbot: QtBot, shop_window: MainWindow) -> None:
    log_in(qtbot, shop_window, "manajer", take_over=True)
    for action, name in (("daily", "dailySummary"), ("printers", "printerSettings")):
        shop_window.show_menu()
        find(current(shop_window), QPushButton, f"menu_{action}").click()
        assert shop_window.dialog is not None
        assert shop_window.dialog.isVisible()
        assert name in shop_window.dialog.objectName()
        shop_window.dialog.reject()  # type: ignore[attr-defined]
    shop_window.show_menu()
    find(current(shop_window), QPushButton, "menu_manager").click()
    assert page_name(shop_window) == "managerHost"
    assert current(shop_window).findChild(QWidget, "managerScreen") is not None
    find(current(shop_window), QPushButton, "managerBack").click()
    assert page_name(shop_window) == "tillPage"
