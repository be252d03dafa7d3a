"""What a receipt and a kitchen ticket show, as plain frozen data filled in by the services.

Amounts are whole rupiah (int), quantities Decimal. Every amount is printed as given: the services decide signs
(a void or refund receipt normally repeats the original, positive amounts under its heading).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from typing import Literal

PaymentMethod = Literal["cash", "qris", "transfer", "ewallet", "deposit", "debt"]  # the last two: an order's sale
ReceiptKind = Literal["sale", "void", "refund"]
OrderType = Literal["", "dine_in", "takeaway"]


@dataclass(frozen=True)
class ReceiptModifier:
    """An option chosen on a line (sugar level, size...); `price` is what it added to each unit, 0 for none."""

    group: str
    option: str
    price: int = 0


@dataclass(frozen=True)
class ReceiptLine:
    name: str
    quantity: Decimal
    unit: str
    unit_price: int
    gross: int
    discount: int  # the line's own discount plus its part of the sale discount
    amount: int  # gross minus discount
    workers: tuple[str, ...]  # display names of the workers credited
    note: str = ""
    modifiers: tuple[ReceiptModifier, ...] = ()  # their prices are inside `unit_price` already


@dataclass(frozen=True)
class ReceiptPayment:
    method: PaymentMethod
    amount: int
    reference: str = ""


@dataclass(frozen=True)
class ReceiptLogo:
    """The outlet's logo as stored: a black-and-white PNG of `width` by `height` printer dots."""

    png: bytes
    width: int
    height: int


@dataclass(frozen=True)
class ReceiptData:
    outlet_name: str
    outlet_address: str
    header_lines: tuple[str, ...]
    footer_lines: tuple[str, ...]
    receipt_no: str
    sold_at: datetime  # aware, in the outlet's local time
    cashier_name: str
    till_code: str
    kind: ReceiptKind
    lines: tuple[ReceiptLine, ...]
    subtotal: int  # sum of the lines' gross amounts
    discount_total: int
    service_charge: int
    service_rate_bp: int
    tax_amount: int
    tax_rate_bp: int
    tax_included: bool  # prices already hold the tax: it is shown but not added
    total: int
    rounding: int  # cash rounding adjustment, 0 when the outlet does not round
    payments: tuple[ReceiptPayment, ...]
    tendered: int  # cash handed over; 0 when no cash was paid
    change: int
    original_receipt_no: str = ""  # the sale a void or refund reverses
    reason: str = ""
    customer_name: str = ""
    table_no: str = ""
    order_type: OrderType = ""
    is_copy: bool = False
    show_workers: bool = True
    language: str = "id"
    journal_seq: int = 0  # the sale's entry in the till's journal (docs/journal.md); 0 when it has none
    journal_hash: str = ""
    outlet_phone: str = ""
    service_included: bool = False  # "nett" prices hold the service charge: shown, not added
    logo: ReceiptLogo | None = None
    tip: int = 0  # left with the payment for the workers: shown under the total, never in it

    @property
    def paid_in_cash(self) -> bool:
        return any(payment.method == "cash" for payment in self.payments)


@dataclass(frozen=True)
class KitchenItem:
    name: str
    quantity: Decimal
    modifiers: tuple[str, ...] = ()
    note: str = ""


@dataclass(frozen=True)
class KitchenTicket:
    outlet_name: str
    receipt_no: str
    sold_at: datetime
    table_no: str
    order_type: OrderType
    items: tuple[KitchenItem, ...]
    note: str = ""
    language: str = "id"
    round_no: int = 0  # an open tab's round (services/tabs): only what this round sends
    cancelled: bool = False  # items already sent, voided: the kitchen stops making them
    station: str = ""  # the preparation station it is for (services/prep_stations), when the outlet has several
