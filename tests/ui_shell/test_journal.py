"""Today's journal: reprint a copy, void a sale and refund chosen lines, each with a supervisor's approval."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel, QLineEdit, QPushButton, QTableView
from pytestqt.qtbot import QtBot
from shop import Shop
from sqlalchemy import select

from ska_pos.db.models import AuditEntry, EarningEntry, Sale, SaleLine
from ska_pos.ui.journal.journal_page import JournalPage
from ska_pos.ui.journal.refund_lines_model import REFUND
from ska_pos.ui.main_window import MainWindow

from .conftest import find, page_name
from .helpers import log_in, sell

pytestmark = pytest.mark.dates


def open_journal(qtbot: QtBot, window: MainWindow, rows: int) -> JournalPage:
    window.till_page.journalRequested.emit()  # type: ignore[union-attr]  (F3 on the real sale screen)
    assert page_name(window) == "journalPage"
    page = window.stack.currentWidget()
    assert isinstance(page, JournalPage)
    qtbot.waitUntil(lambda: page.proxy.rowCount() == rows)
    return page


def test_journal_lists_today_and_reprints_a_copy(qtbot: QtBot, shop_window: MainWindow, shop: Shop) -> None:
    first, second = sell(shop, "8990001"), sell(shop, "8990002", method="qris")
    log_in(qtbot, shop_window, "kasir")
    page = open_journal(qtbot, shop_window, 2)
    table = find(page, QTableView, "journalTable")
    assert table.hasFocus() or not shop_window.isActiveWindow()
    assert page.current() is not None
    assert page.current().receipt_no == second.receipt_no  # newest first
    qtbot.keyClick(table, Qt.Key.Key_Down)
    assert page.current().receipt_no == first.receipt_no
    assert "2" in find(page, QLabel, "journalSummary").text()
    with qtbot.waitSignal(page.dispatcher.printed, timeout=10_000) as printed:
        find(page, QPushButton, "journalReprint").click()
    assert printed.args[1].endswith("-copy.pdf")  # a reprint is marked as a copy
    qtbot.waitUntil(lambda: page.dialog is not None, timeout=10_000)  # read and rendered off the screen's thread
    assert page.dialog is not None
    assert page.dialog.objectName() == "pdfPreview"
    assert page.dialog.page_count() == 1
    qtbot.keyClicks(find(page, QLineEdit, "journalSearch"), second.receipt_no[-4:])
    assert page.proxy.rowCount() == 1


def test_void_with_a_supervisor(qtbot: QtBot, shop_window: MainWindow, shop: Shop, approve_as) -> None:
    asked = approve_as("spv")
    sold = sell(shop, "8990001", "8990003")
    log_in(qtbot, shop_window, "kasir")
    page = open_journal(qtbot, shop_window, 1)
    find(page, QPushButton, "journalVoid").click()
    dialog = find(page, QDialog, "reasonDialog")
    reason = find(dialog, QLineEdit, "reasonField")
    qtbot.keyClicks(reason, "pelanggan batal")
    with qtbot.waitSignal(page.dispatcher.printed, timeout=10_000):  # the void's own slip
        qtbot.keyClick(reason, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: page.proxy.rowCount() == 2)
    assert sold.receipt_no in asked[0]
    with shop.db.reading() as s:
        void = s.scalars(select(Sale).where(Sale.kind == "void")).one()
        assert (void.reverses_sale_id, void.total, void.approved_by_id, void.reason) == (
            sold.sale_id,
            -sold.total,
            shop.supervisor.id,
            "pelanggan batal",
        )
        earnings = s.scalars(select(EarningEntry.amount)).all()
        assert sum(earnings) == 0
        assert s.scalars(select(AuditEntry.action).where(AuditEntry.action == "void")).one() == "void"
    status = find(page, QLabel, "journalStatus")
    assert void.receipt_no in status.text()
    assert page.select_receipt(sold.receipt_no)
    assert not find(page, QPushButton, "journalVoid").isEnabled()
    assert not find(page, QPushButton, "journalRefund").isEnabled()


def test_refund_of_chosen_lines(qtbot: QtBot, shop_window: MainWindow, shop: Shop, approve_as) -> None:
    approve_as("spv")
    sold = sell(shop, "8990001", "8990001", "8990002")
    log_in(qtbot, shop_window, "kasir")
    page = open_journal(qtbot, shop_window, 1)
    find(page, QPushButton, "journalRefund").click()
    qtbot.waitUntil(lambda: page.findChild(QDialog, "refundDialog") is not None)
    dialog = find(page, QDialog, "refundDialog")
    table = find(dialog, QTableView, "refundLines")
    model = table.model()
    assert model.rowCount() == 2
    assert model.index(0, REFUND).data() == "0"
    find(dialog, QPushButton, "refundMore").click()  # one Es Teh of the two
    assert model.index(0, REFUND).data() == "1"
    find(dialog, QPushButton, "refundConfirm").click()
    assert find(dialog, QLabel, "refundError").text() != ""
    qtbot.keyClicks(find(dialog, QLineEdit, "refundReason"), "terlalu manis")
    with qtbot.waitSignal(page.dispatcher.printed, timeout=10_000):  # the refund's own slip
        find(dialog, QPushButton, "refundConfirm").click()
        qtbot.waitUntil(lambda: page.proxy.rowCount() == 2)
    with shop.db.reading() as s:
        refund = s.scalars(select(Sale).where(Sale.kind == "refund")).one()
        lines = s.scalars(select(SaleLine).where(SaleLine.sale_id == refund.id)).all()
        assert (refund.reverses_sale_id, refund.approved_by_id) == (sold.sale_id, shop.supervisor.id)
        assert [(line.name, line.quantity) for line in lines] == [("Es Teh Manis", Decimal(-1))]
    assert page.select_receipt(sold.receipt_no)
    assert find(page, QPushButton, "journalRefund").isEnabled()
    assert not find(page, QPushButton, "journalVoid").isEnabled()


def test_a_cash_refund_says_the_rounded_amount_to_give_back(
    qtbot: QtBot, shop_window: MainWindow, shop: Shop, approve_as
) -> None:
    approve_as("spv")
    with shop.db.transaction() as s:
        s.merge(shop.cafe).cash_rounding_unit = 100
    sell(shop, "8990001", "8990001")  # 10.000 + service 500 + PBJT 1.050 = 11.550, paid 11.500
    log_in(qtbot, shop_window, "kasir")
    page = open_journal(qtbot, shop_window, 1)
    find(page, QPushButton, "journalRefund").click()
    qtbot.waitUntil(lambda: page.findChild(QDialog, "refundDialog") is not None)
    dialog = find(page, QDialog, "refundDialog")
    find(dialog, QPushButton, "refundMore").click()  # one Es Teh of the two: Rp5.775
    qtbot.keyClicks(find(dialog, QLineEdit, "refundReason"), "terlalu manis")
    with qtbot.waitSignal(page.dispatcher.printed, timeout=10_000):
        find(dialog, QPushButton, "refundConfirm").click()
        qtbot.waitUntil(lambda: page.proxy.rowCount() == 2)
    status = find(page, QLabel, "journalStatus").text()
    assert "Rp5.800" in status
    assert "5.775" not in status


def test_refund_cancelled_by_the_supervisor_writes_nothing(
    qtbot: QtBot, shop_window: MainWindow, shop: Shop, approve_as
) -> None:
    approve_as(None)
    sell(shop, "8990001")
    log_in(qtbot, shop_window, "kasir")
    page = open_journal(qtbot, shop_window, 1)
    find(page, QPushButton, "journalRefund").click()
    qtbot.waitUntil(lambda: page.findChild(QDialog, "refundDialog") is not None)
    dialog = find(page, QDialog, "refundDialog")
    find(dialog, QPushButton, "refundAllOfLine").click()
    qtbot.keyClicks(find(dialog, QLineEdit, "refundReason"), "rusak")
    find(dialog, QPushButton, "refundConfirm").click()
    assert dialog.isVisible()
    with shop.db.reading() as s:
        assert s.scalars(select(Sale).where(Sale.kind != "sale")).all() == []


def test_escape_goes_back_to_the_sale(qtbot: QtBot, shop_window: MainWindow) -> None:
    log_in(qtbot, shop_window, "kasir")
    page = open_journal(qtbot, shop_window, 0)
    qtbot.keyClick(find(page, QTableView, "journalTable"), Qt.Key.Key_Escape)
    assert page_name(shop_window) == "tillPage"
