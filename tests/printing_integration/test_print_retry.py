"""A till's printer that refuses, then accepts: the waiting receipts print on a later retry with no one asking,
oldest first, and the till's status bar counts them down."""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import timedelta

import pytest
from printing.tcp_printer import closed_port, tcp_printer
from pytestqt.qtbot import QtBot
from shop import Shop
from sqlalchemy import select

from ska_pos.db.models import PrintJob, Sale
from ska_pos.domain.settlement import Tender
from ska_pos.printing.print_queue import PrintQueue
from ska_pos.services.print_jobs import DatabaseJobStore, queue_sale_prints
from ska_pos.ui.printing.dispatch import ReceiptDispatcher
from ska_pos.ui.printing.print_status import PrintStatusWidget
from ska_pos.ui.translation import install_language

from .conftest import network, set_printers
from .day import NOON, sell

pytestmark = pytest.mark.gui


def quick_pause(failures: int) -> float:
    return 0.1 * 2 ** (failures - 1)


def sales_with_receipt_jobs(shop: Shop, count: int) -> list[str]:
    numbers = []
    for minute in range(count):
        done = sell(
            shop, shop.cashier, [(shop.kopi.id, "1")], [Tender("cash", 10_000)], NOON + timedelta(minutes=minute)
        )
        with shop.db.transaction() as s:
            assert queue_sale_prints(s, shop.cashier, done.sale_id) == 1
        numbers.append(done.receipt_no)
    return numbers


def test_refused_then_accepted_the_receipts_print_on_their_own_oldest_first(shop: Shop) -> None:
    port = closed_port()
    set_printers(shop, network(f"127.0.0.1:{port}", timeout_s=1))
    numbers = sales_with_receipt_jobs(shop, 3)
    store = DatabaseJobStore(shop.db, shop.cashier.till_id)
    print_queue = PrintQueue(store, pause=quick_pause)
    try:
        assert print_queue.pick_up() == 3
        _wait(  # every job has failed, and the oldest has been retried on its own, before the printer comes up
            lambda: _attempts(shop) >= [1, 1, 1] and _attempts(shop)[0] >= 2
        )
        with tcp_printer(port) as printer:
            received = printer.wait_for(3, timeout=10)
        assert sorted(_receipt_no(data, numbers) for data in received) == numbers
        _wait(lambda: store.count() == 0)
        assert _printed_order(shop) == numbers
    finally:
        assert print_queue.close(timeout=5)


def test_the_status_bar_counts_the_waiting_prints_and_clears_without_a_click(shop: Shop, qtbot: QtBot) -> None:
    port = closed_port()
    set_printers(shop, network(f"127.0.0.1:{port}", timeout_s=1))
    numbers = sales_with_receipt_jobs(shop, 2)
    install_language("id")  # the till speaks Indonesian
    dispatcher = ReceiptDispatcher(shop.db, shop.cashier.till_id, pause=quick_pause)
    try:
        panel = PrintStatusWidget(dispatcher)
        qtbot.addWidget(panel)
        qtbot.waitUntil(lambda: _attempts(shop)[0] >= 2, timeout=10_000)  # refused, then retried on its own
        qtbot.waitUntil(lambda: panel.waiting == 2, timeout=10_000)
        assert panel.label.text().startswith("2 cetakan menunggu")
        assert panel.label.accessibleName() == panel.label.text()
        assert not panel.isHidden()
        with tcp_printer(port) as printer, qtbot.waitSignal(dispatcher.printed, timeout=10_000):
            received = printer.wait_for(2, timeout=10)
        assert sorted(_receipt_no(data, numbers) for data in received) == numbers
        qtbot.waitUntil(lambda: panel.waiting == 0 and panel.isHidden(), timeout=10_000)
        assert _printed_order(shop) == numbers
    finally:
        assert dispatcher.close(timeout=5)


def _printed_order(shop: Shop) -> list[str]:
    """Receipt numbers in the order the queue finished them (the test printer's own list follows its threads)."""
    with shop.db.reading() as s:
        query = (
            select(Sale.receipt_no, PrintJob.status)
            .join(PrintJob, PrintJob.sale_id == Sale.id)
            .order_by(PrintJob.printed_at)
        )
        rows = s.execute(query).all()
    assert {status for _number, status in rows} == {"done"}
    return [number for number, _status in rows]


def _attempts(shop: Shop) -> list[int]:
    with shop.db.reading() as s:
        return list(s.scalars(select(PrintJob.attempts).order_by(PrintJob.created_at)))


def _wait(condition: Callable[[], bool], timeout: float = 10.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.02)


def _receipt_no(data: bytes, numbers: list[str]) -> str:
    [number] = [number for number in numbers if number.encode() in data]
    return number
