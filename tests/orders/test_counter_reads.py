"""What the counter's screens read: the board's filters (the open orders, those at one stage), what collecting an
order asks for before and after its completion, and the facts the screens open with."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from decimal import Decimal

import pytest
from order_shop import OrderShop
from shop import approved

from ska_pos.domain.settlement import Tender
from ska_pos.services.cart import WorkerCredit
from ska_pos.services.orders.cancel import cancel_order
from ska_pos.services.orders.counter import counter_facts
from ska_pos.services.orders.intake import OrderForm, OrderLineForm, take_order
from ska_pos.services.orders.lookup import find_orders
from ska_pos.services.orders.stages import collect_order, due_at_collection, move_order

MORNING = datetime(2026, 12, 6, 2, 0, tzinfo=UTC)


def _order(orders: OrderShop, kg: str, deposit: int) -> uuid.UUID:
    siti = WorkerCredit(orders.shop.siti.id, "Siti")
    with orders.shop.db.transaction() as s:
        return take_order(s, orders.laundry_cashier, OrderForm(
            [OrderLineForm(orders.kiloan.id, Decimal(kg), workers=(siti,))], customer_name="Bu Ani",
            deposit=Tender("cash", deposit) if deposit else None,
        )).order_id  # fmt: skip


@pytest.mark.time_machine(MORNING, tick=True)
def test_the_board_shows_open_orders_and_one_stage_at_a_time(orders: OrderShop) -> None:
    received, washing, collected, cancelled = (_order(orders, "4", 0) for _ in range(4))
    cashier, db = orders.laundry_cashier, orders.shop.db
    with db.transaction() as s:
        move_order(s, cashier, washing, "washing")
        move_order(s, cashier, collected, "ready")
        collect_order(s, cashier, collected, [Tender("cash", 24_000)])
        cancel_order(s, cashier, cancelled, "salah input", approval=approved(s, "order.cancel"))
    with db.reading() as s:
        outlet = orders.laundry.id
        assert {row.id for row in find_orders(s, outlet, open_only=True).rows} == {received, washing}
        assert [row.id for row in find_orders(s, outlet, stage="washing").rows] == [washing]
        assert [row.id for row in find_orders(s, outlet, stage="collected").rows] == [collected]
        everything = find_orders(s, outlet)
        assert everything.total == 4
        page = find_orders(s, outlet, open_only=True, limit=1)
        assert (len(page.rows), page.total) == (1, 2)  # a page at a time, with the count of them all


@pytest.mark.time_machine(MORNING, tick=True)
def test_what_collecting_asks_for_before_and_after_completion(orders: OrderShop) -> None:
    """2 kg weighed, 3 kg charged at Rp6.000 (no tax at the laundry), Rp5.000 held."""
    order_id = _order(orders, "2", 5_000)
    cashier, db = orders.laundry_cashier, orders.shop.db
    with db.reading() as s:
        assert due_at_collection(s, cashier, order_id) == 18_000 - 5_000
    with db.transaction() as s:
        move_order(s, cashier, order_id, "ready")
    with db.reading() as s:
        assert due_at_collection(s, cashier, order_id) == 13_000
    with db.transaction() as s:
        collect_order(s, cashier, order_id, [Tender("cash", 13_000)])
    with db.reading() as s:
        assert due_at_collection(s, cashier, order_id) == 0


def test_the_counter_opens_with_the_outlets_stages_and_workers(orders: OrderShop) -> None:
    with orders.shop.db.reading() as s:
        laundry = counter_facts(s, orders.laundry.id)
        cafe = counter_facts(s, orders.shop.cafe.id)
    assert [stage.code for stage in laundry.stages][:2] == ["received", "washing"]
    assert laundry.next_stage("ironing") is not None
    assert laundry.next_stage("collected") is None
    assert {name for _id, name in laundry.workers} >= {"Siti", "Budi"}
    assert (cafe.flow_code, cafe.stages) == ("", ())
