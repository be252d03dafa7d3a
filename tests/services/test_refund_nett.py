"""Voids and refunds at a café that prices "nett" (PBJT and service charge inside the menu price): the service
charge is part of what the customer paid, so a reversal gives back the price and nothing on top of it."""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import UTC, datetime
from decimal import Decimal

from shop import Shop, act_as, approved

from ska_pos.db.models import Sale
from ska_pos.domain.settlement import Tender
from ska_pos.services import cart_ops, outlets, reversals, sales
from ska_pos.services.cart import Cart

NOON_JAKARTA = datetime(2026, 11, 29, 5, 0, tzinfo=UTC)


def _nett_sale(shop: Shop, quantity: int = 3) -> uuid.UUID:
    """`quantity` Es Teh at Rp5.000 each, PBJT and service inside the price."""
    manager = act_as(shop, "manager")
    with shop.db.transaction() as s:
        nett = replace(outlets.outlet_settings(s, shop.cafe.id), prices_include_tax=True, service_included=True)
        outlets.update_outlet_settings(s, manager, shop.cafe.id, nett)
    cart = Cart(shop.cafe.id)
    with shop.db.transaction() as s:
        for _ in range(quantity):
            cart_ops.add_by_code(s, cart, "8990001")
        return sales.complete_sale(s, shop.cashier, cart, [Tender("cash", 100_000)], now=NOON_JAKARTA).sale_id


def _amounts(shop: Shop, sale_id: uuid.UUID) -> tuple[int, int, int, int]:
    with shop.db.reading() as s:
        sale = s.get(Sale, sale_id)
        assert sale is not None
        return sale.net_total, sale.service_charge, sale.tax_amount, sale.total


def _refund(shop: Shop, sale_id: uuid.UUID, quantity: Decimal) -> uuid.UUID:
    with shop.db.transaction() as s:
        sale = s.get(Sale, sale_id)
        assert sale is not None
        request = [reversals.RefundRequest(sale.lines[0].id, quantity)]
        return reversals.refund_lines(s, shop.cashier, sale_id, request, "salah", approval=approved(s, "sale.refund"),
                                      now=NOON_JAKARTA).sale_id  # fmt: skip


def test_a_void_of_a_nett_sale_gives_back_what_was_paid(shop: Shop) -> None:
    sale_id = _nett_sale(shop)
    net, service, tax, total = _amounts(shop, sale_id)
    assert total == 15_000  # nett: the menu price is what the customer paid, service and PBJT inside it
    assert service > 0
    assert tax > 0
    with shop.db.transaction() as s:
        void = reversals.void_sale(s, shop.cashier, sale_id, "salah", approval=approved(s, "sale.void"),
                                   now=NOON_JAKARTA)  # fmt: skip
    assert _amounts(shop, void.sale_id) == (-net, -service, -tax, -15_000)


def test_refunds_of_a_nett_sale_give_back_each_its_price_and_together_the_sale(shop: Shop) -> None:
    sale_id = _nett_sale(shop)
    first = _amounts(shop, _refund(shop, sale_id, Decimal(1)))
    assert first[3] == -5_000
    rest = _amounts(shop, _refund(shop, sale_id, Decimal(2)))
    assert rest[3] == -10_000
    assert [a + b for a, b in zip(first, rest, strict=True)] == [-amount for amount in _amounts(shop, sale_id)]
