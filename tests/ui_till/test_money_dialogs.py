"""Percentages typed at the till: `7,5` and `7.5` both mean seven and a half, reopen as `7,5`, and `inf`,
`nan` or words are refused with a message. A laundry line cannot go under its minimum weight by key."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot
from shop import Shop, as_admin

from ska_pos.domain.discounts import Discount
from ska_pos.services import setup
from ska_pos.ui.till.cart_model import QUANTITY
from ska_pos.ui.till.sale_screen import SaleScreen
from ui_till.helpers import ScreenFactory, open_dialog, press, scan, settle


def _discount(qtbot: QtBot, screen: SaleScreen, text: str) -> None:
    press(qtbot, screen, Qt.Key.Key_F5)
    dialog = open_dialog(screen, "discountDialog")
    dialog.value.clear()
    qtbot.keyClicks(dialog.value, text)
    qtbot.keyClick(dialog.value, Qt.Key.Key_Return)
    settle(qtbot, screen)


@pytest.mark.parametrize("typed", ["7,5", "7.5", "7,5 %"])
def test_a_discount_of_seven_and_a_half_percent_reopens_as_typed(qtbot: QtBot, screen: SaleScreen, typed: str) -> None:
    scan(qtbot, screen, "8990002")
    _discount(qtbot, screen, typed)
    assert screen.presenter.cart.lines[0].discount == Discount.percent(750)
    press(qtbot, screen, Qt.Key.Key_F5)
    dialog = open_dialog(screen, "discountDialog")
    assert dialog.value.text() == "7,5"
    qtbot.keyClick(dialog.value, Qt.Key.Key_Return)  # saving it unchanged keeps 7,5% (within the 10% limit)
    assert screen.presenter.cart.lines[0].discount == Discount.percent(750)


@pytest.mark.parametrize("typed", ["inf", "nan", "-5", "1e2", "sepuluh", "12,555", "150"])
def test_a_discount_that_is_not_a_percentage_is_refused_with_a_message(
    qtbot: QtBot, screen: SaleScreen, typed: str
) -> None:
    scan(qtbot, screen, "8990002")
    _discount(qtbot, screen, typed)
    dialog = open_dialog(screen, "discountDialog")
    assert dialog.error.isVisible()
    assert dialog.error.text().strip("⚠ ")
    assert screen.presenter.cart.lines[0].discount is None


def test_a_split_of_twelve_and_a_half_percent_reopens_as_typed(
    qtbot: QtBot, make_screen: ScreenFactory, shop: Shop
) -> None:
    screen = make_screen("salon")
    scan(qtbot, screen, "8990009")
    press(qtbot, screen, Qt.Key.Key_F4)
    dialog = open_dialog(screen, "workerDialog")
    dialog.split.click()
    for row in range(dialog.list.count()):
        dialog.list.item(row).setCheckState(Qt.CheckState.Checked)
    shares = [dialog.findChild(QLineEdit, f"workerShare{i}") for i in range(2)]
    for field, typed in zip(shares, ["inf", "87,5"], strict=True):
        field.setText(typed)
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    settle(qtbot, screen)
    assert dialog.isVisible()
    assert "inf" in dialog.error.text()
    shares[0].setText("12.5")
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    assert not dialog.isVisible()
    settle(qtbot, screen)
    assert sorted(c.split_bp for c in screen.presenter.cart.lines[0].workers) == [1250, 8750]
    press(qtbot, screen, Qt.Key.Key_F4)
    dialog = open_dialog(screen, "workerDialog")
    reopened = sorted(dialog.findChild(QLineEdit, f"workerShare{i}").text() for i in range(2))
    assert reopened == ["12,5", "87,5"]
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    settle(qtbot, screen)
    assert sorted(c.split_bp for c in screen.presenter.cart.lines[0].workers) == [1250, 8750]


def test_the_minus_key_and_f7_stop_at_a_laundry_minimum(qtbot: QtBot, make_screen: ScreenFactory, shop: Shop) -> None:
    with shop.db.transaction() as s:
        setup.create_item(s, as_admin(s), s.merge(shop.salon), "KILOAN", "Cuci Kiloan", 7000, unit="kg",
                          barcodes=["8990200"], min_quantity=Decimal(3))  # fmt: skip
    screen = make_screen("salon")
    scan(qtbot, screen, "8990200")
    assert screen.model.index(0, QUANTITY).data() == "3 kg"
    press(qtbot, screen, Qt.Key.Key_Minus)
    assert screen.presenter.cart.lines[0].quantity == 3
    assert screen.message.kind == "error"
    assert "3 kg" in screen.message.text()
    press(qtbot, screen, Qt.Key.Key_F7)
    dialog = open_dialog(screen, "quantityDialog")
    dialog.value.clear()
    qtbot.keyClicks(dialog.value, "1,5")
    qtbot.keyClick(dialog.value, Qt.Key.Key_Return)
    settle(qtbot, screen)
    assert screen.presenter.cart.lines[0].quantity == 3
