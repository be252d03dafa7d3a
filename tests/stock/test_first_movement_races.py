"""The first movement of an item at an outlet, posted by two tills at once: there is no on-hand row yet for the
movement writer to lock, so each could compute the moving average from nothing and the later one overwrite the
earlier one's cost. A supplier's delivery (10 at Rp7.000) and a transfer from the salon (10 at Rp9.000) arrive at
the café at the same moment: either order gives 20 at Rp8.000."""

from __future__ import annotations

import threading
import uuid
from decimal import Decimal

import pytest
from races import DONE, race, wait_until_blocked
from shop import Shop, as_admin, log_in
from stock_races import arrive_first

from ska_pos.services import setup
from ska_pos.services.stock import receiving, transfers
from ska_pos.services.stock.check import check_stock
from ska_pos.services.stock.receiving import IncomingLine
from ska_pos.services.stock.transfers import SendLine
from stock.helpers import supplier
from stock.transfer_steps import at_salon, level

ROUNDS = 10
SHOPS = ["shop", pytest.param("pg_shop", marks=pytest.mark.postgres)]
TEN = Decimal(10)


def _items_on_the_way(shop: Shop, supplier_id: uuid.UUID, count: int) -> tuple[list[uuid.UUID], list[uuid.UUID]]:
    """`count` new items the café has never moved, and for each a transfer of 10 at Rp9.000 from the salon."""
    with shop.db.transaction() as s:
        admin, cafe, salon = as_admin(s), s.merge(shop.cafe), s.merge(shop.salon)
        pairs = [(setup.create_item(s, admin, cafe, f"BARU{n}", f"Barang Baru {n}", 15_000, track_stock=True).id,
                  setup.create_item(s, admin, salon, f"BARU{n}", f"Barang Baru {n}", 15_000, track_stock=True).id)
                 for n in range(count)]  # fmt: skip
    sender = at_salon(shop)
    with shop.db.transaction() as s:
        receiving.receive_goods(s, sender, supplier_id, [IncomingLine(there, TEN, 9_000) for _here, there in pairs])
    with shop.db.transaction() as s:
        sent = [transfers.send_transfer(s, sender, shop.cafe.id, [SendLine(there, TEN)]).id for _here, there in pairs]
    return [here for here, _there in pairs], sent


@pytest.mark.parametrize("shop_fixture", SHOPS)
def test_a_delivery_and_a_transfer_arriving_first_at_two_tills_at_once_average_their_costs(
    shop_fixture: str, request: pytest.FixtureRequest
) -> None:
    # Before the fix PostgreSQL kept the cost of whichever came second (Rp7.000 or Rp9.000) in most rounds.
    shop: Shop = request.getfixturevalue(shop_fixture)
    tani = supplier(shop)
    items, sent = _items_on_the_way(shop, tani, ROUNDS)
    with shop.db.transaction() as s:
        till = setup.create_till(s, as_admin(s), s.merge(shop.cafe), "T2")
        receiver, transferee = (log_in(s, "supervisor", shop.cafe.id, till_id)
                                for till_id in (shop.cashier.till_id, till.id))  # fmt: skip
    racers = [(shop.db.url, receiver, items, tani), (shop.db.url, transferee, sent, None)]
    outcomes = race(arrive_first, racers, ROUNDS)
    assert outcomes == [[DONE, DONE]] * ROUNDS
    assert [level(shop, item, shop.cafe.id) for item in items] == [(Decimal(20), 8_000)] * ROUNDS
    with shop.db.reading() as s:
        assert check_stock(s).ok


@pytest.mark.postgres
def test_a_transfer_arriving_while_the_first_delivery_is_being_written_averages_with_it(pg_shop: Shop) -> None:
    # The same race made certain: the transfer is received while the delivery's transaction holds its on-hand row
    # uncommitted. Before the fix the transfer read no row, and its average (Rp9.000) overwrote the delivery's.
    shop = pg_shop
    tani = supplier(shop)
    (item,), (transfer_id,) = _items_on_the_way(shop, tani, 1)
    with shop.db.transaction() as s:
        till = setup.create_till(s, as_admin(s), s.merge(shop.cafe), "T2")
        receiver, transferee = (log_in(s, "supervisor", shop.cafe.id, till_id)
                                for till_id in (shop.cashier.till_id, till.id))  # fmt: skip
    second: list[BaseException | None] = []

    def receive_the_transfer() -> None:
        try:
            with shop.db.transaction() as s:
                transfers.receive_transfer(s, transferee, transfer_id)
            second.append(None)
        except BaseException as error:  # handed to the test's thread
            second.append(error)

    with shop.db.transaction() as first:
        receiving.receive_goods(first, receiver, tani, [IncomingLine(item, TEN, 7_000)])
        racer = threading.Thread(target=receive_the_transfer)
        racer.start()
        wait_until_blocked(first)
    racer.join(timeout=60)
    assert second == [None]
    assert level(shop, item, shop.cafe.id) == (Decimal(20), 8_000)
