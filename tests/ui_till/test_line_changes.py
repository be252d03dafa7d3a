"""Workers, discounts, prices and café details on the cart, with a supervisor where the outlet asks one."""

from __future__ import annotations

import pytest
from approving import approve_in_dialog
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QWidget
from pytestqt.qtbot import QtBot
from shop import Shop

from ska_pos.db.database import Database
from ska_pos.domain.discounts import Discount
from ska_pos.domain.money import BP_WHOLE
from ska_pos.services.actor import Approval
from ska_pos.ui import approval
from ska_pos.ui.till.cart_model import WORKER
from ska_pos.ui.till.sale_screen import SaleScreen
from ui_till.helpers import ScreenFactory, open_dialog, press, scan, settle


@pytest.fixture
def approvals(monkeypatch: pytest.MonkeyPatch, shop: Shop) -> list[str]:
    """The supervisor approves every request; the requests are recorded."""
    asked: list[str] = []

    def approve(parent: QWidget | None, database: Database, what: str, action: str) -> Approval | None:
        asked.append(what)
        return approve_in_dialog(parent, database, what, action)

    monkeypatch.setattr(approval, "ask_approval", approve)
    return asked


def test_a_service_asks_for_its_worker_at_once_and_typing_finds_them(
    qtbot: QtBot, make_screen: ScreenFactory, shop: Shop
) -> None:
    screen = make_screen("salon")
    scan(qtbot, screen, "POTONG")
    dialog = open_dialog(screen, "workerDialog")
    assert screen.model.index(0, WORKER).data().startswith("⚠")
    qtbot.keyClicks(dialog.filter, "bud")
    qtbot.keyClick(dialog.filter, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    settle(qtbot, screen)
    [credit] = screen.presenter.cart.lines[0].workers
    assert (credit.worker_id, credit.split_bp) == (shop.budi.id, BP_WHOLE)
    assert screen.model.index(0, WORKER).data() == "Budi"
    assert screen.focusWidget() is screen.search.field


def test_a_line_split_between_two_workers_must_add_up_to_100(
    qtbot: QtBot, make_screen: ScreenFactory, shop: Shop
) -> None:
    screen = make_screen("salon")
    scan(qtbot, screen, "8990009")
    press(qtbot, screen, Qt.Key.Key_F4)
    dialog = open_dialog(screen, "workerDialog")
    dialog.split.click()
    for row in range(dialog.list.count()):
        dialog.list.item(row).setCheckState(Qt.CheckState.Checked)
    shares = [dialog.findChild(QLineEdit, f"workerShare{i}") for i in range(2)]
    assert [field.text() for field in shares] == ["50", "50"]
    shares[0].setText("70")
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    settle(qtbot, screen)
    assert dialog.isVisible()
    assert "100" in dialog.error.text()
    shares[1].setText("30")
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    assert not dialog.isVisible()
    settle(qtbot, screen)
    credits = {(c.display_name, c.split_bp) for c in screen.presenter.cart.lines[0].workers}
    assert credits == {("Budi", 7000), ("Siti", 3000)}
    assert screen.model.index(0, WORKER).data() == "Budi 70%, Siti 30%"


def test_a_discount_past_the_limit_asks_a_supervisor(
    qtbot: QtBot, screen: SaleScreen, approvals: list[str], shop: Shop
) -> None:
    scan(qtbot, screen, "8990002")
    press(qtbot, screen, Qt.Key.Key_F5)
    dialog = open_dialog(screen, "discountDialog")
    qtbot.keyClicks(dialog.value, "5")  # 5% is within the outlet's 10% limit
    qtbot.keyClick(dialog.value, Qt.Key.Key_Return)
    settle(qtbot, screen)
    line = screen.presenter.cart.lines[0]
    assert (line.discount, line.discount_approved_by, approvals) == (Discount.percent(500), None, [])
    press(qtbot, screen, Qt.Key.Key_F5)
    dialog = open_dialog(screen, "discountDialog")
    dialog.value.clear()
    qtbot.keyClicks(dialog.value, "25")
    qtbot.keyClick(dialog.value, Qt.Key.Key_Return)
    settle(qtbot, screen)
    line = screen.presenter.cart.lines[0]
    assert (line.discount, line.discount_approved_by) == (Discount.percent(2500), shop.supervisor.id)
    assert len(approvals) == 1
    assert screen.totals.discount.isVisible()


def test_a_refused_approval_changes_nothing(qtbot: QtBot, screen: SaleScreen, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(approval, "ask_approval", lambda *_args: None)
    scan(qtbot, screen, "8990002")
    press(qtbot, screen, Qt.Key.Key_F11)
    dialog = open_dialog(screen, "discountDialog")
    dialog.rupiah.click()
    qtbot.keyClicks(dialog.value, "5000")
    qtbot.keyClick(dialog.value, Qt.Key.Key_Return)
    settle(qtbot, screen)
    assert screen.presenter.cart.sale_discount is None
    assert screen.message.kind == "error"


def test_a_sale_discount_in_rupiah_within_the_limit(qtbot: QtBot, screen: SaleScreen, approvals: list[str]) -> None:
    scan(qtbot, screen, "8990003")
    screen.actions_bar.buttons["actionSaleDiscount"].click()
    dialog = open_dialog(screen, "discountDialog")
    dialog.rupiah.click()
    qtbot.keyClicks(dialog.value, "1.000")
    qtbot.keyClick(dialog.value, Qt.Key.Key_Return)
    settle(qtbot, screen)
    assert screen.presenter.cart.sale_discount == Discount.rupiah(1000)
    assert approvals == []


def test_a_changed_price_needs_a_supervisor(qtbot: QtBot, screen: SaleScreen, approvals: list[str], shop: Shop) -> None:
    scan(qtbot, screen, "8990001")
    press(qtbot, screen, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    dialog = open_dialog(screen, "priceDialog")
    dialog.value.clear()
    qtbot.keyClicks(dialog.value, "4000")
    qtbot.keyClick(dialog.value, Qt.Key.Key_Return)
    settle(qtbot, screen)
    line = screen.presenter.cart.lines[0]
    assert (line.unit_price, line.price_override_by) == (4000, shop.supervisor.id)
    assert "Rp5.000" in approvals[0]
    assert "Rp4.000" in approvals[0]


def test_cafe_order_type_table_and_kitchen_note(qtbot: QtBot, screen: SaleScreen) -> None:
    scan(qtbot, screen, "8990002")
    assert screen.presenter.cart.order_type == "dine_in"
    press(qtbot, screen, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(screen.order_bar.table, "12")
    qtbot.keyClick(screen.order_bar.table, Qt.Key.Key_Return)
    settle(qtbot, screen)
    assert screen.presenter.cart.table_no == "12"
    assert screen.focusWidget() is screen.search.field
    press(qtbot, screen, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = open_dialog(screen, "noteDialog")
    qtbot.keyClicks(dialog.value, "tanpa gula")
    qtbot.keyClick(dialog.value, Qt.Key.Key_Return)
    settle(qtbot, screen)
    assert screen.presenter.cart.lines[0].note == "tanpa gula"
    press(qtbot, screen, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert (screen.presenter.cart.order_type, screen.presenter.cart.table_no) == ("takeaway", "")
    assert screen.order_bar.takeaway.text().startswith("✓")


def test_the_salon_has_no_cafe_controls(make_screen: ScreenFactory) -> None:
    screen = make_screen("salon")
    assert screen.order_bar.isHidden()
    assert "actionNote" not in screen.actions_bar.buttons
    assert screen.presenter.cart.order_type == ""
