"""The order ticket: its number in words and in a QR code (what the counter's search reads back), the minimum
weight charged, the down payment; and nothing is queued at a till without a receipt printer."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal

import pytest
from order_shop import OrderShop

from ska_pos.domain.settlement import Tender
from ska_pos.reports.blocks import Qr, Text
from ska_pos.reports.order_ticket import order_ticket_blocks
from ska_pos.services.orders.intake import OrderForm, OrderLineForm, take_order
from ska_pos.services.orders.ticket import order_ticket

MORNING = datetime(2026, 12, 6, 2, 0, tzinfo=UTC)


@pytest.mark.time_machine(MORNING, tick=True)
def test_the_ticket_carries_the_number_the_minimum_and_the_down_payment(orders: OrderShop) -> None:
    with orders.shop.db.transaction() as s:
        taken = take_order(s, orders.laundry_cashier, OrderForm(
            [OrderLineForm(orders.kiloan.id, Decimal("2.5"), "tanpa pewangi")], customer_name="Bu Ani",
            deposit=Tender("cash", 10_000),
        ))  # fmt: skip
    with orders.shop.db.reading() as s:
        ticket = order_ticket(s, taken.order_id, "id")
    blocks = order_ticket_blocks(ticket)
    assert Qr(taken.order_no) in blocks
    texts = [block.text for block in blocks if isinstance(block, Text)]
    assert taken.order_no in texts
    assert "dihitung minimal 3 kg" in texts
    assert "tanpa pewangi" in texts
    assert ticket.held == 10_000
    assert ticket.taken_at.utcoffset() is not None
    assert ticket.taken_at.hour == 9  # 09:00 in Jakarta, the outlet's time
