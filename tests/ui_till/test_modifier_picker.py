"""An iced coffee with less sugar, large: the picker opens as the coffee is added, by keyboard alone and by touch,
and the options reach the cart, the receipt and the kitchen ticket."""

from __future__ import annotations

import pytest
from modifier_menu import add_drink_modifiers
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton, QWidget
from pytestqt.qtbot import QtBot
from shop import Shop

from ska_pos.reports.blocks import Pair, Text
from ska_pos.reports.kitchen_layout import kitchen_blocks
from ska_pos.reports.receipt_layout import receipt_blocks
from ska_pos.services import receipts
from ska_pos.ui.till.cart_model import ITEM, PRICE
from ska_pos.ui.till.modifier_dialog import ModifierDialog
from ska_pos.ui.till.sale_screen import SaleScreen
from ska_pos.ui.widgets import TOUCH_TARGET_PX
from ui_till.helpers import open_dialog, press, scan, settle

pytestmark = pytest.mark.dates

# Kopi Tubruk Rp8.000 + large Rp5.000 = 13.000; service 5 % = 650; PBJT 10 % of 13.650 = 1.365
TOTAL = 15_015


def _picker(screen: SaleScreen) -> ModifierDialog:
    dialog = open_dialog(screen, "modifierDialog")
    assert isinstance(dialog, ModifierDialog)
    return dialog


def _type(qtbot: QtBot, dialog: ModifierDialog, key: Qt.Key) -> None:
    """Into whatever has focus in the picker, as a keyboard does."""
    focused = QApplication.focusWidget()
    target: QWidget = focused if focused is not None and dialog.isAncestorOf(focused) else dialog
    qtbot.keyClick(target, key)


def _sees_the_options_everywhere(qtbot: QtBot, screen: SaleScreen, shop: Shop) -> None:
    done = screen.presenter.last_sale
    assert done is not None
    assert done.total == TOTAL
    with shop.db.reading() as s:
        receipt = receipts.receipt_data(s, done.sale_id, language="en")
        ticket = receipts.kitchen_ticket(s, done.sale_id, language="en")
    assert [(m.option, m.price) for m in receipt.lines[0].modifiers] == [("Less sugar", 0), ("Large", 5_000)]
    printed = receipt_blocks(receipt)
    assert Text("+ Less sugar", "small", indent=True) in printed
    assert Pair("+ Large", "+Rp5,000", "small", indent=True) in printed
    assert ticket.items[0].modifiers == ("Gula: Less sugar", "Ukuran: Large")
    assert Text("- Gula: Less sugar", "bold", indent=True) in kitchen_blocks(ticket)


def _cart_shows_the_options(screen: SaleScreen) -> None:
    model = screen.model
    assert model.data(model.index(0, ITEM)) == "Kopi Tubruk\n+ Less sugar\n+ Large"
    assert model.data(model.index(0, PRICE)) == "Rp13.000"
    assert screen.totals is not None
    assert screen.totals.total.text() == "Rp15.015"


def test_an_iced_coffee_by_keyboard_alone(qtbot: QtBot, screen: SaleScreen, shop: Shop) -> None:
    add_drink_modifiers(shop)
    scan(qtbot, screen, "8990002")
    dialog = _picker(screen)
    assert [group.name for group in dialog.groups] == ["Gula", "Ukuran"]  # the required ones; ice is optional
    _type(qtbot, dialog, Qt.Key.Key_2)  # less sugar; the pick moves on to the size
    assert dialog.headings[1].text().startswith("▶")
    _type(qtbot, dialog, Qt.Key.Key_2)  # large
    _type(qtbot, dialog, Qt.Key.Key_Return)
    settle(qtbot, screen)
    _cart_shows_the_options(screen)
    assert screen.focusWidget() is screen.search.field  # ready for the next scan
    press(qtbot, screen, Qt.Key.Key_F12)
    payment = open_dialog(screen, "paymentDialog")
    qtbot.keyClicks(payment.cash.amount, "20000")  # type: ignore[attr-defined]
    with qtbot.waitSignal(screen.saleCompleted, timeout=10_000):
        qtbot.keyClick(payment.cash.amount, Qt.Key.Key_Return)  # type: ignore[attr-defined]
    _sees_the_options_everywhere(qtbot, screen, shop)


