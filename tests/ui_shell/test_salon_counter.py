"""The salon's counter through the real window by keyboard: Ctrl+J from the sale screen opens the queue and the
day; F5 has the chosen stylist take the next customer (the visit moves to Dilayani); a booked customer chosen in
the day with the arrow keys is marked arrived with F6 (the visit joins the queue); Esc goes back to the till."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from salon_shop import SalonDay

from ska_pos.services.orders.state import load_order
from ska_pos.services.salon.appointments import AppointmentForm, BookedService, book_appointment
from ska_pos.services.salon.queue import join_queue
from ska_pos.ui import ops
from ska_pos.ui.main_window import MainWindow
from ska_pos.ui.salon.salon_page import SalonPage

from .conftest import page_name
from .helpers import WAIT_MS, open_till_page

MORNING = datetime(2026, 12, 7, 2, 0, tzinfo=UTC)  # 09:00 in Jakarta


def _idle(qtbot: QtBot) -> None:
    qtbot.waitUntil(lambda: not ops._running, timeout=WAIT_MS)


@pytest.mark.time_machine(MORNING, tick=True)
def test_the_queue_and_the_day_by_keyboard(
    qtbot: QtBot, day: SalonDay, salon_window: MainWindow, messages: list[str]
) -> None:
    shop = day.shop
    with shop.db.transaction() as s:
        walk_in = join_queue(s, shop.salon_cashier, "Ani", [(day.cut.id, None)])
        ten = BookedService(day.colour.id, shop.siti.id, MORNING + timedelta(hours=1))
        book_appointment(s, shop.salon_cashier, AppointmentForm([ten], customer_name="Dewi", phone="0812-3456-7890"))
    window = salon_window
    page = open_till_page(qtbot, window, "actionSalon", Qt.Key.Key_J, "salonPage")  # the salon takes appointments
    assert isinstance(page, SalonPage)
    qtbot.waitUntil(lambda: page.queue is not None and page.stylist.count() == 2, timeout=WAIT_MS)
    assert page.queue_model.rowCount() == 1
    assert "Ani" in page.queue_model.data(page.queue_model.index(0, 1))
    page.stylist.setCurrentIndex(1 if page.stylist.itemText(1).startswith("Siti") else 0)  # Budi
    qtbot.keyClick(page.queue_table, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: page.status.isVisible() or bool(messages), timeout=WAIT_MS)
    assert not messages
    _idle(qtbot)
    with shop.db.reading() as s:
        assert load_order(s, walk_in.order_id).stage == "serving"
    # the day: Dewi with Siti at 10:00 (row 4 from 08:00 by half hours); Siti is the second column
    qtbot.keyClick(page.queue_table, Qt.Key.Key_Tab)
    page.day_table.setFocus()
    page.day_table.setCurrentIndex(page.day_model.index(0, 0))
    for _ in range(4):
        qtbot.keyClick(page.day_table, Qt.Key.Key_Down)
    qtbot.keyClick(page.day_table, Qt.Key.Key_Right)
    booked = page.day_model.appointment_at(page.day_table.currentIndex().row(), page.day_table.currentIndex().column())
    assert booked is not None
    assert booked.customer_name == "Dewi"
    tip = page.day_model.data(page.day_table.currentIndex(), Qt.ItemDataRole.ToolTipRole)
    assert "Dewi (…7890)" in str(tip)  # the walk-in's phone, its last digits
    qtbot.keyClick(page.day_table, Qt.Key.Key_F6)
    qtbot.waitUntil(lambda: "queue" in page.status.text() or "antrean" in page.status.text(), timeout=WAIT_MS)
    _idle(qtbot)
    qtbot.waitUntil(lambda: page.queue_model.rowCount() == 2, timeout=WAIT_MS)
    qtbot.keyClick(page.queue_table, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: page_name(window) != "salonPage", timeout=WAIT_MS)
