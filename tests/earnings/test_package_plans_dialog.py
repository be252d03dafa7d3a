"""The manager's prepaid package plans of an outlet, opened from its capabilities: a plan added by keyboard and
saved in the outlet's settings; one of another service's kind is refused on the error line and nothing is saved."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from shop import Shop

from earnings.ui_fixtures import session_of
from ska_pos.services.packages.plans import package_plans
from ska_pos.ui.manager.outlets_tab import OutletsTab
from ska_pos.ui.manager.package_plans_dialog import PackagePlansDialog

pytestmark = pytest.mark.gui


def opened(shop: Shop, qtbot: QtBot) -> PackagePlansDialog:
    dialog = PackagePlansDialog(session_of(shop, "manager"), shop.salon.id)
    qtbot.addWidget(dialog)
    dialog.open()
    qtbot.waitUntil(lambda: dialog.loaded)
    return dialog


def test_the_manager_adds_a_plan_by_keyboard(shop: Shop, qtbot: QtBot) -> None:
    dialog = opened(shop, qtbot)
    assert dialog.service.findText("Potong Rambut") >= 0
    assert dialog.service.findText("Sampo Lidah Buaya") < 0  # goods are no sessions
    for field in (dialog.code, dialog.name, dialog.service, dialog.sessions, dialog.days, dialog.price):
        assert field.objectName()
        assert field.accessibleName()
    qtbot.keyClicks(dialog.code, "pt3")
    qtbot.keyClicks(dialog.name, "Potong 3x")
    dialog.service.setCurrentIndex(dialog.service.findText("Potong Rambut"))
    dialog.sessions.setValue(3)
    dialog.days.setValue(60)
    qtbot.keyClicks(dialog.price, "60000")
    qtbot.keyClick(dialog.keep, Qt.Key.Key_Space)
    assert dialog.list.count() == 1
    ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    with qtbot.waitSignal(dialog.saved, timeout=20_000):
        qtbot.keyClick(ok, Qt.Key.Key_Space)
    with shop.db.reading() as s:
        [plan] = package_plans(s, shop.salon.id)
    assert (plan.code, plan.name, plan.sessions, plan.days, plan.price) == ("PT3", "Potong 3x", 3, 60, 60_000)
    assert plan.item_id == shop.potong.id


def test_a_plan_without_a_name_is_refused_and_nothing_is_saved(shop: Shop, qtbot: QtBot) -> None:
    dialog = opened(shop, qtbot)
    qtbot.keyClicks(dialog.code, "X")
    qtbot.keyClicks(dialog.price, "1000")
    qtbot.mouseClick(dialog.keep, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Ok), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.error.isVisible())
    with shop.db.reading() as s:
        assert package_plans(s, shop.salon.id) == []


def test_the_outlets_tab_opens_the_plans_of_the_chosen_outlet(shop: Shop, qtbot: QtBot) -> None:
    tab = OutletsTab(session_of(shop, "manager"))
    qtbot.addWidget(tab)
    tab.show()
    editor = tab.profiles
    qtbot.waitUntil(lambda: len(editor.rows) == 2 and editor.plans.isEnabled())
    editor.outlet.setCurrentIndex(editor.outlet.findData(str(shop.salon.id)))
    qtbot.mouseClick(editor.plans, Qt.MouseButton.LeftButton)
    assert editor.plans_dialog is not None
    qtbot.waitUntil(lambda: editor.plans_dialog is not None and editor.plans_dialog.loaded)
    editor.plans_dialog.reject()
