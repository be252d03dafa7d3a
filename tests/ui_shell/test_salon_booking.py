"""The salon page by keyboard alone: F7 books an appointment (customer's name, a service checked with Space, the
worker and start chosen from the day's cell), a double booking is refused in the dialog with the service's message
and nothing written; F8 moves the chosen appointment, F9 cancels it with a reason; F10 finishes a visit under way
with the till's payment dialog, a tip for the stylist, and the receipt through the print queue."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from salon_shop import SalonDay
from sqlalchemy import func, select

from ska_pos.db.models import EarningEntry, SalonAppointment
from ska_pos.services.orders.state import load_order
from ska_pos.services.salon.appointment_views import day_view
from ska_pos.services.salon.queue import join_queue, take_next
from ska_pos.ui import ops
from ska_pos.ui.journal.reason_dialog import ReasonDialog
from ska_pos.ui.main_window import MainWindow
from ska_pos.ui.salon.booking_dialog import BookingDialog, MoveDialog
from ska_pos.ui.salon.salon_page import SalonPage
from ska_pos.ui.till.payment_dialog import PaymentDialog

from .helpers import WAIT_MS, open_till_page

MORNING = datetime(2026, 12, 7, 2, 0, tzinfo=UTC)  # 09:00 in Jakarta; the day's rows start at 08:00
TEN_ROW = 4  # 10:00, by half hours from 08:00


def _idle(qtbot: QtBot) -> None:
    qtbot.waitUntil(lambda: not ops._running, timeout=WAIT_MS)


def _salon_page(qtbot: QtBot, window: MainWindow) -> SalonPage:
    page = open_till_page(qtbot, window, "actionSalon", Qt.Key.Key_J, "salonPage")
    assert isinstance(page, SalonPage)
    qtbot.waitUntil(lambda: page.day is not None and bool(page.services), timeout=WAIT_MS)
    return page


def _cell(qtbot: QtBot, page: SalonPage, row: int, worker: str) -> None:
    """By arrow keys from the day's first cell."""
    assert page.day is not None
    column = [name for _id, name in page.day.workers].index(worker)
    page.day_table.setFocus()
    page.day_table.setCurrentIndex(page.day_model.index(0, 0))
    for _ in range(row):
        qtbot.keyClick(page.day_table, Qt.Key.Key_Down)
    for _ in range(column):
        qtbot.keyClick(page.day_table, Qt.Key.Key_Right)


