"""The manager's settings at the till: idle lock and cash difference for the outlet; which till this machine is."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QPushButton, QSpinBox
from pytestqt.qtbot import QtBot
from shop import Shop
from sqlalchemy import select

from ska_pos.db.models import JournalEntry, User
from ska_pos.services import settings
from ska_pos.services.this_till import load_local_config
from ska_pos.ui.main_window import MainWindow
from ska_pos.ui.session.settings_page import SettingsPage

from .conftest import find, page_name
from .helpers import answer_take_over, close_cafe_shift, log_in, show_login_again


def open_settings(qtbot: QtBot, window: MainWindow) -> SettingsPage:
    window.show_settings()
    page = window.stack.currentWidget()
    assert isinstance(page, SettingsPage)
    qtbot.waitUntil(lambda: page.difference_limit.text() != "")
    return page


def test_a_manager_sets_the_idle_lock_and_the_difference_limit(
    qtbot: QtBot, shop_window: MainWindow, shop: Shop, tmp_path: Path
) -> None:
    log_in(qtbot, shop_window, "manajer", take_over=True)
    page = open_settings(qtbot, shop_window)
    assert page.findChild(QComboBox, "settingsThisTill") is None  # only an administrator moves tills
    assert page.findChild(QLineEdit, "settingsBackupFolder") is None  # nor chooses where backups go
    find(page, QSpinBox, "settingsIdleMinutes").setValue(3)
    limit = find(page, QLineEdit, "settingsDifferenceLimit")
    limit.setText("abc")
    find(page, QPushButton, "settingsSave").click()
    assert find(page, QLabel, "settingsError").text() != ""
    limit.setText("25.000")
    find(page, QPushButton, "settingsSave").click()
    qtbot.waitUntil(lambda: page_name(shop_window) == "menuPage")
    scope = settings.scope_of("outlet", shop.cafe.id)
    with shop.db.reading() as s:
        assert settings.get_setting(s, scope, settings.IDLE_LOCK_MINUTES) == 3
        assert settings.get_setting(s, scope, settings.SHIFT_DIFFERENCE_LIMIT) == 25_000
    assert load_local_config(tmp_path).till_id == shop.cashier.till_id


def log_in_as_administrator(qtbot: QtBot, window: MainWindow, shop: Shop) -> None:
    # The shop has an administrator, "admin" (PIN 4444).
    show_login_again(qtbot, window)
    find(window, QPushButton, "loginUser_admin").click()
    pin = find(window, QLineEdit, "loginPinField")
    qtbot.keyClicks(pin, "4444")
    qtbot.keyClick(pin, Qt.Key.Key_Return)
    answer_take_over(qtbot, window, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page_name(window) == "tillPage")


def test_an_administrator_moves_this_machine_to_another_till(
    qtbot: QtBot, shop_window: MainWindow, shop: Shop, tmp_path: Path
) -> None:
    log_in_as_administrator(qtbot, shop_window, shop)
    close_cafe_shift(shop)  # a till with an open shift keeps this machine (tests/ui_shell/test_shift_take_over.py)
    page = open_settings(qtbot, shop_window)
    till = find(page, QComboBox, "settingsThisTill")
    assert till.currentText().startswith("KFE/T1")
    till.setCurrentIndex(next(i for i in range(till.count()) if till.itemText(i).startswith("SLN/T1")))
    find(page, QPushButton, "settingsSave").click()
    qtbot.waitUntil(lambda: page_name(shop_window) == "loginPage")
    assert load_local_config(tmp_path).till_id == shop.salon_cashier.till_id
    assert shop_window.place is not None
    assert shop_window.place.outlet_code == "SLN"
    assert shop_window.session is None


def test_an_administrator_chooses_where_and_how_long_backups_are_kept(
    qtbot: QtBot, shop_window: MainWindow, shop: Shop, tmp_path: Path
) -> None:
    log_in_as_administrator(qtbot, shop_window, shop)
    page = open_settings(qtbot, shop_window)
    folder = find(page, QLineEdit, "settingsBackupFolder")
    assert folder.text() == ""  # beside the database
    folder.setText(str(tmp_path / "no-such-disk"))
    find(page, QPushButton, "settingsSave").click()
    assert "tidak ada" in find(page, QLabel, "settingsError").text()
    (tmp_path / "second-disk").mkdir()
    folder.setText(str(tmp_path / "second-disk"))
    find(page, QSpinBox, "settingsBackupDays").setValue(14)
    find(page, QPushButton, "settingsSave").click()
    qtbot.waitUntil(lambda: page_name(shop_window) == "menuPage")
    config = load_local_config(tmp_path)
    assert (config.backup_folder, config.backup_days) == (tmp_path / "second-disk", 14)
    assert shop_window.config == config  # the next shift close backs up there
    with shop.db.reading() as s:  # each change in the journal of the till it was made at, with who made it
        rows = s.scalars(
            select(JournalEntry.payload)
            .where(JournalEntry.till_id == shop.cashier.till_id, JournalEntry.type == "setting")
            .order_by(JournalEntry.seq)
        )
        changes = {entry["key"]: entry for entry in map(json.loads, rows)}
    assert changes["backup_folder"]["value"] == json.dumps(str(tmp_path / "second-disk"))
    assert changes["backup_days"]["value"] == "14"
    with shop.db.reading() as s:
        admin_id = s.scalar(select(User.id).where(User.username == "admin"))
    assert changes["backup_days"]["user_id"] == str(admin_id)