def test_an_iced_coffee_by_touch(qtbot: QtBot, screen: SaleScreen, shop: Shop) -> None:
    add_drink_modifiers(shop)
    qtbot.waitUntil(lambda: screen.quick is not None and bool(screen.quick.category_buttons()))
    quick = screen.quick
    assert quick is not None
    drinks = next(button for button in quick.category_buttons() if button.text() == "Minuman")
    qtbot.mouseClick(drinks, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: any(b.accessibleName().startswith("Kopi Tubruk") for b in quick.item_buttons()))
    kopi = next(b for b in quick.item_buttons() if b.accessibleName().startswith("Kopi Tubruk"))
    qtbot.mouseClick(kopi, Qt.MouseButton.LeftButton)
    settle(qtbot, screen)
    dialog = _picker(screen)
    buttons = {button.objectName(): button for button in dialog.findChildren(QPushButton)}
    for name in ("modifierOption0_1", "modifierOption1_1", "modifierDialogOk"):
        assert buttons[name].height() >= TOUCH_TARGET_PX, name
    qtbot.mouseClick(buttons["modifierOption0_1"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(buttons["modifierOption1_1"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(buttons["modifierDialogOk"], Qt.MouseButton.LeftButton)
    settle(qtbot, screen)
    _cart_shows_the_options(screen)
    screen.actions_bar.buttons["actionPay"].click()
    payment = open_dialog(screen, "paymentDialog")
    exact = next(b for b in payment.findChildren(QPushButton) if b.objectName() == "cashExact")
    with qtbot.waitSignal(screen.saleCompleted, timeout=10_000):
        qtbot.mouseClick(exact, Qt.MouseButton.LeftButton)
    _sees_the_options_everywhere(qtbot, screen, shop)


def test_enter_without_a_required_choice_says_which_and_esc_takes_the_coffee_out(
    qtbot: QtBot, screen: SaleScreen, shop: Shop
) -> None:
    add_drink_modifiers(shop)
    scan(qtbot, screen, "8990002")
    dialog = _picker(screen)
    _type(qtbot, dialog, Qt.Key.Key_3)  # no sugar; the size still to choose
    _type(qtbot, dialog, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert "Ukuran" in dialog.error.text()
    _type(qtbot, dialog, Qt.Key.Key_Escape)
    settle(qtbot, screen)
    assert screen.presenter.cart.is_empty()
    assert "Kopi Tubruk" in screen.message.text()


def test_the_optional_ice_is_reached_from_the_cart_line_and_keeps_the_other_choices(
    qtbot: QtBot, screen: SaleScreen, shop: Shop
) -> None:
    add_drink_modifiers(shop)
    scan(qtbot, screen, "8990002")
    dialog = _picker(screen)
    for key in (Qt.Key.Key_1, Qt.Key.Key_1, Qt.Key.Key_Return):  # normal sugar, regular
        _type(qtbot, dialog, key)
    settle(qtbot, screen)
    press(qtbot, screen, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
    dialog = _picker(screen)
    assert [group.name for group in dialog.groups] == ["Gula", "Es", "Ukuran"]
    _type(qtbot, dialog, Qt.Key.Key_Down)  # to the ice
    _type(qtbot, dialog, Qt.Key.Key_3)  # no ice
    _type(qtbot, dialog, Qt.Key.Key_Return)
    settle(qtbot, screen)
    line = screen.presenter.cart.lines[0]
    assert [m.option_name for m in line.modifiers] == ["Normal", "No ice", "Regular"]
