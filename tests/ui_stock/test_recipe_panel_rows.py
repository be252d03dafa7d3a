"""The recipe editor's rows: remove takes away the selected rows (one or several), not the current one; every field
keeps a name of its own after rows are removed and added; milk kept by the litre is written in millilitres."""

from __future__ import annotations

from collections import Counter
from datetime import UTC, datetime
from decimal import Decimal

import pytest
from earnings.ui_fixtures import session_of
from PySide6.QtCore import QCoreApplication, QEvent, QItemSelectionModel, Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot
from shop import Shop, act_as
from stock.recipe_steps import kopi_with_recipe

from ska_pos.services import setup
from ska_pos.services.stock import recipes
from ska_pos.ui.stock.recipe_panel import RecipePanel

pytestmark = [pytest.mark.gui, pytest.mark.time_machine(datetime(2026, 12, 6, 3, 0, tzinfo=UTC))]
WAIT_MS = 20_000


def _with_milk(shop: Shop) -> None:
    kopi_with_recipe(shop)  # a cup: 18 g of coffee, 30 g of condensed milk
    with shop.db.transaction() as s:
        setup.create_item(s, act_as(shop, "manager"), s.merge(shop.cafe), "BHNSUSU", "Susu segar", 0, unit="l",
                          track_stock=True)  # fmt: skip


def _opened(shop: Shop, qtbot: QtBot) -> RecipePanel:
    panel = RecipePanel(session_of(shop))
    qtbot.addWidget(panel)
    panel.show()
    qtbot.keyClicks(panel.item, "kopi")
    qtbot.keyClick(panel.item, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(panel.parts) == 2, timeout=WAIT_MS)
    return panel


def _add(panel: RecipePanel, qtbot: QtBot, sku: str) -> None:
    count = len(panel.parts)
    qtbot.keyClicks(panel.adding, sku)
    qtbot.keyClick(panel.adding, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(panel.parts) == count + 1, timeout=WAIT_MS)


def _duplicate_names(panel: RecipePanel) -> list[str]:
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)  # removed rows' fields are gone
    names = Counter(
        w.objectName() for w in panel.findChildren(QWidget) if w.objectName() and not w.objectName().startswith("qt_")
    )  # Qt's own parts: not ours
    return [name for name, count in names.items() if count > 1]


def test_remove_takes_the_selected_rows_not_the_current_one(shop: Shop, qtbot: QtBot) -> None:
    _with_milk(shop)
    panel = _opened(shop, qtbot)
    _add(panel, qtbot, "BHNSUSU")
    assert [part.sku for part in panel.parts] == ["BHNKOPI", "BHNSKM", "BHNSUSU"]
    panel.table.setCurrentCell(1, 0)  # current: the condensed milk; chosen: the coffee and the milk
    selection = panel.table.selectionModel()
    selection.clearSelection()
    for row in (0, 2):
        flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        selection.select(panel.table.model().index(row, 0), flags)
    qtbot.mouseClick(panel.remove_button, Qt.MouseButton.LeftButton)
    assert [part.sku for part in panel.parts] == ["BHNSKM"]
    assert panel.status.text() == "Removed: Kopi bubuk, Susu segar"


def test_remove_with_nothing_chosen_takes_the_row_being_typed_in_or_asks(shop: Shop, qtbot: QtBot) -> None:
    kopi_with_recipe(shop)
    panel = _opened(shop, qtbot)
    panel.table.clearSelection()
    panel.quantities[1].setFocus()
    qtbot.waitUntil(panel.quantities[1].hasFocus, timeout=WAIT_MS)
    panel.remove_ingredient()
    assert [part.sku for part in panel.parts] == ["BHNKOPI"]
    panel.adding.setFocus()
    qtbot.waitUntil(panel.adding.hasFocus, timeout=WAIT_MS)
    panel.remove_ingredient()
    assert panel.status.text() == "Choose the ingredient to remove first"
    assert [part.sku for part in panel.parts] == ["BHNKOPI"]


def test_every_control_keeps_one_name_after_rows_are_removed_and_added(shop: Shop, qtbot: QtBot) -> None:
    _with_milk(shop)
    panel = _opened(shop, qtbot)
    assert _duplicate_names(panel) == []
    panel.table.selectRow(0)
    panel.remove_ingredient()
    _add(panel, qtbot, "BHNSUSU")  # once named recipeQuantity2 beside the row that had been 2 and became 1
    _add(panel, qtbot, "BHNKOPI")
    assert _duplicate_names(panel) == []
    assert [field.objectName() for field in panel.quantities] == [f"recipeQuantity{row}" for row in range(3)]
    assert [unit.objectName() for unit in panel.units] == [f"recipeUnit{row}" for row in range(3)]


def test_milk_kept_by_the_litre_is_written_in_millilitres_and_saved_exactly(shop: Shop, qtbot: QtBot) -> None:
    _with_milk(shop)
    panel = _opened(shop, qtbot)
    _add(panel, qtbot, "BHNSUSU")
    assert [panel.units[2].itemText(i) for i in range(panel.units[2].count())] == ["l", "ml"]
    qtbot.keyClicks(panel.quantities[2], "150")
    panel.units[2].setCurrentText("ml")
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.status.text() == "The recipe of Kopi Tubruk is saved", timeout=WAIT_MS)
    with shop.db.reading() as s:
        assert recipes.recipe_of(s, shop.kopi.id)[-1] == ("BHNSUSU", "Susu segar", Decimal(150), "ml")


def test_rows_are_chosen_by_the_arrows_and_removed_by_keyboard(shop: Shop, qtbot: QtBot) -> None:
    _with_milk(shop)
    panel = _opened(shop, qtbot)
    _add(panel, qtbot, "BHNSUSU")
    panel.table.setFocus()
    qtbot.waitUntil(panel.table.hasFocus, timeout=WAIT_MS)
    panel.table.setCurrentCell(0, 0)
    qtbot.keyClick(panel.table, Qt.Key.Key_Down)  # the condensed milk
    qtbot.keyClick(panel.table, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)  # and the fresh milk
    assert sorted(index.row() for index in panel.table.selectionModel().selectedRows()) == [1, 2]
    qtbot.keyClick(panel.remove_button, Qt.Key.Key_Space)
    assert [part.sku for part in panel.parts] == ["BHNKOPI"]
