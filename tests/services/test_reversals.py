"""Voids and refunds are new entries that reverse the sale, its payments, stock and the workers' earnings."""

from __future__ import annotations

import uuid
from decimal import Decimal

import pytest
from shop import Shop, approved
from sqlalchemy import func, select

from ska_pos.db.models import EarningEntry, Payment, Sale, SaleLine, StockMovement
from ska_pos.domain.discounts import Discount
from ska_pos.domain.settlement import Tender
from ska_pos.services import cart_ops, reversals, sales
from ska_pos.services.cart import Cart
from ska_pos.services.errors import PermissionDenied, ValidationError
from ska_pos.services.reversals import RefundRequest

pytestmark = pytest.mark.dates


def big_sale(shop: Shop) -> uuid.UUID:
    """3 es teh + 2 keripik with a sale discount: odd amounts that must still reverse exactly."""
    with shop.db.transaction() as s:
        cart = Cart(shop.cafe.id)
        cart_ops.add_item(s, cart, shop.es_teh.id, Decimal(3))
        cart_ops.add_item(s, cart, shop.keripik.id, Decimal(2))
        cart_ops.set_sale_discount(s, cart, Discount.rupiah(777))
        return sales.complete_sale(s, shop.cashier, cart, [Tender("cash", 100_000)]).sale_id


def sums(shop: Shop) -> dict[str, int]:
    with shop.db.reading() as s:
        return {
            "total": s.scalar(select(func.sum(Sale.total))) or 0,
            "net": s.scalar(select(func.sum(SaleLine.net_amount))) or 0,
            "service": s.scalar(select(func.sum(Sale.service_charge))) or 0,
            "tax": s.scalar(select(func.sum(Sale.tax_amount))) or 0,
            "paid": s.scalar(select(func.sum(Payment.amount))) or 0,
            "earned": s.scalar(select(func.sum(EarningEntry.amount))) or 0,
            "credited": s.scalar(select(func.sum(EarningEntry.credited_amount))) or 0,
            "stock": s.scalar(select(func.sum(StockMovement.quantity))) or 0,
        }


def test_a_void_reverses_everything_to_the_rupiah(shop: Shop) -> None:
    sale_id = big_sale(shop)
    with shop.db.transaction() as s:
        void = reversals.void_sale(s, shop.cashier, sale_id, "Salah input", approval=approved(s, "sale.void"))
    assert void.receipt_no.endswith("-0002")
    assert set(sums(shop).values()) == {0}
    with shop.db.reading() as s:
        kinds = s.scalars(select(EarningEntry.kind).order_by(EarningEntry.created_at)).all()
    assert sorted(kinds) == ["sale", "sale", "void", "void"]


def test_refunds_in_steps_reverse_exactly_what_was_sold(shop: Shop) -> None:
    sale_id = big_sale(shop)
    with shop.db.reading() as s:
        teh, keripik = (line.id for line in s.get(Sale, sale_id).lines)  # type: ignore[union-attr]
    steps = [
        [RefundRequest(teh, Decimal(1))],
        [RefundRequest(teh, Decimal(2)), RefundRequest(keripik, Decimal(1))],
        [RefundRequest(keripik, Decimal(1))],
    ]
    for request in steps:
        with shop.db.transaction() as s:
            reversals.refund_lines(
                s, shop.cashier, sale_id, request, "Dikembalikan", approval=approved(s, "sale.refund")
            )
    assert set(sums(shop).values()) == {0}


def test_a_partial_refund_takes_its_proportion(shop: Shop) -> None:
    sale_id = big_sale(shop)
    before = sums(shop)
    with shop.db.reading() as s:
        teh = s.get(Sale, sale_id).lines[0]  # type: ignore[union-attr]
    with shop.db.transaction() as s:
        refund = reversals.refund_lines(s, shop.cashier, sale_id, [RefundRequest(teh.id, Decimal(1))], "Tumpah",
                                        approval=approved(s, "sale.refund"))  # fmt: skip
    after = sums(shop)
    assert refund.total < 0
    assert after["net"] == before["net"] - round(teh.net_amount / 3)
    assert after["paid"] == before["paid"] + refund.total


def test_no_more_can_be_refunded_than_was_sold(shop: Shop) -> None:
    sale_id = big_sale(shop)
    with shop.db.reading() as s:
        teh = s.get(Sale, sale_id).lines[0]  # type: ignore[union-attr]
    with pytest.raises(ValidationError, match="left to refund"), shop.db.transaction() as s:
        reversals.refund_lines(s, shop.cashier, sale_id, [RefundRequest(teh.id, Decimal(4))], "x",
                               approval=approved(s, "sale.refund"))  # fmt: skip


def test_a_void_after_a_refund_is_refused(shop: Shop) -> None:
    sale_id = big_sale(shop)
    with shop.db.reading() as s:
        teh = s.get(Sale, sale_id).lines[0]  # type: ignore[union-attr]
    with shop.db.transaction() as s:
        reversals.refund_lines(s, shop.cashier, sale_id, [RefundRequest(teh.id, Decimal(1))], "x",
                               approval=approved(s, "sale.refund"))  # fmt: skip
    with pytest.raises(ValidationError, match="remaining"), shop.db.transaction() as s:
        reversals.void_sale(s, shop.cashier, sale_id, "x", approval=approved(s, "sale.void"))


def test_a_void_needs_a_reason_and_a_supervisor(shop: Shop) -> None:
    sale_id = big_sale(shop)
    with pytest.raises(ValidationError), shop.db.transaction() as s:
        reversals.void_sale(s, shop.cashier, sale_id, "  ", approval=approved(s, "sale.void"))
    with pytest.raises(PermissionDenied), shop.db.transaction() as s:
        reversals.void_sale(s, shop.cashier, sale_id, "x", approval=approved(s, "sale.void", "cashier"))
    with shop.db.transaction() as s:
        void = reversals.void_sale(s, shop.cashier, sale_id, "x", approval=approved(s, "sale.void"))
    with pytest.raises(ValidationError, match="Only a sale"), shop.db.transaction() as s:
        reversals.void_sale(s, shop.cashier, void.sale_id, "x", approval=approved(s, "sale.void"))
