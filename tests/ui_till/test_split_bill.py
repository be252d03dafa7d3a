"""Splitting the bill at the café till by items: the split view, each part paid as its own sale, and back."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot
from shop import Shop
from sqlalchemy import select

from ska_pos.db.models import Sale
from ska_pos.ui import ops
from ska_pos.ui.till.payment_dialog import PaymentDialog
from ska_pos.ui.till.sale_screen import SaleScreen
from ska_pos.ui.till.split_dialog import SplitDialog
from ui_till.helpers import open_dialog, press, scan

pytestmark = pytest.mark.dates


def _split_view(qtbot: QtBot, screen: SaleScreen) -> SplitDialog:
    qtbot.waitUntil(lambda: isinstance(screen.active_dialog, SplitDialog) and not ops._running, timeout=10_000)
    dialog = open_dialog(screen, "splitDialog")
    assert isinstance(dialog, SplitDialog)
    return dialog


def _pay_exact(qtbot: QtBot, screen: SaleScreen, total: str) -> None:
    qtbot.waitUntil(lambda: isinstance(screen.active_dialog, PaymentDialog), timeout=10_000)
    dialog = open_dialog(screen, "paymentDialog")
    assert isinstance(dialog, PaymentDialog)
    assert dialog.total_label.text() == total
    exact = next(b for b in dialog.findChildren(QPushButton) if b.objectName() == "cashExact")
    qtbot.mouseClick(exact, Qt.MouseButton.LeftButton)


def _sales(shop: Shop) -> list[tuple[int, list[str]]]:
    with shop.db.reading() as s:
        rows = s.scalars(select(Sale).order_by(Sale.seq)).all()
        return [(sale.total, [line.name for line in sale.lines]) for sale in rows]


def test_a_bill_split_by_items_is_paid_part_by_part(qtbot: QtBot, screen: SaleScreen, shop: Shop) -> None:
    for code in ("8990001", "8990002", "8990003"):  # Es Teh 5.000, Kopi 8.000, Keripik 12.500
        scan(qtbot, screen, code)
    bill_total = screen.presenter.controller.totals().total
    press(qtbot, screen, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    split = _split_view(qtbot, screen)
    # Keyboard: the first line to part 1, the second to part 2, the third to part 1 (↓ moves on by itself).
    for digit in (Qt.Key.Key_1, Qt.Key.Key_2, Qt.Key.Key_1):
        qtbot.keyClick(split.list, digit)
    assert split.groups() == [[0, 2], [1]]
    assert split.parts.text() == "Part 1: Rp20.213 · Part 2: Rp9.240"
    qtbot.keyClick(split.list, Qt.Key.Key_Return)
    _pay_exact(qtbot, screen, "Rp20.213")
    # Back to the split view, the first part paid and the lines fixed where they are.
    split = _split_view(qtbot, screen)
    assert "(paid)" in split.parts.text()
    assert not split.part_buttons[0].isEnabled()
    assert _sales(shop) == [(20_213, ["Es Teh Manis", "Keripik Singkong"])]
    qtbot.mouseClick(split.buttons.button(split.buttons.StandardButton.Ok), Qt.MouseButton.LeftButton)
    _pay_exact(qtbot, screen, "Rp9.240")
    qtbot.waitUntil(lambda: not screen.presenter.busy and screen.presenter.cart.is_empty(), timeout=10_000)
    assert _sales(shop) == [(20_213, ["Es Teh Manis", "Keripik Singkong"]), (9_240, ["Kopi Tubruk"])]
    assert bill_total == 20_213 + 9_240


def test_the_split_view_by_touch_and_leaving_it_before_paying(qtbot: QtBot, screen: SaleScreen, shop: Shop) -> None:
    for code in ("8990001", "8990002"):
        scan(qtbot, screen, code)
    split_button = next(b for b in screen.findChildren(QPushButton) if b.objectName() == "actionSplitBill")
    qtbot.mouseClick(split_button, Qt.MouseButton.LeftButton)
    split = _split_view(qtbot, screen)
    assert split.groups() == [[0], [1]]  # a first split is offered: the first line alone
    split.list.setCurrentRow(1)
    qtbot.mouseClick(split.part_buttons[0], Qt.MouseButton.LeftButton)
    assert split.groups() == [[0, 1]]
    qtbot.mouseClick(split.buttons.button(split.buttons.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert split.isVisible()
    assert "at least two parts" in split.error.text()
    split.reject()
    qtbot.waitUntil(lambda: not screen.presenter.busy, timeout=5_000)
    assert _sales(shop) == []
    assert len(screen.presenter.cart.lines) == 2


def _payments(shop: Shop) -> list[tuple[int, list[tuple[str, int]]]]:
    with shop.db.reading() as s:
        rows = s.scalars(select(Sale).order_by(Sale.seq)).all()
        return [(sale.total, sorted((p.method, p.amount) for p in sale.payments)) for sale in rows]


def test_a_bill_in_three_equal_shares_is_one_sale_paid_share_by_share(
    qtbot: QtBot, screen: SaleScreen, shop: Shop
) -> None:
    for code in ("8990001", "8990002", "8990003"):
        scan(qtbot, screen, code)
    bill = screen.presenter.controller.totals()
    press(qtbot, screen, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    split = _split_view(qtbot, screen)
    qtbot.keyClick(split, Qt.Key.Key_F3)  # keyboard: equal shares, then their number
    assert split.in_shares()
    assert split.focusWidget() is split.count
    qtbot.keyClicks(split.count, "3")
    assert split.parts.text() == "Share 1: Rp9.818 · Share 2: Rp9.818 · Share 3: Rp9.817"
    assert bill.total == 9_818 + 9_818 + 9_817
    qtbot.keyClick(split.count, Qt.Key.Key_Return)
    _pay_exact(qtbot, screen, "Rp9.818")  # share 1 in cash
    split = _split_view(qtbot, screen)
    assert split.in_shares()
    assert "Share 1: Rp9.818 (paid)" in split.parts.text()
    assert not split.count.isEnabled()  # the number of shares stays once one is paid
    assert _sales(shop) == []  # the bill stays one sale, written once all its shares are paid
    qtbot.keyClick(split.count, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: isinstance(screen.active_dialog, PaymentDialog), timeout=10_000)
    payment = open_dialog(screen, "paymentDialog")
    assert isinstance(payment, PaymentDialog)
    assert payment.total_label.text() == "Rp9.818"
    qtbot.keyClick(payment, Qt.Key.Key_F3)  # share 2 by QRIS
    qtbot.mouseClick(payment.qris.confirm, Qt.MouseButton.LeftButton)
    split = _split_view(qtbot, screen)  # touch: the pay button
    qtbot.mouseClick(split.buttons.button(split.buttons.StandardButton.Ok), Qt.MouseButton.LeftButton)
    _pay_exact(qtbot, screen, "Rp9.817")
    qtbot.waitUntil(lambda: not screen.presenter.busy and screen.presenter.cart.is_empty(), timeout=10_000)
    assert _payments(shop) == [(bill.total, [("cash", 9_818 + 9_817), ("qris", 9_818)])]


def test_the_number_of_shares_by_touch(qtbot: QtBot, screen: SaleScreen, shop: Shop) -> None:
    scan(qtbot, screen, "8990003")  # one line: split in shares only
    split_button = next(b for b in screen.findChildren(QPushButton) if b.objectName() == "actionSplitBill")
    qtbot.mouseClick(split_button, Qt.MouseButton.LeftButton)
    split = _split_view(qtbot, screen)
    assert split.in_shares()
    assert split.count.value() == 2
    for _ in range(3):
        qtbot.mouseClick(split.more, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(split.fewer, Qt.MouseButton.LeftButton)
    assert split.count.value() == 4
    assert split.parts.text().count("Share ") == 4
    qtbot.mouseClick(split.buttons.button(split.buttons.StandardButton.Cancel), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not screen.presenter.busy, timeout=10_000)
    assert _sales(shop) == []
