"""Paying by keyboard: cash with change, QRIS, a split payment; the sale stored once, the receipt made."""

from __future__ import annotations

from pathlib import Path

import pytest
from pressing import clicks_per_enter, press_enter_on
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel, QPushButton
from pytestqt.qtbot import QtBot
from shop import Shop
from sqlalchemy import func, select

from ska_pos.db.models import Sale
from ska_pos.domain.qris import parse_tlv, validate_static
from ska_pos.services import sales
from ska_pos.services.errors import ValidationError
from ska_pos.services.sale_queries import sale_with_lines
from ska_pos.ui.till.payment_dialog import PaymentDialog
from ska_pos.ui.till.sale_screen import SaleScreen
from ui_till.helpers import ScreenFactory, open_dialog, press, scan

pytestmark = pytest.mark.dates


def _sale_count(shop: Shop) -> int:
    with shop.db.reading() as s:
        return s.scalar(select(func.count()).select_from(Sale)) or 0


def _wait_for_sale(qtbot: QtBot, screen: SaleScreen) -> None:
    qtbot.waitUntil(lambda: screen.presenter.last_sale is not None and not screen.presenter.busy, timeout=5000)


def _pay_dialog(qtbot: QtBot, screen: SaleScreen) -> PaymentDialog:
    press(qtbot, screen, Qt.Key.Key_F12)
    dialog = open_dialog(screen, "paymentDialog")
    assert isinstance(dialog, PaymentDialog)
    return dialog


def test_cash_with_change_stores_the_sale_and_makes_the_receipt(qtbot: QtBot, screen: SaleScreen, shop: Shop) -> None:
    scan(qtbot, screen, "8990001")
    scan(qtbot, screen, "8990003")
    dialog = _pay_dialog(qtbot, screen)
    assert dialog.total_label.text() == "Rp20.213"
    assert dialog.focusWidget() is dialog.cash.amount
    qtbot.keyClicks(dialog.cash.amount, "50000")
    assert dialog.cash.change.text().endswith("Rp29.787")
    with qtbot.waitSignal(screen.dispatcher.printed, timeout=10000) as printed, qtbot.waitSignal(screen.saleCompleted):
        qtbot.keyClick(dialog.cash.amount, Qt.Key.Key_Return)
    done = screen.presenter.last_sale
    assert done is not None
    assert (done.total, done.paid, done.change) == (20_213, 20_213, 29_787)
    assert screen.last_sale.isVisible()
    assert screen.last_sale.change.text().endswith("Rp29.787")
    assert done.receipt_no in screen.last_sale.receipt.text()
    receipt_no, where = printed.args
    assert receipt_no == done.receipt_no
    assert Path(where).is_file()
    assert Path(where).read_bytes().startswith(b"%PDF")
    assert screen.presenter.cart.is_empty()
    assert screen.totals.total.text() == "Rp0"
    assert screen.focusWidget() is screen.search.field
    qtbot.mouseClick(screen.last_sale.preview, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: screen.findChild(QDialog, "pdfPreview") is not None)  # read and rendered off-screen-thread
    preview = screen.findChild(QDialog, "pdfPreview")
    assert preview is not None
    assert preview.isVisible()
    assert preview.windowTitle() == done.receipt_no
    preview.reject()
    with shop.db.reading() as s:
        sale = sale_with_lines(s, done.sale_id)
        assert sale is not None
        assert [(line.sku, line.quantity) for line in sale.lines] == [("ESTEH", 1), ("KRPK", 1)]
        assert [(p.method, p.amount, p.tendered, p.change) for p in sale.payments] == [("cash", 20_213, 50_000, 29_787)]
        credits = [(credit.worker_id, credit.amount > 0) for line in sale.lines for credit in line.credits]
        assert credits == [(shop.siti.id, True), (shop.siti.id, True)]


def test_the_exact_amount_button_pays_by_touch(qtbot: QtBot, screen: SaleScreen) -> None:
    scan(qtbot, screen, "8990002")
    dialog = _pay_dialog(qtbot, screen)
    buttons = {button.objectName(): button for button in dialog.findChildren(QPushButton)}
    assert {"cashExact", "cashQuick10000", "cashQuick50000", "cashQuick100000"} <= set(buttons)
    qtbot.mouseClick(buttons["cashExact"], Qt.MouseButton.LeftButton)
    _wait_for_sale(qtbot, screen)
    assert screen.presenter.last_sale is not None
    assert screen.presenter.last_sale.change == 0


