"""Barcode labels from the Katalog tab: items chosen in the list by keyboard, numbers given to those without a
barcode, and the labels' PDF in the preview scanning back to the items."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from barcode_reading import read_pages
from earnings.ui_fixtures import previews, session_of
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from shop import Shop, act_as
from sqlalchemy import select

from ska_pos.db.models import AuditEntry
from ska_pos.domain.own_barcodes import own_code
from ska_pos.services import catalog_admin
from ska_pos.services.catalog_admin import ItemForm
from ska_pos.ui.manager import item_panel
from ska_pos.ui.manager.catalog_tab import CatalogTab

pytestmark = [pytest.mark.gui, pytest.mark.time_machine(datetime(2026, 12, 6, 3, 0, tzinfo=UTC))]


@pytest.fixture
def tab(shop: Shop, qtbot: QtBot) -> CatalogTab:
    with shop.db.transaction() as s:
        catalog_admin.add_item(s, act_as(shop, "manager"), shop.cafe.id, ItemForm("TAS", "Tas Anyaman", 185_000))
    tab = CatalogTab(session_of(shop))
    qtbot.addWidget(tab)
    tab.resize(1200, 700)
    tab.show()
    tab.reload()
    qtbot.waitUntil(lambda: tab.items.model.rowCount() == 4)
    return tab


def test_labels_for_items_chosen_by_keyboard_give_numbers_and_scan_back(
    shop: Shop, tab: CatalogTab, qtbot: QtBot
) -> None:
    table = tab.items.table
    table.setFocus()
    table.setCurrentIndex(tab.items.model.index(0, 0))  # Es Teh Manis, Keripik, Kopi, Tas Anyaman by name
    for _ in range(3):
        qtbot.keyClick(table, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    assert [row.name for row in tab.items.chosen_rows()] == ["Es Teh Manis", "Keripik Singkong", "Kopi Tubruk",
                                                             "Tas Anyaman"]  # fmt: skip
    dialog = tab.items.labels()
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.assign.isChecked()
    dialog.copies.setValue(2)
    dialog.layout_box.setCurrentIndex(dialog.layout_box.findData("a4-4x10"))
    qtbot.keyClick(dialog.copies, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(previews()))
    (preview,) = previews()
    tas = own_code("20", 1)
    (page,) = read_pages(preview.pdf)  # type: ignore[attr-defined]
    assert page.count(tas) == 2
    assert len(page) == 8
    preview.close()
    QApplication.processEvents()
    with shop.db.reading() as s:
        assert s.scalars(select(AuditEntry.action).where(AuditEntry.action == "barcode_assigned")).all() == [
            "barcode_assigned"
        ]


def test_items_without_a_barcode_and_no_numbers_asked_for_are_told_plainly(
    shop: Shop, tab: CatalogTab, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    told: list[str] = []
    monkeypatch.setattr(item_panel, "tell", lambda _parent, text: told.append(text))
    tab.items.table.clearSelection()
    assert tab.items.labels() is None
    assert told == ["Choose the items in the list first (Shift or Ctrl to choose several)."]
    tab.items.table.selectRow(3)  # Tas Anyaman, which has no barcode
    dialog = tab.items.labels()
    assert dialog is not None
    dialog.assign.setChecked(False)
    dialog.try_accept()
    qtbot.waitUntil(lambda: dialog.error.isVisible())
    assert "tick the box to give them numbers" in dialog.error.text()
    assert dialog.isVisible()
    assert not previews()
    dialog.reject()
