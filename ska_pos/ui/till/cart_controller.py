"""The cart being rung up and every change to it, checked by `services.cart_ops`.

A change is one indexed lookup at most and writes nothing, so it runs inline: a scan must be in the cart before
the scanner's next Enter. Writing (the sale, holding) goes through `ui.ops.run_operation` in the screens.
Every method raises `ServiceError` with a message for the cashier; signal `changed()` follows every change.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, replace
from decimal import Decimal

from PySide6.QtCore import QObject, Signal

from ska_pos.db.database import Database
from ska_pos.db.models import Outlet
from ska_pos.domain.discounts import Discount
from ska_pos.domain.money import parse_quantity
from ska_pos.domain.pricing import SaleTotals, TaxSettings
from ska_pos.services import cart_ops
from ska_pos.services.actor import Actor, Approval
from ska_pos.services.cart import Cart
from ska_pos.services.errors import ValidationError
from ska_pos.services.sale_context import tax_settings

# "3*8990001" or "1,5*KOPI": a quantity typed before the code.
_QUANTITY_PREFIX = re.compile(r"^\s*([0-9]+(?:[.,][0-9]+)?)\s*\*\s*(\S.*)$")


@dataclass(frozen=True)
class OutletFacts:
    kind: str
    tax: TaxSettings
    qris_payload: str
    cash_rounding_unit: int


def load_outlet_facts(database: Database, outlet_id: uuid.UUID) -> OutletFacts:
    with database.reading() as session:
        outlet = session.get(Outlet, outlet_id)
        if outlet is None:
            raise LookupError(f"no outlet {outlet_id}")
        return OutletFacts(outlet.kind, tax_settings(outlet), outlet.qris_payload, outlet.cash_rounding_unit)


def split_quantity(text: str) -> tuple[Decimal, str]:
    match = _QUANTITY_PREFIX.match(text)
    if match is None:
        return Decimal(1), text.strip()
    return _quantity(match.group(1)), match.group(2).strip()


def _quantity(text: str) -> Decimal:
    try:
        return parse_quantity(text)
    except ValueError as error:
        raise ValidationError(str(error)) from error


class CartController(QObject):
    changed = Signal()

    def __init__(self, database: Database, actor: Actor, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.database, self.actor = database, actor
        self.outlet = load_outlet_facts(database, actor.outlet_id)
        self.cart = self._new_cart()
        self.frozen = False

    def totals(self) -> SaleTotals:
        return self.cart.priced(self.outlet.tax)

    def add_code(self, text: str) -> int:
        """Add what a scanned or typed code names; returns the index of the line it went to."""
        self._check_open()
        quantity, code = split_quantity(text)
        with self.database.reading() as session:
            line = cart_ops.add_by_code(session, self.cart, code, quantity)
        return self._changed_at(line)

    def add_item(self, item_id: uuid.UUID) -> int:
        self._check_open()
        with self.database.reading() as session:
            line = cart_ops.add_item(session, self.cart, item_id)
        return self._changed_at(line)

    def step_quantity(self, index: int, step: int) -> None:
        self._check_open()
        line = self.cart.lines[index]
        cart_ops.set_quantity(self.cart, index, line.quantity + step)
        self.changed.emit()

    def set_quantity(self, index: int, text: str) -> None:
        self._check_open()
        cart_ops.set_quantity(self.cart, index, _quantity(text))
        self.changed.emit()

    def remove(self, index: int) -> None:
        self._check_open()
        cart_ops.remove_line(self.cart, index)
        self.changed.emit()

    def set_workers(self, index: int, credits: Sequence[tuple[uuid.UUID, int]]) -> None:
        self._check_open()
        with self.database.reading() as session:
            cart_ops.set_workers(session, self.cart, index, credits)
        self.changed.emit()

    def line_discount_needs_approval(self, index: int, discount: Discount | None) -> bool:
        line = self.cart.lines[index]
        with self.database.reading() as session:
            return cart_ops.discount_needs_approval(session, self.cart, discount, line.unit_price * line.quantity)

    def sale_discount_needs_approval(self, discount: Discount | None) -> bool:
        with self.database.reading() as session:
            return cart_ops.sale_discount_needs_approval(session, self.cart, discount)

    def set_line_discount(self, index: int, discount: Discount | None, approval: Approval | None) -> None:
        self._check_open()
        with self.database.reading() as session:
            cart_ops.set_line_discount(session, self.cart, index, discount, approval=approval)
        self.changed.emit()

    def set_sale_discount(self, discount: Discount | None, approval: Approval | None) -> None:
        self._check_open()
        with self.database.reading() as session:
            cart_ops.set_sale_discount(session, self.cart, discount, approval=approval)
        self.changed.emit()

    def set_price(self, index: int, unit_price: int, approval: Approval | None) -> None:
        self._check_open()
        with self.database.reading() as session:
            cart_ops.set_price(session, self.cart, index, unit_price, approval=approval)
        self.changed.emit()

    def set_note(self, index: int, note: str) -> None:
        self._check_open()
        self.cart.replace_line(index, note=note.strip())
        self.changed.emit()

    def set_order(self, order_type: str, table_no: str) -> None:
        self._check_open()
        self.cart.order_type = order_type
        self.cart.table_no = table_no.strip() if order_type == "dine_in" else ""
        self.changed.emit()

    def _check_open(self) -> None:
        if self.frozen:
            raise ValidationError(self.tr("Wait a moment: the sale is being saved"))

    def snapshot(self) -> Cart:
        """A copy to commit or hold off the UI thread while the screen keeps its own."""
        return replace(self.cart, lines=list(self.cart.lines))

    def load(self, cart: Cart) -> None:
        self.cart = cart
        self.changed.emit()

    def clear(self) -> None:
        self.load(self._new_cart())

    def _new_cart(self) -> Cart:
        return Cart(self.actor.outlet_id, order_type="dine_in" if self.outlet.kind == "kafe" else "")

    def _changed_at(self, line: object) -> int:
        self.changed.emit()
        return next(index for index, candidate in enumerate(self.cart.lines) if candidate is line)
