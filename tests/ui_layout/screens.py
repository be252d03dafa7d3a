"""Every screen and dialog of the window, built on the test shop as the till shows it, for the layout walk.

Each entry builds one top-level widget: a page is shown at the size of the screen, a dialog at its own size (as
Qt opens it) but never larger than the screen. States that show other controls (a payment by QRIS, a cart with
lines, a sale just made) are entries of their own.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget
from shop import PINS, Shop, act_as

from ska_pos.demo.qris_sample import sample_static_qris
from ska_pos.domain.outlet_profile import default_profile
from ska_pos.domain.settlement import Tender
from ska_pos.services import cart_ops, sales, shifts, till_journal
from ska_pos.services.cart import Cart
from ska_pos.services.earnings import Period
from ska_pos.services.sale_context import tax_settings
from ska_pos.services.this_till import login_names, resolve_till
from ska_pos.services.till_claims import Machine
from ska_pos.ui.printing.dispatch import ReceiptDispatcher
from ska_pos.ui.till_session import TillSession

OUTLET_KINDS = ("kafe", "salon", "laundry", "jahit", "toko")
PERIOD = Period(date(2026, 12, 1), date(2026, 12, 31))


@dataclass
class Place:
    """The shop a walk runs on, with one sale made today and a dispatcher for the screens that print."""

    shop: Shop
    language: str
    dispatcher: ReceiptDispatcher
    sale: sales.CompletedSale
    sale_screen: QWidget  # stands for the sale screen as its dialogs' parent: they inherit its style sheet

    def session(self, role: str = "cashier", kind: str = "kafe") -> TillSession:
        shop = self.shop
        user = {"cashier": None, "supervisor": shop.supervisor, "manager": shop.manager}[role]
        actor = shop.cashier if user is None else act_as(shop, role)
        username, name = ("kasir", "Rina Kasir") if user is None else (user.username, user.full_name)
        return TillSession(shop.db, actor, username, name, "KFE", "Kafe Budi Luhur", default_profile(kind), "T1",
                           self.language)  # fmt: skip


def make_place(shop: Shop, language: str) -> Place:
    with shop.db.transaction() as s:
        outlet = s.merge(shop.cafe)
        outlet.qris_payload = sample_static_qris("KAFE BUDI LUHUR")
        cart = Cart(shop.cafe.id)
        cart_ops.add_by_code(s, cart, "8990001")
        cart_ops.add_by_code(s, cart, "8990003")
        total = cart.priced(tax_settings(outlet)).total
        sale = sales.complete_sale(s, shop.cashier, cart, [Tender("cash", 100_000)])
        assert total < 100_000
    from ska_pos.ui.till.sizing import CHECKED_STYLE

    parent = QWidget()
    parent.setStyleSheet(CHECKED_STYLE)
    return Place(shop, language, ReceiptDispatcher(shop.db, shop.cashier.till_id), sale, parent)


Builder = Callable[[Place], QWidget]


@dataclass(frozen=True)
class Entry:
    name: str
    build: Builder
    page: bool  # shown at the screen's size; otherwise a dialog at its own size


SCREENS: list[Entry] = []


def page(name: str) -> Callable[[Builder], Builder]:
    def register(build: Builder) -> Builder:
        SCREENS.append(Entry(name, build, True))
        return build

    return register


def dialog(name: str) -> Callable[[Builder], Builder]:
    def register(build: Builder) -> Builder:
        SCREENS.append(Entry(name, build, False))
        return build

    return register


# --- before the sale -------------------------------------------------------------------------------------------


@page("first start")
def _first_start(place: Place) -> QWidget:
    from ska_pos.ui.session.first_start_page import FirstStartPage

    return FirstStartPage(place.shop.db, Machine(uuid.UUID(int=7), "KASIR-DEPAN"))


@page("till enrolment")
def _enrol(place: Place) -> QWidget:
    from ska_pos.ui.session.enrol_page import EnrolPage

    return EnrolPage(place.shop.db, Machine(uuid.UUID(int=7), "KASIR-DEPAN"), None)


@page("demo PINs")
def _demo_pins(place: Place) -> QWidget:
    from ska_pos.ui.session.demo_pins_page import DemoPinsPage

    with place.shop.db.reading() as s:
        users = login_names(s, place.shop.cafe.id)
    return DemoPinsPage(users, PINS, "KFE/T1")


@page("first page's read failed")
def _retry(place: Place) -> QWidget:
    from ska_pos.services.errors import DatabaseBusy
    from ska_pos.ui.messages import error_text
    from ska_pos.ui.session.retry_page import RetryPage

    return RetryPage(error_text(DatabaseBusy("The database is busy, try again")), 15)


def _login(place: Place, locked: bool) -> QWidget:
    from ska_pos.ui.session.login_page import LoginContext, LoginPage

    with place.shop.db.reading() as s:
        where = resolve_till(s, place.shop.cashier.till_id)
        assert where is not None
        users = login_names(s, where.outlet_id)
    return LoginPage(place.shop.db, LoginContext(where, users, True, users[0] if locked else None))


@page("login")
def _login_page(place: Place) -> QWidget:
    page = _login(place, locked=False)
    page.findChildren(QPushButton, "loginUser_kasir")[0].click()  # the PIN pad shows
    return page


@page("login, locked")
def _login_locked(place: Place) -> QWidget:
    return _login(place, locked=True)


@page("open shift")
def _open_shift(place: Place) -> QWidget:
    from ska_pos.ui.shift.open_shift_page import OpenShiftPage

    return OpenShiftPage(place.session())


@dialog("take over the shift")
def _take_over(place: Place) -> QWidget:
    from ska_pos.ui.shift.take_over_dialog import TakeOverDialog

    with place.shop.db.reading() as s:
        holder = shifts.shift_holder(s, place.shop.cashier.till_id)
    assert holder is not None
    return TakeOverDialog(holder, "Dewi Supervisor")


# --- around the sale ----------------------------------------------------------------------------------------------


@page("menu")
def _menu(place: Place) -> QWidget:
    from ska_pos.ui.session.menu_page import MenuPage

    return MenuPage(place.session("manager"), large_text=False)


@page("settings")
def _settings(place: Place) -> QWidget:
    from ska_pos.ui.session.settings_page import SettingsPage

    return SettingsPage(place.session("manager"))


@dialog("printer settings")
def _printers(place: Place) -> QWidget:
    from ska_pos.ui.printing.printer_settings_dialog import PrinterSettingsDialog

    return PrinterSettingsDialog(place.session("manager"))


@dialog("daily summary")
def _daily(place: Place) -> QWidget:
    from ska_pos.ui.printing.daily_summary_dialog import DailySummaryDialog

    return DailySummaryDialog(place.session("manager"), dispatcher=place.dispatcher)


@dialog("PDF preview")
def _preview(place: Place) -> QWidget:
    from ska_pos.services.receipt_output import render_receipt
    from ska_pos.ui.printing.pdf_preview import PdfPreviewDialog

    receipt_no, pdf = render_receipt(place.shop.db, place.dispatcher.till_id, place.sale.sale_id, copy=False)
    return PdfPreviewDialog(pdf, receipt_no)


@page("journal")
def _journal(place: Place) -> QWidget:
    from ska_pos.ui.journal.journal_page import JournalPage

    return JournalPage(place.session(), place.dispatcher)


@dialog("void reason")
def _reason(place: Place) -> QWidget:
    from ska_pos.ui.journal.reason_dialog import ReasonDialog

    return ReasonDialog("Batalkan penjualan", "Struk KFE-T1-20261206-0001, Rp17.500")


@dialog("refund")
def _refund(place: Place) -> QWidget:
    from ska_pos.ui.journal.refund_dialog import RefundDialog

    with place.shop.db.reading() as s:
        entry = till_journal.todays_journal(s, place.shop.cashier.till_id)[0]
        lines = till_journal.refundable_lines(s, place.sale.sale_id)
    return RefundDialog(place.session(), entry, lines)


@page("shift")
def _shift(place: Place) -> QWidget:
    from ska_pos.ui.shift.shift_page import ShiftPage

    return ShiftPage(place.session("supervisor"))


@page("close shift")
def _close_shift(place: Place) -> QWidget:
    from ska_pos.ui.shift.close_shift_page import CloseShiftPage

    return CloseShiftPage(place.session("supervisor"))


for _direction in ("in", "out"):

    @dialog(f"cash {_direction}")
    def _cash(place: Place, direction: str = _direction) -> QWidget:
        from ska_pos.ui.shift.cash_dialog import CashMovementDialog

        return CashMovementDialog(place.session("supervisor"), direction)


# --- when things go wrong -----------------------------------------------------------------------------------------


@dialog("startup error")
def _startup_error(place: Place) -> QWidget:
    from datetime import UTC, datetime

    from ska_pos.ui.startup_error import StartupErrorBox

    return StartupErrorBox("Berkas basis data rusak.", backup_taken=datetime(2026, 12, 5, 10, 0, tzinfo=UTC))


@dialog("error message")
def _error_message(place: Place) -> QWidget:
    from ska_pos.ui.messages import translate_buttons

    box = QMessageBox(QMessageBox.Icon.Warning, "SKA POS", "Stok Keripik Singkong tidak cukup",
                      QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel)  # fmt: skip
    translate_buttons(box)
    return box


# The till's, the tabs', the orders' and the manager's screens register themselves in their own modules, after
# everything above.
from ui_layout import (  # noqa: E402, F401
    manager_screens,
    order_screens,
    package_screens,
    salon_screens,
    stock_screens,
    tab_screens,
    tailoring_screens,
    till_screens,
)
