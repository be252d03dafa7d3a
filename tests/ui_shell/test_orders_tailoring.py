"""Issue 12's galeri jahit through the real window, by keyboard: at intake the measurement card (Ctrl+M) takes a
customer's measurements, the cloth is the customer's own and a fitting is booked; the order keeps the measurements
as taken, its detail shows them and the fitting, the card opens again from the board (Ctrl+M), the due dates
(Ctrl+D) list it and its fitting, the fitting is done and a second one booked (Ctrl+F), and it is walked to
collection. A bad measure is refused on the card with a clear message."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

import pytest
from order_shop import OrderShop
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLineEdit, QListWidget, QPushButton
from pytestqt.qtbot import QtBot
from shop import act_as

from ska_pos.domain.orders.measures import garment_name, measure_name
from ska_pos.services.orders.fittings import order_fittings
from ska_pos.services.orders.measure_templates import rename_measure_template
from ska_pos.services.orders.measurements import order_measurements
from ska_pos.services.orders.pause import set_order_pause
from ska_pos.services.orders.ticket import order_ticket
from ska_pos.ui.main_window import MainWindow
from ska_pos.ui.orders.due_dates_dialog import DueDatesDialog
from ska_pos.ui.orders.fitting_dialog import FittingsDialog
from ska_pos.ui.orders.intake_dialog import IntakeDialog
from ska_pos.ui.orders.measurement_card import MeasurementCard
from ska_pos.ui.orders.orders_page import OrdersPage

from .conftest import find
from .helpers import WAIT_MS
from .test_orders_counter import _collect, _idle, _next, _orders_page

MORNING = datetime(2026, 12, 6, 2, 0, tzinfo=UTC)  # 09:00 in Jakarta
CTRL = Qt.KeyboardModifier.ControlModifier


def _measure_at_intake(qtbot: QtBot, dialog: IntakeDialog) -> None:
    qtbot.keyClick(dialog.customer_name, Qt.Key.Key_M, CTRL)
    card = dialog.tailoring.card if dialog.tailoring else None
    assert isinstance(card, MeasurementCard)
    assert card.garment.currentData() == "kemeja"
    assert card.focusWidget() is card.garment
    chest = find(card, QLineEdit, "measure_chest")
    qtbot.keyClicks(chest, "9o")  # a typo: refused, nothing taken
    qtbot.keyClick(chest, Qt.Key.Key_Return, CTRL)
    assert card.isVisible()
    assert "9o bukan angka sentimeter" in card.error.text()  # the window speaks Indonesian
    chest.clear()
    qtbot.keyClicks(chest, "96,5")
    qtbot.keyClick(chest, Qt.Key.Key_Return)  # Enter: on to the next measure shown
    qtbot.keyClicks(find(card, QLineEdit, "measure_waist"), "84")
    qtbot.keyClicks(find(card, QLineEdit, "measure_sleeve"), "60")
    qtbot.keyClick(find(card, QLineEdit, "measure_sleeve"), Qt.Key.Key_Return, CTRL)
    qtbot.waitUntil(lambda: dialog.tailoring is not None and dialog.tailoring.card is None, timeout=WAIT_MS)
    assert dialog.tailoring is not None
    assert garment_name("kemeja") in dialog.tailoring.summary.text()


def _take_tailoring_order(qtbot: QtBot, page: OrdersPage) -> None:
    qtbot.keyClick(page.search, Qt.Key.Key_F3)
    dialog = page.dialog
    assert isinstance(dialog, IntakeDialog)
    assert dialog.tailoring is not None
    qtbot.keyClicks(dialog.customer_name, "Bu Ratna")
    _measure_at_intake(qtbot, dialog)
    own = dialog.tailoring.own_cloth
    own.setFocus()
    qtbot.keyClick(own, Qt.Key.Key_Space)
    qtbot.keyClicks(dialog.tailoring.cloth_note, "Batik tulis 2 m")
    fitting = dialog.tailoring.fitting
    fitting.setFocus()
    qtbot.keyClick(fitting, Qt.Key.Key_Space)
    qtbot.keyClicks(dialog.order_lines.item_search, "KMJ")
    qtbot.keyClick(dialog.order_lines.item_search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.order_lines.items.count() > 0, timeout=WAIT_MS)
    qtbot.keyClick(dialog.order_lines.items, Qt.Key.Key_Return)
    dialog.order_lines.worker.setCurrentIndex(dialog.order_lines.worker.findText("Siti"))
    qtbot.keyClick(dialog.order_lines.quantity, Qt.Key.Key_Return)
    method = find(dialog, QComboBox, "orderPayMethod")
    method.setCurrentIndex(method.findData("cash"))
    qtbot.keyClicks(find(dialog, QLineEdit, "orderPayAmount"), "90000")
    find(dialog, QPushButton, "intakeDialogOk").click()
    qtbot.waitUntil(lambda: page.dialog is None and page.selected is not None, timeout=WAIT_MS)
    _idle(qtbot)


@pytest.mark.time_machine(MORNING, tick=True)
def test_a_tailoring_order_measured_at_intake_and_walked_to_collection(
    qtbot: QtBot, orders: OrderShop, tailor_window: MainWindow, messages: list[str]
) -> None:
    window = tailor_window
    page = _orders_page(qtbot, window)
    assert page.tailoring.card_button.isVisible()
    _take_tailoring_order(qtbot, page)
    assert page.selected is not None
    order_id = page.selected.order.id
    qtbot.waitUntil(lambda: garment_name("kemeja") in page.detail.text(), timeout=WAIT_MS)
    assert "13/12/2026" in page.detail.text()  # the fitting, a week after intake
    with orders.shop.db.reading() as s:
        taken = order_measurements(s, order_id)
        assert [(v.code, v.cm) for v in taken[0].values] == [
            ("chest", Decimal("96.5")), ("waist", Decimal(84)), ("sleeve", Decimal(60))]  # fmt: skip
        ticket = order_ticket(s, order_id, "en")
        assert (ticket.own_cloth, ticket.cloth_note, len(ticket.fittings)) == (True, "Batik tulis 2 m", 1)

    qtbot.keyClick(page.table, Qt.Key.Key_M, CTRL)  # the card again, from the board: the order's as taken
    card = page.dialog
    assert isinstance(card, MeasurementCard)
    history = find(card, QListWidget, "measurementHistory")
    qtbot.waitUntil(lambda: history.count() == 1, timeout=WAIT_MS)
    assert f"{measure_name('chest')}: 96,5 cm" in card.values.text()
    qtbot.keyClick(card, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: page.dialog is None, timeout=WAIT_MS)

    qtbot.keyClick(page.table, Qt.Key.Key_D, CTRL)  # the workload by promised date
    due = page.dialog
    assert isinstance(due, DueDatesDialog)
    days = find(due, QListWidget, "dueDatesDays")
    qtbot.waitUntil(lambda: days.count() == 14, timeout=WAIT_MS)
    day = next(row for row in range(days.count()) if days.item(row).text().endswith("· 1"))
    days.setCurrentRow(day)
    assert "Bu Ratna" in find(due, QListWidget, "dueDatesOrders").item(0).text()
    fitting_day = next(row for row in range(days.count()) if "fitting" in days.item(row).text())
    assert "13/12" in days.item(fitting_day).text()  # the fitting booked at intake, a week on
    days.setCurrentRow(fitting_day)
    listed = find(due, QListWidget, "dueDatesOrders")
    assert "Bu Ratna" in listed.item(listed.count() - 1).text()
    assert "menunggu" in listed.item(listed.count() - 1).text()
    qtbot.keyClick(due, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: page.dialog is None, timeout=WAIT_MS)

    qtbot.keyClick(page.table, Qt.Key.Key_F, CTRL)  # the fitting took place
    fitted = page.dialog
    assert isinstance(fitted, FittingsDialog)
    assert fitted.focusWidget() is fitted.found  # the fitting waiting is chosen
    qtbot.keyClicks(fitted.found, "Lengan kurang 1 cm")
    qtbot.keyClick(fitted.found, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.dialog is None, timeout=WAIT_MS)
    _idle(qtbot)
    with orders.shop.db.reading() as s:
        assert [(f.done, f.done_note) for f in order_fittings(s, order_id)] == [(True, "Lengan kurang 1 cm")]
    qtbot.waitUntil(lambda: "selesai" in page.detail.text(), timeout=WAIT_MS)
    qtbot.keyClick(page.table, Qt.Key.Key_F, CTRL)  # a second fitting, a week after the first
    again = page.dialog
    assert isinstance(again, FittingsDialog)
    assert again.listed.count() == 1
    assert not again.mark.isEnabled()  # nothing waiting
    assert again.focusWidget() is again.at
    qtbot.keyClicks(again.book_note, "Pinggang")
    qtbot.keyClick(again.book_note, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.dialog is None, timeout=WAIT_MS)
    _idle(qtbot)
    with orders.shop.db.reading() as s:
        booked = order_fittings(s, order_id)
    assert [(f.done, f.note) for f in booked] == [(True, ""), (False, "Pinggang")]
    assert booked[1].fitting_at - booked[0].fitting_at == timedelta(days=7)

    for stage, worker in (("cut", "Budi"), ("sewn", "Siti"), ("fitting", "Siti"), ("altered", "Siti")):
        _next(qtbot, page, stage, worker=worker)
    _next(qtbot, page, "finished")
    _collect(qtbot, window, page, 165_000 - 90_000, "75000")
    assert messages == []


@pytest.mark.time_machine(MORNING, tick=True)
def test_not_taking_orders_until_a_date_shows_on_the_board_and_refuses_intake(
    qtbot: QtBot, orders: OrderShop, tailor_window: MainWindow, messages: list[str]
) -> None:
    manager = act_as(orders.shop, "manager", outlet_id=orders.tailor.id, till_id=orders.tailor_cashier.till_id)
    with orders.shop.db.transaction() as s:
        set_order_pause(s, manager, orders.tailor.id, date(2026, 12, 20), "Penuh menjelang Lebaran")
    page = _orders_page(qtbot, tailor_window)
    assert page.tailoring.banner.isVisible()
    assert "20/12/2026: Penuh menjelang Lebaran" in page.tailoring.banner.text()
    qtbot.keyClick(page.search, Qt.Key.Key_F3)
    assert page.dialog is None
    assert "20-12-2026: Penuh menjelang Lebaran" in page.status.text()
    assert messages == []


@pytest.mark.time_machine(MORNING, tick=True)
def test_the_intakes_measurement_summary_names_a_renamed_garment_as_the_outlet_calls_it(
    qtbot: QtBot, orders: OrderShop, tailor_window: MainWindow, messages: list[str]
) -> None:
    manager = act_as(orders.shop, "manager", outlet_id=orders.tailor.id, till_id=orders.tailor_cashier.till_id)
    with orders.shop.db.transaction() as s:
        rename_measure_template(s, manager, orders.tailor.id, "kemeja", "Baju koko")
    page = _orders_page(qtbot, tailor_window)
    qtbot.keyClick(page.search, Qt.Key.Key_F3)
    dialog = page.dialog
    assert isinstance(dialog, IntakeDialog)
    assert dialog.tailoring is not None
    qtbot.keyClick(dialog.customer_name, Qt.Key.Key_M, CTRL)
    card = dialog.tailoring.card
    assert isinstance(card, MeasurementCard)
    assert card.garment.currentText() == "Baju koko"  # the card already shows the outlet's name
    chest = find(card, QLineEdit, "measure_chest")
    qtbot.keyClicks(chest, "96")
    qtbot.keyClick(chest, Qt.Key.Key_Return, CTRL)
    qtbot.waitUntil(lambda: dialog.tailoring is not None and dialog.tailoring.card is None, timeout=WAIT_MS)
    assert dialog.tailoring.summary.text() == "Baju koko"
    assert garment_name("kemeja") not in dialog.tailoring.summary.text()
    assert messages == []
