"""WhatsApp messages at the counter, through the real window: F10 on the board opens the message that fits the
chosen order, Enter opens the wa.me link (intercepted here) and records it once; opening it again says it was sent
and records nothing; the debt list's F10 opens the reminder. The button does the same by touch."""

from __future__ import annotations

from datetime import UTC, datetime
from urllib.parse import parse_qs, urlsplit

import pytest
from order_shop import OrderShop
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QPushButton
from pytestqt.qtbot import QtBot
from shop import act_as
from sqlalchemy import func, select

from ska_pos.db.models import OrderMessage
from ska_pos.domain.orders.messages import MessageEvent
from ska_pos.domain.settlement import Tender
from ska_pos.services.orders.rules import OrderRules, set_order_rules
from ska_pos.services.orders.stages import collect_order
from ska_pos.ui.main_window import MainWindow
from ska_pos.ui.orders import message_dialog
from ska_pos.ui.orders.message_dialog import MessageDialog
from ska_pos.ui.orders.money_list_dialog import MoneyListDialog

from .conftest import find
from .helpers import WAIT_MS
from .test_orders_counter import _idle, _orders_page, _take

MORNING = datetime(2026, 12, 6, 2, 0, tzinfo=UTC)  # 09:00 in Jakarta


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    links: list[str] = []

    def open_link(link: str) -> bool:
        links.append(link)
        return True

    monkeypatch.setattr(message_dialog, "open_in_whatsapp", open_link)
    return links


def _recorded(orders: OrderShop) -> list[tuple[str, str]]:
    with orders.shop.db.reading() as s:
        return [(row.event, str(row.order_id)) for row in s.scalars(select(OrderMessage))]


def _dialog(qtbot: QtBot, owner: object) -> MessageDialog:
    dialog = getattr(owner, "dialog", None) or getattr(owner, "reminder", None)
    assert isinstance(dialog, MessageDialog)
    qtbot.waitUntil(lambda: dialog.prepared is not None, timeout=WAIT_MS)
    return dialog


@pytest.mark.time_machine(MORNING, tick=True)
def test_the_intake_message_opens_by_keyboard_and_is_recorded_once(
    qtbot: QtBot, orders: OrderShop, laundry_window: MainWindow, messages: list[str], opened: list[str]
) -> None:
    page = _orders_page(qtbot, laundry_window)
    number = _take(qtbot, page, "KILO", "5", "10000")
    qtbot.keyClick(page.table, Qt.Key.Key_F10)
    dialog = _dialog(qtbot, page)
    assert find(dialog, QComboBox, "messageEvent").currentData() == MessageEvent.INTAKE.value
    assert number in dialog.text.toPlainText()
    assert "Bu Ani" in dialog.text.toPlainText()
    assert "7890" in dialog.to.text()
    assert "0812" not in dialog.to.text()
    assert dialog.sent.isHidden()
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.dialog is None, timeout=WAIT_MS)
    _idle(qtbot)
    assert len(opened) == 1
    assert opened[0].startswith("https://wa.me/6281234567890?text=")
    assert parse_qs(urlsplit(opened[0]).query)["text"][0] == dialog.prepared.text  # type: ignore[union-attr]
    assert [event for event, _order in _recorded(orders)] == ["intake"]
    find(page, QPushButton, "ordersMessage").click()  # by touch, again
    again = _dialog(qtbot, page)
    assert again.sent.isVisible() or not again.sent.isHidden()
    assert "records nothing new" in again.sent.text() or "tidak mencatat" in again.sent.text()
    find(again, QPushButton, "messageDialogOk").click()
    qtbot.waitUntil(lambda: page.dialog is None, timeout=WAIT_MS)
    _idle(qtbot)
    assert len(opened) == 2
    assert opened[1] == opened[0]
    assert len(_recorded(orders)) == 1
    assert messages == []


@pytest.mark.time_machine(MORNING, tick=True)
def test_a_debt_reminder_from_the_debt_list(
    qtbot: QtBot, orders: OrderShop, laundry_window: MainWindow, messages: list[str], opened: list[str]
) -> None:
    page = _orders_page(qtbot, laundry_window)
    _take(qtbot, page, "KILO", "5", "10000")
    order_id = page.selected.order.id  # type: ignore[union-attr]
    cashier = orders.laundry_cashier
    manager = act_as(orders.shop, "manager", outlet_id=orders.laundry.id, till_id=cashier.till_id)
    with orders.shop.db.transaction() as s:
        set_order_rules(s, manager, orders.laundry.id, OrderRules(pay_later=True))
    with orders.shop.db.transaction() as s:
        collect_order(s, cashier, order_id, [Tender("cash", 5_000)])
    qtbot.keyClick(page.table, Qt.Key.Key_F11)
    debts = page.dialog
    assert isinstance(debts, MoneyListDialog)
    qtbot.waitUntil(lambda: debts.view.model.rowCount() == 1, timeout=WAIT_MS)
    qtbot.keyClick(debts.view.table, Qt.Key.Key_F10)
    reminder = _dialog(qtbot, debts)
    assert reminder.chosen() is MessageEvent.DEBT
    assert "Rp15.000" in reminder.text.toPlainText()
    qtbot.keyClick(reminder.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: debts.reminder is None, timeout=WAIT_MS)
    _idle(qtbot)
    assert [event for event, _order in _recorded(orders)] == ["debt"]
    with orders.shop.db.reading() as s:
        assert s.scalar(select(func.count()).select_from(OrderMessage)) == 1
    assert messages == []
