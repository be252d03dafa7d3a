"""The Suppliers part of the manager's stock, driven offscreen: a supplier added and edited through its form, then
retired, after which receiving no longer offers it."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from earnings.ui_fixtures import session_of
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from shop import Shop

from ska_pos.ui.stock.stock_tab import StockTab

pytestmark = [pytest.mark.gui, pytest.mark.time_machine(datetime(2026, 12, 6, 3, 0, tzinfo=UTC))]


def test_a_supplier_added_edited_and_retired_through_the_window(shop: Shop, qtbot: QtBot) -> None:
    tab = StockTab(session_of(shop))
    qtbot.addWidget(tab)
    tab.resize(1200, 700)
    tab.show()
    panel = tab.suppliers
    tab.parts.setCurrentWidget(panel)
    form = panel.add()
    qtbot.keyClicks(form.code, "tani")
    qtbot.keyClicks(form.name, "Koperasi Tani Makmur")
    qtbot.keyClick(form.name, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1)
    assert panel.model.text(panel.model.rows[0], 0) == "TANI"
    panel.table.setCurrentIndex(panel.model.index(0, 0))
    form = panel.edit()
    assert form is not None
    assert form.code.isReadOnly()
    form.phone.setText("0812 555")
    form.buttons.button(form.buttons.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: panel.model.rows[0].phone == "0812 555")
    panel.table.setCurrentIndex(panel.model.index(0, 0))
    panel.toggle_active()  # answered Yes (conftest)
    qtbot.waitUntil(lambda: not panel.model.rows[0].active)
    assert panel.model.text(panel.model.rows[0], 4) == "retired"
    tab.parts.setCurrentWidget(tab.on_hand)
    tab.on_hand.incoming = None
    tab.on_hand.open_incoming("receive")
    qtbot.waitUntil(lambda: tab.on_hand.incoming is not None and tab.on_hand.incoming.isVisible())
    assert tab.on_hand.incoming is not None
    assert tab.on_hand.incoming.party.count() == 0
    tab.on_hand.incoming.reject()
