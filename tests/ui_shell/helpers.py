"""Driving the window in the shell tests: logging in and making sales through the services."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit, QPushButton, QWidget
from pytestqt.qtbot import QtBot
from shop import PINS, Shop, approved

from ska_pos.domain.settlement import Tender
from ska_pos.services import cart_ops, sales, shifts
from ska_pos.services.cart import Cart
from ska_pos.services.sale_context import tax_settings
from ska_pos.ui import ops
from ska_pos.ui.main_window import MainWindow
from ska_pos.ui.till.sale_screen import SaleScreen

from .conftest import find, page_name

# A login checks the PIN (argon2) and writes on the database thread: on a busy 2-core machine that took more than
# pytest-qt's default 5 s, failing tests that were right.
WAIT_MS = 20_000


def settled_on(qtbot: QtBot, window: MainWindow, page: str) -> None:
    """Wait until the window shows `page` and has no database work under way: a page is shown once the database
    answered, so one still on screen may be about to be replaced (a login after a log-out, a new language)."""
    qtbot.waitUntil(lambda: not ops._running and page_name(window) == page, timeout=WAIT_MS)


def show_login_again(qtbot: QtBot, window: MainWindow) -> None:
    """`window.show_login()`, and wait until the new login page replaced what was shown."""
    before = window.page
    window.show_login()
    qtbot.waitUntil(lambda: window.page is not before and page_name(window) == "loginPage", timeout=WAIT_MS)


def log_in(qtbot: QtBot, window: MainWindow, username: str, *, page: str = "tillPage", take_over: bool = False) -> None:
    """Log in by keyboard; `take_over`: the shop's café shift is Rina's, so anyone else is asked and says yes."""
    settled_on(qtbot, window, "loginPage")
    find(window, QPushButton, f"loginUser_{username}").click()
    pin = find(window, QLineEdit, "loginPinField")
    qtbot.keyClicks(pin, PINS[username])
    qtbot.keyClick(pin, Qt.Key.Key_Return)
    if take_over:
        answer_take_over(qtbot, window, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page_name(window) == page, timeout=WAIT_MS)


def open_till_page(qtbot: QtBot, window: MainWindow, button: str, key: Qt.Key, name: str) -> QWidget:
    """Kasir logs in and opens a page of the sale screen with Ctrl+`key`; its `button` shows there (the outlet's
    profile has the page)."""
    log_in(qtbot, window, "kasir")
    assert window.till_page is not None
    screen = window.till_page.sale_screen
    assert isinstance(screen, SaleScreen)
    assert find(screen, QPushButton, button).isVisible()
    qtbot.keyClick(screen.search.field, key, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: page_name(window) == name, timeout=WAIT_MS)
    return window.stack.currentWidget()


def take_over_dialog(qtbot: QtBot, window: MainWindow) -> QDialog:
    qtbot.waitUntil(lambda: isinstance(window.dialog, QDialog) and window.dialog.isVisible(), timeout=WAIT_MS)
    dialog = window.dialog
    assert isinstance(dialog, QDialog)
    assert dialog.objectName() == "takeOverDialog"
    return dialog


def answer_take_over(qtbot: QtBot, window: MainWindow, key: Qt.Key) -> None:
    """Answer the take-over question by keyboard: Enter continues the shift, Esc logs out."""
    dialog = take_over_dialog(qtbot, window)
    focused = dialog.focusWidget() or dialog
    qtbot.keyClick(focused, key)
    qtbot.waitUntil(lambda: not dialog.isVisible() and QApplication.activeWindow() is window, timeout=WAIT_MS)


def sell(shop: Shop, *codes: str, method: str = "cash") -> sales.CompletedSale:
    cart = Cart(shop.cafe.id)
    with shop.db.transaction() as s:
        for code in codes:
            cart_ops.add_by_code(s, cart, code)
        total = cart.priced(tax_settings(shop.cafe)).total
        given = 100_000 if method == "cash" else total
        return sales.complete_sale(s, shop.cashier, cart, [Tender(method, given)])


def close_cafe_shift(shop: Shop) -> None:
    with shop.db.transaction() as s:
        expected = shifts.cash_summary(s, shifts.current_shift(s, shop.cashier)).expected
        shifts.close_shift(
            s, shop.cashier, {100_000: expected // 100_000}, approval=approved(s, "shift.close_difference")
        )
