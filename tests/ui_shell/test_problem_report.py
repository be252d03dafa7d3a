"""Menu > Simpan laporan masalah: a named button for supervisors and managers, a dated file name suggested in
Documents, the zip written in the background, and the cashier told where it went."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QPushButton
from pytestqt.qtbot import QtBot

from ska_pos.ui.main_window import MainWindow

from .conftest import find
from .helpers import log_in


def test_a_manager_saves_a_problem_report_from_the_menu(
    qtbot: QtBot, shop_window: MainWindow, messages: list[str], tmp_path: Path
) -> None:
    target = tmp_path / "untuk-pendamping"
    asked: list[dict[str, str]] = []

    def answer_the_file_dialog() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, QFileDialog):
            label = QFileDialog.DialogLabel
            asked.append({"title": dialog.windowTitle(), "name": dialog.accessibleName(),
                          "suggested": Path(dialog.selectedFiles()[0]).name,
                          "accept": dialog.labelText(label.Accept), "reject": dialog.labelText(label.Reject),
                          "file": dialog.labelText(label.FileName)})  # fmt: skip
            dialog.selectFile(str(target))
            dialog.accept()

    log_in(qtbot, shop_window, "manajer")
    shop_window.show_menu()
    button = find(shop_window, QPushButton, "menu_problemReport")
    assert button.text() == "Simpan laporan masalah"
    assert button.accessibleName() == "Simpan laporan masalah"
    timer = QTimer()
    timer.timeout.connect(answer_the_file_dialog)
    timer.start(20)
    button.click()
    timer.stop()
    qtbot.waitUntil(lambda: bool(messages), timeout=10_000)
    assert len(asked) == 1
    assert asked[0]["title"] == asked[0]["name"] == "Simpan laporan masalah"
    assert re.fullmatch(r"laporan-masalah-\d{8}-\d{4}\.zip", asked[0]["suggested"])
    assert (asked[0]["accept"], asked[0]["reject"], asked[0]["file"]) == ("Simpan", "Batal", "Nama berkas:")
    assert messages == [f"Laporan masalah disimpan: {target}.zip"]
    with zipfile.ZipFile(f"{target}.zip") as archive:
        assert {"about.json", "settings.json", "row-counts.json", "README.txt"} <= set(archive.namelist())


def test_a_cashier_does_not_see_it(qtbot: QtBot, shop_window: MainWindow) -> None:
    log_in(qtbot, shop_window, "kasir")
    shop_window.show_menu()
    assert shop_window.findChild(QPushButton, "menu_problemReport") is None
