"""Several workers sharing one order line (issue 12: the cutter and the tailor share the credit): the intake keeps
the shares, and the completion's earnings credit each worker their share of what was recognised for the line (the
line's net revenue, split by largest remainder as sale lines are), and their earnings by the outlet's rule."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal

import pytest
from order_shop import OrderShop
from sqlalchemy import select

from ska_pos.db.models import EarningEntry, SaleLine
from ska_pos.domain.earnings import split_credit
from ska_pos.domain.money import apply_bp
from ska_pos.domain.settlement import Tender
from ska_pos.services.cart import WorkerCredit
from ska_pos.services.orders.intake import OrderForm, OrderLineForm, take_order
from ska_pos.services.orders.stages import move_order
from ska_pos.services.orders.state import load_order

MORNING = datetime(2026, 12, 6, 2, 0, tzinfo=UTC)
SHARE_BP = 6_000  # the galeri jahit's rule (tests/order_shop.py)


@pytest.mark.time_machine(MORNING, tick=True)
def test_each_worker_earns_their_share_of_what_the_completion_recognised(orders: OrderShop) -> None:
    shop = orders.shop
    cutter, tailor = shop.budi.id, shop.siti.id
    shared = (WorkerCredit(cutter, "Budi", 3_333), WorkerCredit(tailor, "Siti", 6_667))
    alone = (WorkerCredit(tailor, "Siti"),)
    with shop.db.transaction() as s:
        taken = take_order(s, orders.tailor_cashier, OrderForm(
            [OrderLineForm(orders.kemeja.id, Decimal(3), workers=shared),
             OrderLineForm(orders.kemeja.id, Decimal(1), workers=alone)],
            customer_name="Bu Ratna", deposit=Tender("cash", 200_000)))  # fmt: skip
        assert [{c.worker_id: c.split_bp for c in line.workers} for line in load_order(s, taken.order_id).lines] == [
            {cutter: 3_333, tailor: 6_667}, {tailor: 10_000}]  # fmt: skip
        moved = move_order(s, orders.tailor_cashier, taken.order_id, "finished")
    assert moved.sale is not None
    with shop.db.reading() as s:
        lines = s.scalars(select(SaleLine).where(SaleLine.sale_id == moved.sale.sale.sale_id)
                          .order_by(SaleLine.line_no)).all()  # fmt: skip
        entries = s.execute(select(EarningEntry.sale_line_id, EarningEntry.worker_id, EarningEntry.split_bp,
                                   EarningEntry.credited_amount, EarningEntry.amount)
                            .where(EarningEntry.sale_id == moved.sale.sale.sale_id)).all()  # fmt: skip
    by_line: dict[object, dict[object, tuple[int, int, int]]] = {}
    for line_id, worker_id, split_bp, credited, amount in entries:
        by_line.setdefault(line_id, {})[worker_id] = (split_bp, credited, amount)
    first, second = lines
    assert first.net_amount == 450_000
    credited = split_credit(first.net_amount, [3_333, 6_667])
    assert by_line[first.id] == {
        cutter: (3_333, credited[0], apply_bp(credited[0], SHARE_BP)),
        tailor: (6_667, credited[1], apply_bp(credited[1], SHARE_BP)),
    }
    assert by_line[second.id] == {tailor: (10_000, 150_000, apply_bp(150_000, SHARE_BP))}
    assert sum(credited) == first.net_amount
