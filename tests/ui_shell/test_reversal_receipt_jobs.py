"""A void's and a refund's slips are print jobs written in their own transaction, like a sale's receipt."""

from __future__ import annotations

import uuid

import pytest
from printing.tcp_printer import closed_port
from printing_integration.conftest import network, set_printers
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLineEdit, QPushButton
from pytestqt.qtbot import QtBot
from shop import Shop
from sqlalchemy import select

from ska_pos.db.models import PrintJob, Sale
from ska_pos.ui.main_window import MainWindow
from ska_pos.ui.printing.dispatch import ReceiptDispatcher

from .conftest import find
from .helpers import log_in, sell
from .test_journal import open_journal


@pytest.fixture
def nothing_after_commit(shop: Shop, monkeypatch: pytest.MonkeyPatch) -> list[uuid.UUID]:
    """A till printer that refuses, and no printing at all after the commit (as if the till crashed there)."""
    set_printers(shop, network(f"127.0.0.1:{closed_port()}"))
    started: list[uuid.UUID] = []
    monkeypatch.setattr(ReceiptDispatcher, "after_sale", lambda self, sale_id, **options: started.append(sale_id))
    return started


def jobs_of(shop: Shop, kind: str) -> list[tuple[str, str]]:
    with shop.db.reading() as s:
        query = select(PrintJob.kind, PrintJob.status).join(Sale, Sale.id == PrintJob.sale_id).where(Sale.kind == kind)
        return [(job_kind, status) for job_kind, status in s.execute(query)]


def test_a_void_slip_job_commits_with_the_void(
    qtbot: QtBot, shop_window: MainWindow, shop: Shop, approve_as, nothing_after_commit: list[uuid.UUID]
) -> None:
    approve_as("spv")
    sell(shop, "8990001")
    log_in(qtbot, shop_window, "kasir")
    page = open_journal(qtbot, shop_window, 1)
    find(page, QPushButton, "journalVoid").click()
    reason = find(find(page, QDialog, "reasonDialog"), QLineEdit, "reasonField")
    qtbot.keyClicks(reason, "pelanggan batal")
    qtbot.keyClick(reason, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(nothing_after_commit) == 1)
    assert jobs_of(shop, "void") == [("receipt", "pending")]  # no kitchen ticket for a void


def test_a_refund_slip_job_commits_with_the_refund(
    qtbot: QtBot, shop_window: MainWindow, shop: Shop, approve_as, nothing_after_commit: list[uuid.UUID]
) -> None:
    approve_as("spv")
    sell(shop, "8990001", "8990002")
    log_in(qtbot, shop_window, "kasir")
    page = open_journal(qtbot, shop_window, 1)
    find(page, QPushButton, "journalRefund").click()
    qtbot.waitUntil(lambda: page.findChild(QDialog, "refundDialog") is not None)
    dialog = find(page, QDialog, "refundDialog")
    find(dialog, QPushButton, "refundMore").click()
    qtbot.keyClicks(find(dialog, QLineEdit, "refundReason"), "terlalu manis")
    find(dialog, QPushButton, "refundConfirm").click()
    qtbot.waitUntil(lambda: len(nothing_after_commit) == 1)
    assert jobs_of(shop, "refund") == [("receipt", "pending")]
