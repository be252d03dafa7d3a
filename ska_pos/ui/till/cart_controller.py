"""The cart being rung up and every change to it, checked by `services.cart_ops`.

A scan or a chosen item is added by a `ui.ops.ReadOp` on the database worker, so the till never waits for the
database: the scan field is free for the next scan at once, and scans reach the cart in the order they were made
(the worker is first come first served and each add starts from the cart the previous one left, `_tip`). The cart
the screen shows (`cart`) is always one the worker computed, never a guess. Changes that read nothing are refused
while an add is still under way (`pending`), so they cannot overtake it. Writing (the sale, holding) is the
presenter's `ui.ops.WriteOp`. Refusals are `ServiceError`s with a message for the cashier; signal `changed()` follows
every change.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from decimal import Decimal

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget
from sqlalchemy.orm import Session

from ska_pos.db.database import Database
from ska_pos.db.models import Outlet
from ska_pos.domain.discounts import Discount
from ska_pos.domain.modifiers import ModifierGroup
from ska_pos.domain.money import parse_quantity
from ska_pos.domain.outlet_profile import OutletProfile
from ska_pos.domain.pricing import SaleTotals, TaxSettings
from ska_pos.services import cart_ops
from ska_pos.services.actor import Actor, Approval
from ska_pos.services.cart import Cart
from ska_pos.services.errors import ValidationError
from ska_pos.services.modifiers import groups_for_item
from ska_pos.services.sale_context import tax_settings
from ska_pos.ui.ops import ReadOp

# "3*8990001" or "1,5*KOPI": a quantity typed before the code.
_QUANTITY_PREFIX = re.compile(r"^\s*([0-9]+(?:[.,][0-9]+)?)\s*\*\s*(\S.*)$")


@dataclass(frozen=True)
class OutletFacts:
    tax: TaxSettings
    qris_payload: str
    cash_rounding_unit: int


NO_OUTLET_YET = OutletFacts(TaxSettings(), "", 0)  # until the presenter's first read answered; the cart is empty


def read_outlet_facts(session: Session, outlet_id: uuid.UUID) -> OutletFacts:
    outlet = session.get(Outlet, outlet_id)
    if outlet is None:
        raise LookupError(f"no outlet {outlet_id}")
    return OutletFacts(tax_settings(outlet), outlet.qris_payload, outlet.cash_rounding_unit)


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
    """Signals: `changed()` after every change; `refused(error)` when a change made through a dialog (worker,
    discount, price) is refused by the services after the dialog has closed."""

    changed = Signal()
    refused = Signal(object)

    def __init__(
        self, database: Database, actor: Actor, profile: OutletProfile, owner: QWidget | None,
        parent: QObject | None = None,
    ) -> None:  # fmt: skip
        super().__init__(parent)
        self.owner = owner  # the widget its operations belong to (None without a window)
        self.database, self.actor, self.profile = database, actor, profile
        self.outlet = NO_OUTLET_YET  # set by the presenter once read
        self.cart = self._new_cart()
        self._tip = self.cart  # the cart after every add started so far; only the worker replaces it meanwhile
        self.pending = 0  # adds started and not yet answered
        self.frozen = False

    def totals(self) -> SaleTotals:
        return self.cart.priced(self.outlet.tax)

    def add_code(self, text: str, added: Callable[[int], None], failed: Callable[[Exception], None]) -> None:
        """Add what a scanned or typed code names; then `added(index of its line)` or `failed(error)`."""
        self._check_open()
        quantity, code = split_quantity(text)
        add = lambda session, cart: cart_ops.add_by_code(session, cart, code, quantity)  # noqa: E731
        self._apply(add, lambda line: added(self._index_of(line)), failed)

    def add_item(self, item_id: uuid.UUID, added: Callable[[int], None], failed: Callable[[Exception], None]) -> None:
        self._check_open()
        add = lambda session, cart: cart_ops.add_item(session, cart, item_id)  # noqa: E731
        self._apply(add, lambda line: added(self._index_of(line)), failed)

    def _apply(
        self, change: Callable[[Session, Cart], object], done: Callable[[object], None],
        failed: Callable[[Exception], None],
    ) -> None:  # fmt: skip
        """`change` on the worker, after every change started before it, on a copy of the cart they left."""

        def work(session: Session) -> tuple[Cart, object]:
            cart = _copy(self._tip)
            result = change(session, cart)
            self._tip = cart
            return cart, result

        def answered(outcome: tuple[Cart, object]) -> None:
            self.pending -= 1
            self.cart, result = outcome
            self.changed.emit()
            done(result)

        def refused(error: Exception) -> None:
            self.pending -= 1
            failed(error)

        self.pending += 1
        ReadOp(self.owner, self.database, work).success(answered).failure(refused).run_in_background()

    def step_quantity(self, index: int, step: int) -> None:
        self._check_settled()
        line = self.cart.lines[index]
        cart_ops.set_quantity(self.cart, index, line.quantity + step)
        self.changed.emit()

    def set_quantity(self, index: int, text: str) -> None:
        self._check_settled()
        cart_ops.set_quantity(self.cart, index, _quantity(text))
        self.changed.emit()

    def remove(self, index: int) -> None:
        self._check_settled()
        cart_ops.remove_line(self.cart, index)
        self.changed.emit()

    def _checked(self, change: Callable[[Session, Cart], object]) -> None:
        self._check_open()
        self._apply(change, lambda _result: None, self.refused.emit)

    def set_modifiers(self, index: int, option_ids: Sequence[uuid.UUID]) -> None:
        self._checked(lambda session, cart: cart_ops.set_modifiers(session, cart, index, option_ids))

    def read_modifier_groups(self, item_id: uuid.UUID, answer: Callable[[tuple[ModifierGroup, ...]], None]) -> None:
        """The item's groups as the catalogue has them now, read on the database worker."""
        self._check_open()
        ReadOp(self.owner, self.database, lambda session: groups_for_item(session, item_id)).success(answer).failure(
            self.refused.emit
        ).run_in_background()

    def set_workers(self, index: int, credits: Sequence[tuple[uuid.UUID, int]]) -> None:
        self._checked(lambda session, cart: cart_ops.set_workers(session, cart, index, credits))

    def line_discount_needs_approval(
        self, index: int, discount: Discount | None, answer: Callable[[bool], None]
    ) -> None:
        def ask(session: Session, cart: Cart) -> bool:
            line = cart.lines[index]
            return cart_ops.discount_needs_approval(session, cart, discount, line.price_each * line.quantity)

        self._ask(ask, answer)

    def sale_discount_needs_approval(self, discount: Discount | None, answer: Callable[[bool], None]) -> None:
        self._ask(lambda session, cart: cart_ops.sale_discount_needs_approval(session, cart, discount), answer)

    def _ask(self, question: Callable[[Session, Cart], bool], answer: Callable[[bool], None]) -> None:
        """`answer(question(cart))` once every change started before it has been made."""
        self._check_open()
        ReadOp(self.owner, self.database, lambda session: question(session, _copy(self._tip))).success(answer).failure(
            self.refused.emit
        ).run_in_background()

    def set_line_discount(self, index: int, discount: Discount | None, approval: Approval | None) -> None:
        self._checked(
            lambda session, cart: cart_ops.set_line_discount(session, cart, index, discount, approval=approval)
        )

    def set_sale_discount(self, discount: Discount | None, approval: Approval | None) -> None:
        self._checked(lambda session, cart: cart_ops.set_sale_discount(session, cart, discount, approval=approval))

    def set_price(self, index: int, unit_price: int, approval: Approval | None) -> None:
        self._checked(lambda session, cart: cart_ops.set_price(session, cart, index, unit_price, approval=approval))

    def set_note(self, index: int, note: str) -> None:
        self._check_settled()
        self.cart.replace_line(index, note=note.strip())
        self.changed.emit()

    def set_order(self, order_type: str, table_no: str) -> None:
        self._check_settled()
        self.cart.order_type = order_type
        self.cart.table_no = table_no.strip() if order_type == "dine_in" else ""
        self.changed.emit()

    def set_customer(self, customer_id: uuid.UUID | None, name: str) -> None:
        self._check_settled()
        self.cart.customer_id = customer_id
        self.cart.customer_name = name if customer_id is not None else ""
        self.changed.emit()

    def _check_open(self) -> None:
        if self.frozen:
            raise ValidationError(self.tr("Wait a moment: the sale is being saved"))

    def _check_settled(self) -> None:
        """Before a change made here: no add may still be on its way (it would be lost or overtaken)."""
        self._check_open()
        if self.pending:
            raise ValidationError(self.tr("Wait a moment: the last item is still being added"))
        self._tip = self.cart

    def snapshot(self) -> Cart:
        """A copy to commit or hold off the UI thread while the screen keeps its own (every add answered)."""
        if self.pending:
            raise ValidationError(self.tr("Wait a moment: the last item is still being added"))
        return _copy(self.cart)

    def load(self, cart: Cart) -> None:
        self.cart = self._tip = cart
        self.changed.emit()

    def clear(self) -> None:
        self.load(self._new_cart())

    def _new_cart(self) -> Cart:
        return Cart(self.actor.outlet_id, order_type="dine_in" if self.profile.dine_in_and_tables else "")

    def _index_of(self, line: object) -> int:
        return next(index for index, candidate in enumerate(self.cart.lines) if candidate is line)


def _copy(cart: Cart) -> Cart:
    return replace(cart, lines=list(cart.lines))
