"""Orders on the sentra's PostgreSQL: the tables of migration 0013, the completion's sale, a cancellation, and the
append-only triggers."""

from __future__ import annotations

from decimal import Decimal

import pytest
from order_shop import build_order_shop
from shop import Shop, approved, as_admin, log_in
from sqlalchemy import func, select, text
from sqlalchemy.exc import DBAPIError, OperationalError

from ska_pos.db.models import OrderPayment
from ska_pos.domain.settlement import Tender
from ska_pos.services import setup, shifts
from ska_pos.services.cart import WorkerCredit
from ska_pos.services.errors import ValidationError
from ska_pos.services.orders.cancel import cancel_order
from ska_pos.services.orders.intake import OrderForm, OrderLineForm, take_order
from ska_pos.services.orders.payments import refund_order
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


def test_two_tills_giving_back_one_deposit_at_once_give_it_back_once_on_postgresql(pg_shop: Shop) -> None:
    # The second till must wait for the first one's refund and then see the deposit gone, not decide from the order
    # as it was: both would hand the customer the whole deposit out of their drawers.
    orders = build_order_shop(pg_shop)
    siti = (WorkerCredit(pg_shop.siti.id, "Siti"),)
    form = OrderForm([OrderLineForm(orders.kiloan.id, Decimal("4.2"), workers=siti)], customer_name="Bu Ani",
                     deposit=Tender("cash", 10_000))  # fmt: skip
    with pg_shop.db.transaction() as s:
        order = take_order(s, orders.laundry_cashier, form)
        other_till = setup.create_till(s, as_admin(s), orders.laundry, "T2")
        supervisor = log_in(s, "supervisor", orders.laundry.id, other_till.id)
        shifts.open_shift(s, supervisor, 50_000)
    with pg_shop.db.transaction() as first:
        refund_order(first, orders.laundry_cashier, order.order_id, Tender("cash", 10_000), "Batal sebagian",
                     approval=approved(first, "order.refund", "manager"))  # fmt: skip
        with pg_shop.db.transaction() as second:
            second.execute(text("SET LOCAL lock_timeout = '2s'"))
            with pytest.raises(OperationalError, match="lock timeout"):
                refund_order(second, supervisor, order.order_id, Tender("cash", 10_000), "Batal sebagian")
    with pg_shop.db.transaction() as s, pytest.raises(ValidationError):
        refund_order(s, supervisor, order.order_id, Tender("cash", 10_000), "Batal sebagian")
    with pg_shop.db.reading() as s:
        refunds = select(func.count()).select_from(OrderPayment).where(OrderPayment.kind == "refund")
        assert s.scalar(refunds.where(OrderPayment.order_id == order.order_id)) == 1
