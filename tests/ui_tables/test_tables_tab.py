"""The manager's Tables screen by keyboard and touch: a table added, renamed, moved up, retired; a table with an
open tab is refused its retirement in plain words; drinks routed to a bar station and saved."""

from __future__ import annotations

import pytest
from earnings.ui_fixtures import session_of
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox
from pytestqt.qtbot import QtBot
from shop import Shop
from tab_shop import add_tables

from ska_pos.services.prep_stations import load_routing
from ska_pos.services.tabs import writes
from ska_pos.services.tabs.tables import list_tables
from ska_pos.ui.manager.tables_tab import TablesTab

pytestmark = [pytest.mark.gui]
WAIT_MS = 20_000


@pytest.fixture
def tab(shop: Shop, qtbot: QtBot) -> TablesTab:
    tables_tab = TablesTab(session_of(shop))
    qtbot.addWidget(tables_tab)
    tables_tab.show()
    qtbot.waitUntil(lambda: tables_tab.read is not None, timeout=WAIT_MS)
    return tables_tab


def names(shop: Shop) -> list[str]:
    with shop.db.reading() as s:
        return [row.name for row in list_tables(s, shop.cafe.id)]


def test_a_table_added_renamed_moved_and_retired_by_keyboard(shop: Shop, tab: TablesTab, qtbot: QtBot) -> None:
    qtbot.keyClicks(tab.table_name, "Antre 1")
    qtbot.keyClicks(tab.table_area, "Depan")
    qtbot.keyClick(tab, Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)  # "&Add the table"
    qtbot.waitUntil(lambda: tab.table_list.count() == 1, timeout=WAIT_MS)
    qtbot.keyClicks(tab.table_name, "")
    tab.table_name.setText("1")
    qtbot.mouseClick(tab.add, Qt.MouseButton.LeftButton)  # by touch
    qtbot.waitUntil(lambda: tab.table_list.count() == 2, timeout=WAIT_MS)
    assert names(shop) == ["Antre 1", "1"]
    tab.table_list.setCurrentRow(1)
    tab.table_name.setText("T1")
    qtbot.keyClick(tab, Qt.Key.Key_R, Qt.KeyboardModifier.AltModifier)  # "&Rename the table"
    qtbot.waitUntil(lambda: names(shop) == ["Antre 1", "T1"], timeout=WAIT_MS)
    tab.table_list.setCurrentRow(1)
    qtbot.keyClick(tab, Qt.Key.Key_U, Qt.KeyboardModifier.AltModifier)  # "Move &up"
    qtbot.waitUntil(lambda: names(shop) == ["T1", "Antre 1"], timeout=WAIT_MS)
    qtbot.waitUntil(lambda: tab.table_list.count() == 2 and tab.table_list.currentRow() == 0, timeout=WAIT_MS)
    qtbot.keyClick(tab, Qt.Key.Key_B, Qt.KeyboardModifier.AltModifier)  # "Retire the ta&ble"
    qtbot.waitUntil(lambda: names(shop) == ["Antre 1"], timeout=WAIT_MS)
    # the write is committed before its success reaches the screen thread: wait for the message, do not race it
    qtbot.waitUntil(lambda: "retired" in tab.message.text(), timeout=WAIT_MS)


def test_a_table_with_an_open_tab_is_not_retired(shop: Shop, tab: TablesTab, qtbot: QtBot) -> None:
    ids = add_tables(shop)
    with shop.db.transaction() as s:
        writes.open_tab(s, shop.cashier, ids["1"])
    tab.reload()
    qtbot.waitUntil(lambda: tab.table_list.count() == 10, timeout=WAIT_MS)
    tab.table_list.setCurrentRow(0)
    qtbot.mouseClick(tab.retire, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "open tab" in tab.message.text(), timeout=WAIT_MS)
    assert "Table 1 has an open tab" in tab.message.text()
    assert names(shop)[0] == "1"


def test_drinks_routed_to_a_bar_and_saved(shop: Shop, tab: TablesTab, qtbot: QtBot) -> None:
    qtbot.keyClicks(tab.station_name, "Bar")
    tab.station_kind.setCurrentIndex(tab.station_kind.findData("network"))
    qtbot.keyClicks(tab.station_address, "192.0.2.20:9100")
    qtbot.mouseClick(tab.add_station, Qt.MouseButton.LeftButton)
    assert tab.station_list.count() == 1
    assert tab.read is not None
    row = next(index for index, (category_id, _name) in enumerate(tab.read.categories)
               if category_id == shop.drinks.id)  # fmt: skip
    box = tab.routes.cellWidget(row, 1)
    assert isinstance(box, QComboBox)
    box.setCurrentIndex(box.findData(1))
    qtbot.mouseClick(tab.save_routes, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "saved" in tab.message.text(), timeout=WAIT_MS)
    with shop.db.reading() as s:
        routing = load_routing(s, shop.cafe.id)
    assert routing.station_of(shop.drinks.id) == "s1"
    assert routing.stations[0].printer.address == "192.0.2.20:9100"
