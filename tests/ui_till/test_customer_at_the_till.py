"""A cashier attaches the customer to the sale: found by whole phone number by keyboard, or added in two fields by
touch; the name shows on the sale screen, goes with the sale into the database and onto the receipt."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot
from shop import Shop

from ska_pos.db.models import Customer, Sale
from ska_pos.services import customers, receipts
from ska_pos.services.customers import CustomerForm
from ska_pos.ui.till.customer_dialog import CustomerDialog
from ska_pos.ui.till.payment_dialog import PaymentDialog
from ska_pos.ui.till.sale_screen import SaleScreen
from ui_till.helpers import open_dialog, press, scan, settle

CTRL = Qt.KeyboardModifier.ControlModifier


def _customer_dialog(qtbot: QtBot, screen: SaleScreen) -> CustomerDialog:
    press(qtbot, screen, Qt.Key.Key_K, CTRL)
    dialog = open_dialog(screen, "customerDialog")
    assert isinstance(dialog, CustomerDialog)
    return dialog


def _pay_exact(qtbot: QtBot, screen: SaleScreen) -> Sale:
    press(qtbot, screen, Qt.Key.Key_F12)
    dialog = open_dialog(screen, "paymentDialog")
    assert isinstance(dialog, PaymentDialog)
    with qtbot.waitSignal(screen.saleCompleted, timeout=10_000):
        dialog.findChild(QPushButton, "cashExact").click()
    done = screen.presenter.last_sale
    assert done is not None
    with screen.session.database.reading() as s:
        sale = s.get(Sale, done.sale_id)
        assert sale is not None
        s.expunge(sale)
        return sale


def test_found_by_phone_number_by_keyboard_and_kept_with_the_sale(qtbot: QtBot, screen: SaleScreen, shop: Shop) -> None:
    with shop.db.transaction() as s:
        ani = customers.add_customer(s, shop.cashier, CustomerForm("Bu Ani", "0812-3456-7890")).id
        customers.add_customer(s, shop.cashier, CustomerForm("Bu Ana", "0813-1111-2222"))
    scan(qtbot, screen, "8990001")
    dialog = _customer_dialog(qtbot, screen)
    qtbot.waitUntil(lambda: dialog.list.count() == 2)
    qtbot.keyClicks(dialog.search, "+62 812 3456 7890")
    qtbot.waitUntil(lambda: dialog.list.count() == 1)
    assert dialog.list.item(0).text() == "Bu Ani  ••••7890"
    qtbot.keyClick(dialog.search, Qt.Key.Key_Return)
    settle(qtbot, screen)
    assert screen.active_dialog is None
    assert screen.customer.isVisible()
    assert "Bu Ani" in screen.customer.text()
    sale = _pay_exact(qtbot, screen)
    assert sale.customer_id == ani
    with shop.db.reading() as s:
        assert receipts.receipt_data(s, sale.id).customer_name == "Bu Ani"
    assert not screen.customer.isVisible()  # the next sale starts without a customer


def test_a_new_customer_is_added_by_touch_and_a_bad_number_is_refused(
    qtbot: QtBot, screen: SaleScreen, shop: Shop
) -> None:
    scan(qtbot, screen, "8990001")
    screen.customer_button.click()
    dialog = open_dialog(screen, "customerDialog")
    assert isinstance(dialog, CustomerDialog)
    dialog.new_name.setText("Pak Budi")
    dialog.new_phone.setText("12345")
    dialog.add.click()
    qtbot.waitUntil(lambda: "not a valid phone number" in dialog.error.text().lower() or "bukan nomor" in
                    dialog.error.text())  # fmt: skip
    assert dialog.isVisible()
    dialog.new_phone.setText("0857 1234 5678")
    dialog.add.click()
    qtbot.waitUntil(lambda: screen.presenter.cart.customer_name == "Pak Budi")
    settle(qtbot, screen)
    sale = _pay_exact(qtbot, screen)
    with shop.db.reading() as s:
        budi = s.query(Customer).one()
        assert budi.phone_tail == "5678"
        assert sale.customer_id == budi.id


def test_no_customer_takes_them_off_the_sale(qtbot: QtBot, screen: SaleScreen, shop: Shop) -> None:
    with shop.db.transaction() as s:
        customers.add_customer(s, shop.cashier, CustomerForm("Bu Ani"))
    scan(qtbot, screen, "8990001")
    dialog = _customer_dialog(qtbot, screen)
    qtbot.waitUntil(lambda: dialog.list.count() == 1)
    qtbot.keyClick(dialog.list, Qt.Key.Key_Return)
    settle(qtbot, screen)
    assert screen.presenter.cart.customer_id is not None
    dialog = _customer_dialog(qtbot, screen)
    assert "Bu Ani" in dialog.current.text()
    dialog.none.click()
    settle(qtbot, screen)
    assert screen.presenter.cart.customer_id is None
    assert not screen.customer.isVisible()