def test_qris_shows_a_code_for_the_exact_amount_then_the_cashier_confirms(
    qtbot: QtBot, screen: SaleScreen, shop: Shop
) -> None:
    scan(qtbot, screen, "2*8990002")
    dialog = _pay_dialog(qtbot, screen)
    qtbot.keyClick(dialog.cash.amount, Qt.Key.Key_F3)
    assert dialog.panels.currentWidget() is dialog.qris
    payload = dialog.qris.payload
    validate_static(payload)
    assert ("54", "18480") in parse_tlv(payload)  # 16.000 + 800 service + 1.680 tax
    assert ("01", "12") in parse_tlv(payload)
    pixmap = dialog.qris.image.pixmap()
    assert min(pixmap.width(), pixmap.height()) >= 300
    dialog.qris.confirm.click()
    _wait_for_sale(qtbot, screen)
    with shop.db.reading() as s:
        sale = sale_with_lines(s, screen.presenter.last_sale.sale_id)
        assert [(p.method, p.amount) for p in sale.payments] == [("qris", 18_480)]


def test_the_qris_screen_names_the_merchant_the_customer_must_see(qtbot: QtBot, screen: SaleScreen) -> None:
    scan(qtbot, screen, "8990002")
    dialog = _pay_dialog(qtbot, screen)
    qtbot.keyClick(dialog.cash.amount, Qt.Key.Key_F3)
    merchant = dialog.findChild(QLabel, "qrisMerchant")
    assert merchant is not None
    assert merchant.isVisible()
    assert "KAFE BUDI LUHUR" in merchant.text()
    assert "JAKARTA TIMUR" in merchant.text()
    assert merchant.accessibleName() == merchant.text()


def test_no_change_in_large_type_after_an_exact_payment(qtbot: QtBot, screen: SaleScreen) -> None:
    scan(qtbot, screen, "8990002")
    dialog = _pay_dialog(qtbot, screen)
    qtbot.keyClick(dialog.cash.amount, Qt.Key.Key_F3)
    dialog.qris.confirm.click()
    _wait_for_sale(qtbot, screen)
    assert screen.last_sale.isVisible()
    assert not screen.last_sale.change.isVisible()
    assert "Rp0" not in screen.last_sale.change.text()
    assert screen.presenter.last_sale.receipt_no in screen.last_sale.receipt.text()


