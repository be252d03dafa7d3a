"""A tip at the till's payment: typed by keyboard or tapped, to the bill's workers, apart from the sale's figures."""

from __future__ import annotations

import uuid

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot
from shop import Shop
from sqlalchemy import select

from ska_pos.db.models import EarningEntry, Sale
from ska_pos.services.receipts import receipt_data
from ska_pos.ui.till.payment_dialog import PaymentDialog
from ska_pos.ui.till.sale_screen import SaleScreen
from ui_till.helpers import open_dialog, press, scan

pytestmark = pytest.mark.dates


def _pay_dialog(qtbot: QtBot, screen: SaleScreen) -> PaymentDialog:
    press(qtbot, screen, Qt.Key.Key_F12)
    dialog = open_dialog(screen, "paymentDialog")
    assert isinstance(dialog, PaymentDialog)
    return dialog


def _sale_and_tips(shop: Shop) -> tuple[tuple[int, int, int, int, int], dict[uuid.UUID, int]]:
    with shop.db.reading() as s:
        sale = s.scalars(select(Sale)).one()
        figures = (
            sale.net_total,
            sale.service_charge,
            sale.tax_amount,
            sale.total,
            sum(p.amount for p in sale.payments),
        )
        rows = s.execute(
            select(EarningEntry.worker_id, EarningEntry.amount, EarningEntry.credited_amount).where(
                EarningEntry.sale_id == sale.id, EarningEntry.kind == "tip"
            )
        ).all()
    assert all(credited == 0 for _worker, _amount, credited in rows)  # a tip is no revenue
    return figures, {worker: amount for worker, amount, _credited in rows}


def test_a_tip_typed_by_keyboard_goes_to_one_named_worker(qtbot: QtBot, screen: SaleScreen, shop: Shop) -> None:
    scan(qtbot, screen, "8990001")  # Es Teh by Siti
    scan(qtbot, screen, "8990002")  # Kopi by Budi
    bill = screen.presenter.controller.totals()
    dialog = _pay_dialog(qtbot, screen)
    assert dialog.tip.isVisible()
    qtbot.keyClick(dialog, Qt.Key.Key_F6)
    assert dialog.focusWidget() is dialog.tip.amount_field
    qtbot.keyClicks(dialog.tip.amount_field, "5.000")
    assert dialog.remaining() == bill.total + 5_000
    qtbot.keyClick(dialog.tip.amount_field, Qt.Key.Key_Return)  # on to whom it goes
    assert dialog.focusWidget() is dialog.tip.worker
    names = [dialog.tip.worker.itemText(index) for index in range(dialog.tip.worker.count())]
    for _ in range(names.index(shop.budi.display_name)):
        qtbot.keyClick(dialog.tip.worker, Qt.Key.Key_Down)
    assert dialog.tip.worker_id() == shop.budi.id
    qtbot.keyClick(dialog.tip.worker, Qt.Key.Key_Return)  # and back to the payment
    assert dialog.focusWidget() is dialog.cash.amount
    qtbot.keyClicks(dialog.cash.amount, "50000")
    qtbot.keyClick(dialog.cash.amount, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: screen.presenter.last_sale is not None and not screen.presenter.busy, timeout=10_000)
    done = screen.presenter.last_sale
    assert done is not None
    assert (done.total, done.change) == (bill.total, 50_000 - bill.total - 5_000)  # the change is less the tip
    figures, tips = _sale_and_tips(shop)
    assert figures == (bill.net_total, bill.service_charge, bill.tax_amount, bill.total, bill.total)
    assert tips == {shop.budi.id: 5_000}
    with shop.db.reading() as s:
        assert receipt_data(s, done.sale_id).tip == 5_000


def test_a_tip_tapped_by_touch_is_shared_by_the_workers_of_the_bill(
    qtbot: QtBot, screen: SaleScreen, shop: Shop
) -> None:
    for code in ("8990001", "8990001", "8990002"):  # Siti credited Rp10.000, Budi Rp8.000
        scan(qtbot, screen, code)
    bill = screen.presenter.controller.totals()
    dialog = _pay_dialog(qtbot, screen)
    tip_button = next(b for b in dialog.findChildren(QPushButton) if b.objectName() == "paymentTip10000")
    qtbot.mouseClick(tip_button, Qt.MouseButton.LeftButton)
    assert dialog.tip.amount() == 10_000
    assert dialog.tip.worker_id() is None  # by their share, unless one is chosen
    qtbot.mouseClick(dialog.method_group.button(1), Qt.MouseButton.LeftButton)  # QRIS, for the bill and the tip
    assert dialog.qris.due == bill.total + 10_000
    qtbot.mouseClick(dialog.qris.confirm, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: screen.presenter.last_sale is not None and not screen.presenter.busy, timeout=10_000)
    figures, tips = _sale_and_tips(shop)
    assert figures == (bill.net_total, bill.service_charge, bill.tax_amount, bill.total, bill.total)
    assert sorted(tips.values()) == [4_444, 5_556]
    assert tips[shop.siti.id] == 5_556
