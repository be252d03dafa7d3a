"""The salon page's finish (F10) when the visit's customer holds a package covering one of its lines, by keyboard
alone: the sessions' step lists that line, Space ticks it and what is left to pay drops to the other line's price,
Enter goes on to the till's payment dialog for that amount, and the visit is finished with the line paid by a
session. Every line ticked: no payment dialog, the visit finished with no sale of its own and the session's receipt
printed; there a tip (F6) opens the payment dialog for the tip alone, written with the finish on the stylist's
session sale, while Enter alone still finishes with no tip. A refusal of the service (every line ticked while a down
payment is held) is shown in the step, and nothing is written. A click on a line's text ticks it, as its checkbox
does."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from package_shop import PackageShop, build_package_shop
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot
from salon_shop import SalonDay
from sqlalchemy import func, select

from ska_pos.db.models import EarningEntry, PackageUse, Sale, SalonSessionLine
from ska_pos.domain.settlement import Tender
from ska_pos.services.orders.payments import pay_order
from ska_pos.services.orders.state import load_order
from ska_pos.services.packages.ledger import sell_package
from ska_pos.services.salon.queue import join_queue, start_service
from ska_pos.ui.main_window import MainWindow
from ska_pos.ui.salon.salon_page import SalonPage
from ska_pos.ui.salon.session_choice import CHECKBOX_PX, SessionChoiceDialog
from ska_pos.ui.session.till_page import make_sale_screen
from ska_pos.ui.till.payment_dialog import PaymentDialog

from .conftest import open_window
from .helpers import WAIT_MS
from .test_salon_booking import _idle, _salon_page

MORNING = datetime(2026, 12, 7, 2, 0, tzinfo=UTC)  # 09:00 in Jakarta


@pytest.fixture
def wati(day: SalonDay) -> PackageShop:
    """Bu Wati, holding a Creambath 5x package: it covers the cut (Potong Rambut)."""
    packages = build_package_shop(day.shop)
    with day.shop.db.transaction() as s:
        sell_package(s, day.shop.salon_cashier, packages.customer_id, "CB5", Tender("cash", 100_001))
    return packages


@pytest.fixture
def salon_window(qtbot: QtBot, day: SalonDay, wati: PackageShop, tmp_path: Path) -> Iterator[MainWindow]:
    yield from open_window(qtbot, day.shop.db, tmp_path, make_sale_screen, day.shop.salon_cashier.till_id)


def _visit_under_way(day: SalonDay, customer_id: uuid.UUID, with_colour: bool) -> uuid.UUID:
    shop = day.shop
    services = [(day.cut.id, shop.siti.id)] + ([(day.colour.id, shop.budi.id)] if with_colour else [])
    with shop.db.transaction() as s:
        taken = join_queue(s, shop.salon_cashier, "Bu Wati", services, customer_id=customer_id)
        start_service(s, shop.salon_cashier, taken.order_id, shop.siti.id)
    return taken.order_id


def _sessions_step(qtbot: QtBot, window: MainWindow) -> tuple[SalonPage, SessionChoiceDialog]:
    page = _salon_page(qtbot, window)
    qtbot.waitUntil(lambda: page.queue_model.rowCount() == 1, timeout=WAIT_MS)
    page.queue_table.setFocus()
    page.queue_table.setCurrentIndex(page.queue_model.index(0, 0))
    qtbot.keyClick(page.queue_table, Qt.Key.Key_F10)
    qtbot.waitUntil(lambda: isinstance(page.dialog, SessionChoiceDialog), timeout=WAIT_MS)
    choice = page.dialog
    assert isinstance(choice, SessionChoiceDialog)
    assert choice.lines.hasFocus()
    return page, choice


@pytest.mark.time_machine(MORNING, tick=True)
def test_a_line_ticked_is_paid_with_a_session_and_the_rest_with_the_payment_dialog(
    qtbot: QtBot, day: SalonDay, wati: PackageShop, salon_window: MainWindow, messages: list[str]
) -> None:
    order_id = _visit_under_way(day, wati.customer_id, with_colour=True)
    page, choice = _sessions_step(qtbot, salon_window)
    assert choice.lines.count() == 1  # the cut; no package covers the colour
    assert "Creambath 5x" in choice.lines.item(0).text()
    assert "145.000" in choice.left_to_pay.text()  # the cut and the colour
    qtbot.keyClick(choice.lines, Qt.Key.Key_Space)
    assert len(choice.chosen_lines()) == 1
    assert "120.000" in choice.left_to_pay.text()  # the colour alone
    qtbot.keyClick(choice.lines, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: choice.findChild(PaymentDialog) is not None, timeout=WAIT_MS)
    payment = choice.findChild(PaymentDialog)
    assert isinstance(payment, PaymentDialog)
    qtbot.waitUntil(payment.isVisible, timeout=WAIT_MS)
    assert payment.total == 120_000
    payment.cash.amount.clear()
    qtbot.keyClicks(payment.cash.amount, "120000")
    qtbot.keyClick(payment.cash.amount, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.dialog is None, timeout=WAIT_MS)
    _idle(qtbot)
    assert "sesi paket" in page.status.text(), page.status.text()
    with day.shop.db.reading() as s:
        assert load_order(s, order_id).stage == "done"
        assert s.scalar(select(func.count()).select_from(PackageUse)) == 1
        assert s.scalar(select(SalonSessionLine.order_id)) == order_id
    assert not messages


@pytest.mark.time_machine(MORNING, tick=True)
def test_a_visit_whose_every_line_a_session_pays_finishes_with_no_payment_and_prints_the_sessions_receipt(
    qtbot: QtBot, day: SalonDay, wati: PackageShop, salon_window: MainWindow, messages: list[str]
) -> None:
    order_id = _visit_under_way(day, wati.customer_id, with_colour=False)
    page, choice = _sessions_step(qtbot, salon_window)
    qtbot.keyClick(choice.lines, Qt.Key.Key_Space)  # the cut, the visit's only line
    assert not choice.error.isVisible()
    assert "Tidak ada lagi yang harus dibayar" in choice.left_to_pay.text(), choice.left_to_pay.text()
    with qtbot.waitSignal(salon_window.dispatcher.printed, timeout=WAIT_MS) as printed:  # type: ignore[union-attr]
        qtbot.keyClick(choice.lines, Qt.Key.Key_Return)
        # finished from the step: a payment dialog would keep the step open until it is paid
        qtbot.waitUntil(lambda: page.dialog is None, timeout=WAIT_MS)
    receipt_no, where = printed.args
    assert Path(where).read_bytes().startswith(b"%PDF")
    _idle(qtbot)
    assert "sesi paket" in page.status.text(), page.status.text()
    with day.shop.db.reading() as s:
        order = load_order(s, order_id)
        assert (order.stage, order.sale_id) == ("done", None)
        use = s.scalars(select(PackageUse)).one()
        assert s.scalar(select(Sale.receipt_no).where(Sale.id == use.sale_id)) == receipt_no
    assert not messages
    qtbot.waitUntil(lambda: page.queue_model.rowCount() == 0, timeout=WAIT_MS)


@pytest.mark.time_machine(MORNING, tick=True)
def test_every_line_ticked_with_a_down_payment_held_is_refused_in_the_step_and_nothing_is_written(
    qtbot: QtBot, day: SalonDay, wati: PackageShop, salon_window: MainWindow, messages: list[str]
) -> None:
    """By touch: the line's checkbox ticked and OK pressed. The down payment would pay nothing: the step says to give
    it back first, and stays open; unticked, the payment dialog asks for the rest."""
    order_id = _visit_under_way(day, wati.customer_id, with_colour=False)
    with day.shop.db.transaction() as s:
        pay_order(s, day.shop.salon_cashier, order_id, Tender("cash", 5_000))
    page, choice = _sessions_step(qtbot, salon_window)
    choice.lines.item(0).setCheckState(Qt.CheckState.Checked)  # as a finger ticks the box
    assert choice.error.isVisible()  # the service's refusal, said as soon as the line is ticked
    assert "Kembalikan uang" in choice.error.text(), choice.error.text()
    choice.error.hide()
    ok = choice.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)  # tried anyway: refused by finish_visit, no payment dialog
    qtbot.waitUntil(choice.error.isVisible, timeout=WAIT_MS)
    _idle(qtbot)
    assert "uang muka" in choice.error.text(), choice.error.text()
    assert page.dialog is choice
    assert choice.findChild(PaymentDialog) is None
    with day.shop.db.reading() as s:
        assert load_order(s, order_id).stage == "serving"
        assert s.scalar(select(func.count()).select_from(PackageUse)) == 0
        assert s.scalar(select(func.count()).select_from(SalonSessionLine)) == 0
    assert not messages
    choice.lines.item(0).setCheckState(Qt.CheckState.Unchecked)  # the whole visit is paid at the till
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: choice.findChild(PaymentDialog) is not None, timeout=WAIT_MS)
    payment = choice.findChild(PaymentDialog)
    assert payment is not None
    assert payment.total == 20_000  # the cut less the down payment


@pytest.mark.time_machine(MORNING, tick=True)
def test_a_tip_when_nothing_is_left_to_pay_is_taken_by_keyboard_and_written_with_the_finish_on_the_session_sale(
    qtbot: QtBot, day: SalonDay, wati: PackageShop, salon_window: MainWindow, messages: list[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    order_id = _visit_under_way(day, wati.customer_id, with_colour=False)
    page, choice = _sessions_step(qtbot, salon_window)
    dispatcher = salon_window.dispatcher
    assert dispatcher is not None
    drawer: list[bool] = []
    after_sale = dispatcher.after_sale

    def noted(sale_id: uuid.UUID, *, open_drawer: bool = False, parent: object = None) -> None:
        drawer.append(open_drawer)
        after_sale(sale_id, open_drawer=open_drawer, parent=parent)  # type: ignore[arg-type]

    monkeypatch.setattr(dispatcher, "after_sale", noted)
    assert not choice.tip.isVisible()  # something is left to pay: the payment dialog takes the tip
    qtbot.keyClick(choice.lines, Qt.Key.Key_Space)  # the cut, the visit's only line: nothing left to pay
    assert choice.tip.isVisible()
    assert choice.tip.objectName() == "salonSessionsTip"
    assert choice.tip.accessibleName()
    assert choice.tip.height() >= 48  # a finger reaches it
    qtbot.keyClick(choice.lines, Qt.Key.Key_F6)
    qtbot.waitUntil(lambda: choice.findChild(PaymentDialog) is not None, timeout=WAIT_MS)
    payment = choice.findChild(PaymentDialog)
    assert isinstance(payment, PaymentDialog)
    qtbot.waitUntil(payment.isVisible, timeout=WAIT_MS)
    assert payment.total == 0
    assert payment.focusWidget() is payment.tip.amount_field  # opened on the tip
    payment.cash.amount.clear()
    qtbot.keyClicks(payment.cash.amount, "10000")
    qtbot.keyClick(payment.cash.amount, Qt.Key.Key_Return)  # no tip typed yet: the cash pays nothing
    assert payment.isVisible()
    assert "tip" in payment.tip.problem.text(), payment.tip.problem.text()
    assert payment.focusWidget() is payment.tip.amount_field  # back to the tip
    qtbot.keyClick(payment, Qt.Key.Key_F6)
    qtbot.keyClicks(payment.tip.amount_field, "10000")
    qtbot.keyClick(payment.tip.amount_field, Qt.Key.Key_Return)  # on to whom the tip goes
    assert payment.focusWidget() is payment.tip.worker
    qtbot.keyClick(payment.tip.worker, Qt.Key.Key_Down)  # Siti, the stylist who cut
    assert payment.tip.worker_id() == day.shop.siti.id
    qtbot.keyClick(payment.tip.worker, Qt.Key.Key_Return)  # back to the cash, Rp10.000 due
    assert payment.focusWidget() is payment.cash.amount
    qtbot.keyClick(payment.cash.amount, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.dialog is None, timeout=WAIT_MS)
    _idle(qtbot)
    assert "10.000" in page.status.text(), page.status.text()
    assert drawer == [True]  # the tip is cash: the drawer opens with the session's receipt
    with day.shop.db.reading() as s:
        order = load_order(s, order_id)
        assert (order.stage, order.sale_id) == ("done", None)
        use = s.scalars(select(PackageUse)).one()
        tip = s.scalars(select(EarningEntry).where(EarningEntry.kind == "tip")).one()
        assert (tip.sale_id, tip.worker_id, tip.amount) == (use.sale_id, day.shop.siti.id, 10_000)
    assert not messages


@pytest.mark.time_machine(MORNING, tick=True)
def test_enter_alone_when_nothing_is_left_to_pay_finishes_with_no_tip(
    qtbot: QtBot, day: SalonDay, wati: PackageShop, salon_window: MainWindow, messages: list[str]
) -> None:
    order_id = _visit_under_way(day, wati.customer_id, with_colour=False)
    page, choice = _sessions_step(qtbot, salon_window)
    qtbot.keyClick(choice.lines, Qt.Key.Key_Space)
    assert choice.tip.isVisible()  # offered, not asked
    qtbot.keyClick(choice.lines, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.dialog is None, timeout=WAIT_MS)
    _idle(qtbot)
    with day.shop.db.reading() as s:
        assert load_order(s, order_id).stage == "done"
        assert s.scalar(select(func.count()).select_from(EarningEntry).where(EarningEntry.kind == "tip")) == 0
    assert not messages


@pytest.mark.time_machine(MORNING, tick=True)
def test_a_click_on_a_lines_text_ticks_it_and_a_second_unticks_it_and_its_checkbox_ticks_it_once(
    qtbot: QtBot, day: SalonDay, wati: PackageShop, salon_window: MainWindow, messages: list[str]
) -> None:
    _visit_under_way(day, wati.customer_id, with_colour=True)
    _page, choice = _sessions_step(qtbot, salon_window)
    item = choice.lines.item(0)
    row = choice.lines.visualItemRect(item)
    text = row.center()  # the service and package, right of the checkbox
    qtbot.mouseClick(choice.lines.viewport(), Qt.MouseButton.LeftButton, pos=text)
    assert item.checkState() == Qt.CheckState.Checked
    assert "120.000" in choice.left_to_pay.text()  # the colour alone
    qtbot.wait(400)  # not a double click
    qtbot.mouseClick(choice.lines.viewport(), Qt.MouseButton.LeftButton, pos=text)
    assert item.checkState() == Qt.CheckState.Unchecked
    assert "145.000" in choice.left_to_pay.text()
    qtbot.wait(400)
    box = row.topLeft() + QPoint(4 + CHECKBOX_PX // 2, row.height() // 2)  # the checkbox itself: once, not twice
    qtbot.mouseClick(choice.lines.viewport(), Qt.MouseButton.LeftButton, pos=box)
    assert item.checkState() == Qt.CheckState.Checked
    assert not messages


@pytest.mark.time_machine(MORNING, tick=True)
def test_a_tip_by_share_over_two_stylists_sessions_is_split_on_their_own_sales(
    qtbot: QtBot, day: SalonDay, wati: PackageShop, salon_window: MainWindow, messages: list[str]
) -> None:
    """Two cuts, by Siti and by Budi, both ticked: a tip left to the workers by share (no one chosen in "Tip
    for") is split over the two sessions' sales, each stylist's part on her own (before, the step showed "choose
    the worker the tip is for")."""
    shop = day.shop
    with shop.db.transaction() as s:
        services = [(day.cut.id, shop.siti.id), (day.cut.id, shop.budi.id)]
        taken = join_queue(s, shop.salon_cashier, "Bu Wati", services, customer_id=wati.customer_id)
        start_service(s, shop.salon_cashier, taken.order_id, shop.siti.id)
    page, choice = _sessions_step(qtbot, salon_window)
    assert choice.lines.count() == 2
    qtbot.keyClick(choice.lines, Qt.Key.Key_Space)
    qtbot.keyClick(choice.lines, Qt.Key.Key_Down)
    qtbot.keyClick(choice.lines, Qt.Key.Key_Space)
    assert choice.tip.isVisible()  # nothing left to pay
    qtbot.keyClick(choice.lines, Qt.Key.Key_F6)
    qtbot.waitUntil(lambda: choice.findChild(PaymentDialog) is not None, timeout=WAIT_MS)
    payment = choice.findChild(PaymentDialog)
    assert isinstance(payment, PaymentDialog)
    qtbot.waitUntil(payment.isVisible, timeout=WAIT_MS)
    assert payment.focusWidget() is payment.tip.amount_field
    qtbot.keyClicks(payment.tip.amount_field, "10001")
    qtbot.keyClick(payment.tip.amount_field, Qt.Key.Key_Return)  # on to whom the tip goes
    assert payment.tip.worker_id() is None  # to the workers by share
    qtbot.keyClick(payment.tip.worker, Qt.Key.Key_Return)
    payment.cash.amount.clear()
    qtbot.keyClicks(payment.cash.amount, "10001")
    qtbot.keyClick(payment.cash.amount, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.dialog is None, timeout=WAIT_MS)
    _idle(qtbot)
    with shop.db.reading() as s:
        order = load_order(s, taken.order_id)
        assert (order.stage, order.sale_id) == ("done", None)
        sales = {use.worker_id: use.sale_id for use in s.scalars(select(PackageUse))}
        tips = set(s.execute(select(EarningEntry.sale_id, EarningEntry.worker_id, EarningEntry.amount)
                             .where(EarningEntry.kind == "tip")).all())  # fmt: skip
    assert tips == {(sales[shop.siti.id], shop.siti.id, 5_001), (sales[shop.budi.id], shop.budi.id, 5_000)}
    assert not messages
