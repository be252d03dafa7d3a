"""One till open on two computers: sales never fail with a raw IntegrityError, numbers stay gapless, and a number
that is taken anyway is said plainly with nothing of the sale written."""

from __future__ import annotations

from decimal import Decimal

import pytest
from races import DONE, race
from shop import Shop, as_admin, log_in
from sqlalchemy import func, select, update
from till_races import sell

from ska_pos.db.models import Payment, Sale, Till
from ska_pos.domain.settlement import Tender
from ska_pos.services import cart_ops, sales, setup, shifts
from ska_pos.services.actor import Actor
from ska_pos.services.cart import Cart
from ska_pos.services.sale_context import ReceiptNumberTaken

ROUNDS = 12


def sell_one(shop: Shop, actor: Actor) -> None:
    with shop.db.transaction() as s:
        cart = Cart(shop.cafe.id)
        cart_ops.add_item(s, cart, shop.es_teh.id, Decimal(1))
        sales.complete_sale(s, actor, cart, [Tender("cash", 10_000)])


@pytest.mark.parametrize("shop_fixture", ["shop", pytest.param("pg_shop", marks=pytest.mark.postgres)])
def test_two_computers_selling_on_one_till_at_once_all_sell_with_gapless_numbers(
    shop_fixture: str, request: pytest.FixtureRequest
) -> None:
    shop: Shop = request.getfixturevalue(shop_fixture)
    racers = [(shop.db.url, shop.cashier, shop.es_teh.id)] * 2
    outcomes = race(sell, racers, ROUNDS)
    assert all(outcome == [DONE, DONE] for outcome in outcomes), outcomes
    with shop.db.reading() as s:
        numbers = sorted(s.scalars(select(Sale.seq).where(Sale.till_id == shop.cashier.till_id)))
    assert numbers == list(range(1, 2 * ROUNDS + 1))


def test_a_receipt_number_already_taken_is_said_plainly_and_nothing_is_written(shop: Shop) -> None:
    """The café renamed its till T1 to T9 and then added a new T1: the new till's first number was used before."""
    with shop.db.transaction() as s:
        cart = Cart(shop.cafe.id)
        cart_ops.add_item(s, cart, shop.es_teh.id, Decimal(1))
        first = sales.complete_sale(s, shop.cashier, cart, [Tender("cash", 10_000)])
        s.execute(update(Till).where(Till.id == shop.cashier.till_id).values(code="T9"))
        cafe = s.get(type(shop.cafe), shop.cafe.id)
        assert cafe is not None
        new_till = setup.create_till(s, as_admin(s), cafe, "T1")
        actor = log_in(s, "cashier", shop.cafe.id, new_till.id)
        shifts.open_shift(s, actor, 0)
    with pytest.raises(ReceiptNumberTaken, match=f"{first.receipt_no} is already used"):
        sell_one(shop, actor)
    with shop.db.reading() as s:
        assert s.scalar(select(func.count()).select_from(Sale)) == 1
        assert s.scalar(select(func.count()).select_from(Payment)) == 1