def _book(qtbot: QtBot, page: SalonPage, name: str, phone: str = "") -> BookingDialog:
    qtbot.keyClick(page.day_table, Qt.Key.Key_F7)
    dialog = page.dialog
    assert isinstance(dialog, BookingDialog)
    qtbot.keyClicks(dialog.customer_name, name)
    qtbot.keyClick(dialog.customer_name, Qt.Key.Key_Tab)
    qtbot.keyClicks(dialog.customer_phone, phone)
    dialog.services.setFocus()
    dialog.services.setCurrentRow(0)
    qtbot.keyClick(dialog.services, Qt.Key.Key_Space)  # checks the first service (Cat Rambut: 90 min)
    qtbot.keyClick(dialog.note, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    return dialog


@pytest.mark.time_machine(MORNING, tick=True)
def test_book_refuse_a_double_booking_move_and_cancel_by_keyboard(
    qtbot: QtBot, day: SalonDay, salon_window: MainWindow, messages: list[str]
) -> None:
    shop = day.shop
    page = _salon_page(qtbot, salon_window)
    _cell(qtbot, page, TEN_ROW, "Siti")
    dialog = _book(qtbot, page, "Dewi Lestari", "0812-3456-7890")
    assert dialog.when.worker.currentText() == "Siti"  # the cell's worker and time
    qtbot.waitUntil(lambda: page.dialog is None, timeout=WAIT_MS)
    assert "Dewi Lestari" in page.status.text()
    _idle(qtbot)
    with shop.db.reading() as s:
        [booked] = day_view(s, shop.salon.id, MORNING.date()).appointments
    assert (booked.worker_id, booked.starts_at, booked.minutes) == (shop.siti.id, MORNING + timedelta(hours=1), 90)
    assert booked.phone_tail == "7890"  # the name and phone taken at the counter
    # the same worker at 10:30: refused in the dialog, which stays open; nothing written
    _cell(qtbot, page, TEN_ROW + 1, "Siti")
    again = _book(qtbot, page, "Bela")
    qtbot.waitUntil(lambda: again.error.isVisible(), timeout=WAIT_MS)
    assert "Siti" in again.error.text()
    assert page.dialog is again
    assert not messages
    qtbot.keyClick(again, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: page.dialog is None, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: page.focusWidget() is page.day_table, timeout=WAIT_MS)  # back where the booking began
    with shop.db.reading() as s:
        assert s.scalar(select(func.count()).select_from(SalonAppointment)) == 1
    # F8: to Budi at 13:00
    qtbot.waitUntil(lambda: page.day_model.appointment_at(TEN_ROW, 1) is not None, timeout=WAIT_MS)
    _cell(qtbot, page, TEN_ROW, "Siti")
    qtbot.keyClick(page.day_table, Qt.Key.Key_F8)
    move = page.dialog
    assert isinstance(move, MoveDialog)
    move.when.worker.setFocus()
    qtbot.keyClick(move.when.worker, Qt.Key.Key_Up)  # Budi is before Siti
    move.when.start.setFocus()
    qtbot.keyClick(move.when.start, Qt.Key.Key_Home)  # the hour
    for _ in range(3):
        qtbot.keyClick(move.when.start, Qt.Key.Key_Up)
    qtbot.keyClick(move.when.start, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.dialog is None, timeout=WAIT_MS)
    _idle(qtbot)
    with shop.db.reading() as s:
        [moved] = day_view(s, shop.salon.id, MORNING.date()).appointments
    assert (moved.worker_id, moved.starts_at) == (shop.budi.id, MORNING + timedelta(hours=4))
    # F9: cancelled with a reason
    qtbot.waitUntil(lambda: page.day_model.appointment_at(10, 0) is not None, timeout=WAIT_MS)
    _cell(qtbot, page, 10, "Budi")
    qtbot.keyClick(page.day_table, Qt.Key.Key_F9)
    reason = page.dialog
    assert isinstance(reason, ReasonDialog)
    qtbot.keyClicks(reason.reason, "pelanggan sakit")
    qtbot.keyClick(reason.reason, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "Dewi" in page.status.text() and page.dialog is None, timeout=WAIT_MS)
    _idle(qtbot)
    with shop.db.reading() as s:
        assert day_view(s, shop.salon.id, MORNING.date()).appointments == ()
    assert not messages


@pytest.mark.time_machine(MORNING, tick=True)
def test_a_visit_under_way_is_finished_and_paid_with_a_tip_and_its_receipt_printed(
    qtbot: QtBot, day: SalonDay, salon_window: MainWindow, messages: list[str]
) -> None:
    shop = day.shop
    with shop.db.transaction() as s:
        visit = join_queue(s, shop.salon_cashier, "Ani", [(day.cut.id, shop.siti.id)])
        take_next(s, shop.salon_cashier, shop.siti.id)
    page = _salon_page(qtbot, salon_window)
    qtbot.waitUntil(lambda: page.queue_model.rowCount() == 1, timeout=WAIT_MS)
    page.queue_table.setFocus()
    page.queue_table.setCurrentIndex(page.queue_model.index(0, 0))
    window = salon_window
    with qtbot.waitSignal(window.dispatcher.printed, timeout=WAIT_MS) as printed:  # type: ignore[union-attr]
        qtbot.keyClick(page.queue_table, Qt.Key.Key_F10)
        qtbot.waitUntil(lambda: isinstance(page.dialog, PaymentDialog), timeout=WAIT_MS)
        payment = page.dialog
        assert isinstance(payment, PaymentDialog)
        assert payment.total == 25_000
        qtbot.keyClick(payment, Qt.Key.Key_F6)
        qtbot.keyClicks(payment.tip.amount_field, "5.000")
        qtbot.keyClick(payment.tip.amount_field, Qt.Key.Key_Return)
        qtbot.keyClick(payment.tip.worker, Qt.Key.Key_Return)
        payment.cash.amount.clear()
        qtbot.keyClicks(payment.cash.amount, "50000")
        qtbot.keyClick(payment.cash.amount, Qt.Key.Key_Return)
    _receipt_no, where = printed.args
    assert Path(where).read_bytes().startswith(b"%PDF")
    qtbot.waitUntil(lambda: "tip" in page.status.text(), timeout=WAIT_MS)
    _idle(qtbot)
    with shop.db.reading() as s:
        assert load_order(s, visit.order_id).stage == "done"
        earned = s.execute(select(EarningEntry.worker_id, EarningEntry.kind, EarningEntry.amount)).all()
    assert sorted(earned) == sorted([(shop.siti.id, "sale", 12_500), (shop.siti.id, "tip", 5_000)])
    assert not messages
    qtbot.waitUntil(lambda: page.queue_model.rowCount() == 0, timeout=WAIT_MS)