def test_cash_and_transfer_together(qtbot: QtBot, screen: SaleScreen, shop: Shop) -> None:
    scan(qtbot, screen, "8990003")  # 12.500 + 625 + 1.313 = 14.438
    dialog = _pay_dialog(qtbot, screen)
    dialog.cash.amount.clear()
    qtbot.keyClicks(dialog.cash.amount, "10000")
    qtbot.keyClick(dialog.cash.amount, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert dialog.remaining_label.text() == "Rp4.438"
    assert dialog.tender_list.count() == 1
    qtbot.keyClick(dialog.cash.amount, Qt.Key.Key_F4)
    assert dialog.transfer.amount.text() == "4438"
    qtbot.keyClick(dialog.transfer.reference, Qt.Key.Key_Return)
    assert "reference" in dialog.transfer.problem.text()
    assert dialog.isVisible()
    qtbot.keyClicks(dialog.transfer.reference, "BCA-778812")
    qtbot.keyClick(dialog.transfer.reference, Qt.Key.Key_Return)
    _wait_for_sale(qtbot, screen)
    with shop.db.reading() as s:
        sale = sale_with_lines(s, screen.presenter.last_sale.sale_id)
        paid = sorted((p.method, p.amount, p.reference) for p in sale.payments)
    assert paid == [("cash", 10_000, ""), ("transfer", 4_438, "BCA-778812")]


def test_a_refused_sale_keeps_the_cart_and_says_why(
    qtbot: QtBot, screen: SaleScreen, shop: Shop, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(*_args: object, **_kwargs: object) -> None:
        raise ValidationError("Open a shift before selling")

    monkeypatch.setattr(sales, "complete_sale", refuse)
    scan(qtbot, screen, "8990001")
    scan(qtbot, screen, "8990002")
    before = screen.presenter.controller.snapshot()
    dialog = _pay_dialog(qtbot, screen)
    qtbot.keyClick(dialog.cash.amount, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: screen.message.kind == "error" and not screen.presenter.busy, timeout=5000)
    assert "Open a shift before selling" in screen.message.text()
    assert screen.presenter.cart == before
    assert _sale_count(shop) == 0
    scan(qtbot, screen, "8990003")  # the cart is still usable
    assert len(screen.presenter.cart.lines) == 3


def test_pressing_pay_twice_makes_one_sale(qtbot: QtBot, screen: SaleScreen, shop: Shop) -> None:
    scan(qtbot, screen, "8990001")
    dialog = _pay_dialog(qtbot, screen)
    press(qtbot, screen, Qt.Key.Key_F12)
    assert screen.active_dialog is dialog
    qtbot.keyClick(dialog.cash.amount, Qt.Key.Key_Return)
    qtbot.keyClick(dialog.cash.amount, Qt.Key.Key_Return)
    dialog.cash.tendered.emit(100_000)
    press(qtbot, screen, Qt.Key.Key_F12)
    _wait_for_sale(qtbot, screen)
    qtbot.wait(100)
    assert _sale_count(shop) == 1
    assert screen.active_dialog is None


def test_a_service_without_a_worker_is_not_paid(qtbot: QtBot, make_screen: ScreenFactory) -> None:
    screen = make_screen("salon")
    scan(qtbot, screen, "POTONG")
    open_dialog(screen, "workerDialog").reject()
    press(qtbot, screen, Qt.Key.Key_F12)
    assert open_dialog(screen, "workerDialog")
    assert screen.message.kind == "error"


def test_the_payment_dialog_stands_alone(qtbot: QtBot, screen: SaleScreen, shop: Shop) -> None:
    dialog = PaymentDialog(screen.session, 37_500, "", None)
    qtbot.addWidget(dialog)
    dialog.open()
    quick = [b.text() for b in dialog.findChildren(QPushButton) if b.objectName().startswith("cashQuick")]
    assert quick == ["Rp40.000", "Rp50.000", "Rp100.000"]  # fmt: skip
    dialog.choose_method(1)
    assert not dialog.qris.confirm.isEnabled()
    assert "QRIS" in dialog.qris.image.accessibleName()
    with qtbot.waitSignal(dialog.accepted):
        dialog.ewallet.amount.setText("37500")
        dialog.ewallet.reference.setText("OVO-1")
        dialog.ewallet.reference.returnPressed.emit()
    assert [(t.method, t.amount, t.reference) for t in dialog.tenders()] == [("ewallet", 37_500, "OVO-1")]


def test_enter_on_a_quick_cash_amount_pays_with_it(qtbot: QtBot, screen: SaleScreen) -> None:
    scan(qtbot, screen, "8990002")
    dialog = _pay_dialog(qtbot, screen)
    quick = dialog.findChild(QPushButton, "cashQuick50000")
    assert quick is not None
    press_enter_on(qtbot, quick)
    _wait_for_sale(qtbot, screen)
    done = screen.presenter.last_sale
    assert done is not None
    assert done.change == 50_000 - done.total


def test_enter_on_payment_received_confirms_the_qris_payment(qtbot: QtBot, screen: SaleScreen, shop: Shop) -> None:
    scan(qtbot, screen, "2*8990002")
    dialog = _pay_dialog(qtbot, screen)
    qtbot.keyClick(dialog.cash.amount, Qt.Key.Key_F3)
    assert dialog.qris.confirm.text() == "Payment received"  # "Pembayaran diterima" in Indonesian
    assert dialog.focusWidget() is dialog.qris.confirm
    press_enter_on(qtbot, dialog.qris.confirm)
    _wait_for_sale(qtbot, screen)
    with shop.db.reading() as s:
        sale = sale_with_lines(s, screen.presenter.last_sale.sale_id)
        assert [(p.method, p.amount) for p in sale.payments] == [("qris", 18_480)]


def test_enter_clicks_every_button_of_each_payment_method_once(qtbot: QtBot, screen: SaleScreen) -> None:
    dialog = PaymentDialog(screen.session, 37_500, "", None)
    qtbot.addWidget(dialog)
    dialog.open()
    counts: dict[str, int] = {}
    for index, panel in enumerate((dialog.cash, dialog.qris, dialog.transfer, dialog.ewallet)):
        dialog.choose_method(index)
        counts |= clicks_per_enter(qtbot, panel.findChildren(QPushButton))
    assert {"cashExact", "cashQuick40000", "cashTake", "transferAdd", "ewalletAdd"} <= set(counts)
    assert set(counts.values()) == {1}, counts
    assert dialog.isVisible()


def test_the_cash_panel_shows_change_only_when_there_is_some(qtbot: QtBot, screen: SaleScreen) -> None:
    scan(qtbot, screen, "8990002")
    dialog = _pay_dialog(qtbot, screen)
    assert dialog.cash.amount.text() == str(dialog.cash.due)  # the exact amount is offered first
    assert dialog.cash.change.text() == ""
    dialog.cash.amount.setText(str(dialog.cash.due + 1_000))
    assert dialog.cash.change.text().endswith("Rp1.000") or dialog.cash.change.text().endswith("Rp1,000")
