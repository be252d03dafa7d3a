"""The till's flows (ui/till/*_flow.py) speak the cashier's language: each flow's texts are found under the context
lupdate gives them (`self.tr` takes it from the class it is called in), not left in English."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from ska_pos.ui import approval
from ska_pos.ui.till.sale_screen import SaleScreen
from ska_pos.ui.translation import install_language
from ui_till.helpers import ScreenFactory, open_dialog, press, scan, settle


@pytest.fixture
def indonesian(qapp: object) -> Iterator[None]:
    install_language("id")
    yield
    install_language("en")


def test_hold_and_recall_say_it_in_indonesian(qtbot: QtBot, screen: SaleScreen, indonesian: None) -> None:
    press(qtbot, screen, Qt.Key.Key_F9)
    qtbot.waitUntil(lambda: not screen.presenter.busy, timeout=5000)
    assert screen.message.text().endswith("Tidak ada penjualan yang ditahan di mesin kasir ini")

    scan(qtbot, screen, "8990001")
    press(qtbot, screen, Qt.Key.Key_F9)
    assert screen.message.text().endswith("Bayar atau tahan (F8) penjualan ini sebelum memanggil kembali yang lain")

    press(qtbot, screen, Qt.Key.Key_F8)
    dialog = open_dialog(screen, "holdDialog")
    qtbot.keyClicks(dialog.value, "Meja 4")
    qtbot.keyClick(dialog.value, Qt.Key.Key_Return)
    settle(qtbot, screen)
    qtbot.waitUntil(lambda: screen.presenter.cart.is_empty() and not screen.presenter.busy, timeout=5000)
    assert screen.message.text().endswith("Penjualan ditahan (Meja 4). Tekan F9 untuk memanggilnya kembali.")

    press(qtbot, screen, Qt.Key.Key_F9)
    qtbot.waitUntil(lambda: screen.active_dialog is not None, timeout=5000)
    recall = open_dialog(screen, "recallDialog")
    qtbot.keyClick(recall.list, Qt.Key.Key_Return)
    settle(qtbot, screen)
    qtbot.waitUntil(lambda: not screen.presenter.cart.is_empty() and not screen.presenter.busy, timeout=5000)
    assert screen.message.text().endswith("Penjualan yang ditahan sudah dipanggil kembali")


def test_changing_a_line_says_it_in_indonesian(
    qtbot: QtBot, screen: SaleScreen, indonesian: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(approval, "ask_approval", lambda *_args: None)  # the supervisor does not approve
    scan(qtbot, screen, "8990001")
    press(qtbot, screen, Qt.Key.Key_F7)
    dialog = open_dialog(screen, "quantityDialog")
    assert dialog.windowTitle() == "Jumlah"
    dialog.reject()
    settle(qtbot, screen)
    press(qtbot, screen, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = open_dialog(screen, "noteDialog")
    assert dialog.windowTitle() == "Catatan dapur"
    dialog.reject()
    settle(qtbot, screen)
    press(qtbot, screen, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    dialog = open_dialog(screen, "priceDialog")
    assert dialog.windowTitle() == "Ubah harga"
    dialog.value.clear()
    qtbot.keyClicks(dialog.value, "4000")
    qtbot.keyClick(dialog.value, Qt.Key.Key_Return)
    settle(qtbot, screen)
    assert screen.message.text().endswith("Tidak diubah: supervisor tidak menyetujui")


def test_paying_says_it_in_indonesian(qtbot: QtBot, make_screen: ScreenFactory, indonesian: None) -> None:
    screen = make_screen("salon")
    scan(qtbot, screen, "POTONG")
    open_dialog(screen, "workerDialog").reject()
    settle(qtbot, screen)
    press(qtbot, screen, Qt.Key.Key_F12)
    qtbot.waitUntil(lambda: "Pilih dulu pekerja untuk" in screen.message.text(), timeout=5000)
