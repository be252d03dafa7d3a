"""The salon page's finish (F10) when the visit's customer holds a package covering one of its lines, by keyboard
alone: the sessions' step lists that line, Space ticks it and what is left to pay drops to the other line's price,
Enter goes on to the till's payment dialog for that amount, and the visit is finished with the line paid by a
session. A refusal of the service (every line paid with a session) is shown in the step, and nothing is written."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from package_shop import PackageShop, build_package_shop
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from salon_shop import SalonDay, salon_day
from shop import Shop
from sqlalchemy import func, select

from ska_pos.db.models import PackageUse, SalonSessionLine
from ska_pos.domain.settlement import Tender
from ska_pos.services.orders.state import load_order
from ska_pos.services.packages.ledger import sell_package
from ska_pos.services.salon.queue import join_queue, start_service
from ska_pos.ui.main_window import MainWindow
from ska_pos.ui.salon.salon_page import SalonPage
from ska_pos.ui.salon.session_choice import SessionChoiceDialog
from ska_pos.ui.session.till_page import make_sale_screen
from ska_pos.ui.till.payment_dialog import PaymentDialog

from .conftest import open_window
from .helpers import WAIT_MS
from .test_salon_booking import _idle, _salon_page

MORNING = datetime(2026, 12, 7, 2, 0, tzinfo=UTC)  # 09:00 in Jakarta


@pytest.fixture
def day(shop: Shop) -> SalonDay:
    return salon_day(shop)


@pytest.fixture
def wati(day: SalonDay) -> PackageShop:
    """Bu Wati, holding a Creambath 5x package: it covers the cut (Potong Rambut)."""
    packages = build_package_shop(day.shop)
    with day.shop.db.transaction() as s:
        sell_package(s, day.shop.salon_cashier, packages.customer_id, "CB5", Tender("cash", 100_001))
    return packages


@pytest.fixture
def salon_window(qtbot: QtBot, day: SalonDay, wati: PackageShop, tmp_path: Path) -> Iterator[MainWindow]:
    yield from open_window(qtbot, day.shop.db, tmp_path, make_sale_screen, day.shop.salon_cashier.till_id)


def _visit_under_way(day: SalonDay, customer_id: uuid.UUID, with_colour: bool) -> uuid.UUID:
    shop = day.shop
    services = [(day.cut.id, shop.siti.id)] + ([(day.colour.id, shop.budi.id)] if with_colour else [])
    with shop.db.transaction() as s:
        taken = join_queue(s, shop.salon_cashier, "Bu Wati", services, customer_id=customer_id)
        start_service(s, shop.salon_cashier, taken.order_id, shop.siti.id)
    return taken.order_id


def _sessions_step(qtbot: QtBot, window: MainWindow) -> tuple[SalonPage, SessionChoiceDialog]:
    page = _salon_page(qtbot, window)
    qtbot.waitUntil(lambda: page.queue_model.rowCount() == 1, timeout=WAIT_MS)
    page.queue_table.setFocus()
    page.queue_table.setCurrentIndex(page.queue_model.index(0, 0))
    qtbot.keyClick(page.queue_table, Qt.Key.Key_F10)
    qtbot.waitUntil(lambda: isinstance(page.dialog, SessionChoiceDialog), timeout=WAIT_MS)
    choice = page.dialog
    assert isinstance(choice, SessionChoiceDialog)
    assert choice.lines.hasFocus()
    return page, choice


@pytest.mark.time_machine(MORNING, tick=True)
def test_a_line_ticked_is_paid_with_a_session_and_the_rest_with_the_payment_dialog(
    qtbot: QtBot, day: SalonDay, wati: PackageShop, salon_window: MainWindow, messages: list[str]
) -> None:
    order_id = _visit_under_way(day, wati.customer_id, with_colour=True)
    page, choice = _sessions_step(qtbot, salon_window)
    assert choice.lines.count() == 1  # the cut; no package covers the colour
    assert "Creambath 5x" in choice.lines.item(0).text()
    assert "145.000" in choice.left_to_pay.text()  # the cut and the colour
    qtbot.keyClick(choice.lines, Qt.Key.Key_Space)
    assert len(choice.chosen_lines()) == 1
    assert "120.000" in choice.left_to_pay.text()  # the colour alone
    qtbot.keyClick(choice.lines, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: choice.findChild(PaymentDialog) is not None, timeout=WAIT_MS)
    payment = choice.findChild(PaymentDialog)
    assert isinstance(payment, PaymentDialog)
    qtbot.waitUntil(payment.isVisible, timeout=WAIT_MS)
    assert payment.total == 120_000
    payment.cash.amount.clear()
    qtbot.keyClicks(payment.cash.amount, "120000")
    qtbot.keyClick(payment.cash.amount, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.dialog is None, timeout=WAIT_MS)
    _idle(qtbot)
    assert "sesi paket" in page.status.text(), page.status.text()
    with day.shop.db.reading() as s:
        assert load_order(s, order_id).stage == "done"
        assert s.scalar(select(func.count()).select_from(PackageUse)) == 1
        assert s.scalar(select(SalonSessionLine.order_id)) == order_id
    assert not messages


@pytest.mark.time_machine(MORNING, tick=True)
def test_a_refusal_is_shown_in_the_sessions_step_and_nothing_is_written(
    qtbot: QtBot, day: SalonDay, wati: PackageShop, salon_window: MainWindow, messages: list[str]
) -> None:
    order_id = _visit_under_way(day, wati.customer_id, with_colour=False)
    page, choice = _sessions_step(qtbot, salon_window)
    qtbot.keyClick(choice.lines, Qt.Key.Key_Space)  # the cut, the visit's only line
    assert choice.error.isVisible()  # the service's refusal, said as soon as the line is ticked
    choice.error.hide()
    qtbot.keyClick(choice.lines, Qt.Key.Key_Return)  # tried anyway: refused by finish_visit, no payment dialog
    qtbot.waitUntil(choice.error.isVisible, timeout=WAIT_MS)
    _idle(qtbot)
    assert "baris" in choice.error.text(), choice.error.text()
    assert page.dialog is choice
    assert choice.findChild(PaymentDialog) is None
    with day.shop.db.reading() as s:
        assert load_order(s, order_id).stage == "serving"
        assert s.scalar(select(func.count()).select_from(PackageUse)) == 0
        assert s.scalar(select(func.count()).select_from(SalonSessionLine)) == 0
    assert not messages
    qtbot.keyClick(choice.lines, Qt.Key.Key_Space)  # untick it: the whole visit is paid at the till
    qtbot.keyClick(choice.lines, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: choice.findChild(PaymentDialog) is not None, timeout=WAIT_MS)
    payment = choice.findChild(PaymentDialog)
    assert payment is not None
    assert payment.total == 25_000
