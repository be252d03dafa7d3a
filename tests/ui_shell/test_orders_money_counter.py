"""Issue 12's money at the counter, through the real window by keyboard: a tailoring line shared by the cutter and
the tailor at intake (the till's worker dialog) credits each by share at completion; part of a deposit given back
with a reason and a supervisor's approval, cash rounded to the outlet's unit; the debt and deposits-held lists
opened from the board."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

import pytest
from order_shop import OrderShop
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QListWidget, QPushButton, QTableView
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from ska_pos.db.models import EarningEntry, Outlet, Sale
from ska_pos.domain.earnings import split_credit
from ska_pos.services.orders.state import load_order
from ska_pos.ui.main_window import MainWindow
from ska_pos.ui.orders.give_back_dialog import GiveBackDialog
from ska_pos.ui.orders.intake_dialog import IntakeDialog
from ska_pos.ui.orders.money_list_dialog import MoneyListDialog
from ska_pos.ui.orders.orders_page import OrdersPage
from ska_pos.ui.till.worker_dialog import WorkerDialog

from .conftest import find
from .helpers import WAIT_MS
from .test_orders_counter import _idle, _next, _orders_page, _take

MORNING = datetime(2026, 12, 6, 2, 0, tzinfo=UTC)  # 09:00 in Jakarta


def _share(qtbot: QtBot, dialog: IntakeDialog, shares: dict[str, str]) -> None:
    """The line's workers through the till's worker dialog: split, tick each, type each share, Enter."""
    find(dialog, QPushButton, "intakeShareWorkers").click()
    sharing = dialog.order_lines.sharing
    assert isinstance(sharing, WorkerDialog)
    qtbot.waitUntil(sharing.isVisible, timeout=WAIT_MS)
    find(sharing, QCheckBox, "workerSplit").setChecked(True)
    workers = find(sharing, QListWidget, "workerList")
    for row in range(workers.count()):
        if workers.item(row).text() in shares:
            workers.item(row).setCheckState(Qt.CheckState.Checked)
    for worker_id, field in sharing._shares.items():
        field.clear()
        qtbot.keyClicks(field, shares[sharing.names[worker_id]])
    find(sharing, QPushButton, "workerDialogOk").click()
    qtbot.waitUntil(lambda: dialog.order_lines.sharing is None, timeout=WAIT_MS)


@pytest.mark.time_machine(MORNING, tick=True)
def test_a_line_shared_by_the_cutter_and_the_tailor_credits_each_by_share(
    qtbot: QtBot, orders: OrderShop, tailor_window: MainWindow, messages: list[str]
) -> None:
    page = _orders_page(qtbot, tailor_window)
    qtbot.keyClick(page.search, Qt.Key.Key_F3)
    dialog = page.dialog
    assert isinstance(dialog, IntakeDialog)
    qtbot.keyClicks(dialog.customer_name, "Bu Ratna")
    qtbot.keyClicks(dialog.order_lines.item_search, "KMJ")
    qtbot.keyClick(dialog.order_lines.item_search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.order_lines.items.count() > 0, timeout=WAIT_MS)
    qtbot.keyClick(dialog.order_lines.items, Qt.Key.Key_Return)
    find(dialog, QPushButton, "intakeShareWorkers").click()  # one worker chosen there: the list shows them
    sharing = dialog.order_lines.sharing
    assert isinstance(sharing, WorkerDialog)
    qtbot.keyClicks(find(sharing, QLineEdit, "workerFilter"), "Siti")
    qtbot.keyClick(find(sharing, QLineEdit, "workerFilter"), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.order_lines.sharing is None, timeout=WAIT_MS)
    assert dialog.order_lines.worker.currentText() == "Siti"
    assert dialog.focusWidget() is dialog.order_lines.quantity
    _share(qtbot, dialog, {"Budi": "30", "Siti": "70"})
    assert dialog.order_lines.worker.currentText() != "Siti"  # the shares say who, not the list
    shown = find(dialog, type(dialog.order_lines.shares), "intakeShares").text()
    assert "Budi 30%" in shown
    assert "Siti 70%" in shown
    qtbot.keyClick(dialog.order_lines.quantity, Qt.Key.Key_Return)
    assert dialog.order_lines.line_list.count() == 1
    assert "Budi 30% + Siti 70%" in dialog.order_lines.line_list.item(0).text()
    method = find(dialog, QComboBox, "orderPayMethod")
    method.setCurrentIndex(method.findData("cash"))
    qtbot.keyClicks(find(dialog, QLineEdit, "orderPayAmount"), "90000")
    find(dialog, QPushButton, "intakeDialogOk").click()
    qtbot.waitUntil(lambda: page.dialog is None and page.selected is not None, timeout=WAIT_MS)
    _idle(qtbot)
    for stage in ("cut", "sewn", "fitting", "altered"):
        _next(qtbot, page, stage, worker="Budi" if stage == "cut" else "Siti")
    _next(qtbot, page, "finished")  # completion: the sale, the workers credited
    with orders.shop.db.reading() as s:
        order = load_order(s, page.selected.order.id)  # type: ignore[union-attr]
        assert {c.worker_id: c.split_bp for c in order.lines[0].workers} == {
            orders.shop.budi.id: 3_000, orders.shop.siti.id: 7_000}  # fmt: skip
        sale = s.get(Sale, order.sale_id)
        assert sale is not None
        credited = dict(s.execute(select(EarningEntry.worker_id, EarningEntry.credited_amount)
                                  .where(EarningEntry.sale_id == sale.id)).all())  # fmt: skip
        assert [credited[orders.shop.budi.id], credited[orders.shop.siti.id]] == split_credit(
            sale.net_total, [3_000, 7_000]
        )
    assert messages == []


@pytest.mark.time_machine(MORNING, tick=True)
def test_part_of_a_deposit_given_back_at_the_counter_in_cash_rounded(
    qtbot: QtBot,
    orders: OrderShop,
    laundry_window: MainWindow,
    messages: list[str],
    approve_as: Callable[[str | None], list[str]],
) -> None:
    with orders.shop.db.transaction() as s:
        outlet = s.get(Outlet, orders.laundry.id)
        assert outlet is not None
        outlet.cash_rounding_unit = 500
    asked = approve_as("spv")
    page = _orders_page(qtbot, laundry_window)
    number = _take(qtbot, page, "KILO", "5", "20000")
    qtbot.keyClick(page.table, Qt.Key.Key_F6)
    dialog = page.dialog
    assert isinstance(dialog, GiveBackDialog)
    assert dialog.focusWidget() is dialog.fields.amount
    qtbot.keyClicks(dialog.fields.amount, "4250")
    assert "Rp4.500" in dialog.handed.text()  # cash up to the outlet's Rp500, in the customer's favour
    qtbot.keyClick(dialog.fields.amount, Qt.Key.Key_Return)
    assert dialog.focusWidget() is dialog.reason_field
    assert dialog.error.isHidden()  # Enter in the amount goes on to the reason, it does not try to give back yet
    qtbot.keyClicks(dialog.reason_field, "bed cover tidak jadi")
    qtbot.keyClick(dialog.reason_field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.selected is not None and page.selected.order.money.held == 15_500, timeout=WAIT_MS)
    assert asked == [f"Kembalikan uang pesanan {number}"]
    assert "Rp4.500" in page.status.text()
    with orders.shop.db.reading() as s:
        order = load_order(s, page.selected.order.id)
        assert (order.money.held, order.money.refunded, order.money.received) == (15_500, 4_500, 20_000)
    assert messages == []


def _open_list(qtbot: QtBot, page: OrdersPage, key: Qt.Key, name: str) -> MoneyListDialog:
    qtbot.keyClick(page.table, key)
    dialog = page.dialog
    assert isinstance(dialog, MoneyListDialog)
    assert dialog.objectName() == name
    _idle(qtbot)
    qtbot.waitUntil(lambda: bool(dialog.view.totals.text()), timeout=WAIT_MS)
    return dialog


@pytest.mark.time_machine(MORNING, tick=True)
def test_the_debt_and_deposits_held_lists_from_the_board(
    qtbot: QtBot, orders: OrderShop, laundry_window: MainWindow, messages: list[str]
) -> None:
    page = _orders_page(qtbot, laundry_window)
    number = _take(qtbot, page, "KILO", "5", "20000")
    held = _open_list(qtbot, page, Qt.Key.Key_F12, "heldListDialog")
    table = find(held, QTableView, "moneyListTable")
    assert held.focusWidget() is table
    assert held.view.model.rowCount() == 1
    assert held.view.model.text(held.view.model.row_at(0), 0) == number
    assert "Rp20.000" in held.view.totals.text()
    qtbot.keyClick(table, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: page.dialog is None, timeout=WAIT_MS)
    debts = _open_list(qtbot, page, Qt.Key.Key_F11, "debtListDialog")
    assert debts.view.model.rowCount() == 0
    assert find(debts, QCheckBox, "moneyListCollected").isVisible()
    qtbot.keyClick(debts, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: page.dialog is None, timeout=WAIT_MS)
    assert messages == []
