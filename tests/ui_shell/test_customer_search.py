"""The customer part of the order intake and of the salon's booking, by keyboard: the search finds the sentra's
customers (Enter in the search field), Enter in the list chooses one (its name fills the name field, the phone is
cleared, the next part takes the focus), and typing a name afterwards makes the customer a new one again."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from order_shop import OrderShop
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from salon_shop import salon_day
from shop import Shop

from ska_pos.domain.outlet_profile import default_profile
from ska_pos.services.customers import CustomerForm, add_customer
from ska_pos.services.orders.counter import counter_facts
from ska_pos.services.salon.appointment_views import day_view
from ska_pos.services.salon.durations import outlet_services
from ska_pos.ui import ops
from ska_pos.ui.orders.intake_dialog import IntakeDialog
from ska_pos.ui.salon.booking_dialog import BookingDialog
from ska_pos.ui.till_session import TillSession

from .helpers import WAIT_MS

MORNING = datetime(2026, 12, 7, 2, 0, tzinfo=UTC)  # 09:00 in Jakarta


def _found(qtbot: QtBot, search: object, text: str) -> None:
    qtbot.keyClicks(search, text)
    qtbot.keyClick(search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not ops._running, timeout=WAIT_MS)


@pytest.mark.time_machine(MORNING, tick=True)
def test_the_intake_finds_and_chooses_a_listed_customer(qtbot: QtBot, orders: OrderShop) -> None:
    shop = orders.shop
    with shop.db.transaction() as s:
        anisa = add_customer(s, orders.laundry_cashier, CustomerForm("Ibu Anisa Putri", "0812-1111-2222"))
    session = TillSession(shop.db, orders.laundry_cashier, "kasir", "Rina Kasir", "LDR", "Laundry Bersih",
                          default_profile("laundry"), "T1", "id")  # fmt: skip
    with shop.db.reading() as s:
        facts = counter_facts(s, orders.laundry.id)
    dialog = IntakeDialog(session, facts)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.customer_search, timeout=WAIT_MS)
    qtbot.keyClicks(dialog.phone, "0813")
    _found(qtbot, dialog.customer_search, "Anisa")
    assert [dialog.customers.item(row).text() for row in range(dialog.customers.count())] == [
        "Ibu Anisa Putri ••••2222"
    ]
    assert QApplication.focusWidget() is dialog.customers
    qtbot.keyClick(dialog.customers, Qt.Key.Key_Return)
    assert dialog.customer_id == anisa.id
    assert (dialog.customer_name.text(), dialog.phone.text(), dialog.phone.isEnabled()) == (
        "Ibu Anisa Putri",
        "",
        False,
    )
    assert QApplication.focusWidget() is dialog.order_lines.item_search
    assert (dialog.form().customer_id, dialog.form().customer_name) == (anisa.id, "")
    qtbot.keyClicks(dialog.customer_name, " Sari")  # a name typed: a new customer, with a phone of their own
    assert (dialog.customer_id, dialog.phone.isEnabled()) == (None, True)
    assert dialog.form().customer_name == "Ibu Anisa Putri Sari"


@pytest.mark.time_machine(MORNING, tick=True)
def test_the_booking_finds_and_chooses_a_listed_customer(qtbot: QtBot, shop: Shop) -> None:
    day = salon_day(shop)
    with shop.db.transaction() as s:
        anisa = add_customer(s, shop.salon_cashier, CustomerForm("Ibu Anisa Putri", "0812-1111-2222"))
        services = outlet_services(s, shop.salon.id)
        workers = day_view(s, shop.salon.id, MORNING.date()).workers
    session = TillSession(shop.db, shop.salon_cashier, "kasir", "Rina Kasir", "SLN", "Salon",
                          default_profile("salon"), "T1", "id")  # fmt: skip
    dialog = BookingDialog(session, services, workers, MORNING, day.shop.siti.id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.customer_search, timeout=WAIT_MS)
    _found(qtbot, dialog.customer_search, "Nobody")
    assert dialog.customers.count() == 0
    assert dialog.error.isVisible()
    assert "Pelanggan tidak ditemukan: tulis namanya saja" in dialog.error.text()
    dialog.customer_search.clear()
    qtbot.keyClicks(dialog.customer_phone, "0813")
    _found(qtbot, dialog.customer_search, "Anisa")
    assert dialog.customers.count() == 1
    assert QApplication.focusWidget() is dialog.customers
    qtbot.keyClick(dialog.customers, Qt.Key.Key_Return)
    assert dialog.customer_id == anisa.id
    assert (dialog.customer_name.text(), dialog.customer_phone.text()) == ("Ibu Anisa Putri", "")
    assert not dialog.error.isVisible()
    assert QApplication.focusWidget() is dialog.services
    qtbot.keyClicks(dialog.customer_name, " Sari")
    assert dialog.customer_id is None
