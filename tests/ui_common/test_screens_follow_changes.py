"""Screens that show records are read again after a committed write of those records made anywhere in the window
(`ui.op_changes.refresh_on`), never reloaded by hand: one test per kind of screen (the manager's tabs, the journal
page, the shift page), each with the write made by a `WriteOp` of another screen."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest
from pytestqt.qtbot import QtBot
from shop import Shop, act_as
from sqlalchemy.orm import Session

from ska_pos.domain.outlet_profile import default_profile
from ska_pos.domain.settlement import Tender
from ska_pos.services import cart_ops, sales, shifts, workers
from ska_pos.services.cart import Cart
from ska_pos.services.sale_context import tax_settings
from ska_pos.services.workers import WorkerForm
from ska_pos.ui import ops
from ska_pos.ui.op_changes import EARNINGS, PRINTING, SALES, SHIFT, USERS, WORKERS
from ska_pos.ui.ops import WriteOp
from ska_pos.ui.till_session import TillSession

pytestmark = pytest.mark.gui

# What the till's payment declares (ska_pos/ui/till/sale_presenter.py)
A_SALE = {SALES, SHIFT, EARNINGS, PRINTING}


@pytest.fixture(autouse=True)
def _ops_drained(qtbot: QtBot) -> Iterator[None]:
    yield
    qtbot.waitUntil(lambda: not ops._running, timeout=10_000)


def session_as(shop: Shop, role: str) -> TillSession:
    user = {"cashier": None, "manager": shop.manager}[role]
    actor = shop.cashier if user is None else act_as(shop, role)
    username, name = ("kasir", "Rina Kasir") if user is None else (user.username, user.full_name)
    return TillSession(shop.db, actor, username, name, "KFE", shop.cafe.name, default_profile("kafe"), "T1", "id")


def write_elsewhere(qtbot: QtBot, shop: Shop, work: Callable[[Session], Any], changes: set[str]) -> Any:
    """A write another screen makes, through the one operation pattern; what it returned, once committed."""
    done: list[Any] = []
    failed: list[Exception] = []
    WriteOp(None, shop.db, work, changes).success(done.append).failure(failed.append).run_in_background()
    qtbot.waitUntil(lambda: bool(done or failed), timeout=10_000)
    assert failed == []
    return done[0]


def add_worker(shop: Shop, code: str) -> Callable[[Session], Any]:
    manager = act_as(shop, "manager")
    return lambda s: workers.add_worker(s, manager, WorkerForm(code, f"Dewi {code}", outlet_ids=(shop.cafe.id,)))


def sell_es_teh(shop: Shop) -> Callable[[Session], Any]:
    def sell(s: Session) -> sales.CompletedSale:
        cart = Cart(shop.cafe.id)
        cart_ops.add_by_code(s, cart, "8990001")  # Es Teh Manis, made by Siti
        total = cart.priced(tax_settings(shop.cafe)).total
        return sales.complete_sale(s, shop.cashier, cart, [Tender("cash", total)])

    return sell


def test_a_manager_tab_on_view_shows_a_worker_added_elsewhere(qtbot: QtBot, shop: Shop) -> None:
    from ska_pos.ui.manager.workers_tab import WorkersTab

    tab = WorkersTab(session_as(shop, "manager"))
    qtbot.addWidget(tab)
    tab.show()
    qtbot.waitUntil(lambda: tab.model.rowCount() == 3)
    write_elsewhere(qtbot, shop, add_worker(shop, "W077"), {USERS})  # said to change users only: not read again
    qtbot.wait(100)
    assert tab.model.rowCount() == 3
    write_elsewhere(qtbot, shop, add_worker(shop, "W078"), {WORKERS})
    qtbot.waitUntil(lambda: tab.model.rowCount() == 5)
    assert {"W077", "W078"} <= {row.code for row in tab.model.rows}


def test_a_manager_tab_out_of_view_is_read_when_shown(qtbot: QtBot, shop: Shop) -> None:
    from ska_pos.ui.manager.manager_screen import ManagerScreen

    screen = ManagerScreen(session_as(shop, "manager"))
    qtbot.addWidget(screen)
    screen.show()
    assert screen.tabs is not None
    screen.tabs.setCurrentWidget(screen.workers)
    qtbot.waitUntil(lambda: screen.workers.model.rowCount() == 3)
    screen.tabs.setCurrentWidget(screen.rules)
    write_elsewhere(qtbot, shop, add_worker(shop, "W077"), {WORKERS})
    qtbot.wait(100)
    assert screen.workers.model.rowCount() == 3  # hidden: waits until it is shown
    screen.tabs.setCurrentWidget(screen.workers)
    qtbot.waitUntil(lambda: screen.workers.model.rowCount() == 4)


def test_the_earnings_tab_shows_a_sale_made_at_the_till(qtbot: QtBot, shop: Shop) -> None:
    from ska_pos.ui.manager.earnings_tab import EarningsTab

    tab = EarningsTab(session_as(shop, "manager"))
    qtbot.addWidget(tab)
    tab.show()
    qtbot.waitUntil(lambda: tab.totals.text() != "" and not ops._running)
    before = tab.totals.text()
    write_elsewhere(qtbot, shop, sell_es_teh(shop), A_SALE)
    qtbot.waitUntil(lambda: tab.totals.text() != before)


def test_the_journal_page_shows_a_sale_paid_elsewhere(qtbot: QtBot, shop: Shop) -> None:
    from ska_pos.ui.journal.journal_page import JournalPage
    from ska_pos.ui.printing.dispatch import ReceiptDispatcher

    dispatcher = ReceiptDispatcher(shop.db, shop.cashier.till_id)
    page = JournalPage(session_as(shop, "cashier"), dispatcher)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: not ops._running)
    before = page.model.rowCount()
    sale = write_elsewhere(qtbot, shop, sell_es_teh(shop), A_SALE)
    qtbot.waitUntil(lambda: page.model.rowCount() == before + 1)
    assert sale.receipt_no in {entry.receipt_no for entry in page.model.entries}
    dispatcher.close()


def test_the_shift_page_shows_cash_moved_elsewhere(qtbot: QtBot, shop: Shop) -> None:
    from ska_pos.ui.shift.shift_page import ShiftPage

    page = ShiftPage(session_as(shop, "cashier"))
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.report is not None)
    cashier = shop.cashier
    write_elsewhere(qtbot, shop, lambda s: shifts.move_cash(s, cashier, "in", 50_000, "uang kecil"), {SHIFT})
    qtbot.waitUntil(lambda: any("uang kecil" in page.movements.item(i).text() for i in range(page.movements.count())))
