"""Menu > Simpan laporan masalah: a named button for supervisors and managers, a dated file name suggested in
Documents, the zip written in the background, and the cashier told where it went."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QPushButton, QWidget
from pytestqt.qtbot import QtBot
from shop import Shop, act_as

from ska_pos.db.models import User
from ska_pos.ui.main_window import MainWindow
from ska_pos.ui.save_dialog import ask_save_path
from ska_pos.ui.session import problem_report_action
from ska_pos.ui.session.menu_page import MenuPage
from ska_pos.ui.till_session import TillSession


def session_of(shop: Shop, user: User) -> TillSession:
    actor = act_as(shop, user.username)
    return TillSession(shop.db, actor, user.username, user.full_name, "KFE", shop.cafe.name, "kafe", "T1")


def test_the_menu_offers_it_to_supervisors_and_managers_only(qtbot: QtBot, shop: Shop) -> None:
    chosen: list[str] = []
    for user in (shop.manager, shop.supervisor):
        page = MenuPage(session_of(shop, user), large_text=False)
        qtbot.addWidget(page)
        page.chosen.connect(chosen.append)
        button = page.findChild(QPushButton, "menu_problemReport")
        assert button is not None
        assert button.text() == button.accessibleName() == "Simpan laporan masalah"
        button.click()
    assert chosen == ["problemReport", "problemReport"]
    with shop.db.reading() as s:
        cashier = s.get(User, shop.cashier.user_id)
    assert cashier is not None
    page = MenuPage(session_of(shop, cashier), large_text=False)
    qtbot.addWidget(page)
    assert page.findChild(QPushButton, "menu_problemReport") is None


def test_the_save_dialog_speaks_the_users_language_and_cancel_saves_nothing(qtbot: QtBot, tmp_path: Path) -> None:
    seen: list[dict[str, str]] = []

    def read_then_cancel() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, QFileDialog) and not seen:
            label = QFileDialog.DialogLabel
            seen.append({"title": dialog.windowTitle(), "name": dialog.accessibleName(),
                         "suggested": Path(dialog.selectedFiles()[0]).name,
                         "accept": dialog.labelText(label.Accept), "reject": dialog.labelText(label.Reject),
                         "file": dialog.labelText(label.FileName)})  # fmt: skip
            dialog.reject()

    timer = QTimer()
    timer.timeout.connect(read_then_cancel)
    timer.start(20)
    chosen = ask_save_path(None, "Simpan laporan masalah", tmp_path / "laporan.zip", "Berkas zip (*.zip)")
    timer.stop()
    assert chosen is None
    assert seen == [{"title": "Simpan laporan masalah", "name": "Simpan laporan masalah", "suggested": "laporan.zip",
                     "accept": "Simpan", "reject": "Batal", "file": "Nama berkas:"}]  # fmt: skip
    assert list(tmp_path.iterdir()) == []


def test_the_menu_choice_suggests_a_dated_name_and_saves_where_the_user_says(
    qtbot: QtBot, shop_window: MainWindow, messages: list[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "untuk-pendamping"
    asked: list[tuple[str, Path]] = []

    def the_user_answers(parent: QWidget | None, caption: str, suggested: Path, name_filter: str) -> Path:
        asked.append((caption, suggested))
        return target

    monkeypatch.setattr(problem_report_action, "ask_save_path", the_user_answers)
    shop_window._menu_chosen("problemReport")  # what the menu's button emits
    qtbot.waitUntil(lambda: bool(messages), timeout=10_000)
    assert len(asked) == 1
    assert asked[0][0] == "Simpan laporan masalah"
    assert re.fullmatch(r"laporan-masalah-\d{8}-\d{4}\.zip", asked[0][1].name)
    assert messages == [f"Laporan masalah disimpan: {target}.zip"]
    with zipfile.ZipFile(f"{target}.zip") as archive:
        assert {"about.json", "settings.json", "row-counts.json", "README.txt"} <= set(archive.namelist())
