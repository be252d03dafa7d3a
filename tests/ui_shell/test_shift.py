"""The shift from the till: opening float after login, cash out with a supervisor, closing with a count."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QLabel, QLineEdit, QPushButton, QSpinBox
from pytestqt.qtbot import QtBot
from shop import Shop
from sqlalchemy import select

from ska_pos.db.models import CashMovement, Shift, ShiftClosing
from ska_pos.services import shifts
from ska_pos.ui.main_window import MainWindow

from .conftest import find, page_name
from .helpers import close_cafe_shift, log_in, sell

pytestmark = pytest.mark.dates


def test_no_open_shift_asks_for_the_counted_float(qtbot: QtBot, shop_window: MainWindow, shop: Shop) -> None:
    close_cafe_shift(shop)
    log_in(qtbot, shop_window, "kasir", page="openShiftPage")
    hundreds = find(shop_window, QSpinBox, "float_100000")
    hundreds.setFocus()
    qtbot.waitUntil(lambda: hundreds.lineEdit().selectedText() == "0")
    qtbot.keyClicks(hundreds, "1")
    find(shop_window, QPushButton, "float_50000_more").click()
    find(shop_window, QPushButton, "float_50000_more").click()
    find(shop_window, QSpinBox, "float_1000").setValue(15)
    assert find(shop_window, QLabel, "openingFloatTotal").text() == "Rp215.000"
    find(shop_window, QPushButton, "openShiftButton").click()
    qtbot.waitUntil(lambda: page_name(shop_window) == "tillPage")
    with shop.db.reading() as s:
        shift = shifts.current_shift(s, shop.cashier)
        assert (shift.opening_float, shift.opened_by_id) == (215_000, shop.cashier.user_id)


def open_shift_page(qtbot: QtBot, window: MainWindow) -> None:
    window.till_page.shiftRequested.emit()  # type: ignore[union-attr]  (F6 on the real sale screen)
    assert page_name(window) == "shiftPage"
    expected = find(window, QLabel, "shiftValue_expected")
    qtbot.waitUntil(lambda: expected.text() != "–")


def test_cash_out_by_a_cashier_needs_a_supervisor(
    qtbot: QtBot, shop_window: MainWindow, shop: Shop, approve_as
) -> None:
    asked = approve_as("spv")
    log_in(qtbot, shop_window, "kasir")
    open_shift_page(qtbot, shop_window)
    assert find(shop_window, QLabel, "shiftValue_expected").text() == "Rp200.000"
    find(shop_window, QPushButton, "shiftCashOut").click()
    dialog = find(shop_window, QDialog, "cashOutDialog")
    qtbot.keyClicks(find(dialog, QLineEdit, "cashAmount"), "25.000")
    find(dialog, QComboBox, "cashReason").setCurrentText("Beli es batu")
    qtbot.keyClick(find(dialog, QLineEdit, "cashAmount"), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert len(asked) == 1
    assert "Rp25.000" in asked[0]
    with shop.db.reading() as s:
        move = s.scalars(select(CashMovement)).one()
        assert (move.direction, move.amount, move.reason, move.approved_by_id) == (
            "out",
            25_000,
            "Beli es batu",
            shop.supervisor.id,
        )
    qtbot.waitUntil(lambda: find(shop_window, QLabel, "shiftValue_expected").text() == "Rp175.000")


def test_cash_out_refused_when_no_one_approves(qtbot: QtBot, shop_window: MainWindow, shop: Shop, approve_as) -> None:
    approve_as(None)
    log_in(qtbot, shop_window, "kasir")
    open_shift_page(qtbot, shop_window)
    find(shop_window, QPushButton, "shiftCashOut").click()
    dialog = find(shop_window, QDialog, "cashOutDialog")
    qtbot.keyClicks(find(dialog, QLineEdit, "cashAmount"), "5000")
    find(dialog, QComboBox, "cashReason").setCurrentText("Parkir")
    dialog.submit()
    qtbot.waitUntil(lambda: find(dialog, QDialogButtonBox, "cashButtons").isEnabled())
    assert dialog.isVisible()
    with shop.db.reading() as s:
        assert s.scalars(select(CashMovement)).all() == []


def test_close_with_a_difference_past_the_limit_needs_a_supervisor(
    qtbot: QtBot, shop_window: MainWindow, shop: Shop, approve_as
) -> None:
    asked = approve_as("spv")
    sale = sell(shop, "8990001", "8990002")
    log_in(qtbot, shop_window, "kasir")
    open_shift_page(qtbot, shop_window)
    find(shop_window, QPushButton, "shiftClose").click()
    assert page_name(shop_window) == "closeShiftPage"
    close = find(shop_window, QPushButton, "closeShiftButton")
    qtbot.waitUntil(close.isEnabled)
    expected = 200_000 + sale.total
    assert find(shop_window, QLabel, "closeExpected").text() == f"Rp{expected:,}".replace(",", ".")
    find(shop_window, QSpinBox, "close_100000").setValue(2)  # the sale's cash is missing
    difference = find(shop_window, QLabel, "closeDifference")
    assert difference.text() == f"-Rp{sale.total:,}".replace(",", ".")
    assert "Kurang" in find(shop_window, QLabel, "closeDifferenceWords").text()
    qtbot.keyClicks(find(shop_window, QLineEdit, "closeNote"), "uang kembalian salah")
    close.click()
    qtbot.waitUntil(lambda: page_name(shop_window) == "loginPage")
    assert asked
    with shop.db.reading() as s:
        closing = s.scalars(select(ShiftClosing).join(Shift).where(Shift.till_id == shop.cashier.till_id)).one()
        assert (closing.counted_cash, closing.difference, closing.approved_by_id, closing.note) == (
            200_000,
            -sale.total,
            shop.supervisor.id,
            "uang kembalian salah",
        )
    qtbot.waitUntil(lambda: shop_window.dialog is not None and shop_window.dialog.isVisible())
    assert shop_window.dialog.objectName() == "shiftReportPreview"  # type: ignore[union-attr]
    assert shop_window.session is None


def test_close_within_the_limit_needs_no_one(qtbot: QtBot, shop_window: MainWindow, shop: Shop, approve_as) -> None:
    asked = approve_as(None)
    log_in(qtbot, shop_window, "kasir")
    open_shift_page(qtbot, shop_window)
    find(shop_window, QPushButton, "shiftClose").click()
    qtbot.waitUntil(find(shop_window, QPushButton, "closeShiftButton").isEnabled)
    find(shop_window, QSpinBox, "close_100000").setValue(2)
    assert find(shop_window, QLabel, "closeDifference").text() == "Rp0"
    find(shop_window, QPushButton, "closeShiftButton").click()
    qtbot.waitUntil(lambda: page_name(shop_window) == "loginPage")
    assert asked == []
