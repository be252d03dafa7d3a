"""A whole sale by keyboard in the real window: log in, scan two barcodes, choose a worker, pay cash, see the
change; the sale is stored with its worker credits and payment, and its receipt is made."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot
from shop import PINS, Shop

from ska_pos.services.sale_queries import sale_with_lines
from ska_pos.ui.main_window import MainWindow
from ska_pos.ui.session.till_page import make_sale_screen
from ska_pos.ui.till.sale_screen import SaleScreen

from .conftest import find, open_window, page_name


@pytest.fixture
def window(qtbot: QtBot, shop: Shop, tmp_path: Path) -> Iterator[MainWindow]:
    yield from open_window(qtbot, shop.db, tmp_path, make_sale_screen, shop.cashier.till_id)  # the real sale screen


def test_a_whole_sale_by_keyboard(qtbot: QtBot, window: MainWindow, shop: Shop, messages: list[str]) -> None:
    name = find(window, QLineEdit, "loginNameField")
    qtbot.keyClicks(name, "kasir")
    qtbot.keyClick(name, Qt.Key.Key_Return)
    pin = find(window, QLineEdit, "loginPinField")
    qtbot.keyClicks(pin, PINS["kasir"])
    qtbot.keyClick(pin, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page_name(window) == "tillPage")
    assert window.till_page is not None
    screen = window.till_page.sale_screen
    assert isinstance(screen, SaleScreen)
    field = screen.search.field
    for code in ("8990001", "8990002"):  # Es Teh Manis (made by Siti), Kopi Tubruk (made by Budi)
        qtbot.keyClicks(field, code)
        qtbot.keyClick(field, Qt.Key.Key_Return)
    # the adds run on the database worker (ui.ops): the cart fills as they are answered
    qtbot.waitUntil(lambda: [line.name for line in screen.presenter.cart.lines] == ["Es Teh Manis", "Kopi Tubruk"])

    qtbot.keyClick(field, Qt.Key.Key_F4)  # the worker of the selected line, the coffee
    qtbot.waitUntil(lambda: screen.active_dialog is not None)  # once the outlet's workers have been read
    workers = screen.active_dialog
    assert workers is not None
    assert workers.objectName() == "workerDialog"
    qtbot.keyClicks(workers.filter, "siti")
    qtbot.keyClick(workers.filter, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: [w.worker_id for w in screen.presenter.cart.lines[1].workers] == [shop.siti.id])

    qtbot.keyClick(screen.search.field, Qt.Key.Key_F12)
    payment = screen.active_dialog
    assert payment is not None
    assert payment.objectName() == "paymentDialog"
    payment.cash.amount.clear()
    qtbot.keyClicks(payment.cash.amount, "50000")
    total = 13_000 + 650 + 1_365  # items, 5% service, 10% tax on both
    change = 50_000 - total
    assert payment.cash.change.text().endswith(f"Rp{change:,}".replace(",", "."))
    with qtbot.waitSignal(window.dispatcher.printed, timeout=10_000) as printed:  # type: ignore[union-attr]
        qtbot.keyClick(payment.cash.amount, Qt.Key.Key_Return)
    done = screen.presenter.last_sale
    assert done is not None
    assert (done.total, done.change) == (total, change)
    assert screen.last_sale.change.text().endswith(f"Rp{change:,}".replace(",", "."))

    receipt_no, where = printed.args
    assert receipt_no == done.receipt_no
    assert Path(where).read_bytes().startswith(b"%PDF")
    with shop.db.reading() as s:
        sale = sale_with_lines(s, done.sale_id)
        assert sale is not None
        assert (sale.receipt_no, sale.total, sale.cashier_id) == (done.receipt_no, total, shop.cashier.user_id)
        assert [line.sku for line in sale.lines] == ["ESTEH", "KOPI"]
        assert [{c.worker_id for c in line.credits} for line in sale.lines] == [{shop.siti.id}, {shop.siti.id}]
        assert [(p.method, p.amount, p.tendered, p.change) for p in sale.payments] == [("cash", total, 50_000, change)]
    assert messages == []
