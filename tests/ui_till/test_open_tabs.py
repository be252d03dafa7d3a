"""The café's open tabs at the till, by keyboard: Ctrl+E opens the floor view, a table's number and Enter its tab,
S sends the till's cart as a round, P brings the tab to the till, and the till's payment pays it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot
from shop import Shop
from sqlalchemy import select
from tab_shop import add_tables

from ska_pos.db.models import Sale, Tab
from ska_pos.services.tabs.state import load_tab
from ska_pos.ui import ops
from ska_pos.ui.tabs.floor_dialog import FloorDialog
from ska_pos.ui.tabs.tab_dialog import TabDialog
from ska_pos.ui.till.payment_dialog import PaymentDialog
from ska_pos.ui.till.sale_screen import SaleScreen
from ui_till.helpers import open_dialog, press, scan, settle

pytestmark = pytest.mark.dates


def _floor(qtbot: QtBot, screen: SaleScreen) -> FloorDialog:
    press(qtbot, screen, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: _visible(screen, FloorDialog) is not None and not ops._running, timeout=10_000)
    floor = _visible(screen, FloorDialog)
    assert isinstance(floor, FloorDialog)
    qtbot.waitUntil(lambda: bool(floor.tiles), timeout=10_000)
    return floor


def _visible(screen: SaleScreen, kind: type) -> object | None:
    return next((child for child in screen.findChildren(kind) if child.isVisible()), None)


def _tab_of_table(qtbot: QtBot, screen: SaleScreen, table: str) -> TabDialog:
    floor = _floor(qtbot, screen)
    for digit in table:
        qtbot.keyClick(floor, digit)
    assert floor.current == int(table) - 1
    qtbot.keyClick(floor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: _visible(screen, TabDialog) is not None and not ops._running, timeout=10_000)
    dialog = _visible(screen, TabDialog)
    assert isinstance(dialog, TabDialog)
    return dialog


def test_a_tab_sent_in_two_rounds_and_paid_at_the_till(qtbot: QtBot, screen: SaleScreen, shop: Shop) -> None:
    add_tables(shop)
    for code in ("8990001", "8990002"):  # Es Teh 5.000, Kopi 8.000
        scan(qtbot, screen, code)
    tab = _tab_of_table(qtbot, screen, "4")
    assert tab.tab_id is None  # a free table: its tab opens with the first round
    qtbot.keyClick(tab, Qt.Key.Key_S)
    qtbot.waitUntil(lambda: tab.lines.count() == 2 and not ops._running, timeout=10_000)
    assert screen.presenter.cart.lines == []
    tab.reject()
    screen.focus_search()
    scan(qtbot, screen, "8990003")  # Keripik 12.500
    tab = _tab_of_table(qtbot, screen, "4")
    qtbot.waitUntil(lambda: tab.lines.count() == 2, timeout=10_000)
    qtbot.keyClick(tab, Qt.Key.Key_S)
    qtbot.waitUntil(lambda: tab.lines.count() == 3 and not ops._running, timeout=10_000)
    assert tab.lines.item(2).text().startswith("Round 2 · 1 x Keripik Singkong")
    qtbot.keyClick(tab, Qt.Key.Key_P)
    settle(qtbot, screen)
    assert [line.name for line in screen.presenter.cart.lines] == ["Es Teh Manis", "Kopi Tubruk", "Keripik Singkong"]
    screen.focus_search()
    press(qtbot, screen, Qt.Key.Key_F12)
    qtbot.waitUntil(lambda: isinstance(screen.active_dialog, PaymentDialog), timeout=10_000)
    dialog = open_dialog(screen, "paymentDialog")
    exact = next(b for b in dialog.findChildren(QPushButton) if b.objectName() == "cashExact")
    qtbot.mouseClick(exact, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not screen.presenter.busy and not ops._running, timeout=10_000)
    with shop.db.reading() as s:
        sale = s.scalar(select(Sale))
        assert sale is not None
        assert [line.name for line in sale.lines] == ["Es Teh Manis", "Kopi Tubruk", "Keripik Singkong"]
        assert sale.table_no == "4"
        tab_id = s.scalar(select(Tab.id))
        assert tab_id is not None
        assert load_tab(s, tab_id).closed
