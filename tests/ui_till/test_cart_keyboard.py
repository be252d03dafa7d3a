"""Ringing up a cart with the keyboard alone: scans, searches, quantities, removal."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from shop import Shop, as_admin

from ska_pos.services import setup
from ska_pos.ui.till.cart_model import AMOUNT, QUANTITY, WORKER
from ska_pos.ui.till.sale_screen import SaleScreen
from ui_till.helpers import ScreenFactory, open_dialog, press, scan, settle


def _cell(screen: SaleScreen, row: int, column: int) -> str:
    return screen.model.index(row, column).data()


def test_two_scanned_barcodes_are_in_the_cart_with_the_total_large(qtbot: QtBot, screen: SaleScreen) -> None:
    scan(qtbot, screen, "8990001")
    scan(qtbot, screen, "8990003")
    scan(qtbot, screen, "8990001")
    lines = screen.presenter.cart.lines
    assert [(line.sku, line.quantity) for line in lines] == [("ESTEH", 2), ("KRPK", 1)]
    assert [_cell(screen, 0, AMOUNT), _cell(screen, 0, WORKER)] == ["Rp10.000", "Siti"]
    # 22.500 + service 5% (1.125) + PBJT 10% on both (2.363) = 25.988
    assert screen.totals.total.text() == "Rp25.988"
    assert screen.totals.total.font().pointSizeF() >= 2 * screen.font().pointSizeF()
    assert screen.search.text() == ""
    assert screen.focusWidget() is screen.search.field


def test_plus_minus_del_and_a_typed_quantity_change_the_selected_line(qtbot: QtBot, screen: SaleScreen) -> None:
    scan(qtbot, screen, "8990001")
    scan(qtbot, screen, "8990002")
    press(qtbot, screen, Qt.Key.Key_Plus)
    press(qtbot, screen, Qt.Key.Key_Plus)
    press(qtbot, screen, Qt.Key.Key_Minus)
    assert [line.quantity for line in screen.presenter.cart.lines] == [1, 2]
    press(qtbot, screen, Qt.Key.Key_Up)
    press(qtbot, screen, Qt.Key.Key_F7)
    dialog = open_dialog(screen, "quantityDialog")
    qtbot.keyClicks(dialog.value, "4")
    qtbot.keyClick(dialog.value, Qt.Key.Key_Return)
    settle(qtbot, screen)
    assert [line.quantity for line in screen.presenter.cart.lines] == [4, 2]
    assert _cell(screen, 0, QUANTITY) == "4"
    press(qtbot, screen, Qt.Key.Key_Delete)
    assert [line.sku for line in screen.presenter.cart.lines] == ["KOPI"]
    assert screen.focusWidget() is screen.search.field


def test_a_bad_quantity_is_refused_with_a_message_and_changes_nothing(qtbot: QtBot, screen: SaleScreen) -> None:
    scan(qtbot, screen, "8990001")
    press(qtbot, screen, Qt.Key.Key_Minus)
    assert screen.presenter.cart.lines[0].quantity == 1
    assert screen.message.kind == "error"
    assert screen.message.isVisible()
    press(qtbot, screen, Qt.Key.Key_F7)
    dialog = open_dialog(screen, "quantityDialog")
    qtbot.keyClicks(dialog.value, "1,2345")
    qtbot.keyClick(dialog.value, Qt.Key.Key_Return)
    settle(qtbot, screen)
    assert screen.presenter.cart.lines[0].quantity == 1
    assert screen.message.kind == "error"


def test_a_quantity_before_the_code_and_the_table_keys(qtbot: QtBot, screen: SaleScreen) -> None:
    scan(qtbot, screen, "3*8990002")
    assert screen.presenter.cart.lines[0].quantity == Decimal(3)
    screen.table.setFocus()
    qtbot.keyClick(screen.table, Qt.Key.Key_Plus)
    assert screen.presenter.cart.lines[0].quantity == Decimal(4)
    qtbot.keyClick(screen.table, Qt.Key.Key_Delete)
    assert screen.presenter.cart.is_empty()


def test_an_unknown_code_says_so_and_keeps_the_text(qtbot: QtBot, screen: SaleScreen) -> None:
    scan(qtbot, screen, "123456789")
    assert screen.presenter.cart.is_empty()
    assert screen.message.kind == "error"
    assert "123456789" in screen.message.text()
    assert screen.search.text() == "123456789"


def test_a_typed_name_is_searched_and_a_result_taken_with_arrows_and_enter(qtbot: QtBot, screen: SaleScreen) -> None:
    scan(qtbot, screen, "keripik")  # one match: straight into the cart
    assert [line.sku for line in screen.presenter.cart.lines] == ["KRPK"]
    scan(qtbot, screen, "k")  # Keripik Singkong, Kopi Tubruk (names that start with it): a list to choose from
    assert screen.search.showing_results()
    assert screen.search.results.count() >= 2
    assert screen.focusWidget() is screen.search.results
    qtbot.keyClick(screen.search.results, Qt.Key.Key_Down)
    chosen = screen.search.results.currentItem().text()
    qtbot.keyClick(screen.search.results, Qt.Key.Key_Return)
    settle(qtbot, screen)
    assert screen.presenter.cart.lines[-1].name in chosen
    assert not screen.search.showing_results()
    assert screen.focusWidget() is screen.search.field


def test_typing_shows_live_results_and_esc_clears_them(qtbot: QtBot, screen: SaleScreen) -> None:
    qtbot.keyClicks(screen.search.field, "kopi")
    qtbot.waitUntil(screen.search.showing_results)
    assert "Kopi Tubruk" in screen.search.results.item(0).text()
    press(qtbot, screen, Qt.Key.Key_Escape)
    assert screen.search.text() == ""
    assert not screen.search.showing_results()


def test_quick_buttons_add_by_touch(qtbot: QtBot, screen: SaleScreen) -> None:
    # the buttons are built once the categories are read on the database worker
    qtbot.waitUntil(lambda: screen.quick is not None and len(screen.quick.category_buttons()) == 2)
    categories = [screen.quick.category_group.button(i).text() for i in range(2)]
    screen.quick.category_group.button(categories.index("Minuman")).click()
    qtbot.waitUntil(lambda: len(screen.quick.item_buttons()) == 2)  # a page of the category, read the same way
    buttons = screen.quick.item_buttons()
    assert [button.accessibleName() for button in buttons] == ["Es Teh Manis, Rp5.000", "Kopi Tubruk, Rp8.000"]
    assert all(button.height() >= 64 for button in buttons)
    qtbot.mouseClick(buttons[1], Qt.MouseButton.LeftButton)
    settle(qtbot, screen)
    assert [line.sku for line in screen.presenter.cart.lines] == ["KOPI"]
    assert screen.focusWidget() is screen.search.field


def test_function_keys_emit_the_shell_signals(qtbot: QtBot, screen: SaleScreen) -> None:
    for key, signal in ((Qt.Key.Key_F1, screen.helpRequested), (Qt.Key.Key_F3, screen.journalRequested),
                        (Qt.Key.Key_F6, screen.shiftRequested), (Qt.Key.Key_F10, screen.lockRequested)):  # fmt: skip
        with qtbot.waitSignal(signal, timeout=1000):
            press(qtbot, screen, key)
    with qtbot.waitSignal(screen.journalRequested, timeout=1000):
        screen.actions_bar.buttons["actionJournal"].click()


def test_screens_of_two_outlets_do_not_mix(make_screen: ScreenFactory, qtbot: QtBot) -> None:
    salon = make_screen("salon")
    scan(qtbot, salon, "8990001")  # the café's es teh is not sold at the salon
    assert salon.presenter.cart.is_empty()
    assert salon.message.kind == "error"


def test_a_weighed_item_takes_a_decimal_quantity(qtbot: QtBot, make_screen: ScreenFactory, shop: Shop) -> None:
    with shop.db.transaction() as s:
        setup.create_item(
            s, as_admin(s), s.merge(shop.cafe), "BUBUK", "Kopi Bubuk", 120_000, unit="kg", barcodes=["8990100"]
        )
    screen = make_screen()
    scan(qtbot, screen, "8990100")
    press(qtbot, screen, Qt.Key.Key_F7)
    dialog = open_dialog(screen, "quantityDialog")
    dialog.value.clear()
    qtbot.keyClicks(dialog.value, "0,25")
    qtbot.keyClick(dialog.value, Qt.Key.Key_Return)
    settle(qtbot, screen)
    assert screen.presenter.cart.lines[0].quantity == Decimal("0.250")
    assert (_cell(screen, 0, QUANTITY), _cell(screen, 0, AMOUNT)) == ("0,25 kg", "Rp30.000")


def test_scans_made_while_the_last_add_is_on_its_way_reach_the_cart_in_order(qtbot: QtBot, screen: SaleScreen) -> None:
    """The scanner never waits for the database (ui.ops): each Enter frees the field at once, and the adds, run one
    after another on the database worker, keep the order of the scans; the cart shown is the worker's."""
    field = screen.search.field
    for code in ("8990001", "8990003", "8990001", "8990002"):
        qtbot.keyClicks(field, code)
        qtbot.keyClick(field, Qt.Key.Key_Return)
        assert field.text() == ""  # ready for the next scan before the add has been answered
    assert screen.presenter.pending > 0
    settle(qtbot, screen)
    lines = screen.presenter.cart.lines
    assert [(line.sku, line.quantity) for line in lines] == [("ESTEH", 2), ("KRPK", 1), ("KOPI", 1)]
    assert screen.model.rowCount() == 3
