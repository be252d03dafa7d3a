"""Menu > Simpan laporan masalah: a named button for supervisors and managers, a dated file name suggested in
Documents, the zip written in the background, and the cashier told where it went."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QPushButton
from pytestqt.qtbot import QtBot
from shop import Shop

from ska_pos.db.models import User
from ska_pos.services.actor import Actor
from ska_pos.ui.main_window import MainWindow
from ska_pos.ui.session.menu_page import MenuPage
from ska_pos.ui.till_session import TillSession


def session_of(shop: Shop, user: User) -> TillSession:
    actor = Actor(user.id, user.role, shop.cafe.id, shop.cashier.till_id)
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


def test_the_menu_choice_saves_the_report_where_the_user_says(
    qtbot: QtBot, shop_window: MainWindow, messages: list[str], tmp_path: Path
) -> None:
    target = tmp_path / "untuk-pendamping"
    asked: list[dict[str, str]] = []

    def answer_the_file_dialog() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, QFileDialog):
            label = QFileDialog.DialogLabel
            if not asked:
                asked.append({"title": dialog.windowTitle(), "name": dialog.accessibleName(),
                              "suggested": Path(dialog.selectedFiles()[0]).name,
                              "accept": dialog.labelText(label.Accept), "reject": dialog.labelText(label.Reject),
                              "file": dialog.labelText(label.FileName)})  # fmt: skip
            # the dialog loads folders in the background and may put its suggestion back: accept once it holds ours
            if dialog.selectedFiles() != [str(target)]:
                dialog.selectFile(str(target))
                return
            dialog.accept()

    timer = QTimer()
    timer.timeout.connect(answer_the_file_dialog)
    timer.start(20)
    shop_window._menu_chosen("problemReport")  # what the menu's button emits
    timer.stop()
    qtbot.waitUntil(lambda: bool(messages), timeout=10_000)
    assert len(asked) == 1
    assert asked[0]["title"] == asked[0]["name"] == "Simpan laporan masalah"
    assert re.fullmatch(r"laporan-masalah-\d{8}-\d{4}\.zip", asked[0]["suggested"])
    assert (asked[0]["accept"], asked[0]["reject"], asked[0]["file"]) == ("Simpan", "Batal", "Nama berkas:")
    assert messages == [f"Laporan masalah disimpan: {target}.zip"]
    with zipfile.ZipFile(f"{target}.zip") as archive:
        assert {"about.json", "settings.json", "row-counts.json", "README.txt"} <= set(archive.namelist())
