"""The manager's Katalog tab driven offscreen, by keyboard and by touch: items, prices from a date, categories."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from earnings.ui_fixtures import previews, session_of
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from shop import Shop

from ska_pos.services import catalog, catalog_export, prices
from ska_pos.ui.manager import item_panel
from ska_pos.ui.manager.catalog_tab import CatalogTab
from ska_pos.ui.manager.item_form import ItemFormDialog

pytestmark = [pytest.mark.gui, pytest.mark.time_machine(datetime(2026, 12, 6, 3, 0, tzinfo=UTC))]


@pytest.fixture
def tab(shop: Shop, qtbot: QtBot) -> CatalogTab:
    tab = CatalogTab(session_of(shop))
    qtbot.addWidget(tab)
    tab.resize(1200, 700)
    tab.show()
    tab.reload()
    qtbot.waitUntil(lambda: tab.items.model.rowCount() == 3 and tab.categories.model.rowCount() == 2)
    return tab


def _open_form(tab: CatalogTab, qtbot: QtBot) -> ItemFormDialog:
    qtbot.waitUntil(lambda: tab.items.form_dialog is not None and tab.items.form_dialog.isVisible())
    assert tab.items.form_dialog is not None
    return tab.items.form_dialog


def _type_into(qtbot: QtBot, field: object, text: str) -> None:
    field.setFocus()  # type: ignore[attr-defined]
    qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(field, text)


def test_a_price_change_scheduled_by_keyboard_alone(shop: Shop, tab: CatalogTab, qtbot: QtBot) -> None:
    tab.items.search.setFocus()
    qtbot.keyClicks(tab.items.search, "kopi")
    qtbot.waitUntil(lambda: [row.name for row in tab.items.model.rows] == ["Kopi Tubruk"])
    tab.items.table.setFocus()
    tab.items.table.setCurrentIndex(tab.items.model.index(0, 0))
    qtbot.keyClick(tab.items.table, Qt.Key.Key_Return)
    form = _open_form(tab, qtbot)
    assert (form.price.text(), form.history.item(0).text()) == ("Rp8,000", "No price changes yet")
    _type_into(qtbot, form.price, "9,500")  # English: a comma groups thousands
    form.price_from.setFocus()
    qtbot.keyClick(form.price_from, Qt.Key.Key_Up)  # the day field: one day later
    qtbot.keyClick(form.price_from, Qt.Key.Key_Up)
    assert form.price_from.date().toPython() == date(2026, 12, 8)
    qtbot.keyClick(form.price_from, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not form.isVisible())
    with shop.db.reading() as s:
        history = prices.price_history(s, shop.kopi.id)
    assert history.current == 8_000
    assert [(e.price, e.effective_from) for e in history.scheduled] == [(9_500, date(2026, 12, 8))]
    tab.items.edit()
    again = _open_form(tab, qtbot)
    assert again is not form
    assert again.history.item(0).text() == "Rp9,500 from 8 Dec 2026  · scheduled  · Agus Manajer"
    assert again.history.item(1).text() == "Rp8,000 from 6 Dec 2026"  # the price it had, kept


def test_a_new_item_with_a_barcode_already_taken_is_refused_in_plain_words(
    shop: Shop, tab: CatalogTab, qtbot: QtBot
) -> None:
    form = tab.items.add()
    form.name.setText("Jus Jeruk")
    form.sku.setText("JUS")
    form.barcodes.setText("899100; 8990001")
    form.price.setText("12000")
    form.category.setCurrentIndex(form.category.findText("Minuman"))
    form.maker.setCurrentIndex(form.maker.findText("Siti"))
    qtbot.mouseClick(form.buttons.button(form.buttons.StandardButton.Ok), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: form.error.isVisible())
    assert "The barcode 8990001 already belongs to Es Teh Manis" in form.error.text()
    form.barcodes.setText("899100")
    qtbot.mouseClick(form.buttons.button(form.buttons.StandardButton.Ok), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not form.isVisible())
    qtbot.waitUntil(lambda: "Jus Jeruk" in [row.name for row in tab.items.model.rows])
    with shop.db.reading() as s:
        [found] = catalog.search_items(s, shop.cafe.id, "899100")
        assert (found.name, found.price, found.maker_worker_id) == ("Jus Jeruk", 12_000, shop.siti.id)


def test_deactivated_items_leave_the_active_list_and_show_under_inactive(tab: CatalogTab, qtbot: QtBot) -> None:
    tab.items.table.selectRow(0)
    tab.items.toggle_active()
    qtbot.waitUntil(lambda: [row.name for row in tab.items.model.rows] == ["Keripik Singkong", "Kopi Tubruk"])
    tab.items.status.setCurrentIndex(1)  # inactive items
    qtbot.waitUntil(lambda: [row.name for row in tab.items.model.rows] == ["Es Teh Manis"])
    assert tab.items.model.index(0, 4).data() == "inactive"


def test_the_list_pages_from_the_database(tab: CatalogTab, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(item_panel, "PAGE_SIZE", 2)
    tab.items.reload()
    qtbot.waitUntil(lambda: tab.items.model.rowCount() == 2 and tab.items.more.isEnabled())
    qtbot.mouseClick(tab.items.more, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.items.model.rowCount() == 3)
    assert not tab.items.more.isEnabled()


def _names(shop: Shop) -> list[str]:
    with shop.db.reading() as s:
        return [c.name for c in catalog.categories_of(s, shop.cafe.id)]


def test_categories_move_by_touch_and_by_keyboard_and_the_quick_buttons_follow(
    shop: Shop, tab: CatalogTab, qtbot: QtBot
) -> None:
    tab.parts.setCurrentWidget(tab.categories)
    table = tab.categories.table
    assert [row.name for row in tab.categories.model.rows] == ["Camilan", "Minuman"]
    second = table.visualRect(tab.categories.model.index(1, 1)).center()
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=second)
    up = tab.categories.findChild(type(tab.items.more), "categoryUp")
    qtbot.mouseClick(up, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: _names(shop) == ["Minuman", "Camilan"])
    qtbot.waitUntil(lambda: [row.name for row in tab.categories.model.rows] == ["Minuman", "Camilan"])
    assert table.currentIndex().row() == 0  # the moved category stays chosen
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: _names(shop) == ["Camilan", "Minuman"])


def test_a_category_added_and_renamed_in_the_window(shop: Shop, tab: CatalogTab, qtbot: QtBot) -> None:
    dialog = tab.categories.add()
    qtbot.keyClicks(dialog.name, "Kue")
    qtbot.keyClick(dialog.name, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: _names(shop) == ["Camilan", "Minuman", "Kue"])
    qtbot.waitUntil(lambda: tab.categories.selected() is not None and tab.categories.selected().name == "Kue")  # type: ignore[union-attr]
    rename = tab.categories.rename()
    assert rename is not None
    _type_into(qtbot, rename.name, "camilan")
    qtbot.keyClick(rename.name, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: rename.error.isVisible())
    assert "already a category named camilan" in rename.error.text()


def test_export_and_price_list_from_the_window(
    shop: Shop, tab: CatalogTab, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "katalog.csv"
    monkeypatch.setattr(item_panel, "ask_save_path", lambda *_args: target)
    told: list[str] = []
    monkeypatch.setattr(item_panel, "tell", lambda _parent, text: told.append(text))
    tab.items.export()
    qtbot.waitUntil(lambda: bool(told))
    assert told == [f"3 items written to {target}"]
    assert target.read_text(encoding="utf-8").splitlines()[0] == ",".join(catalog_export.COLUMNS)
    tab.items.price_list()
    qtbot.waitUntil(lambda: bool(previews()))
    for preview in previews():
        preview.close()
    QApplication.processEvents()
