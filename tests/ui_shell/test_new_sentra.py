"""Issue 11, "Show it": a new sentra sets itself up through the window alone, from an empty database to a first real
sale at a new outlet with its own items, its own cashier and its own QRIS code. No demo data, no command line, no
service called to set anything up: clicks and keys on the named widgets, in the order of docs/setting-up.md (this
test is that guide's proof: keep the two in step).

With SKA_POS_SETUP_SHOTS=<folder> set, the test also saves the guide's pictures there (setup_<step>_<language>.png),
as the window showed them at each step, in Indonesian or, with SKA_POS_SETUP_LANGUAGE=en, in English (the window's
language from the start; choices are picked by their values, so the story is the same in both):
`python docs/screenshots/make_screenshots.py --setup` makes both."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QTabWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from ska_pos.db.database import Database
from ska_pos.db.models import Outlet, Sale, User, Worker
from ska_pos.demo.qris_sample import sample_static_qris
from ska_pos.services.qris_setup import outlet_qris
from ska_pos.services.sale_queries import sale_with_lines
from ska_pos.ui import ops
from ska_pos.ui.main_window import MainWindow
from ska_pos.ui.session.till_page import make_sale_screen
from ska_pos.ui.theme import apply_theme, load_fonts
from ska_pos.ui.till.payment_dialog import PaymentDialog
from ska_pos.ui.till.sale_screen import SaleScreen
from ska_pos.ui.translation import install_language

from .conftest import find, open_window, page_name
from .helpers import WAIT_MS, settled_on

pytestmark = [pytest.mark.gui, pytest.mark.time_machine(datetime(2026, 12, 7, 2, 0, tzinfo=UTC))]

ADMIN_PIN = "482913"
FIRST_PIN = "4826"  # given by the administrator
OWN_PIN = "1357"  # chosen by the cashier at her first login
LAUNDRY_QRIS = sample_static_qris("Laundry Bersih Budi Luhur", "KOTA BEKASI")
LANGUAGE = os.environ.get("SKA_POS_SETUP_LANGUAGE", "id")


@pytest.fixture
def window(qapp: QApplication, qtbot: QtBot, db: Database, tmp_path: Path, messages: list[str]) -> Iterator[MainWindow]:
    install_language(LANGUAGE)  # Indonesian unless the English pictures are being made (the fixture resets it)
    if os.environ.get("SKA_POS_SETUP_SHOTS"):  # the guide's pictures show the till as it looks, in its own process
        apply_theme(qapp, family=load_fonts())
    yield from open_window(qtbot, db, tmp_path, make_sale_screen)  # an empty database, the real sale screen


def shot(window: MainWindow, step: str, dialog: QWidget | None = None) -> None:
    """The guide's picture of this step, when asked for: the window, with the dialog drawn where it stands."""
    folder = os.environ.get("SKA_POS_SETUP_SHOTS")
    if not folder:
        return
    for _ in range(5):
        QApplication.processEvents()
    picture = window.grab()
    if dialog is not None:
        painter = QPainter(picture)
        painter.fillRect(picture.rect(), QColor(0, 0, 0, 90))
        shown = dialog.grab()
        left, top = (picture.width() - shown.width()) // 2, (picture.height() - shown.height()) // 2
        painter.drawPixmap(left, top, shown)
        painter.setPen(QPen(QColor("#4a5568"), 2))
        painter.drawRect(left - 1, top - 1, shown.width() + 1, shown.height() + 1)
        painter.end()
    picture.save(str(Path(folder) / f"setup_{step}_{LANGUAGE}.png"))


# --- the hands on the window ------------------------------------------------------------------------------------


def click(qtbot: QtBot, window: QWidget, name: str) -> None:
    button = find(window, QPushButton, name)
    assert button.isVisible(), f"{name} is not on screen"
    assert button.isEnabled(), f"{name} cannot be pressed"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def type_into(qtbot: QtBot, window: QWidget, name: str, text: str, *, enter: bool = False) -> None:
    field = find(window, QLineEdit, name)
    field.setFocus()
    qtbot.keyClicks(field, text)
    if enter:
        qtbot.keyClick(field, Qt.Key.Key_Return)


def choose(combo: QComboBox, text: str) -> None:
    """As a click on the list's entry does: the entry whose text starts with `text`."""
    index = next((i for i in range(combo.count()) if combo.itemText(i).startswith(text)), -1)
    assert index >= 0, f"{combo.objectName()} offers no {text!r}: {[combo.itemText(i) for i in range(combo.count())]}"
    combo.setCurrentIndex(index)


