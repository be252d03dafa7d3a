"""Changing a cart at the till. Each change is checked here, so a bad cart never reaches the sale."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from dataclasses import replace
from decimal import Decimal
from typing import Any

from sqlalchemy.orm import Session

from ska_pos.db.models import Item, Worker
from ska_pos.domain import limits
from ska_pos.domain.discounts import Discount
from ska_pos.domain.money import BP_WHOLE, format_quantity, line_amount
from ska_pos.domain.pricing import price_sale
from ska_pos.i18n import _, current_language
from ska_pos.services import settings
from ska_pos.services.actor import Approval
from ska_pos.services.auth import require_approval
from ska_pos.services.cart import Cart, CartLine, WorkerCredit
from ska_pos.services.catalog import find_by_code
from ska_pos.services.errors import NotFound, ValidationError
from ska_pos.services.modifiers import choose_for_item, groups_for_item
from ska_pos.services.prices import outlet_today, price_on

ONE = Decimal(1)


def check_quantity(quantity: Decimal) -> None:
    if quantity <= 0:
        raise ValidationError(_("The quantity must be more than zero"))
    if quantity != quantity.quantize(Decimal("0.001")):
        raise ValidationError(_("A quantity has at most three decimal places"))
    _within(limits.check_quantity_bound, quantity)


def check_line_quantity(line: CartLine, quantity: Decimal) -> None:
    """A quantity for `line`: more than zero, within the bound, and not under the item's minimum (laundry 3 kg)."""
    check_quantity(quantity)
    if line.min_quantity is not None and quantity < line.min_quantity:
        minimum = format_quantity(line.min_quantity, current_language(), line.unit)
        raise ValidationError(_("{name} is sold from {quantity}", name=line.name, quantity=minimum))


def check_price(unit_price: int) -> None:
    if unit_price < 0:
        raise ValidationError(_("A price cannot be negative"))
    _within(limits.check_price_bound, unit_price)


def check_cart_total(lines: Sequence[CartLine]) -> None:
    """The sale's gross (quantity times price over every line) within the bound."""
    _within(limits.check_total_bound, sum(line_amount(line.quantity, line.price_each) for line in lines))


def _within(check: Callable[[Any], None], value: object) -> None:
    try:
        check(value)
    except ValueError as error:
        raise ValidationError(str(error)) from error


def _put(cart: Cart, index: int | None, line: CartLine) -> CartLine:
    """Store `line` at `index` (None: append) once the cart's total with it stays within the bound."""
    lines = list(cart.lines)
    if index is None:
        lines.append(line)
    else:
        lines[index] = line
    check_cart_total(lines)
    cart.lines[:] = lines
    return line


def add_item(session: Session, cart: Cart, item_id: uuid.UUID, quantity: Decimal = ONE) -> CartLine:
    item = session.get(Item, item_id)
    if item is None or not item.active:
        raise NotFound(_("This item is not for sale"))
    return _append(session, cart, item, quantity)


def add_by_code(session: Session, cart: Cart, code: str, quantity: Decimal = ONE) -> CartLine:
    """A scanned barcode or typed SKU; scanning the same product again adds one to its line."""
    item = find_by_code(session, cart.outlet_id, code)
    for index, line in enumerate(cart.lines):
        # A line with modifiers is its own: the next one may be "less sugar" where this one was "no ice".
        if line.item_id == item.id and not line.is_service and line.unit == "pcs" and not line.modifiers_offered:
            return set_quantity(cart, index, line.quantity + quantity)
    return _append(session, cart, item, quantity)


def _append(session: Session, cart: Cart, item: Item, quantity: Decimal) -> CartLine:
    if item.outlet_id != cart.outlet_id:
        raise ValidationError(_("{name} belongs to another outlet", name=item.name))
    check_quantity(quantity)
    price = price_on(session, item.id, outlet_today(session, cart.outlet_id))  # the price of the sale's day
    check_price(price)
    groups = groups_for_item(session, item.id)
    line = CartLine(
        item_id=item.id,
        sku=item.sku,
        name=item.name,
        kind=item.kind,
        unit=item.unit,
        category_id=item.category_id,
        list_price=price,
        unit_price=price,
        quantity=max(quantity, item.min_quantity or quantity),
        workers=_maker_credit(session, item),
        min_quantity=item.min_quantity,
        modifiers_offered=bool(groups),
        modifiers_required=any(group.required for group in groups),
    )
    return _put(cart, None, line)


def set_modifiers(session: Session, cart: Cart, index: int, option_ids: Sequence[uuid.UUID]) -> CartLine:
    """The options chosen for a line, checked against its item's groups, their prices frozen onto the line."""
    line = cart.lines[_index(cart, index)]
    chosen = choose_for_item(session, line.item_id, option_ids)
    return _put(cart, index, replace(line, modifiers=chosen, modifiers_offered=True))


