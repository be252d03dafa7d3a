"""The manager's "Outlets and tills" tab (issue 11, part 3), by keyboard and by touch: an outlet's settings saved
through the service, a wrong value refused in words, a logo chosen, and outlets and tills added by an administrator
only."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from earnings.ui_fixtures import session_of
from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QPushButton
from pytestqt.qtbot import QtBot
from shop import Shop
from sqlalchemy import select

from ska_pos.db.models import Outlet, Till
from ska_pos.services import outlets
from ska_pos.ui import ops
from ska_pos.ui.manager import outlet_form
from ska_pos.ui.manager.outlet_setup_tab import OutletSetupTab

pytestmark = pytest.mark.gui
WAIT_MS = 20_000


def loaded_tab(shop: Shop, qtbot: QtBot, role: str = "manager") -> OutletSetupTab:
    tab = OutletSetupTab(session_of(shop, role))
    qtbot.addWidget(tab)
    tab.resize(1366, 700)
    tab.show()
    tab.reload()
    qtbot.waitUntil(lambda: len(tab.rows) == 2 and tab.form.isEnabled() and tab.form.name.text() != "",
                    timeout=WAIT_MS)  # fmt: skip
    return tab


def settings_of(shop: Shop) -> outlets.OutletSettings:
    with shop.db.reading() as s:
        return outlets.outlet_settings(s, shop.cafe.id)


def test_every_field_is_named_and_touch_sized(shop: Shop, qtbot: QtBot) -> None:
    tab = loaded_tab(shop, qtbot)
    for field in tab.form.findChildren(QLineEdit) + tab.form.findChildren(QPushButton):
        if field.objectName().startswith("qt_"):
            continue  # the spin box's own line: the spin box carries the name
        assert field.objectName()
        assert field.accessibleName()
        assert field.minimumHeight() >= 44
    assert tab.form.name.text() == "Kafe Budi Luhur"
    assert (tab.form.tax_rate.text(), tab.form.service_rate.text()) == ("10", "5")
    assert tab.form.qris.objectName() == "outletQris"  # the place kept for the QRIS set-up dialog


def test_a_manager_makes_the_cafe_nett_by_keyboard(shop: Shop, qtbot: QtBot) -> None:
    tab = loaded_tab(shop, qtbot)
    form = tab.form
    form.phone.setFocus()
    qtbot.keyClicks(form.phone, "021-555-0101")
    qtbot.keyClick(form.phone, Qt.Key.Key_Tab)  # on to the receipt header
    assert form.header.hasFocus()
    qtbot.keyClicks(form.header, "Halal")
    form.tax_included.setFocus()
    qtbot.keyClick(form.tax_included, Qt.Key.Key_Space)
    form.service_included.setFocus()
    qtbot.keyClick(form.service_included, Qt.Key.Key_Space)
    qtbot.keyClick(form.save_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: settings_of(shop).service_included, timeout=WAIT_MS)
    saved = settings_of(shop)
    assert (saved.phone, saved.receipt_header, saved.prices_include_tax) == ("021-555-0101", "Halal", True)


def test_a_wrong_rate_is_refused_in_words_and_nothing_changes(shop: Shop, qtbot: QtBot) -> None:
    tab = loaded_tab(shop, qtbot)
    before = settings_of(shop)
    tab.form.tax_rate.setText("12")
    qtbot.mouseClick(tab.form.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "10%" in tab.form.error.text(), timeout=WAIT_MS)
    tab.form.tax_rate.setText("sepuluh")
    qtbot.mouseClick(tab.form.save_button, Qt.MouseButton.LeftButton)
    assert "sepuluh" in tab.form.error.text()
    assert settings_of(shop) == before


def test_a_chosen_logo_is_stored_for_the_receipts(
    shop: Shop, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    picture = tmp_path / "logo.png"
    Image.new("RGB", (800, 400), (10, 120, 60)).save(picture)
    monkeypatch.setattr(outlet_form, "choose_logo_file", lambda _parent, _title: picture)
    tab = loaded_tab(shop, qtbot)
    assert tab.form.logo_state.text() == "Logo: tidak ada"
    qtbot.mouseClick(tab.form.choose_logo, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.form.logo_state.text() == "Logo: ada", timeout=WAIT_MS)
    with shop.db.reading() as s:
        stored = s.scalar(select(Outlet.receipt_logo).where(Outlet.id == shop.cafe.id))
    assert stored is not None
    with Image.open(io.BytesIO(stored)) as image:
        assert (image.size, image.mode) == ((320, 160), "1")


def test_an_administrator_adds_an_outlet_and_a_till_by_touch_and_deactivates_the_till(shop: Shop, qtbot: QtBot) -> None:
    tab = loaded_tab(shop, qtbot, "admin")
    qtbot.keyClicks(tab.new_outlet_code, "jht")
    qtbot.keyClicks(tab.new_outlet_name, "Galeri Jahit")
    tab.new_outlet_kind.setCurrentIndex(tab.new_outlet_kind.findData("jahit"))
    qtbot.mouseClick(tab.add_outlet, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(tab.rows) == 3 and not ops._running, timeout=WAIT_MS)  # every reload answered
    tab.outlets.setCurrentRow(next(i for i, row in enumerate(tab.rows) if row.code == "JHT"))
    qtbot.keyClicks(tab.new_till_code, "t1")
    qtbot.mouseClick(tab.add_till, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.tills.count() == 1, timeout=WAIT_MS)
    tab.tills.setCurrentRow(0)
    qtbot.mouseClick(tab.toggle_till, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "(tidak aktif)" in tab.tills.item(0).text(), timeout=WAIT_MS)
    with shop.db.reading() as s:
        till = s.scalars(select(Till).join(Outlet).where(Outlet.code == "JHT")).one()
        assert (till.code, till.active) == ("T1", False)


def test_a_manager_sees_that_only_an_administrator_adds_outlets_and_tills(shop: Shop, qtbot: QtBot) -> None:
    tab = loaded_tab(shop, qtbot)
    assert not tab.add_outlet.isEnabled()
    assert not tab.add_till.isEnabled()
    assert "administrator" in tab.message.text()
