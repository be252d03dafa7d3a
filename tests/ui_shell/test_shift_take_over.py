"""A second person logging in at a till whose shift is open is asked, in Indonesian, before taking it over; an
administrator cannot move this machine to another till while its shift is open."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QPushButton
from pytestqt.qtbot import QtBot
from shop import Shop
from sqlalchemy import select

from ska_pos.db.models import AuditEntry
from ska_pos.services import shifts
from ska_pos.services.this_till import load_local_config
from ska_pos.ui.main_window import MainWindow

from .conftest import find, page_name
from .helpers import answer_take_over, close_cafe_shift, log_in, settled_on, show_login_again, take_over_dialog
from .test_settings import open_settings


def take_overs(shop: Shop) -> list[AuditEntry]:
    with shop.db.reading() as s:
        return list(s.scalars(select(AuditEntry).where(AuditEntry.action == shifts.TAKE_OVER)))


def start_login(qtbot: QtBot, window: MainWindow, username: str, pin: str) -> None:
    settled_on(qtbot, window, "loginPage")
    find(window, QPushButton, f"loginUser_{username}").click()
    field = find(window, QLineEdit, "loginPinField")
    qtbot.keyClicks(field, pin)
    qtbot.keyClick(field, Qt.Key.Key_Return)


def test_the_second_user_is_asked_and_enter_continues_the_shift(
    qtbot: QtBot, shop_window: MainWindow, shop: Shop
) -> None:
    start_login(qtbot, shop_window, "spv", "2222")
    dialog = take_over_dialog(qtbot, shop_window)
    assert page_name(shop_window) == "loginPage"  # nothing taken over yet
    question = find(dialog, QLabel, "takeOverQuestion").text()
    assert "Rina Kasir" in question
    assert "Dewi Supervisor" in question
    assert "Lanjutkan shift" in question  # Indonesian
    assert find(dialog, QPushButton, "takeOverDialogOk").text() == "Ya, lanjutkan shift (Enter)"
    assert take_overs(shop) == []
    answer_take_over(qtbot, shop_window, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page_name(shop_window) == "tillPage")
    (entry,) = take_overs(shop)
    assert (entry.user_id, entry.till_id) == (shop.supervisor.id, shop.cashier.till_id)
    with shop.db.reading() as s:
        holder = shifts.shift_holder(s, shop.cashier.till_id)
    assert holder is not None
    assert holder.user_id == shop.supervisor.id


def test_esc_logs_out_and_takes_nothing_over(qtbot: QtBot, shop_window: MainWindow, shop: Shop) -> None:
    start_login(qtbot, shop_window, "spv", "2222")
    answer_take_over(qtbot, shop_window, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: page_name(shop_window) == "loginPage")
    assert shop_window.session is None
    assert take_overs(shop) == []


def test_by_touch_the_no_button_logs_out(qtbot: QtBot, shop_window: MainWindow, shop: Shop) -> None:
    start_login(qtbot, shop_window, "manajer", "3333")
    dialog = take_over_dialog(qtbot, shop_window)
    no = find(dialog, QPushButton, "takeOverDialogCancel")
    assert no.text() == "Tidak, keluar (Esc)"
    assert min(no.height(), no.width()) >= 44
    qtbot.mouseClick(no, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page_name(shop_window) == "loginPage")
    assert take_overs(shop) == []


def test_the_holder_is_not_asked(qtbot: QtBot, shop_window: MainWindow) -> None:
    log_in(qtbot, shop_window, "kasir")
    assert shop_window.dialog is None


def test_an_administrator_cannot_move_the_till_while_its_shift_is_open(
    qtbot: QtBot, shop_window: MainWindow, shop: Shop, tmp_path: Path
) -> None:
    # The shop has an administrator, "admin" (PIN 4444).
    show_login_again(qtbot, shop_window)
    start_login(qtbot, shop_window, "admin", "4444")
    answer_take_over(qtbot, shop_window, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page_name(shop_window) == "tillPage")
    page = open_settings(qtbot, shop_window)
    till = find(page, QComboBox, "settingsThisTill")
    till.setCurrentIndex(next(i for i in range(till.count()) if till.itemText(i).startswith("SLN/T1")))
    find(page, QPushButton, "settingsSave").click()
    error = find(page, QLabel, "settingsError")
    qtbot.waitUntil(lambda: error.text() != "")
    assert "Tutup shift dulu" in error.text()
    assert page_name(shop_window) == "settingsPage"
    assert load_local_config(tmp_path).till_id in (None, shop.cashier.till_id)
    close_cafe_shift(shop)
    find(page, QPushButton, "settingsSave").click()
    qtbot.waitUntil(lambda: page_name(shop_window) == "loginPage")
    assert load_local_config(tmp_path).till_id == shop.salon_cashier.till_id
