"""The same whole sale by touch (mouse) alone: tap the name, the PIN keys, the quick buttons, the worker, a quick
cash amount; nothing typed on a keyboard."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidget, QPushButton, QWidget
from pytestqt.qtbot import QtBot
from shop import PINS, Shop

from ska_pos.services.sale_queries import sale_with_lines
from ska_pos.ui.main_window import MainWindow
from ska_pos.ui.session.till_page import make_sale_screen
from ska_pos.ui.till.sale_screen import SaleScreen

from .conftest import find, open_window, page_name


@pytest.fixture
def window(qtbot: QtBot, shop: Shop, tmp_path: Path) -> Iterator[MainWindow]:
    yield from open_window(qtbot, shop.db, tmp_path, make_sale_screen, shop.cashier.till_id)


def tap(qtbot: QtBot, widget: QWidget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def tap_named(qtbot: QtBot, root: QWidget, name: str) -> None:
    tap(qtbot, find(root, QPushButton, name))


def test_a_whole_sale_by_touch(qtbot: QtBot, window: MainWindow, shop: Shop, messages: list[str]) -> None:
    tap_named(qtbot, window, "loginUser_kasir")
    for digit in PINS["kasir"]:
        tap_named(qtbot, window, f"loginPinKey{digit}")
    tap_named(qtbot, window, "loginPinOk")
    qtbot.waitUntil(lambda: page_name(window) == "tillPage")
    assert window.till_page is not None
    screen = window.till_page.sale_screen
    assert isinstance(screen, SaleScreen)

    # the categories and a category's items are read on the database worker (ui.ops), a page at a time
    qtbot.waitUntil(lambda: screen.quick is not None and len(screen.quick.category_buttons()) == 2)
    tap(qtbot, next(b for b in screen.quick.category_buttons() if "Minuman" in b.accessibleName()))
    qtbot.waitUntil(lambda: len(screen.quick.item_buttons()) == 2)  # Es Teh Manis, Kopi Tubruk
    names = {button.accessibleName().split(",")[0]: button for button in screen.quick.item_buttons()}
    tap(qtbot, names["Es Teh Manis"])
    tap(qtbot, names["Kopi Tubruk"])
    # the adds run on the database worker (ui.ops): the cart fills as they are answered
    qtbot.waitUntil(lambda: [line.name for line in screen.presenter.cart.lines] == ["Es Teh Manis", "Kopi Tubruk"])

    tap_named(qtbot, screen, "actionWorker")  # the selected line is the coffee, just added
    qtbot.waitUntil(lambda: screen.active_dialog is not None)  # once the outlet's workers have been read
    workers = screen.active_dialog
    assert workers is not None
    worker_list = find(workers, QListWidget, "workerList")
    siti = next(worker_list.item(row) for row in range(worker_list.count()) if worker_list.item(row).text() == "Siti")
    worker_list.scrollToItem(siti)
    place = worker_list.visualItemRect(siti).center()
    qtbot.mouseClick(worker_list.viewport(), Qt.MouseButton.LeftButton, pos=place)
    qtbot.waitUntil(lambda: [w.worker_id for w in screen.presenter.cart.lines[1].workers] == [shop.siti.id])

    tap_named(qtbot, screen, "actionPay")
    payment = screen.active_dialog
    assert payment is not None
    total = 13_000 + 650 + 1_365
    with qtbot.waitSignal(window.dispatcher.printed, timeout=10_000):  # type: ignore[union-attr]
        tap_named(qtbot, payment, "cashQuick20000")
    done = screen.presenter.last_sale
    assert done is not None
    assert (done.total, done.change) == (total, 20_000 - total)
    with shop.db.reading() as s:
        sale = sale_with_lines(s, done.sale_id)
        assert sale is not None
        assert [(p.method, p.tendered, p.change) for p in sale.payments] == [("cash", 20_000, 20_000 - total)]
    assert messages == []
