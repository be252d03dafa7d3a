"""The sale screen when the disk is full or failing as the sale commits (tests/crash/disk_faults.py): the cashier
reads in Indonesian what happened, that the sale was NOT saved and what to do; the cart stays; once the disk is
back, paying again sells it once."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from crash.disk_faults import FAULTS, Fault, failing_log_writes
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from shop import Shop
from sqlalchemy import func, select

from ska_pos.db.models import Sale
from ska_pos.ui import ops
from ska_pos.ui.till.payment_dialog import PaymentDialog
from ska_pos.ui.till.sale_screen import SaleScreen
from ska_pos.ui.translation import install_language
from ui_till.helpers import open_dialog, press, scan

SAID = {
    "disk full": "⚠ Disk penuh: penjualan TIDAK tersimpan; keranjang masih ada. Kosongkan ruang pada disk",
    "I/O error": "⚠ Disk tidak dapat ditulis (kesalahan I/O): penjualan TIDAK tersimpan; keranjang masih ada. Bayar",
}


@pytest.fixture
def indonesian(qapp: object) -> Iterator[None]:
    install_language("id")
    yield
    install_language("en")


def _sales(shop: Shop) -> list[str]:
    with shop.db.reading() as s:
        return list(s.scalars(select(Sale.receipt_no)))


def _pay_cash(qtbot: QtBot, screen: SaleScreen, amount: str) -> None:
    press(qtbot, screen, Qt.Key.Key_F12)
    dialog = open_dialog(screen, "paymentDialog")
    assert isinstance(dialog, PaymentDialog)
    qtbot.keyClicks(dialog.cash.amount, amount)
    qtbot.keyClick(dialog.cash.amount, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not screen.presenter.busy and not ops._running, timeout=10_000)


@pytest.mark.usefixtures("indonesian")
@pytest.mark.parametrize("fault", FAULTS)
def test_the_sale_screen_says_plainly_that_the_disk_failed_and_keeps_the_cart(
    qtbot: QtBot, screen: SaleScreen, shop: Shop, fault: Fault
) -> None:
    scan(qtbot, screen, "8990001")
    scan(qtbot, screen, "8990003")
    total = screen.totals.total.text()
    with failing_log_writes(shop.db.engine, fault):
        _pay_cash(qtbot, screen, "50000")
    assert screen.message.kind == "error"
    assert screen.message.text().startswith(SAID[fault]), screen.message.text()
    assert screen.presenter.last_sale is None
    assert [line.sku for line in screen.presenter.cart.lines] == ["ESTEH", "KRPK"]
    assert screen.totals.total.text() == total
    assert screen.focusWidget() is screen.search.field
    assert _sales(shop) == []

    _pay_cash(qtbot, screen, "50000")  # the disk is back
    done = screen.presenter.last_sale
    assert done is not None
    assert done.receipt_no.endswith("-0001")
    assert _sales(shop) == [done.receipt_no]
    assert screen.presenter.cart.is_empty()
    qtbot.waitUntil(lambda: not ops._running, timeout=10_000)
    with shop.db.reading() as s:
        assert s.scalar(select(func.count()).select_from(Sale)) == 1
