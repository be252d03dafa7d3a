"""Prepaid packages at the salon's till, through the real window: Ctrl+G opens the packages page, F2 finds the
customer, F3 sells the chosen plan at its price, F5 uses a session credited to the chosen worker, by keyboard; the
buttons do the same by touch; Esc goes back to the till."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from package_shop import PackageShop, build_package_shop, creambath, set_cash_unit
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton
from pytestqt.qtbot import QtBot
from shop import Shop, act_as
from sqlalchemy import func, select

from ska_pos.db.models import EarningEntry, PackageRefund, PackageSale, PackageUndo, PackageUse
from ska_pos.domain.packages import PackageState
from ska_pos.domain.settlement import Tender
from ska_pos.services.packages.ledger import sell_package, use_package
from ska_pos.services.packages.plans import set_package_plans
from ska_pos.ui.main_window import MainWindow
from ska_pos.ui.packages.packages_page import PackagesPage
from ska_pos.ui.session.till_page import make_sale_screen

from .conftest import find, open_window, page_name
from .helpers import WAIT_MS, open_till_page
from .test_orders_counter import _idle

MORNING = datetime(2026, 12, 7, 2, 0, tzinfo=UTC)  # 09:00 in Jakarta


@pytest.fixture
def salon(shop: Shop) -> PackageShop:
    return build_package_shop(shop)


@pytest.fixture
def salon_window(qtbot: QtBot, salon: PackageShop, tmp_path: Path) -> Iterator[MainWindow]:
    yield from open_window(qtbot, salon.shop.db, tmp_path, make_sale_screen, salon.shop.salon_cashier.till_id)


def _packages_page(qtbot: QtBot, window: MainWindow) -> PackagesPage:
    page = open_till_page(qtbot, window, "actionPackages", Qt.Key.Key_G, "packagesPage")  # the salon sells them
    assert isinstance(page, PackagesPage)
    qtbot.waitUntil(lambda: page.plan.count() > 0 and page.worker.count() > 0, timeout=WAIT_MS)
    return page


@pytest.mark.time_machine(MORNING, tick=True)
def test_a_package_sold_and_a_session_used_by_keyboard_and_touch(
    qtbot: QtBot, salon: PackageShop, salon_window: MainWindow, messages: list[str]
) -> None:
    page = _packages_page(qtbot, salon_window)
    qtbot.keyClick(page, Qt.Key.Key_F2)
    assert page.search.hasFocus()
    qtbot.keyClicks(page.search, "Wati")
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.customer is not None, timeout=WAIT_MS)
    assert not page.use_button.isEnabled()  # no package yet
    qtbot.keyClick(page.customers, Qt.Key.Key_F3)  # sell the chosen plan, paid in cash
    qtbot.waitUntil(lambda: len(page.packages) == 1, timeout=WAIT_MS)
    _idle(qtbot)
    assert "Creambath 5x" in page.status.text()
    assert "0 dari 5" in page.package_list.item(0).text()
    page.worker.setCurrentIndex(page.worker.findText("Budi"))
    qtbot.keyClick(page.package_list, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: page.packages[0].used == 1, timeout=WAIT_MS)
    _idle(qtbot)
    find(page, QPushButton, "packagesUse").click()  # by touch
    qtbot.waitUntil(lambda: page.packages[0].used == 2, timeout=WAIT_MS)
    _idle(qtbot)
    assert "sisa 3" in page.package_list.item(0).text()
    with salon.shop.db.reading() as s:
        assert s.scalar(select(func.count()).select_from(PackageSale)) == 1
        assert s.scalar(select(func.count()).select_from(PackageUse)) == 2
        credited = s.scalar(select(func.sum(EarningEntry.credited_amount))
                            .where(EarningEntry.worker_id == salon.shop.budi.id))  # fmt: skip
        assert credited == 40_001
    qtbot.keyClick(page.package_list, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: page_name(salon_window) == "tillPage", timeout=WAIT_MS)
    assert messages == []


@pytest.mark.time_machine(MORNING, tick=True)
def test_a_package_paid_by_transfer_takes_its_reference(
    qtbot: QtBot, salon: PackageShop, salon_window: MainWindow, messages: list[str]
) -> None:
    """A transfer or e-wallet needs its reference (the service refuses one without): the page asks for it."""
    page = _packages_page(qtbot, salon_window)
    qtbot.keyClicks(page.search, "Wati")
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.customer is not None, timeout=WAIT_MS)
    reference = find(page, QLineEdit, "packagesReference")
    assert not reference.isEnabled()  # cash: no reference
    page.method.setCurrentIndex(page.method.findData("transfer"))
    assert reference.isEnabled()
    assert reference.accessibleName()
    qtbot.keyClicks(reference, "TRF-123")
    qtbot.keyClick(reference, Qt.Key.Key_F3)
    qtbot.waitUntil(lambda: len(page.packages) == 1, timeout=WAIT_MS)
    _idle(qtbot)
    with salon.shop.db.reading() as s:
        assert s.execute(select(PackageSale.method, PackageSale.reference)).one() == ("transfer", "TRF-123")
    assert messages == []


def _reason(qtbot: QtBot, page: PackagesPage, text: str) -> None:
    dialog = page.dialog
    assert dialog is not None
    assert dialog.objectName() == "reasonDialog"
    field = find(dialog, QLineEdit, "reasonField")
    qtbot.keyClicks(field, text)
    qtbot.keyClick(field, Qt.Key.Key_Return)


@pytest.mark.time_machine(MORNING, tick=True)
def test_a_session_undone_and_the_package_refunded_with_a_supervisors_pin(
    qtbot: QtBot,
    salon: PackageShop,
    salon_window: MainWindow,
    messages: list[str],
    approve_as: Callable[[str | None], list[str]],
) -> None:
    asked = approve_as("spv")
    set_cash_unit(salon.shop, 100)  # the page reads it when opened
    page = _packages_page(qtbot, salon_window)
    qtbot.keyClicks(page.search, "Wati")
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.customer is not None, timeout=WAIT_MS)
    due = find(page, QLabel, "packagesDue")
    assert due.text().startswith("Rp100.000 ")  # before F3: what to take in cash,
    assert "Rp100.001" in due.text()  # and the listed price it is rounded down from
    page.method.setCurrentIndex(page.method.findData("transfer"))
    assert due.text() == "Rp100.001"  # other methods pay the listed price
    page.method.setCurrentIndex(page.method.findData("cash"))
    qtbot.keyClick(page.customers, Qt.Key.Key_F3)
    qtbot.waitUntil(lambda: len(page.packages) == 1, timeout=WAIT_MS)
    _idle(qtbot)
    assert page.packages[0].held == 100_000  # sold in cash: Rp100.001 rounded down to the Rp100 unit, as paid
    assert not page.undo_button.isEnabled()  # nothing used yet
    qtbot.keyClick(page.package_list, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: page.packages[0].used == 1, timeout=WAIT_MS)
    _idle(qtbot)
    qtbot.keyClick(page.package_list, Qt.Key.Key_F7)  # undo it, by keyboard
    _reason(qtbot, page, "Salah pelanggan")
    qtbot.waitUntil(lambda: page.packages[0].used == 0, timeout=WAIT_MS)
    _idle(qtbot)
    assert "kembali" in page.status.text()
    find(page, QPushButton, "packagesRefund").click()  # refund it, by touch
    assert page.dialog is not None
    explanation = find(page.dialog, QLabel, "reasonExplanation").text()
    assert "Rp100.000" in explanation, explanation  # what the drawer gives back: what the package holds
    assert "100.001" not in explanation, explanation  # not the plan's listed price
    _reason(qtbot, page, "Pindah kota")
    qtbot.waitUntil(lambda: page.packages[0].state is PackageState.REFUNDED, timeout=WAIT_MS)
    _idle(qtbot)
    assert asked == ["Batalkan sesi Creambath 5x", "Kembalikan uang Creambath 5x"]
    assert not page.refund_button.isEnabled()
    assert not page.use_button.isEnabled()
    with salon.shop.db.reading() as s:
        refund = s.execute(select(PackageRefund.amount, PackageRefund.kept)).one()
        assert tuple(refund) == (100_000, 0)  # paid in whole cash units, given back whole: nothing left over
        assert s.scalar(select(func.count()).select_from(PackageUndo)) == 1
    assert messages == []


@pytest.mark.time_machine(MORNING, tick=True)
def test_the_last_session_of_a_package_past_its_last_day_cannot_be_undone(
    qtbot: QtBot, salon: PackageShop, salon_window: MainWindow, messages: list[str]
) -> None:
    shop = salon.shop
    manager = act_as(shop, "manager", outlet_id=shop.salon.id, till_id=shop.salon_cashier.till_id)
    sold_at = MORNING - timedelta(days=40)  # its last day was ten days ago
    with shop.db.transaction() as s:
        set_package_plans(s, manager, shop.salon.id, [creambath(shop, "CB1", sessions=1, days=30)])
        sold = sell_package(s, shop.salon_cashier, salon.customer_id, "CB1", Tender("cash", 100_001), now=sold_at)
        use_package(s, shop.salon_cashier, sold.package_id, shop.budi.id, now=sold_at)
    page = _packages_page(qtbot, salon_window)
    qtbot.keyClicks(page.search, "Wati")
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.customer is not None, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: len(page.packages) == 1, timeout=WAIT_MS)
    page.package_list.setCurrentRow(0)
    assert page.packages[0].used == 1
    assert page.packages[0].expires_on < MORNING.date()
    assert not page.undo_button.isEnabled()  # the service refuses it: the button says so first
    qtbot.keyClick(page.package_list, Qt.Key.Key_F7)
    assert page.dialog is None  # F7 asks no reason either
    assert messages == []


@pytest.mark.time_machine(MORNING, tick=True)
def test_a_cash_unit_changed_while_the_page_is_open_is_read_again_after_the_refusal(
    qtbot: QtBot, salon: PackageShop, salon_window: MainWindow, messages: list[str]
) -> None:
    """The page read the cash unit when it opened; a manager changes it meanwhile. The sale is refused, the refusal
    names the right price, and the page reads the unit again, so the next F3 sells at it."""
    page = _packages_page(qtbot, salon_window)
    due = find(page, QLabel, "packagesDue")
    assert due.text() == "Rp100.001"  # no cash unit yet
    set_cash_unit(salon.shop, 100)
    qtbot.keyClicks(page.search, "Wati")
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.customer is not None, timeout=WAIT_MS)
    qtbot.keyClick(page.customers, Qt.Key.Key_F3)
    qtbot.waitUntil(lambda: len(messages) == 1, timeout=WAIT_MS)
    assert "Rp100.000" in messages[0]
    qtbot.waitUntil(lambda: due.text().startswith("Rp100.000 "), timeout=WAIT_MS)
    qtbot.keyClick(page.customers, Qt.Key.Key_F3)
    qtbot.waitUntil(lambda: len(page.packages) == 1, timeout=WAIT_MS)
    _idle(qtbot)
    assert page.packages[0].held == 100_000
    assert len(messages) == 1