def choose_value(combo: QComboBox, value: str) -> None:
    """As a click on the entry for `value` does, in any language."""
    index = combo.findData(value)
    assert index >= 0, f"{combo.objectName()} offers no {value!r}"
    combo.setCurrentIndex(index)


def open_tab(qtbot: QtBot, tabs: QTabWidget, page: QWidget) -> None:
    bar = tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(tabs.indexOf(page)).center())
    assert tabs.currentWidget() is page


def click_row(qtbot: QtBot, rows: QListWidget, text: str) -> None:
    row = next((i for i in range(rows.count()) if rows.item(i).text().startswith(text)), -1)
    assert row >= 0, f"{rows.objectName()} has no {text!r}"
    rows.scrollToItem(rows.item(row))
    qtbot.mouseClick(rows.viewport(), Qt.MouseButton.LeftButton, pos=rows.visualItemRect(rows.item(row)).center())


def dialog_named(qtbot: QtBot, window: QWidget, name: str) -> QDialog:
    """The dialog a click opened (each is opened with open(): it is there at once, never waited for in a loop)."""
    qtbot.waitUntil(lambda: any(d.isVisible() for d in window.findChildren(QDialog, name)), timeout=WAIT_MS)
    return next(d for d in window.findChildren(QDialog, name) if d.isVisible())


def press_ok(qtbot: QtBot, dialog: QDialog) -> None:
    buttons = dialog.buttons  # type: ignore[attr-defined]
    qtbot.mouseClick(buttons.button(buttons.StandardButton.Ok), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=WAIT_MS)


def log_in(qtbot: QtBot, window: MainWindow, username: str, pin: str) -> None:
    settled_on(qtbot, window, "loginPage")
    click(qtbot, window, f"loginUser_{username}")
    type_into(qtbot, window, "loginPinField", pin, enter=True)


def manager_area(qtbot: QtBot, window: MainWindow) -> QTabWidget:
    settled_on(qtbot, window, "openShiftPage")
    click(qtbot, window, "openShiftManager")
    settled_on(qtbot, window, "managerHost")
    return find(window, QTabWidget, "managerTabs")


def tab_page(window: MainWindow, name: str) -> QWidget:
    return find(window, QWidget, name)


# --- the story --------------------------------------------------------------------------------------------------


