"""Two managers importing the same file of opening stock at the same moment (two tills, or a till and the command
line): the stock is posted once and the other import is refused, as a second import one after the other is. On
PostgreSQL both read "never moved" before either had written; the item's row is now locked before it is asked."""

from __future__ import annotations

from decimal import Decimal

import pytest
from races import DONE, race
from shop import Shop, act_as, as_admin, log_in
from stock_races import import_opening

from ska_pos.services import setup
from ska_pos.services.stock.check import check_stock
from ska_pos.services.stock.opening_stock import OpeningFile, OpeningRow
from stock.helpers import ledger_sum

ROUNDS = 4
SHOPS = ["shop", pytest.param("pg_shop", marks=pytest.mark.postgres)]


@pytest.mark.parametrize("shop_fixture", SHOPS)
def test_the_same_opening_stock_imported_twice_at_once_is_posted_once(
    shop_fixture: str, request: pytest.FixtureRequest
) -> None:
    shop: Shop = request.getfixturevalue(shop_fixture)
    with shop.db.transaction() as s:
        admin, cafe = as_admin(s), s.merge(shop.cafe)
        items = [setup.create_item(s, admin, cafe, f"OPN{n}", f"Barang {n}", 5_000, track_stock=True).id
                 for n in range(ROUNDS)]  # fmt: skip
        till = setup.create_till(s, admin, cafe, "T2")
        other = log_in(s, "manager", cafe.id, till.id)
    manager = act_as(shop, "manager")
    files = [OpeningFile([OpeningRow(2, "KFE", f"OPN{n}", "", Decimal(4), 3_000)], [], "stok.csv")
             for n in range(ROUNDS)]  # fmt: skip
    outcomes = race(import_opening, [(shop.db.url, manager, files), (shop.db.url, other, files)], ROUNDS)
    for outcome in outcomes:
        assert sorted(outcome, key=lambda text: text != DONE)[0] == DONE
        assert outcome.count(DONE) == 1, outcome
    for item_id in items:
        assert ledger_sum(shop, item_id) == 4
    with shop.db.reading() as s:
        assert check_stock(s).ok
