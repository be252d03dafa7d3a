"""The till's sale screen and its dialogs for the layout walk (`screens.SCREENS`): the sale screen of every kind of
outlet, a sale just made, the payment and its methods, the line and sale dialogs, the split bill and the F1 help."""

from __future__ import annotations

import uuid

from PySide6.QtWidgets import QPushButton, QWidget

from ska_pos.demo.qris_sample import sample_static_qris
from ska_pos.domain.discounts import Discount
from ska_pos.services.cart import WorkerCredit
from ui_layout.screens import OUTLET_KINDS, Builder, Place, dialog, page

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


@dialog("payment of a tip alone, cash taken before the tip")
def _payment_of_a_tip_alone(place: Place) -> QWidget:
    """A salon visit a package paid: nothing but the tip is due, and the cash typed first is refused."""
    from ska_pos.ui.till.payment_dialog import PaymentDialog

    shop = place.shop
    workers = ((shop.siti.id, "Siti Rahayu"), (shop.budi.id, "Budi Santoso"))
    payment = PaymentDialog(place.session(), 0, "", place.sale_screen, workers=workers, tip_only=True)
    payment.cash.tendered.emit(20_000)
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
