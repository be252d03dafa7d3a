"""Stock take while the till sells, the manager's approval with reasons, and the whole path agreeing: receive,
sell, count, approve, then on-hand, cost and the margin report tell the same story."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from shop import Shop, act_as

from ska_pos.services.earnings.period import Period
from ska_pos.services.errors import PermissionDenied, ValidationError
from ska_pos.services.stock import counts
from ska_pos.services.stock.check import check_stock
from ska_pos.services.stock.margin import margin_report
from stock.helpers import ledger_sum, on_hand, receive, sell, supplier

ALWAYS = Period(date(2000, 1, 1), date(2100, 12, 31))


def test_receive_sell_count_approve_and_everything_agrees(shop: Shop) -> None:
    tani = supplier(shop)
    receive(shop, tani, shop.keripik.id, 10, 7_000)
    receive(shop, tani, shop.keripik.id, 10, 8_000)  # average 7,500
    sell(shop, shop.keripik.id, 4)  # at 12,500 each (the café's prices exclude tax): net 50,000, cost 30,000
    supervisor, manager = act_as(shop, "supervisor"), act_as(shop, "manager")
    with shop.db.transaction() as s:
        count_id = counts.start_count(s, supervisor).id
    with shop.db.transaction() as s:
        counted = counts.enter_count(s, supervisor, count_id, shop.keripik.id, Decimal(15))
    assert (counted.expected, counted.difference) == (16, -1)
    sell(shop, shop.keripik.id, 2)  # sold after it was counted: in neither figure
    with shop.db.transaction() as s, pytest.raises(PermissionDenied):
        counts.approve_count(s, supervisor, count_id, {shop.keripik.id: "hilang"})
    with shop.db.transaction() as s, pytest.raises(ValidationError, match="reason for the difference"):
        counts.approve_count(s, manager, count_id, {})
    with shop.db.transaction() as s:
        posted = counts.approve_count(s, manager, count_id, {shop.keripik.id: "Hilang dari rak"})
    assert [(v.name, v.difference, v.reason) for v in posted] == [("Keripik Singkong", -1, "Hilang dari rak")]
    assert on_hand(shop, shop.keripik.id) == (Decimal(13), 7_500)  # 15 on the shelf then, 2 sold since
    assert ledger_sum(shop, shop.keripik.id) == 13
    with shop.db.reading() as s:
        assert check_stock(s).ok
        report = margin_report(s, ALWAYS, "KFE")
    assert [(r.sku, r.quantity, r.revenue, r.cost, r.margin) for r in report.items] == [
        ("KRPK", 6, 75_000, 45_000, 30_000)
    ]
    assert report.items[0].margin_bp == 4_000
    assert [(r.category, r.revenue, r.cost) for r in report.by_category()] == [("Camilan", 75_000, 45_000)]
    assert [(r.outlet_code, r.margin) for r in report.by_outlet()] == [("KFE", 30_000)]
    with shop.db.transaction() as s, pytest.raises(ValidationError, match="already closed"):
        counts.enter_count(s, supervisor, count_id, shop.keripik.id, Decimal(1))


def test_a_count_of_one_category_takes_only_its_items(shop: Shop) -> None:
    supervisor = act_as(shop, "supervisor")
    with shop.db.transaction() as s:
        count_id = counts.start_count(s, supervisor, category_id=shop.drinks.id).id
    with shop.db.transaction() as s, pytest.raises(ValidationError, match="not in the category"):
        counts.enter_count(s, supervisor, count_id, shop.keripik.id, Decimal(1))
