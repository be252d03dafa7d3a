"""Two tills of one outlet receiving deliveries at the same moment, each in its own process: both deliveries are
kept, each with a number of its own. On SQLite and on PostgreSQL."""

from __future__ import annotations

import pytest
from races import DONE, race
from shop import Shop, as_admin, log_in
from sqlalchemy import select
from stock_races import receive_goods

from ska_pos.db.models import StockDocument
from ska_pos.services import setup
from stock.helpers import supplier

ROUNDS = 8
SHOPS = ["shop", pytest.param("pg_shop", marks=pytest.mark.postgres)]


@pytest.mark.parametrize("shop_fixture", SHOPS)
def test_two_tills_receiving_at_once_both_keep_their_delivery_under_numbers_of_their_own(
    shop_fixture: str, request: pytest.FixtureRequest
) -> None:
    # The number is the count of the outlet's notes plus one: read by both before either wrote, it was the same
    # number twice on PostgreSQL, and the second delivery failed on the unique number (a database error).
    shop: Shop = request.getfixturevalue(shop_fixture)
    tani = supplier(shop)
    with shop.db.transaction() as s:
        till = setup.create_till(s, as_admin(s), s.merge(shop.cafe), "T2")
        supervisors = [log_in(s, "supervisor", shop.cafe.id, till_id) for till_id in (shop.cashier.till_id, till.id)]
    racers = [(shop.db.url, actor, tani, shop.keripik.id) for actor in supervisors]
    outcomes = race(receive_goods, racers, ROUNDS)
    assert outcomes == [[DONE, DONE]] * ROUNDS
    with shop.db.reading() as s:
        numbers = sorted(s.scalars(select(StockDocument.number).where(StockDocument.kind == "receive")))
    assert numbers == [f"TRM-KFE-{n:05d}" for n in range(1, 2 * ROUNDS + 1)]
