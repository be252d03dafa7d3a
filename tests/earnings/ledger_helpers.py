"""Ringing up sales for the earnings tests through the real services."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime, time
from decimal import Decimal

from shop import Shop, approved
from sqlalchemy.orm import Session

from ska_pos.db.models import Item
from ska_pos.domain.discounts import Discount
from ska_pos.domain.settlement import Tender
from ska_pos.services import cart_ops, reversals, sales
from ska_pos.services.actor import Actor, Approval
from ska_pos.services.cart import Cart
from ska_pos.services.sale_context import tax_settings

NOVEMBER = date(2026, 11, 1)


def noon(day: date) -> datetime:
    """Noon in Jakarta (UTC+7) on `day`, so the business date is `day`."""
    return datetime.combine(day, time(5, 0), tzinfo=UTC)


Line = tuple[Item, Decimal, tuple[tuple[uuid.UUID, int], ...]]


def sell(
    shop: Shop, lines: list[Line], *, day: date = NOVEMBER, actor: Actor | None = None,
    sale_discount: Discount | None = None,
) -> uuid.UUID:  # fmt: skip
    """One paid sale; each line names its item, quantity and (worker id, split bp) credits (empty: the maker)."""
    actor = actor or shop.cashier
    with shop.db.transaction() as s:
        approval = approved(s, "discount.over_limit") if sale_discount is not None else None
        cart = ring_up(s, actor, lines, sale_discount, approval)
        total = cart.priced(tax_settings(shop.cafe if actor.outlet_id == shop.cafe.id else shop.salon)).total
        return sales.complete_sale(s, actor, cart, [Tender("cash", total)], now=noon(day)).sale_id


def ring_up(
    session: Session, actor: Actor, lines: list[Line], sale_discount: Discount | None, approval: Approval | None
) -> Cart:
    cart = Cart(actor.outlet_id)
    for index, (item, quantity, credits) in enumerate(lines):
        cart_ops.add_item(session, cart, item.id, quantity)
        if credits:
            cart_ops.set_workers(session, cart, index, credits)
    if sale_discount is not None:
        cart_ops.set_sale_discount(session, cart, sale_discount, approval=approval)
    return cart


def void(shop: Shop, sale_id: uuid.UUID, *, day: date = NOVEMBER, actor: Actor | None = None) -> None:
    with shop.db.transaction() as s:
        reversals.void_sale(s, actor or shop.cashier, sale_id, "Salah input", approval=approved(s, "sale.void"),
                            now=noon(day))  # fmt: skip


def refund(
    shop: Shop, sale_id: uuid.UUID, line_id: uuid.UUID, quantity: Decimal, *, day: date = NOVEMBER,
    actor: Actor | None = None,
) -> None:  # fmt: skip
    with shop.db.transaction() as s:
        request = reversals.RefundRequest(line_id, quantity)
        reversals.refund_lines(s, actor or shop.cashier, sale_id, [request], "Barang rusak",
                               approval=approved(s, "sale.refund"), now=noon(day))  # fmt: skip
