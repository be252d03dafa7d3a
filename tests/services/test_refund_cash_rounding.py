"""Cash refunds hand back whole units of the outlet's cash rounding, also after non-cash refunds or of a QRIS sale."""

from __future__ import annotations

from decimal import Decimal

from shop import Shop, approved

from ska_pos.db.models import Sale
from ska_pos.domain.settlement import Tender
from ska_pos.services import cart_ops, reversals, sales
from ska_pos.services.cart import Cart
from ska_pos.services.reversals import RefundRequest


def test_a_cash_refund_after_a_transfer_refund_hands_back_whole_coins(shop: Shop) -> None:
    # Cash rounding unit Rp100: the drawer has no Rp25 coin.
    with shop.db.transaction() as s:
        s.merge(shop.cafe).cash_rounding_unit = 100
    with shop.db.transaction() as s:
        cart = Cart(shop.cafe.id)
        cart_ops.add_item(s, cart, shop.es_teh.id, Decimal(10))  # 57.750, paid 57.700 in cash
        done = sales.complete_sale(s, shop.cashier, cart, [Tender("cash", 60_000)])
        line_id = s.get(Sale, done.sale_id).lines[0].id  # type: ignore[union-attr]
    with shop.db.transaction() as s:  # one glass back by transfer: Rp5.775, not rounded (right)
        reversals.refund_lines(s, shop.cashier, done.sale_id, [RefundRequest(line_id, Decimal(1))], "Salah",
                               approval=approved(s, "sale.refund"), method="transfer", reference="TRF-1")  # fmt: skip
    with shop.db.transaction() as s:  # the next glass in cash
        cash = reversals.refund_lines(s, shop.cashier, done.sale_id, [RefundRequest(line_id, Decimal(1))], "Salah",
                                      approval=approved(s, "sale.refund"), method="cash")  # fmt: skip
    # The cash handed back must be a multiple of the unit, as for any cash refund (docs: "rounded like a cash sale").
    assert cash.paid % 100 == 0, f"the cashier is told to hand back Rp{-cash.paid} in cash"


def test_a_whole_refund_in_cash_of_a_qris_sale_hands_back_whole_coins(shop: Shop) -> None:
    with shop.db.transaction() as s:
        s.merge(shop.cafe).cash_rounding_unit = 100
    with shop.db.transaction() as s:
        cart = Cart(shop.cafe.id)
        cart_ops.add_item(s, cart, shop.kopi.id, Decimal(1))  # 9.240, paid exactly by QRIS
        done = sales.complete_sale(s, shop.cashier, cart, [Tender("qris", 9_240)])
        line_id = s.get(Sale, done.sale_id).lines[0].id  # type: ignore[union-attr]
    with shop.db.transaction() as s:
        cash = reversals.refund_lines(s, shop.cashier, done.sale_id, [RefundRequest(line_id, Decimal(1))], "Salah",
                                      approval=approved(s, "sale.refund"), method="cash")  # fmt: skip
    assert cash.paid % 100 == 0, f"the cashier is told to hand back Rp{-cash.paid} in cash"
    assert cash.paid == -9_200  # rounded down: Rp9.300 would pay out more than was paid in (docs/discounts.md)


def test_cash_after_transfer_is_rounded_up_alone_and_a_last_transfer_refund_brings_the_sale_to_zero(shop: Shop) -> None:
    with shop.db.transaction() as s:
        s.merge(shop.cafe).cash_rounding_unit = 100
    with shop.db.transaction() as s:
        cart = Cart(shop.cafe.id)
        cart_ops.add_item(s, cart, shop.es_teh.id, Decimal(10))
        done = sales.complete_sale(s, shop.cashier, cart, [Tender("cash", 60_000)])
        line_id = s.get(Sale, done.sale_id).lines[0].id  # type: ignore[union-attr]

    def refund(quantity: int, method: str, reference: str = "") -> int:
        with shop.db.transaction() as s:
            return reversals.refund_lines(s, shop.cashier, done.sale_id, [RefundRequest(line_id, Decimal(quantity))],
                                          "Salah", approval=approved(s, "sale.refund"), method=method,
                                          reference=reference).paid  # fmt: skip

    assert done.paid == 57_700
    assert refund(1, "transfer", "TRF-1") == -5_775
    assert [refund(1, "cash") for _ in range(2)] == [-5_800, -5_800]  # docs/discounts.md: 5.800, then 11.600
    assert refund(7, "transfer", "TRF-2") == -(57_700 - 5_775 - 11_600)  # exactly what is left
