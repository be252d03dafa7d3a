"""The movement writer on PostgreSQL: its upsert of the on-hand cache, its row locks and the stock check."""

from __future__ import annotations

from decimal import Decimal

import pytest
from shop import Shop, act_as

from ska_pos.services.stock import counts
from ska_pos.services.stock.check import check_stock
from stock.helpers import ledger_sum, on_hand, receive, refund, sell, supplier

pytestmark = pytest.mark.postgres


def test_receive_sell_refund_and_count_on_postgresql(pg_shop: Shop) -> None:
    shop = pg_shop
    tani = supplier(shop)
    receive(shop, tani, shop.keripik.id, 10, 7_000)
    receive(shop, tani, shop.keripik.id, 10, 8_000)
    sale_id = sell(shop, shop.keripik.id, 3)
    refund(shop, sale_id, 1)
    assert on_hand(shop, shop.keripik.id) == (Decimal(18), 7_500)
    supervisor, manager = act_as(shop, "supervisor"), act_as(shop, "manager")
    with shop.db.transaction() as s:
        count_id = counts.start_count(s, supervisor).id
        counts.enter_count(s, supervisor, count_id, shop.keripik.id, Decimal(17))
        counts.approve_count(s, manager, count_id, {shop.keripik.id: "pecah"})
    assert on_hand(shop, shop.keripik.id)[0] == 17 == ledger_sum(shop, shop.keripik.id)
    with shop.db.reading() as s:
        assert check_stock(s).ok
