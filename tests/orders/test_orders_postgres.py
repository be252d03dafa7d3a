"""Orders on the sentra's PostgreSQL: the tables of migration 0013, the completion's sale, a cancellation, and the
append-only triggers."""

from __future__ import annotations

from decimal import Decimal

import pytest
from order_shop import build_order_shop
from shop import Shop, approved
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from ska_pos.domain.settlement import Tender
from ska_pos.services.cart import WorkerCredit
from ska_pos.services.orders.cancel import cancel_order
from ska_pos.services.orders.intake import OrderForm, OrderLineForm, take_order
from ska_pos.services.orders.stages import collect_order, move_order


def test_an_order_from_intake_to_collection_and_one_cancelled_on_postgresql(pg_shop: Shop) -> None:
    orders = build_order_shop(pg_shop)
    cashier, siti = orders.laundry_cashier, (WorkerCredit(pg_shop.siti.id, "Siti"),)
    form = OrderForm([OrderLineForm(orders.kiloan.id, Decimal("4.2"), workers=siti)], customer_name="Bu Ani",
                     deposit=Tender("cash", 10_000))  # fmt: skip
    with pg_shop.db.transaction() as s:
        first = take_order(s, cashier, form)
        second = take_order(s, cashier, form)
        assert second.order_no.endswith("-002")
        move_order(s, cashier, first.order_id, "ready")
        done = collect_order(s, cashier, first.order_id, [Tender("cash", 15_200)])
        assert done.money.recognised == 25_200
        assert done.money.balanced()
        cancelled = cancel_order(s, cashier, second.order_id, "Batal", approval=approved(s, "order.cancel"))
        assert cancelled.refunded == 10_000
    with pytest.raises(DBAPIError, match="never updated"), pg_shop.db.transaction() as s:
        s.execute(text("UPDATE order_payment SET amount = 1"))
