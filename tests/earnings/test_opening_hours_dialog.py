"""The manager's opening hours of an outlet, opened from its capabilities: read, changed by keyboard and saved in
the outlet's settings; hours that close before they open are refused and nothing is saved; a cashier cannot."""

from __future__ import annotations

from datetime import time

import pytest
from PySide6.QtCore import Qt, QTime
from pytestqt.qtbot import QtBot
from shop import Shop

from earnings.ui_fixtures import session_of
from ska_pos.domain.orders.opening_hours import DEFAULT_OPENING_HOURS, DayHours
from ska_pos.services.opening_hours import opening_hours
from ska_pos.ui.manager.opening_hours_dialog import OpeningHoursDialog
from ska_pos.ui.manager.outlets_tab import OutletsTab

pytestmark = pytest.mark.gui


def opened(shop: Shop, qtbot: QtBot, role: str = "manager") -> OpeningHoursDialog:
    dialog = OpeningHoursDialog(session_of(shop, role), shop.salon.id)
    qtbot.addWidget(dialog)
    dialog.open()
    qtbot.waitUntil(lambda: dialog.loaded)
    return dialog


def test_the_manager_closes_sundays_and_opens_longer_on_mondays(shop: Shop, qtbot: QtBot) -> None:
    dialog = opened(shop, qtbot)
    assert dialog.hours() == DEFAULT_OPENING_HOURS
    for field in (*dialog.open_days, *dialog.opens, *dialog.closes):
        assert field.objectName()
        assert field.accessibleName()
        assert field.height() >= 44  # a touch target
    sunday = dialog.open_days[6]
    sunday.setFocus()
    qtbot.keyClick(sunday, Qt.Key.Key_Space)
    assert not dialog.opens[6].isEnabled()
    dialog.opens[0].setTime(QTime(7, 0))
    dialog.closes[0].setTime(QTime(22, 30))
    ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    with qtbot.waitSignal(dialog.saved, timeout=20_000):
        qtbot.keyClick(ok, Qt.Key.Key_Space)
    with shop.db.reading() as s:
        saved = opening_hours(s, shop.salon.id)
        assert opening_hours(s, shop.cafe.id) == DEFAULT_OPENING_HOURS
    assert saved.days[0] == DayHours(time(7), time(22, 30))
    assert saved.days[6] is None
    assert saved.days[1:6] == DEFAULT_OPENING_HOURS.days[1:6]
    again = opened(shop, qtbot)
    assert again.hours() == saved


def test_closing_before_opening_is_refused_and_nothing_is_saved(shop: Shop, qtbot: QtBot) -> None:
    dialog = opened(shop, qtbot)
    dialog.opens[2].setTime(QTime(21, 0))
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.error.isVisible()
    with shop.db.reading() as s:
        assert opening_hours(s, shop.salon.id) == DEFAULT_OPENING_HOURS


def test_a_cashier_is_refused(shop: Shop, qtbot: QtBot) -> None:
    dialog = opened(shop, qtbot, "cashier")
    dialog.closes[0].setTime(QTime(21, 0))
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Ok), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.error.isVisible())
    with shop.db.reading() as s:
        assert opening_hours(s, shop.salon.id) == DEFAULT_OPENING_HOURS


def test_the_outlets_tab_opens_the_hours_of_the_chosen_outlet(shop: Shop, qtbot: QtBot) -> None:
    tab = OutletsTab(session_of(shop, "manager"))
    qtbot.addWidget(tab)
    tab.show()
    editor = tab.profiles
    qtbot.waitUntil(lambda: len(editor.rows) == 2 and editor.hours.isEnabled())
    editor.outlet.setCurrentIndex(editor.outlet.findData(str(shop.salon.id)))
    qtbot.mouseClick(editor.hours, Qt.MouseButton.LeftButton)
    assert editor.hours_dialog is not None
    assert editor.hours_dialog.outlet_id == shop.salon.id
    qtbot.waitUntil(lambda: editor.hours_dialog is not None and editor.hours_dialog.loaded)
    editor.hours_dialog.reject()
