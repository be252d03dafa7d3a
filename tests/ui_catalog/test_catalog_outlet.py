"""The Katalog of a sentra with several outlets: the manager chooses the outlet (keyboard or touch), its items and
categories show and are edited, and the choice holds until logging out."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from earnings.ui_fixtures import session_of
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from shop import Shop, act_as, as_admin

from ska_pos.db.models import User
from ska_pos.services import catalog
from ska_pos.services.catalog_outlets import catalog_outlets
from ska_pos.ui.manager.catalog_tab import CatalogTab
from ska_pos.ui.till_session import TillSession

pytestmark = [pytest.mark.gui, pytest.mark.time_machine(datetime(2026, 12, 6, 3, 0, tzinfo=UTC))]


def _tab(session: TillSession, qtbot: QtBot) -> CatalogTab:
    tab = CatalogTab(session)
    qtbot.addWidget(tab)
    tab.resize(1200, 700)
    tab.show()
    tab.reload()
    qtbot.waitUntil(lambda: tab.outlet.box.count() == 2 and tab.items.model.rowCount() > 0)
    return tab


def _names(tab: CatalogTab) -> list[str]:
    return sorted(row.name for row in tab.items.model.rows)


def test_the_salon_chosen_by_keyboard_shows_and_takes_its_own_items_and_categories(shop: Shop, qtbot: QtBot) -> None:
    tab = _tab(session_of(shop), qtbot)
    assert tab.outlet.box.currentText() == "KFE · Kafe Budi Luhur"
    assert _names(tab) == ["Es Teh Manis", "Keripik Singkong", "Kopi Tubruk"]
    tab.outlet.box.setFocus()
    qtbot.keyClick(tab.outlet.box, Qt.Key.Key_Down)
    assert tab.outlet.box.currentText() == "SLN · Salon Ceria"
    qtbot.waitUntil(lambda: _names(tab) == ["Potong Rambut", "Sampo Lidah Buaya"])
    qtbot.waitUntil(lambda: tab.categories.model.rowCount() == 0)  # the café's Minuman and Camilan are not here
    dialog = tab.categories.add()
    qtbot.keyClicks(dialog.name, "Perawatan")
    qtbot.keyClick(dialog.name, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: [row.name for row in tab.categories.model.rows] == ["Perawatan"])
    qtbot.waitUntil(lambda: tab.items.category.findText("Perawatan") >= 0)
    form = tab.items.add()
    form.name.setText("Creambath")
    form.sku.setText("CRB")
    form.price.setText("40000")
    form.category.setCurrentIndex(form.category.findText("Perawatan"))
    qtbot.mouseClick(form.buttons.button(form.buttons.StandardButton.Ok), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not form.isVisible())
    qtbot.waitUntil(lambda: "Creambath" in _names(tab))
    with shop.db.reading() as s:
        assert [item.name for item in catalog.search_items(s, shop.salon.id, "Creambath")] == ["Creambath"]
        assert catalog.search_items(s, shop.cafe.id, "Creambath") == []
    tab.parts.setCurrentWidget(tab.importing)  # rows without outlet_code go to the salon too
    qtbot.waitUntil(lambda: tab.importing.outlet.currentData() == shop.salon.id)


def test_the_outlet_chosen_by_touch_is_remembered_until_logging_out(shop: Shop, qtbot: QtBot) -> None:
    session = session_of(shop)
    tab = _tab(session, qtbot)
    box = tab.outlet.box
    assert box.height() >= 44
    box.showPopup()
    view = box.view()
    qtbot.waitUntil(view.isVisible)
    salon = view.visualRect(view.model().index(1, 0)).center()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=salon)
    qtbot.waitUntil(lambda: _names(tab) == ["Potong Rambut", "Sampo Lidah Buaya"])
    again = _tab(session, qtbot)  # the manager area opened again in the same session
    assert again.outlet.box.currentText() == "SLN · Salon Ceria"
    qtbot.waitUntil(lambda: _names(again) == ["Potong Rambut", "Sampo Lidah Buaya"])
    later = _tab(session_of(shop), qtbot)  # logged in again: their own outlet first
    assert later.outlet.box.currentText() == "KFE · Kafe Budi Luhur"


def test_a_manager_of_one_outlet_chooses_only_that_one(shop: Shop) -> None:
    with shop.db.transaction() as s:
        assert [o.code for o in catalog_outlets(s, as_admin(s))] == ["KFE", "SLN"]
        manager = s.get(User, shop.manager.id)
        assert manager is not None
        assert manager.outlet_id is None  # a manager of the whole sentra
        manager.outlet_id = shop.salon.id  # now the salon's only
    manager_at_salon = act_as(shop, "manager", outlet_id=shop.salon.id, till_id=shop.salon_cashier.till_id)
    with shop.db.reading() as s:
        assert [o.code for o in catalog_outlets(s, manager_at_salon)] == ["SLN"]
