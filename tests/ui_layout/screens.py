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
from ska_pos.domain.discounts import Discount
from ska_pos.domain.outlet_profile import default_profile
from ska_pos.domain.settlement import Tender
from ska_pos.services import cart_ops, sales, shifts, till_journal
from ska_pos.services.cart import Cart, WorkerCredit
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


# --- the sale ---------------------------------------------------------------------------------------------------


def _till(place: Place, kind: str) -> QWidget:
    from ska_pos.ui.session.till_page import TillPage
    from ska_pos.ui.till.sale_screen import SaleScreen

    session = place.session(kind=kind)
    return TillPage(session, SaleScreen(session, place.dispatcher), demo_mode=True)


for _kind in OUTLET_KINDS:
    page(f"sale screen ({_kind})")(lambda place, kind=_kind: _till(place, kind))


@page("sale screen, a sale made")
def _till_after_sale(place: Place) -> QWidget:
    page = _till(place, "kafe")
    screen = page.sale_screen  # type: ignore[attr-defined]
    screen.last_sale.show_sale(place.sale)
    screen.say("Struk dicetak · Receipt printed", "info")
    return page


@dialog("payment")
def _payment(place: Place) -> QWidget:
    from ska_pos.ui.till.payment_dialog import PaymentDialog

    return PaymentDialog(
        place.session(), 63_294, sample_static_qris("KAFE BUDI LUHUR"), place.sale_screen, cash_rounding_unit=100
    )


@dialog("payment with a tip")
def _payment_with_tip(place: Place) -> QWidget:
    from ska_pos.ui.till.payment_dialog import PaymentDialog

    shop = place.shop
    workers = ((shop.siti.id, "Siti Rahayu"), (shop.budi.id, "Budi Santoso"))
    payment = PaymentDialog(
        place.session(), 63_294, sample_static_qris("KAFE BUDI LUHUR"), place.sale_screen, workers=workers
    )
    payment.tip.amount_field.setText("10.000")
    return payment


def _payment_by(method: str) -> Builder:
    def build(place: Place) -> QWidget:
        dialog = _payment(place)
        buttons = [b for b in dialog.findChildren(QPushButton) if b.objectName().endswith(method)]
        assert buttons, f"no payment method button for {method}"
        buttons[0].click()
        return dialog

    return build


for _method in ("Qris", "Transfer", "Ewallet"):
    dialog(f"payment by {_method}")(_payment_by(_method))


@dialog("discount")
def _discount(place: Place) -> QWidget:
    from ska_pos.ui.till.line_dialogs import DiscountDialog

    return DiscountDialog("Diskon: Keripik Singkong", 12_500, Discount.percent(1000), place.language, place.sale_screen)


@dialog("discount, none yet")
def _new_discount(place: Place) -> QWidget:
    from ska_pos.ui.till.line_dialogs import DiscountDialog

    return DiscountDialog("Diskon total", 63_294, None, place.language, place.sale_screen)


@dialog("price")
def _price(place: Place) -> QWidget:
    from ska_pos.ui.till.line_dialogs import AmountDialog

    return AmountDialog("priceDialog", "Harga", "Keripik Singkong", 12_500, place.language, place.sale_screen)


@dialog("note")
def _note(place: Place) -> QWidget:
    from ska_pos.ui.till.line_dialogs import TextDialog

    return TextDialog("noteDialog", "Catatan", "Keripik Singkong", parent=place.sale_screen)


@dialog("worker picker")
def _worker_picker(place: Place) -> QWidget:
    from ska_pos.ui.till.worker_dialog import WorkerDialog

    shop = place.shop
    people = [(shop.siti.id, "Siti"), (shop.budi.id, "Budi")]
    split = [WorkerCredit(shop.siti.id, "Siti", 6000), WorkerCredit(shop.budi.id, "Budi", 4000)]
    return WorkerDialog(people, split, "Potong Rambut", place.sale_screen, language=place.language)


@dialog("modifier picker")
def _modifier_picker(place: Place) -> QWidget:
    from ska_pos.domain.modifiers import ModifierGroup, ModifierOption
    from ska_pos.ui.till.modifier_dialog import ModifierDialog

    def group(name: str, low: int, high: int, *options: tuple[str, int]) -> ModifierGroup:
        choices = tuple(ModifierOption(uuid.uuid4(), option, price) for option, price in options)
        return ModifierGroup(uuid.uuid4(), name, low, high, choices)

    groups = (
        group("Gula", 1, 1, ("Normal", 0), ("Sedikit gula", 0), ("Tanpa gula", 0)),
        group("Es", 0, 1, ("Es normal", 0), ("Sedikit es", 0), ("Tanpa es", 0)),
        group("Ukuran", 1, 1, ("Reguler", 0), ("Besar", 5_000)),
        group("Tambahan", 0, 3, ("Boba", 4_000), ("Keju", 5_000), ("Extra shot espresso", 6_000)),
    )
    chosen = (groups[0].options[1].id, groups[3].options[0].id)
    return ModifierDialog("Es Kopi Susu Gula Aren", groups, chosen, place.language, place.sale_screen)


@dialog("recall")
def _recall(place: Place) -> QWidget:
    from ska_pos.ui.till.recall_dialog import RecallDialog

    held = [(uuid.uuid4(), "10:15 · 3 baris · Rp45.500"), (uuid.uuid4(), "10:42 · 1 baris · Rp8.000")]
    return RecallDialog(held, place.sale_screen)


@dialog("split bill")
def _split_bill(place: Place) -> QWidget:
    from decimal import Decimal

    from ska_pos.domain.pricing import LineInput, TaxSettings, price_sale
    from ska_pos.ui.till.split_dialog import SplitDialog

    tax = TaxSettings(tax_rate_bp=1000, service_rate_bp=500)
    bill = price_sale([LineInput(Decimal(2), 5000), LineInput(Decimal(1), 8000), LineInput(Decimal(1), 12500)], tax=tax)
    names = ["Es Teh Manis x 2", "Kopi Tubruk", "Keripik Singkong Pedas Manis (200 g)"]
    return SplitDialog(names, bill, tax, place.language, [0, 1, 0], frozenset({0}), place.sale_screen)


@dialog("split bill in equal shares")
def _split_in_shares(place: Place) -> QWidget:
    from decimal import Decimal

    from ska_pos.domain.pricing import LineInput, TaxSettings, price_sale
    from ska_pos.ui.till.split_dialog import SplitDialog

    tax = TaxSettings(tax_rate_bp=1000, service_rate_bp=500)
    bill = price_sale([LineInput(Decimal(2), 5000), LineInput(Decimal(1), 8000), LineInput(Decimal(1), 12500)], tax=tax)
    names = ["Es Teh Manis x 2", "Kopi Tubruk", "Keripik Singkong Pedas Manis (200 g)"]
    return SplitDialog(names, bill, tax, place.language, None, frozenset({0}), place.sale_screen, shares=3)


@dialog("supervisor approval")
def _approval(place: Place) -> QWidget:
    from ska_pos.ui.approval import ApprovalDialog

    return ApprovalDialog(place.shop.db, "Diskon di atas batas kasir", place.sale_screen)


@dialog("F1 help")
def _help(place: Place) -> QWidget:
    from ska_pos.ui.help.help_dialog import HelpDialog

    return HelpDialog()


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


# The manager's and the orders' screens register themselves in their own modules, after everything above.
from ui_layout import manager_screens, order_screens  # noqa: E402, F401
