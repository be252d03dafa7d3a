"""Tills of one outlet numbering their orders at the same moment, each in its own process: every order is kept
under a number of its own, one after another. On SQLite and PostgreSQL; and on PostgreSQL the numbering does not
wait for a transaction that only wrote a row naming the outlet (its key-share lock: FOR UPDATE waited for it, the
way the receiving note's number deadlocked)."""

from __future__ import annotations

from decimal import Decimal

import pytest
from order_races import take_an_order
from order_shop import build_order_shop
from races import DONE, race
from shop import Shop, as_admin, log_in
from sqlalchemy import select, text

from ska_pos.db.models import CustomerOrder, Outlet
from ska_pos.services import setup, shifts
from ska_pos.services.orders.intake import OrderForm, OrderLineForm, take_order

ROUNDS = 6
SHOPS = ["shop", pytest.param("pg_shop", marks=pytest.mark.postgres)]


@pytest.mark.parametrize("shop_fixture", SHOPS)
def test_two_tills_taking_orders_at_once_number_them_one_after_another(
    shop_fixture: str, request: pytest.FixtureRequest
) -> None:
    shop: Shop = request.getfixturevalue(shop_fixture)
    orders = build_order_shop(shop)
    with shop.db.transaction() as s:
        till = setup.create_till(s, as_admin(s), s.merge(orders.laundry), "T2")
        second = log_in(s, "supervisor", orders.laundry.id, till.id)
        shifts.open_shift(s, second, 50_000)
    racers = [(shop.db.url, actor, orders.kiloan.id) for actor in (orders.laundry_cashier, second)]
    assert race(take_an_order, racers, ROUNDS) == [[DONE, DONE]] * ROUNDS
    with shop.db.reading() as s:
        numbers = sorted(s.scalars(select(CustomerOrder.day_no).where(CustomerOrder.outlet_id == orders.laundry.id)))
    assert numbers == list(range(1, 2 * ROUNDS + 1))


@pytest.mark.postgres
def test_numbering_does_not_wait_for_a_writer_naming_the_outlet_on_postgresql(pg_shop: Shop) -> None:
    orders = build_order_shop(pg_shop)
    form = OrderForm([OrderLineForm(orders.kiloan.id, Decimal(3))], customer_name="Bu Ani")
    with pg_shop.db.transaction() as writer:
        # What every insert of a row naming the outlet takes (its foreign key's check), held open.
        writer.execute(
            select(Outlet.id).where(Outlet.id == orders.laundry.id).with_for_update(read=True, key_share=True)
        )
        with pg_shop.db.transaction() as intake:
            intake.execute(text("SET LOCAL lock_timeout = '2s'"))
            taken = take_order(intake, orders.laundry_cashier, form)
    assert taken.order_no.endswith("-001")
