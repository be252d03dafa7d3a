"""The manager's QRIS set-up: paste or open a picture, see the merchant, city and NMID the code holds and a test
code for Rp1.000, then save; a broken code is refused with its reason. By keyboard and by touch."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
import segno
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from shop import Shop

from earnings.ui_fixtures import session_of
from ska_pos.demo.qris_sample import sample_static_qris
from ska_pos.services.qris_setup import outlet_qris
from ska_pos.ui.manager.outlets_tab import OutletsTab
from ska_pos.ui.manager.qris_dialog import QrisDialog

pytestmark = pytest.mark.gui

CODE = sample_static_qris("Salon SKA Mandiri", "KOTA BEKASI")


def opened(shop: Shop, qtbot: QtBot, role: str = "manager") -> QrisDialog:
    dialog = QrisDialog(session_of(shop, role), shop.salon.id)
    qtbot.addWidget(dialog)
    dialog.open()
    qtbot.waitUntil(lambda: "Salon" in dialog.saved_now.text())  # what the outlet has now, read off the screen thread
    return dialog


def saved_code(shop: Shop) -> str:
    with shop.db.reading() as s:
        return outlet_qris(s, shop.salon.id).payload


def test_the_manager_pastes_checks_and_saves_by_keyboard(shop: Shop, qtbot: QtBot) -> None:
    dialog = opened(shop, qtbot)
    assert "no QRIS code yet" in dialog.saved_now.text()
    dialog.payload.setFocus()
    qtbot.keyClicks(dialog.payload, CODE)
    qtbot.keyClick(dialog.check_button, Qt.Key.Key_Space)
    assert "SALON SKA MANDIRI" in dialog.merchant.text()
    assert "KOTA BEKASI" in dialog.merchant.text()
    assert "ID1026000000001" in dialog.merchant.text()
    assert dialog.merchant.isVisible()
    assert not dialog.test_code.pixmap().isNull()
    ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    with qtbot.waitSignal(dialog.saved, timeout=20_000):
        qtbot.keyClick(ok, Qt.Key.Key_Space)
    assert saved_code(shop) == CODE


def test_a_broken_code_is_refused_with_its_reason_and_nothing_is_saved(shop: Shop, qtbot: QtBot) -> None:
    dialog = opened(shop, qtbot)
    dialog.payload.setPlainText(CODE[:-4] + "0000")
    qtbot.mouseClick(dialog.check_button, Qt.MouseButton.LeftButton)
    assert dialog.error.isVisible()
    assert "checksum" in dialog.error.text()
    assert dialog.merchant.isHidden()
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert "checksum" in dialog.error.text()
    assert saved_code(shop) == ""


def test_save_never_saves_text_changed_after_the_check(shop: Shop, qtbot: QtBot) -> None:
    dialog = opened(shop, qtbot)
    other = sample_static_qris("Kafe Lain")
    dialog.payload.setPlainText(other)
    qtbot.mouseClick(dialog.check_button, Qt.MouseButton.LeftButton)
    dialog.payload.setPlainText(CODE)  # changed after the check: its merchant has not been shown
    assert dialog.merchant.isHidden()
    ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert "SALON SKA MANDIRI" in dialog.merchant.text()  # shown now; the manager saves with a second press
    assert saved_code(shop) == ""
    with qtbot.waitSignal(dialog.saved, timeout=20_000):
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert saved_code(shop) == CODE


def test_a_picture_of_the_printed_code_fills_and_checks_the_code(shop: Shop, qtbot: QtBot, tmp_path: Path) -> None:
    picture = tmp_path / "qris.png"
    buffer = io.BytesIO()
    segno.make(CODE, error="m").save(buffer, kind="png", scale=5)
    picture.write_bytes(buffer.getvalue())
    dialog = opened(shop, qtbot)
    dialog.read_picture(picture)
    qtbot.waitUntil(lambda: dialog.payload.toPlainText() == CODE, timeout=20_000)
    assert "ID1026000000001" in dialog.merchant.text()


def test_a_picture_without_a_code_says_so(shop: Shop, qtbot: QtBot, tmp_path: Path) -> None:
    picture = tmp_path / "kosong.png"
    picture.write_bytes(b"not a picture")
    dialog = opened(shop, qtbot)
    dialog.read_picture(picture)
    qtbot.waitUntil(dialog.error.isVisible, timeout=20_000)
    assert "kosong.png" in dialog.error.text()


def test_the_outlets_tab_opens_it_for_the_chosen_outlet(shop: Shop, qtbot: QtBot) -> None:
    tab = OutletsTab(session_of(shop))
    qtbot.addWidget(tab)
    tab.show()
    tab.reload()
    editor = tab.profiles
    qtbot.waitUntil(lambda: len(editor.rows) == 2 and editor.qris.isEnabled())
    editor.outlet.setCurrentIndex(editor.outlet.findData(str(shop.salon.id)))
    qtbot.mouseClick(editor.qris, Qt.MouseButton.LeftButton)
    dialog = editor.qris_dialog
    assert dialog is not None
    assert dialog.outlet_id == shop.salon.id
    qtbot.waitUntil(lambda: "Salon" in dialog.saved_now.text())
    dialog.reject()
