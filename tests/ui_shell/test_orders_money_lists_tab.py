"""The manager's tab of the money lists (a part of the Customers tab): the debts or the down payments held of an
outlet the manager may see, chosen in the tab, read a page at a time with the whole list's total."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal

import pytest
from earnings.ui_fixtures import session_of
from order_shop import OrderShop
from PySide6.QtWidgets import QCheckBox
from pytestqt.qtbot import QtBot

from ska_pos.domain.settlement import Tender
from ska_pos.services.orders.intake import OrderForm, OrderLineForm, take_order
from ska_pos.services.orders.money_lists import MoneyKind
from ska_pos.ui.manager.manager_screen import ManagerScreen
from ska_pos.ui.widgets import index_of_data

from .conftest import find

MORNING = datetime(2026, 12, 6, 2, 0, tzinfo=UTC)  # 09:00 in Jakarta
WAIT_MS = 10_000


@pytest.mark.time_machine(MORNING, tick=True)
def test_the_manager_sees_an_outlets_down_payments_held_and_debts(qtbot: QtBot, orders: OrderShop) -> None:
    with orders.shop.db.transaction() as s:
        for deposit in (20_000, 5_000):
            take_order(s, orders.laundry_cashier, OrderForm([OrderLineForm(orders.kiloan.id, Decimal(3))],
                       customer_name="Bu Ani", deposit=Tender("cash", deposit)))  # fmt: skip
    screen = ManagerScreen(session_of(orders.shop))
    qtbot.addWidget(screen)
    screen.show()
    assert screen.tabs is not None
    screen.tabs.setCurrentWidget(screen.customer_parts)
    screen.customer_parts.setCurrentWidget(screen.money_lists)
    tab = screen.money_lists
    qtbot.waitUntil(lambda: index_of_data(tab.outlet, orders.laundry.id) >= 0, timeout=WAIT_MS)
    tab.outlet.setCurrentIndex(index_of_data(tab.outlet, orders.laundry.id))
    tab.outlet.activated.emit(tab.outlet.currentIndex())
    tab.kind.setCurrentIndex(index_of_data(tab.kind, MoneyKind.HELD))
    tab.kind.activated.emit(tab.kind.currentIndex())
    view = tab.view
    qtbot.waitUntil(lambda: view.model.rowCount() == 2, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: view.totals.text().startswith("<b>2 ") and "Rp25,000</b>" in view.totals.text(),
                    timeout=WAIT_MS)  # fmt: skip
    assert not find(tab, QCheckBox, "moneyListCollected").isVisible()  # only the debts narrow to collected
    tab.kind.setCurrentIndex(index_of_data(tab.kind, MoneyKind.DEBTS))
    tab.kind.activated.emit(tab.kind.currentIndex())
    qtbot.waitUntil(lambda: view.model.rowCount() == 0, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: view.totals.text().startswith("<b>0 "), timeout=WAIT_MS)
    assert find(tab, QCheckBox, "moneyListCollected").isVisible()
