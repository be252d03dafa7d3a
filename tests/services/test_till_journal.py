"""Today's journal of a till and the lines left to refund."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

import pytest
from shop import Shop, approved

from ska_pos import clock
from ska_pos.domain.settlement import Tender
from ska_pos.services import cart_ops, reversals, sales
from ska_pos.services.cart import Cart
from ska_pos.services.till_journal import refundable_lines, todays_journal

pytestmark = pytest.mark.dates


def sell(shop: Shop, *codes: str) -> sales.CompletedSale:
    cart = Cart(shop.cafe.id)
    with shop.db.transaction() as s:
        for code in codes:
            cart_ops.add_by_code(s, cart, code)
        return sales.complete_sale(s, shop.cashier, cart, [Tender("cash", 100_000)])


def test_journal_lists_sales_and_their_reversals(shop: Shop) -> None:
    first = sell(shop, "8990001", "8990002")
    second = sell(shop, "8990003")
    with shop.db.transaction() as s:
        line = refundable_lines(s, first.sale_id)[0]
        request = reversals.RefundRequest(line.line_id, Decimal(1))
        refund = reversals.refund_lines(
            s, shop.cashier, first.sale_id, [request], "spilt", approval=approved(s, "sale.refund")
        )
        void = reversals.void_sale(s, shop.cashier, second.sale_id, "wrong item", approval=approved(s, "sale.void"))
    with shop.db.reading() as s:
        entries = {entry.receipt_no: entry for entry in todays_journal(s, shop.cashier.till_id)}
        tomorrow = todays_journal(s, shop.cashier.till_id, now=clock.now() + timedelta(days=1))
    assert tomorrow == []
    sale = entries[first.receipt_no]
    assert (sale.kind, sale.total, sale.methods, sale.cashier_name) == ("sale", first.total, ("cash",), "Rina Kasir")
    assert sale.reversed_by == ("refund",)
    assert (sale.can_void, sale.can_refund) == (False, True)
    voided = entries[second.receipt_no]
    assert voided.is_voided
    assert (voided.can_void, voided.can_refund) == (False, False)
    assert entries[refund.receipt_no].original_receipt_no == first.receipt_no
    assert entries[void.receipt_no].kind == "void"
    assert entries[void.receipt_no].sold_at.utcoffset() == timedelta(hours=7)


def test_refundable_lines_shrink_with_each_refund(shop: Shop) -> None:
    sold = sell(shop, "8990001", "8990001", "8990002")
    with shop.db.reading() as s:
        lines = refundable_lines(s, sold.sale_id)
    assert [(line.name, line.refundable) for line in lines] == [("Es Teh Manis", 2), ("Kopi Tubruk", 1)]
    with shop.db.transaction() as s:
        reversals.refund_lines(
            s,
            shop.cashier,
            sold.sale_id,
            [reversals.RefundRequest(lines[0].line_id, Decimal(1))],
            "too sweet",
            approval=approved(s, "sale.refund"),
        )
    with shop.db.reading() as s:
        after = refundable_lines(s, sold.sale_id)
    assert [line.refundable for line in after] == [Decimal(1), Decimal(1)]
    assert after[0].amount == 10_000
