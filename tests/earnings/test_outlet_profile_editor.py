"""The manager's "Kemampuan gerai" editor on the outlets tab: by keyboard, saved through the service, refused for
anyone but a manager."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QMessageBox
from pytestqt.qtbot import QtBot
from shop import Shop

from earnings.ui_fixtures import session_of
from ska_pos.domain.outlet_profile import CAPABILITIES, default_profile
from ska_pos.services.outlet_profiles import profile_of
from ska_pos.ui.manager.outlet_profile_editor import OutletProfileEditor
from ska_pos.ui.manager.outlets_tab import OutletsTab

pytestmark = pytest.mark.gui


def loaded_editor(shop: Shop, qtbot: QtBot, role: str = "manager") -> OutletProfileEditor:
    tab = OutletsTab(session_of(shop, role))
    qtbot.addWidget(tab)
    tab.show()
    editor = tab.profiles
    qtbot.waitUntil(lambda: len(editor.rows) == 2 and editor.save.isEnabled())
    return editor


def test_every_capability_has_a_touch_sized_named_checkbox(shop: Shop, qtbot: QtBot) -> None:
    editor = loaded_editor(shop, qtbot)
    boxes = editor.findChildren(QCheckBox)
    assert len(boxes) == len(CAPABILITIES)
    for box in boxes:
        assert box.objectName().startswith("capability")
        assert box.accessibleName()
        assert box.minimumHeight() >= 44
        assert box.focusPolicy() & Qt.FocusPolicy.TabFocus
    assert editor.outlet.currentText() == "KFE · Kafe Budi Luhur"
    assert editor.boxes["dine_in_and_tables"].isChecked()
    assert not editor.boxes["appointments"].isChecked()


def test_the_manager_gives_the_salon_kitchen_tickets_by_keyboard(shop: Shop, qtbot: QtBot) -> None:
    editor = loaded_editor(shop, qtbot)
    editor.outlet.setCurrentIndex(editor.outlet.findData(str(shop.salon.id)))
    kitchen = editor.boxes["kitchen_tickets"]
    assert not kitchen.isChecked()
    kitchen.setFocus()
    qtbot.keyClick(kitchen, Qt.Key.Key_Space)
    assert kitchen.isChecked()
    assert "(not the default)" in kitchen.text()
    assert "(not the default)" in kitchen.accessibleName()
    qtbot.keyClick(editor.save, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: "next login" in editor.status.text())
    with shop.db.reading() as s:
        assert profile_of(s, shop.salon.id).kitchen_tickets
        assert profile_of(s, shop.cafe.id) == default_profile("kafe")
    qtbot.mouseClick(editor.defaults, Qt.MouseButton.LeftButton)
    assert not kitchen.isChecked()
    assert "(not the default)" not in kitchen.text()


def test_a_supervisor_cannot_save(shop: Shop, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)
    editor = loaded_editor(shop, qtbot, role="supervisor")
    editor.boxes["dine_in_and_tables"].setChecked(False)
    editor.save.click()
    qtbot.waitUntil(lambda: bool(shown) and editor.save.isEnabled())
    assert "manager" in shown[0].lower() or "pengelola" in shown[0].lower()
    with shop.db.reading() as s:
        assert profile_of(s, shop.cafe.id).dine_in_and_tables
