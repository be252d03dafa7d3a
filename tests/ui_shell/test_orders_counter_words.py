"""The counter's actions on a chosen order speak Bahasa Indonesia. They live in `CounterActions`, apart from the orders
page: `self.tr` takes its translation context from the class it is called in, so a text left filed under the page's
context (or called from a mixin) would silently show in English. Through the real window by keyboard, on the laundry
of the order shop: a stage move, a part payment, a cancellation with a supervisor's approval, then a full collection."""

from __future__ import annotations

import contextlib
from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit
from pytestqt.exceptions import TimeoutError
from pytestqt.qtbot import QtBot

from ska_pos.ui.main_window import MainWindow

from .conftest import find
from .helpers import WAIT_MS
from .test_orders_counter import MORNING, _collect, _idle, _next, _orders_page, _take


@pytest.mark.time_machine(MORNING, tick=True)
def test_what_the_counter_says_and_asks_is_in_indonesian(
    qtbot: QtBot,
    laundry_window: MainWindow,
    messages: list[str],
    approve_as: Callable[[str | None], list[str]],
) -> None:
    asked = approve_as("spv")
    page = _orders_page(qtbot, laundry_window)

    def says(text: str) -> None:
        with contextlib.suppress(TimeoutError):  # then the assert shows what it said instead
            qtbot.waitUntil(lambda: page.status.text() == text, timeout=WAIT_MS)
        assert page.status.text() == text

    first = _take(qtbot, page, "KILO", "4", "5000")
    _next(qtbot, page, "washing", worker="Budi")
    says("Pindah ke: Dicuci")

    qtbot.keyClick(page.table, Qt.Key.Key_F7)
    payment = page.dialog
    assert payment is not None
    assert payment.windowTitle() == "Terima pembayaran"
    assert find(payment, QLabel, "orderMoneyWhat").text() == f"Pesanan {first}: uang muka atau cicilan"
    amount = find(payment, QLineEdit, "orderPayAmount")
    qtbot.keyClicks(amount, "7000")
    qtbot.keyClick(amount, Qt.Key.Key_Return)
    says("Pembayaran Rp7.000 diterima")
    _idle(qtbot)

    qtbot.keyClick(page.table, Qt.Key.Key_F9)
    reason = page.dialog
    assert reason is not None
    assert reason.windowTitle() == "Batalkan pesanan"
    assert find(reason, QLabel, "reasonExplanation").text() == (f"Pesanan {first}, uang muka dipegang Rp12.000")
    field = find(reason, QLineEdit, "reasonField")
    qtbot.keyClicks(field, "pelanggan batal")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    says(f"Pesanan {first} dibatalkan · kembalikan Rp12.000")  # the cash handed back, rounded
    assert asked == [f"Batalkan pesanan {first}"]
    _idle(qtbot)

    second = _take(qtbot, page, "KILO", "3", "10000")
    for stage, worker in (("washing", "Budi"), ("drying", "Budi"), ("ironing", "Siti"), ("ready", "")):
        _next(qtbot, page, stage, worker=worker)
    _collect(qtbot, laundry_window, page, 18_000 - 10_000, "8000")
    says(f"Pesanan {second} diambil")
    assert messages == []
