"""The manager's garments and "not taking orders until" dialog of a galeri jahit, opened from the outlet's
capabilities: a garment's measures added, moved, renamed and removed by keyboard, the switch set with its message,
all saved in one Save through the services the command line uses; an empty garment is refused and nothing is saved;
a supervisor is refused; a salon has no switch."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from order_shop import OrderShop, build_order_shop
from PySide6.QtCore import QDate, Qt
from pytestqt.qtbot import QtBot
from shop import Shop, act_as

from earnings.ui_fixtures import session_of
from ska_pos.domain.orders.measures import DEFAULT_TEMPLATES
from ska_pos.services.orders.measure_templates import (
    garment_names,
    measure_names,
    measure_template,
    rename_measure_template,
)
from ska_pos.services.orders.pause import OrderPause, order_pause
from ska_pos.ui.manager.outlets_tab import OutletsTab
from ska_pos.ui.manager.tailoring_dialog import TailoringDialog

pytestmark = [pytest.mark.gui, pytest.mark.time_machine(datetime(2026, 12, 7, 2, 0, tzinfo=UTC), tick=True)]


@pytest.fixture
def orders(shop: Shop) -> OrderShop:
    return build_order_shop(shop)


def opened(orders: OrderShop, qtbot: QtBot, role: str = "manager", outlet: str = "tailor") -> TailoringDialog:
    outlet_id = orders.tailor.id if outlet == "tailor" else orders.shop.salon.id
    dialog = TailoringDialog(session_of(orders.shop, role), outlet_id)
    qtbot.addWidget(dialog)
    dialog.open()
    qtbot.waitUntil(lambda: dialog.loaded is not None)
    return dialog


def _saved(orders: OrderShop, garment: str) -> tuple[str, ...]:
    with orders.shop.db.reading() as s:
        return measure_template(s, orders.tailor.id, garment).measures


def test_the_manager_orders_a_skirts_measures_and_stops_orders_by_keyboard(orders: OrderShop, qtbot: QtBot) -> None:
    dialog = opened(orders, qtbot)
    for widget in (dialog.garment, dialog.measures, dialog.add, dialog.up, dialog.down, dialog.remove, dialog.new_name,
                   dialog.rename, dialog.paused,
                   dialog.until, dialog.message):  # fmt: skip
        assert widget.objectName()
        assert widget.accessibleName()
        assert widget.minimumHeight() >= 44  # a touch target
    dialog.garment.setFocus()
    dialog.garment.setCurrentIndex(dialog.garment.findData("rok"))
    assert dialog.measures.count() == len(DEFAULT_TEMPLATES["rok"])  # waist, hips, skirt length
    dialog.add_choice.setCurrentIndex(dialog.add_choice.findData("knee"))
    qtbot.keyClick(dialog.add, Qt.Key.Key_Space)  # knee goes last
    qtbot.keyClick(dialog.up, Qt.Key.Key_Space)  # before the skirt length
    dialog.measures.setCurrentRow(0)
    qtbot.keyClick(dialog.remove, Qt.Key.Key_Space)  # waist out
    assert [dialog.measures.item(n).text() for n in range(dialog.measures.count())] == [
        "1. Hips", "2. Knee", "3. Skirt length"]  # fmt: skip
    dialog.measures.setCurrentRow(1)  # the knee, renamed as the outlet calls it
    dialog.new_name.setFocus()
    qtbot.keyClicks(dialog.new_name, "Lingkar lutut")
    qtbot.keyClick(dialog.new_name, Qt.Key.Key_Return)
    assert dialog.measures.item(1).text() == "2. Lingkar lutut"
    assert dialog.isVisible()  # Enter renamed; it did not save the dialog too
    qtbot.keyClick(dialog.paused, Qt.Key.Key_Space)
    dialog.until.setDate(QDate(2026, 12, 20))
    dialog.message.setFocus()
    qtbot.keyClicks(dialog.message, "Penuh menjelang Lebaran")
    with qtbot.waitSignal(dialog.saved, timeout=20_000):
        qtbot.keyClick(dialog.buttons.button(dialog.buttons.StandardButton.Ok), Qt.Key.Key_Space)
    assert _saved(orders, "rok") == ("hips", "knee", "skirt_length")
    assert _saved(orders, "kemeja") == DEFAULT_TEMPLATES["kemeja"]
    with orders.shop.db.reading() as s:
        assert measure_names(s, orders.tailor.id) == {"knee": "Lingkar lutut"}
    with orders.shop.db.reading() as s:
        assert order_pause(s, orders.tailor.id) == OrderPause(date(2026, 12, 20), "Penuh menjelang Lebaran")
    dialog = opened(orders, qtbot)  # read again: the switch is shown on, and turned off
    assert dialog.paused.isChecked()
    assert dialog.message.text() == "Penuh menjelang Lebaran"
    qtbot.keyClick(dialog.paused, Qt.Key.Key_Space)
    with qtbot.waitSignal(dialog.saved, timeout=20_000):
        qtbot.keyClick(dialog.buttons.button(dialog.buttons.StandardButton.Ok), Qt.Key.Key_Space)
    with orders.shop.db.reading() as s:
        assert order_pause(s, orders.tailor.id) is None


def test_an_empty_garment_and_a_supervisor_are_refused(orders: OrderShop, qtbot: QtBot) -> None:
    dialog = opened(orders, qtbot)
    dialog.garment.setCurrentIndex(dialog.garment.findData("rok"))
    for _measure in DEFAULT_TEMPLATES["rok"]:
        qtbot.mouseClick(dialog.remove, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert dialog.error.isVisible()
    assert "Skirt" in dialog.error.text()
    dialog = opened(orders, qtbot, "supervisor")
    dialog.garment.setCurrentIndex(dialog.garment.findData("rok"))
    qtbot.mouseClick(dialog.remove, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Ok), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.error.isVisible())
    assert _saved(orders, "rok") == DEFAULT_TEMPLATES["rok"]


def test_a_salon_has_no_switch(orders: OrderShop, qtbot: QtBot) -> None:
    dialog = opened(orders, qtbot, outlet="salon")
    assert not dialog.paused.isEnabled()


def test_the_outlets_tab_opens_it_for_the_chosen_outlet(orders: OrderShop, qtbot: QtBot) -> None:
    tab = OutletsTab(session_of(orders.shop, "manager"))
    qtbot.addWidget(tab)
    tab.show()
    editor = tab.profiles
    qtbot.waitUntil(lambda: len(editor.rows) == 4 and editor.garments.isEnabled())
    editor.outlet.setCurrentIndex(editor.outlet.findData(str(orders.tailor.id)))
    qtbot.mouseClick(editor.garments, Qt.MouseButton.LeftButton)
    assert editor.tailoring_dialog is not None
    assert editor.tailoring_dialog.outlet_id == orders.tailor.id
    qtbot.waitUntil(lambda: editor.tailoring_dialog is not None and editor.tailoring_dialog.loaded is not None)
    editor.tailoring_dialog.reject()


def test_the_manager_renames_a_garment_type_by_keyboard_and_a_duplicate_is_refused(
    orders: OrderShop, qtbot: QtBot
) -> None:
    dialog = opened(orders, qtbot)
    for widget in (dialog.garment_title, dialog.rename_garment):
        assert widget.objectName()
        assert widget.accessibleName()
        assert widget.minimumHeight() >= 44
    dialog.garment.setFocus()
    dialog.garment.setCurrentIndex(dialog.garment.findData("seragam"))
    qtbot.keyClick(dialog.garment, Qt.Key.Key_Tab)  # the name is the next field
    assert dialog.focusWidget() is dialog.garment_title
    qtbot.keyClicks(dialog.garment_title, "Seragam  sekolah")
    qtbot.keyClick(dialog.garment_title, Qt.Key.Key_Tab)
    assert dialog.focusWidget() is dialog.rename_garment
    qtbot.keyClick(dialog.rename_garment, Qt.Key.Key_Space)
    assert dialog.garment.currentText() == "Seragam sekolah"
    assert dialog.focusWidget() is dialog.garment
    with qtbot.waitSignal(dialog.saved, timeout=20_000):
        qtbot.keyClick(dialog.buttons.button(dialog.buttons.StandardButton.Ok), Qt.Key.Key_Space)
    with orders.shop.db.reading() as s:
        assert measure_template(s, orders.tailor.id, "seragam").name == "Seragam sekolah"
    dialog = opened(orders, qtbot)  # read again: shown under its name; another garment may not take it
    assert dialog.garment.itemText(dialog.garment.findData("seragam")) == "Seragam sekolah"
    dialog.garment.setCurrentIndex(dialog.garment.findData("rok"))
    dialog.garment_title.setFocus()
    qtbot.keyClicks(dialog.garment_title, "seragam SEKOLAH")
    qtbot.keyClick(dialog.garment_title, Qt.Key.Key_Return)  # Enter renames; it does not save
    assert dialog.isVisible()
    assert dialog.garment.currentText() == "seragam SEKOLAH"
    qtbot.keyClick(dialog.buttons.button(dialog.buttons.StandardButton.Ok), Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: dialog.error.isVisible())
    assert "already called Seragam sekolah" in dialog.error.text()
    with orders.shop.db.reading() as s:
        assert measure_template(s, orders.tailor.id, "rok").name == "Skirt"


def test_the_manager_swaps_two_garments_names_in_one_save(orders: OrderShop, qtbot: QtBot) -> None:
    with orders.shop.db.transaction() as s:
        manager = act_as(orders.shop, "manager", outlet_id=orders.tailor.id, till_id=orders.tailor_cashier.till_id)
        rename_measure_template(s, manager, orders.tailor.id, "kemeja", "Atasan")
        rename_measure_template(s, manager, orders.tailor.id, "celana", "Bawahan")
    dialog = opened(orders, qtbot)
    for garment, name in (("kemeja", "Bawahan"), ("celana", "Atasan")):  # the first alone clashes with the second
        dialog.garment.setCurrentIndex(dialog.garment.findData(garment))
        dialog.garment_title.setFocus()
        dialog.garment_title.clear()
        qtbot.keyClicks(dialog.garment_title, name)
        qtbot.keyClick(dialog.garment_title, Qt.Key.Key_Return)  # Enter renames; it does not save
    with qtbot.waitSignal(dialog.saved, timeout=20_000):
        qtbot.keyClick(dialog.buttons.button(dialog.buttons.StandardButton.Ok), Qt.Key.Key_Space)
    with orders.shop.db.reading() as s:
        assert garment_names(s, orders.tailor.id) == {"kemeja": "Bawahan", "celana": "Atasan"}
