"""The receipt's print job is written in the sale's own transaction: once the sale commits, the job is there, even
if nothing after the commit ever runs (the till crashes, the print thread never starts)."""

from __future__ import annotations

import json
import time
import uuid

import pytest
from escpos.constants import CD_KICK_2
from printing.tcp_printer import closed_port, tcp_printer
from printing_integration.conftest import network, set_printers
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from shop import Shop
from sqlalchemy import select

from ska_pos.db.models import PrintJob
from ska_pos.ui.printing.dispatch import ReceiptDispatcher
from ska_pos.ui.till.sale_screen import SaleScreen
from ui_till.helpers import open_dialog, press, scan


def test_the_receipt_and_kitchen_jobs_commit_with_the_sale(
    qtbot: QtBot, screen: SaleScreen, shop: Shop, monkeypatch: pytest.MonkeyPatch
) -> None:
    port = closed_port()
    set_printers(shop, network(f"127.0.0.1:{port}", kick_drawer=True), network(f"127.0.0.1:{port}"))
    started: list[uuid.UUID] = []
    monkeypatch.setattr(ReceiptDispatcher, "after_sale", lambda self, sale_id, **options: started.append(sale_id))
    scan(qtbot, screen, "8990001")
    press(qtbot, screen, Qt.Key.Key_F12)
    dialog = open_dialog(screen, "paymentDialog")
    qtbot.keyClicks(dialog.cash.amount, "50000")  # type: ignore[attr-defined]
    qtbot.keyClick(dialog.cash.amount, Qt.Key.Key_Return)  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: screen.presenter.last_sale is not None and not screen.presenter.busy, timeout=5000)
    sale = screen.presenter.last_sale
    assert sale is not None
    assert started == [sale.sale_id]  # the printing after the commit was never done
    with shop.db.reading() as s:
        jobs = list(s.scalars(select(PrintJob).where(PrintJob.sale_id == sale.sale_id).order_by(PrintJob.kind)))
    assert [(job.kind, job.status, job.attempts, job.till_id) for job in jobs] == [
        ("kitchen", "pending", 0, shop.cashier.till_id),
        ("receipt", "pending", 0, shop.cashier.till_id),
    ]
    assert json.loads(jobs[1].payload)["kick_drawer"] is True  # paid in cash: the first print opens the drawer


def test_the_recorded_jobs_print_once_after_the_commit(qtbot: QtBot, screen: SaleScreen, shop: Shop) -> None:
    with tcp_printer() as printer, tcp_printer() as kitchen:
        set_printers(shop, network(printer.address, kick_drawer=True), network(kitchen.address))
        scan(qtbot, screen, "8990001")
        press(qtbot, screen, Qt.Key.Key_F12)
        dialog = open_dialog(screen, "paymentDialog")
        qtbot.keyClicks(dialog.cash.amount, "50000")  # type: ignore[attr-defined]
        with qtbot.waitSignal(screen.dispatcher.printed, timeout=10_000) as printed:
            qtbot.keyClick(dialog.cash.amount, Qt.Key.Key_Return)  # type: ignore[attr-defined]
        [receipt] = printer.wait_for(1)
        [ticket] = kitchen.wait_for(1)
        qtbot.waitUntil(lambda: screen.dispatcher.store.count() == 0)
        time.sleep(0.2)  # nothing else arrives
        assert (len(printer.wait_for(2, timeout=0.1)), len(kitchen.wait_for(2, timeout=0.1))) == (1, 1)
    sale = screen.presenter.last_sale
    assert sale is not None
    assert printed.args == [sale.receipt_no, printer.address]
    assert sale.receipt_no.encode() in receipt
    assert CD_KICK_2 in receipt[:32]
    assert b"Es Teh" in ticket
    with shop.db.reading() as s:
        statuses = s.execute(select(PrintJob.kind, PrintJob.status).where(PrintJob.sale_id == sale.sale_id)).all()
    assert sorted(tuple(row) for row in statuses) == [("kitchen", "done"), ("receipt", "done")]
