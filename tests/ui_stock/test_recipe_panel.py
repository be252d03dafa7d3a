"""The café's recipe editor in the stock tab: an item's ingredients listed with quantity and unit, one changed, one
removed, one added in another unit, saved by keyboard; a wrong quantity is named and changes nothing."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal

import pytest
from earnings.ui_fixtures import session_of
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from shop import Shop
from stock.recipe_steps import kopi_with_recipe

from ska_pos.services.stock import recipes
from ska_pos.ui.stock.recipe_panel import RecipePanel

pytestmark = [pytest.mark.gui, pytest.mark.time_machine(datetime(2026, 12, 6, 3, 0, tzinfo=UTC))]
WAIT_MS = 20_000


def test_a_recipe_is_opened_changed_and_saved_by_keyboard(shop: Shop, qtbot: QtBot) -> None:
    kopi_with_recipe(shop)  # a cup: 18 g of coffee, 30 g of condensed milk
    panel = RecipePanel(session_of(shop))
    qtbot.addWidget(panel)
    panel.show()
    qtbot.keyClicks(panel.item, "kopi")
    qtbot.keyClick(panel.item, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(panel.parts) == 2, timeout=WAIT_MS)
    assert [(part.sku, field.text(), unit.currentText()) for part, field, unit in
            zip(panel.parts, panel.quantities, panel.units, strict=True)] == [
        ("BHNKOPI", "18", "g"), ("BHNSKM", "30", "g")]  # fmt: skip
    assert panel.units[0].count() == 2  # kg and g
    panel.table.setCurrentCell(0, 0)
    qtbot.mouseClick(panel.remove_button, Qt.MouseButton.LeftButton)
    assert [part.sku for part in panel.parts] == ["BHNSKM"]
    panel.quantities[0].setText("25")
    qtbot.keyClicks(panel.adding, "bhnkopi")
    qtbot.keyClick(panel.adding, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(panel.parts) == 2, timeout=WAIT_MS)
    assert panel.quantities[1].hasFocus()
    assert panel.units[1].currentText() == "kg"
    qtbot.keyClicks(panel.quantities[1], "x")
    panel.save_button.click()  # what Alt+S does in the window
    assert panel.status.text() == "Type how much Kopi bubuk one uses"
    panel.quantities[1].setText("20")
    panel.units[1].setCurrentText("g")
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.status.text() == "The recipe of Kopi Tubruk is saved", timeout=WAIT_MS)
    with shop.db.reading() as s:
        assert recipes.recipe_of(s, shop.kopi.id) == [
            ("BHNKOPI", "Kopi bubuk", Decimal(20), "g"), ("BHNSKM", "Susu kental manis", Decimal(25), "g")]  # fmt: skip
    qtbot.keyClicks(panel.adding, "ESTEH")  # sold, not kept in stock: no ingredient
    qtbot.keyClick(panel.adding, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "not tracked" in panel.status.text(), timeout=WAIT_MS)
