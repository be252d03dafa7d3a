"""Fixtures for the shell of the till: the main window on an empty or a small shop database, a stand-in sale
screen (the real one is tested by its own folder), no blocking message boxes, and a supervisor who approves."""

from __future__ import annotations

import contextlib
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from approving import approve_in_dialog
from order_shop import OrderShop, build_order_shop
from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLineEdit, QMessageBox, QVBoxLayout, QWidget
from pytestqt.exceptions import TimeoutError
from pytestqt.qtbot import QtBot
from salon_shop import SalonDay, salon_day
from shop import Shop

from ska_pos.db.database import Database
from ska_pos.i18n import set_language
from ska_pos.services.actor import Approval
from ska_pos.services.this_till import LocalConfig, save_local_config
from ska_pos.ui import approval, ops
from ska_pos.ui.main_window import MainWindow
from ska_pos.ui.printing.dispatch import ReceiptDispatcher
from ska_pos.ui.session.till_page import make_sale_screen
from ska_pos.ui.till_session import TillSession
from ska_pos.ui.translation import install_language


class StandInSaleScreen(QWidget):
    """The sale screen's contract, with one field standing for the cart."""

    saleCompleted = Signal(object)
    journalRequested = Signal()
    shiftRequested = Signal()
    lockRequested = Signal()
    helpRequested = Signal()
    ordersRequested = Signal()
    packagesRequested = Signal()
    salonRequested = Signal()

    def __init__(self, session: TillSession, dispatcher: ReceiptDispatcher, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName("saleScreen")
        self.cart = QLineEdit()
        self.cart.setObjectName("standInCart")
        QVBoxLayout(self).addWidget(self.cart)

    def focus_search(self) -> None:
        self.cart.setFocus()


@pytest.fixture(autouse=True)
def indonesian() -> Iterator[None]:
    install_language("id")
    yield
    install_language("id")
    set_language("id")


@pytest.fixture
def messages(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Message boxes are recorded and answered with OK instead of waiting for a click."""
    shown: list[str] = []

    def answer(box: QMessageBox) -> int:
        shown.append(box.text())
        return int(QMessageBox.StandardButton.Ok)

    monkeypatch.setattr(QMessageBox, "exec", answer)
    return shown


@pytest.fixture
def approve_as(monkeypatch: pytest.MonkeyPatch) -> Callable[[str | None], list[str]]:
    """`approve_as(username)`: every approval asked for is given by that user with their PIN, as the dialog would
    (None: refused); returns what was asked."""

    def install(username: str | None) -> list[str]:
        asked: list[str] = []

        def ask(parent: Any, database: Database, what: str, action: str) -> Approval | None:
            asked.append(what)
            if username is None:
                return None
            return approve_in_dialog(parent, database, what, action, username)

        monkeypatch.setattr(approval, "ask_approval", ask)
        return asked

    return install


def open_window(
    qtbot: QtBot, database: Database, folder: Path, factory: Any = StandInSaleScreen, till_id: uuid.UUID | None = None
) -> Iterator[MainWindow]:
    """A started window, kept until the test's background work (receipts, refreshes) has ended where it can.

    Not a failure when some operation never reports back: under PySide6 6.12.0 a queued result is now and then
    not delivered (seen with the print status panel's refresh; see the report), which is not the shell's doing.
    """
    if till_id is not None:  # this computer was made that till (before enrolment existed: no enrolment row)
        save_local_config(LocalConfig(till_id), folder)
    window = MainWindow(database, sale_screen_factory=factory, config_folder=folder)
    qtbot.addWidget(window)
    window.show()
    window.start()  # the first page is shown once the database has answered, on its thread
    qtbot.waitUntil(lambda: window.page is not None, timeout=20_000)
    yield window
    with contextlib.suppress(TimeoutError):
        qtbot.waitUntil(lambda: not ops._running, timeout=5_000)


@pytest.fixture
def empty_window(qtbot: QtBot, db: Database, tmp_path: Path, messages: list[str]) -> Iterator[MainWindow]:
    yield from open_window(qtbot, db, tmp_path)


@pytest.fixture
def shop_window(qtbot: QtBot, shop: Shop, tmp_path: Path, messages: list[str]) -> Iterator[MainWindow]:
    yield from open_window(qtbot, shop.db, tmp_path, till_id=shop.cashier.till_id)


def page_name(window: MainWindow) -> str:
    current = window.stack.currentWidget()
    return current.objectName() if current is not None else ""


def find(window: QWidget, cls: type, name: str) -> Any:
    widget = window.findChild(cls, name)
    assert widget is not None, f"no {cls.__name__} named {name}"
    return widget


@pytest.fixture
def orders(shop: Shop) -> OrderShop:
    return build_order_shop(shop)


@pytest.fixture
def laundry_window(qtbot: QtBot, orders: OrderShop, tmp_path: Path) -> Iterator[MainWindow]:
    yield from open_window(qtbot, orders.shop.db, tmp_path, make_sale_screen, orders.laundry_cashier.till_id)


@pytest.fixture
def tailor_window(qtbot: QtBot, orders: OrderShop, tmp_path: Path) -> Iterator[MainWindow]:
    yield from open_window(qtbot, orders.shop.db, tmp_path, make_sale_screen, orders.tailor_cashier.till_id)


@pytest.fixture
def day(shop: Shop) -> SalonDay:
    return salon_day(shop)


@pytest.fixture
def salon_window(qtbot: QtBot, day: SalonDay, tmp_path: Path) -> Iterator[MainWindow]:
    """The window at the salon's till (test_packages_page and test_salon_sessions have their own, on a salon that
    sells packages)."""
    yield from open_window(qtbot, day.shop.db, tmp_path, make_sale_screen, day.shop.salon_cashier.till_id)