def test_a_new_sentra_sets_up_a_laundry_through_the_window_and_sells_there_by_qris(
    qtbot: QtBot, window: MainWindow, db: Database, messages: list[str]
) -> None:
    # 1. First start: "set up my own" (the sentra, its first outlet, the administrator).
    settled_on(qtbot, window, "firstStartPage")
    for name, text in (
        ("setupSentraName", "Sentra Budi Luhur"),
        ("setupOutletName", "Kafe Budi Luhur"),
        ("setupAdminName", "Ibu Sari"),
        ("setupPin", ADMIN_PIN),
    ):
        type_into(qtbot, window, name, text)
    choose_value(find(window, QComboBox, "setupOutletKind"), "kafe")
    type_into(qtbot, window, "setupPinAgain", ADMIN_PIN)
    shot(window, "first_start")
    qtbot.keyClick(find(window, QLineEdit, "setupPinAgain"), Qt.Key.Key_Return)

    # 2. The administrator logs in at the first till and adds the laundry and its till.
    log_in(qtbot, window, "admin", ADMIN_PIN)
    tabs = manager_area(qtbot, window)
    setup = tab_page(window, "outletSetupTab")
    open_tab(qtbot, tabs, setup)
    outlet_list = find(setup, QListWidget, "outletList")
    qtbot.waitUntil(lambda: outlet_list.count() == 1, timeout=WAIT_MS)
    type_into(qtbot, setup, "newOutletCode", "ldr")
    type_into(qtbot, setup, "newOutletName", "Laundry Bersih")
    choose_value(find(setup, QComboBox, "newOutletKind"), "laundry")
    click(qtbot, setup, "addOutlet")
    qtbot.waitUntil(lambda: outlet_list.count() == 2 and not ops._running, timeout=WAIT_MS)
    click_row(qtbot, outlet_list, "LDR")
    type_into(qtbot, setup, "newTillCode", "t1")
    type_into(qtbot, setup, "newTillName", "Meja depan")
    click(qtbot, setup, "addTill")
    tills = find(setup, QListWidget, "tillList")
    qtbot.waitUntil(lambda: tills.count() == 1 and tills.item(0).text().startswith("T1"), timeout=WAIT_MS)
    qtbot.waitUntil(lambda: outlet_list.currentItem().text().startswith("LDR"), timeout=WAIT_MS)
    shot(window, "outlets_and_tills")

    # 3. This computer becomes the laundry's till: Menu, Settings, "This till".
    click(qtbot, window, "managerBack")
    settled_on(qtbot, window, "openShiftPage")
    click(qtbot, window, "openShiftMenu")
    settled_on(qtbot, window, "menuPage")
    click(qtbot, window, "menu_settings")
    settled_on(qtbot, window, "settingsPage")
    this_till = find(window, QComboBox, "settingsThisTill")
    qtbot.waitUntil(lambda: this_till.count() == 2, timeout=WAIT_MS)
    choose(this_till, "LDR/T1")
    shot(window, "this_till")
    click(qtbot, window, "settingsSave")
    settled_on(qtbot, window, "loginPage")
    assert window.place is not None
    assert (window.place.outlet_code, window.place.till_code) == ("LDR", "T1")

    # 4. At the laundry's till the administrator adds its worker, its catalogue, its cashier and its QRIS code.
    log_in(qtbot, window, "admin", ADMIN_PIN)
    tabs = manager_area(qtbot, window)
    workers_tab = tab_page(window, "workersTab")
    open_tab(qtbot, tabs, workers_tab)
    qtbot.waitUntil(lambda: len(getattr(workers_tab, "outlets", ())) == 2, timeout=WAIT_MS)  # read when shown
    click(qtbot, workers_tab, "workerAdd")
    worker_form = dialog_named(qtbot, window, "workerForm")
    type_into(qtbot, worker_form, "workerCode", "W001")
    type_into(qtbot, worker_form, "workerName", "Siti Aminah")
    type_into(qtbot, worker_form, "workerDisplayName", "Siti")
    works_in = find(worker_form, QListWidget, "workerOutlets")
    click_row(qtbot, works_in, "LDR")
    qtbot.keyClick(works_in, Qt.Key.Key_Space)  # ticks the laundry
    shot(window, "worker", worker_form)
    press_ok(qtbot, worker_form)

    catalog = tab_page(window, "catalogTab")
    open_tab(qtbot, tabs, catalog)
    parts = find(catalog, QTabWidget, "catalogParts")
    categories = tab_page(catalog, "categoryPanel")
    open_tab(qtbot, parts, categories)
    click(qtbot, categories, "categoryAdd")
    named_category = dialog_named(qtbot, window, "categoryForm")
    type_into(qtbot, named_category, "categoryName", "Cucian", enter=True)
    qtbot.waitUntil(lambda: not named_category.isVisible() and not ops._running, timeout=WAIT_MS)

    items = tab_page(catalog, "itemPanel")
    open_tab(qtbot, parts, items)
    for name, sku, barcode, price in (
        ("Cuci Setrika Kemeja", "KEMEJA", "2000001", "6000"),
        ("Cuci Bed Cover", "BEDCOVER", "2000002", "35000"),
    ):
        click(qtbot, items, "itemAdd")
        form = dialog_named(qtbot, window, "itemForm")
        type_into(qtbot, form, "itemName", name)
        type_into(qtbot, form, "itemSku", sku)
        type_into(qtbot, form, "itemBarcodes", barcode)
        choose(find(form, QComboBox, "itemCategory"), "Cucian")
        choose_value(find(form, QComboBox, "itemKind"), "service")
        type_into(qtbot, form, "itemPrice", price)
        choose(find(form, QComboBox, "itemMaker"), "Siti")
        if sku == "KEMEJA":
            shot(window, "item", form)
        press_ok(qtbot, form)

    users_tab = tab_page(window, "usersTab")
    open_tab(qtbot, tabs, users_tab)
    user_list = find(users_tab, QTableView, "usersTable")
    qtbot.waitUntil(lambda: user_list.model().rowCount() == 1 and not ops._running, timeout=WAIT_MS)  # the admin
    click(qtbot, users_tab, "userAdd")
    user_form = dialog_named(qtbot, window, "userForm")
    type_into(qtbot, user_form, "userUsername", "dewi")
    type_into(qtbot, user_form, "userFullName", "Dewi Lestari")
    choose_value(find(user_form, QComboBox, "userRole"), "cashier")
    choose(find(user_form, QComboBox, "userOutlet"), "LDR")
    type_into(qtbot, user_form, "userPin", FIRST_PIN)
    type_into(qtbot, user_form, "userPinAgain", FIRST_PIN)
    shot(window, "cashier", user_form)
    press_ok(qtbot, user_form)

    open_tab(qtbot, tabs, setup := tab_page(window, "outletSetupTab"))
    outlet_list = find(setup, QListWidget, "outletList")
    qtbot.waitUntil(lambda: outlet_list.count() == 2 and not ops._running, timeout=WAIT_MS)
    click_row(qtbot, outlet_list, "LDR")
    qtbot.waitUntil(lambda: find(setup, QLineEdit, "outletName").text() == "Laundry Bersih", timeout=WAIT_MS)
    click(qtbot, setup, "outletQris")
    qris = dialog_named(qtbot, window, "qrisDialog")
    qtbot.waitUntil(lambda: "Laundry Bersih" in find(qris, QLabel, "qrisSavedNow").text(), timeout=WAIT_MS)
    QApplication.clipboard().setText(LAUNDRY_QRIS)  # copied from the bank's or the QRIS provider's page
    payload = find(qris, QPlainTextEdit, "qrisPayload")
    payload.setFocus()
    qtbot.keyClick(payload, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    click(qtbot, qris, "qrisCheck")
    assert "LAUNDRY BERSIH BUDI LUHUR" in find(qris, QLabel, "qrisMerchant").text()
    shot(window, "qris", qris)
    press_ok(qtbot, qris)

    click(qtbot, window, "managerBack")
    settled_on(qtbot, window, "openShiftPage")
    click(qtbot, window, "openShiftLogOut")

    # 5. The cashier logs in with the PIN she was given, chooses her own, opens the shift and sells by QRIS.
    log_in(qtbot, window, "dewi", FIRST_PIN)
    heading = find(window, QLabel, "loginPinHeading")
    new_pin = {"id": "PIN baru", "en": "new PIN"}[LANGUAGE]
    qtbot.waitUntil(lambda: new_pin in heading.text(), timeout=WAIT_MS)
    shot(window, "own_pin")
    type_into(qtbot, window, "loginPinField", OWN_PIN, enter=True)
    type_into(qtbot, window, "loginPinField", OWN_PIN, enter=True)
    settled_on(qtbot, window, "openShiftPage")
    float_of_fifty = find(window, QSpinBox, "float_50000")
    float_of_fifty.setFocus()
    qtbot.keyClicks(float_of_fifty, "2")
    click(qtbot, window, "openShiftButton")
    qtbot.waitUntil(lambda: page_name(window) == "tillPage", timeout=WAIT_MS)

    assert window.till_page is not None
    screen = window.till_page.sale_screen
    assert isinstance(screen, SaleScreen)
    for barcode in ("2000001", "2000002"):
        qtbot.keyClicks(screen.search.field, barcode)
        qtbot.keyClick(screen.search.field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(screen.presenter.cart.lines) == 2, timeout=WAIT_MS)
    qtbot.keyClick(screen.search.field, Qt.Key.Key_F12)
    qtbot.waitUntil(lambda: isinstance(screen.active_dialog, PaymentDialog), timeout=WAIT_MS)
    payment = screen.active_dialog
    assert isinstance(payment, PaymentDialog)
    qtbot.keyClick(payment.cash.amount, Qt.Key.Key_F3)
    assert payment.panels.currentWidget() is payment.qris
    assert "LAUNDRY BERSIH BUDI LUHUR" in find(payment, QLabel, "qrisMerchant").text()
    shot(window, "qris_payment", payment)
    qtbot.mouseClick(payment.qris.confirm, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: screen.presenter.last_sale is not None and not screen.presenter.busy, timeout=WAIT_MS)

    # 6. The sale is the laundry's, rung up by Dewi, with its two items, paid by QRIS.
    done = screen.presenter.last_sale
    assert done is not None
    with db.reading() as s:
        laundry = s.scalars(select(Outlet).where(Outlet.code == "LDR")).one()
        dewi = s.scalars(select(User).where(User.username == "dewi")).one()
        siti = s.scalars(select(Worker).where(Worker.code == "W001")).one()
        assert (laundry.name, laundry.kind, dewi.role, dewi.outlet_id) == ("Laundry Bersih", "laundry", "cashier",
                                                                           laundry.id)  # fmt: skip
        assert outlet_qris(s, laundry.id).payload == LAUNDRY_QRIS
        [stored] = s.scalars(select(Sale)).all()  # the first real sale of the sentra
        sale = sale_with_lines(s, stored.id)
        assert sale is not None
        assert (stored.outlet_id, sale.cashier_id) == (laundry.id, dewi.id)
        assert [(line.sku, line.unit_price) for line in sale.lines] == [("KEMEJA", 6_000), ("BEDCOVER", 35_000)]
        assert [(p.method, p.amount) for p in sale.payments] == [("qris", sale.total)]
        assert sale.total == done.total
        assert [{credit.worker_id for credit in line.credits} for line in sale.lines] == [{siti.id}, {siti.id}]
