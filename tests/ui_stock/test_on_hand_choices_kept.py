"""The stock on hand keeps the outlet and category chosen when its lists are read again: `QComboBox.findData`
finds a UUID only when it is the very object stored, and a reload stores new ones (ui/widgets.index_of_data)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from earnings.ui_fixtures import session_of
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from shop import Shop

from ska_pos.ui.stock.stock_tab import StockTab

pytestmark = [pytest.mark.gui, pytest.mark.time_machine(datetime(2026, 12, 6, 3, 0, tzinfo=UTC))]


def test_the_chosen_outlet_and_category_are_still_shown_after_a_reload(shop: Shop, qtbot: QtBot) -> None:
    tab = StockTab(session_of(shop))
    qtbot.addWidget(tab)
    tab.show()
    panel = tab.on_hand
    qtbot.waitUntil(lambda: panel.outlet.count() == 2 and panel.category.count() == 3)
    loaded: list[int] = []
    original = panel._choices
    panel._choices = lambda choices: (original(choices), loaded.append(1))  # type: ignore[method-assign]
    category = panel.category.findText("Camilan")
    panel.category.setCurrentIndex(category)
    panel.category.activated.emit(category)
    panel.reload_all()  # as after any sale or stock change (refresh_on)
    qtbot.waitUntil(lambda: len(loaded) == 1)
    assert panel.category.currentText() == "Camilan"
    salon = panel.outlet.findText("SLN", Qt.MatchFlag.MatchStartsWith)
    panel.outlet.setCurrentIndex(salon)
    panel.outlet.activated.emit(salon)  # reads the salon's lists again
    qtbot.waitUntil(lambda: len(loaded) == 2)
    assert panel.outlet_id == shop.salon.id
    assert panel.outlet.currentText().startswith("SLN")  # the combo says which outlet's stock is listed
