"""Review check: the parts of a bill split by items at a nett café (and at one whose prices hold the service charge
but not the PBJT), with a sale discount, refunded in steps or voided, give back exactly what each part recorded."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime
from decimal import Decimal

import pytest
from shop import Shop, act_as, approved

from ska_pos.db.models import Sale
from ska_pos.domain.discounts import Discount
from ska_pos.domain.settlement import Tender
from ska_pos.services import cart_ops, outlets, reversals, split_sales
from ska_pos.services.cart import Cart

NOON_JAKARTA = datetime(2026, 11, 29, 5, 0, tzinfo=UTC)


def _figures(sale: Sale) -> tuple[int, int, int, int]:
    return sale.net_total, sale.service_charge, sale.tax_amount, sale.total


@pytest.mark.parametrize("include_tax", [True, False])
@pytest.mark.parametrize("void", [True, False])
def test_split_parts_at_a_nett_cafe_reverse_to_the_rupiah(shop: Shop, include_tax: bool, void: bool) -> None:
    manager = act_as(shop, "manager")
    with shop.db.transaction() as s:
        nett = replace(outlets.outlet_settings(s, shop.cafe.id), prices_include_tax=include_tax,
                       service_included=True)  # fmt: skip
        outlets.update_outlet_settings(s, manager, shop.cafe.id, nett)
    with shop.db.reading() as s:
        bill = Cart(shop.cafe.id, sale_discount=Discount.rupiah(1_001), sale_discount_approved_by=shop.supervisor.id)
        for code in ("8990001", "8990001", "8990001", "8990002", "8990003"):
            cart_ops.add_by_code(s, bill, code)
    groups = [[0, 2], [1]]
    parts = []
    for part in range(2):
        with shop.db.transaction() as s:
            parts.append(split_sales.complete_bill_part(s, shop.cashier, bill, groups, part, [Tender("cash", 100_000)],
                                                        now=NOON_JAKARTA).sale_id)  # fmt: skip
    for sale_id in parts:
        with shop.db.transaction() as s:
            sale = s.get(Sale, sale_id)
            assert sale is not None
            want = tuple(-figure for figure in _figures(sale))
            if void:
                done = [reversals.void_sale(s, shop.cashier, sale_id, "uji", approval=approved(s, "sale.void"),
                                            now=NOON_JAKARTA).sale_id]  # fmt: skip
            else:
                done = []
                for line in sale.lines:
                    for quantity in ([Decimal("0.4"), Decimal(1), Decimal("1.6")] if line.quantity == 3
                                     else [line.quantity]):  # fmt: skip
                        request = [reversals.RefundRequest(line.id, quantity)]
                        done.append(reversals.refund_lines(s, shop.cashier, sale_id, request, "uji",
                                                           approval=approved(s, "sale.refund"),
                                                           now=NOON_JAKARTA).sale_id)  # fmt: skip
            got = [_figures(s.get(Sale, reversal)) for reversal in done]  # type: ignore[arg-type]
            for figures in got:
                assert figures[3] == figures[0] + figures[1] + figures[2]
            assert tuple(sum(column) for column in zip(*got, strict=True)) == want
