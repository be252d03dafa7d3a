"""Holding a sale (F8) and recalling it (F9), also on a screen started afresh."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from shop import Shop

from ska_pos.db.models import HeldSale
from ska_pos.domain.discounts import Discount
from ska_pos.domain.money import format_rupiah
from ska_pos.ui.till.sale_screen import SaleScreen
from ui_till.helpers import ScreenFactory, open_dialog, press, scan, settle


def _hold(qtbot: QtBot, screen: SaleScreen, label: str) -> None:
    press(qtbot, screen, Qt.Key.Key_F8)
    dialog = open_dialog(screen, "holdDialog")
    qtbot.keyClicks(dialog.value, label)
    qtbot.keyClick(dialog.value, Qt.Key.Key_Return)
    settle(qtbot, screen)
    qtbot.waitUntil(lambda: screen.presenter.cart.is_empty() and not screen.presenter.busy, timeout=5000)


def test_a_held_sale_comes_back_on_a_new_screen(qtbot: QtBot, make_screen: ScreenFactory, shop: Shop) -> None:
    first = make_screen()
    scan(qtbot, first, "8990001")
    scan(qtbot, first, "2*8990002")
    first.presenter.controller.set_sale_discount(Discount.percent(500), None)
    settle(qtbot, first)
    first.presenter.controller.set_note(1, "panas")
    held_cart = first.presenter.controller.snapshot()
    _hold(qtbot, first, "Meja 4")
    assert "Meja 4" in first.message.text()
    with shop.db.reading() as s:
        assert s.query(HeldSale).count() == 1
    first.close()

    second = make_screen()  # as after a restart: only the database remembers
    press(qtbot, second, Qt.Key.Key_F9)
    qtbot.waitUntil(lambda: second.active_dialog is not None, timeout=5000)
    dialog = open_dialog(second, "recallDialog")
    assert dialog.list.count() == 1
    assert dialog.list.item(0).text().startswith("Meja 4")
    qtbot.keyClick(dialog.list, Qt.Key.Key_Return)
    settle(qtbot, second)
    qtbot.waitUntil(lambda: not second.presenter.cart.is_empty(), timeout=5000)
    assert second.presenter.cart == held_cart
    assert second.totals.total.text() == format_rupiah(
        held_cart.priced(second.presenter.controller.outlet.tax).total, "id"
    )
    with shop.db.reading() as s:
        assert s.query(HeldSale).count() == 0


def test_recall_waits_for_the_current_sale_and_says_when_nothing_is_held(qtbot: QtBot, screen: SaleScreen) -> None:
    press(qtbot, screen, Qt.Key.Key_F9)
    qtbot.waitUntil(lambda: "no held sales" in screen.message.text(), timeout=5000)
    assert screen.active_dialog is None
    scan(qtbot, screen, "8990001")
    press(qtbot, screen, Qt.Key.Key_F9)
    assert screen.message.kind == "error"
    assert len(screen.presenter.cart.lines) == 1


def test_an_empty_cart_cannot_be_held_and_touch_works_too(qtbot: QtBot, screen: SaleScreen) -> None:
    screen.actions_bar.buttons["actionHold"].click()
    assert screen.active_dialog is None
    assert screen.message.kind == "error"
    scan(qtbot, screen, "8990003")
    screen.actions_bar.buttons["actionHold"].click()
    dialog = open_dialog(screen, "holdDialog")
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    settle(qtbot, screen)
    qtbot.waitUntil(lambda: screen.presenter.cart.is_empty() and not screen.presenter.busy, timeout=5000)
    screen.actions_bar.buttons["actionRecall"].click()
    qtbot.waitUntil(lambda: screen.active_dialog is not None, timeout=5000)
    recall = open_dialog(screen, "recallDialog")
    recall.list.item(0).setSelected(True)
    qtbot.mouseClick(
        recall.list.viewport(), Qt.MouseButton.LeftButton, pos=recall.list.visualItemRect(recall.list.item(0)).center()
    )
    qtbot.waitUntil(lambda: len(screen.presenter.cart.lines) == 1, timeout=5000)