def _maker_credit(session: Session, item: Item) -> tuple[WorkerCredit, ...]:
    if item.maker_worker_id is None:
        return ()
    maker = session.get(Worker, item.maker_worker_id)
    if maker is None or not maker.active:
        return ()
    return (WorkerCredit(maker.id, maker.display_name, BP_WHOLE),)


def set_quantity(cart: Cart, index: int, quantity: Decimal) -> CartLine:
    line = cart.lines[_index(cart, index)]
    check_line_quantity(line, quantity)
    return _put(cart, index, replace(line, quantity=quantity))


def remove_line(cart: Cart, index: int) -> CartLine:
    return cart.lines.pop(_index(cart, index))


def set_price(session: Session, cart: Cart, index: int, unit_price: int, *, approval: Approval | None) -> CartLine:
    """A price other than the list price needs a supervisor."""
    check_price(unit_price)
    line = cart.lines[_index(cart, index)]
    override_by = None if unit_price == line.list_price else require_approval(session, approval, "price.override")
    return _put(cart, index, replace(line, unit_price=unit_price, price_override_by=override_by))


def set_line_discount(
    session: Session, cart: Cart, index: int, discount: Discount | None, *, approval: Approval | None = None
) -> CartLine:
    line = cart.lines[_index(cart, index)]
    approved = _approval_for(session, cart, discount, line.price_each * line.quantity, approval)
    return cart.replace_line(index, discount=discount, discount_approved_by=approved)


def set_sale_discount(
    session: Session, cart: Cart, discount: Discount | None, *, approval: Approval | None = None
) -> None:
    needed = sale_discount_needs_approval(session, cart, discount)
    cart.sale_discount_approved_by = require_approval(session, approval, "discount.over_limit") if needed else None
    cart.sale_discount = discount


def discount_needs_approval(session: Session, cart: Cart, discount: Discount | None, base: Decimal | int) -> bool:
    """A line's discount, judged on the line's own gross."""
    if discount is None or base <= 0:
        return False
    limit = _limit_bp(session, cart)
    if discount.kind == "percent":
        return discount.value > limit
    return Decimal(discount.value) * BP_WHOLE > Decimal(base) * limit


def sale_discount_needs_approval(session: Session, cart: Cart, discount: Discount | None) -> bool:
    """A sale discount is judged on what the sale loses: it comes off after the line discounts, so 10% off the
    lines and 10% off the sale take 19% off the gross, past a 10% limit (docs/discounts.md)."""
    if discount is None:
        return False
    priced = price_sale([line.priced_input() for line in cart.lines], discount)
    taken_off = priced.line_discount_total + priced.sale_discount_total
    if priced.sale_discount_total <= 0 or priced.subtotal <= 0:
        return False
    return taken_off * BP_WHOLE > priced.subtotal * _limit_bp(session, cart)


def _limit_bp(session: Session, cart: Cart) -> int:
    return settings.get_setting(session, settings.scope_of("outlet", cart.outlet_id), settings.DISCOUNT_LIMIT_BP)


def _approval_for(
    session: Session, cart: Cart, discount: Discount | None, base: Decimal | int, approval: Approval | None
) -> uuid.UUID | None:
    if not discount_needs_approval(session, cart, discount, base):
        return None
    return require_approval(session, approval, "discount.over_limit")


def set_workers(session: Session, cart: Cart, index: int, credits: Sequence[tuple[uuid.UUID, int]]) -> CartLine:
    """Who the line is credited to, with each one's part in basis points (together 100%)."""
    index = _index(cart, index)
    if len({worker_id for worker_id, _split in credits}) != len(credits):
        raise ValidationError(_("Each worker can be named only once on a line"))
    if credits and sum(split for _worker, split in credits) != BP_WHOLE:
        raise ValidationError(_("The workers' shares must add up to 100%"))
    workers = tuple(_credit(session, worker_id, split) for worker_id, split in credits)
    return cart.replace_line(index, workers=workers)


def _credit(session: Session, worker_id: uuid.UUID, split_bp: int) -> WorkerCredit:
    worker = session.get(Worker, worker_id)
    if worker is None:
        raise NotFound(_("Unknown worker"))
    if not worker.active:
        raise ValidationError(_("{name} is no longer active", name=worker.display_name))
    if split_bp <= 0:
        raise ValidationError(_("Each worker's share must be more than 0%"))
    return WorkerCredit(worker.id, worker.display_name, split_bp)


def _index(cart: Cart, index: int) -> int:
    if not 0 <= index < len(cart.lines):
        raise ValidationError(_("There is no line {number} in the cart", number=index + 1))
    return index
