"""The stock ledger is the truth: every movement goes through one writer that keeps the on-hand cache beside it,
freezes each sale's cost, numbers the till's rows, and refuses a fall below zero where the outlet says so."""

from __future__ import annotations

from decimal import Decimal

import pytest
from shop import Shop, act_as
from sqlalchemy import select, update

from ska_pos.db.models import Sale, SaleLine, StockMovement, StockOnHand
from ska_pos.services.errors import ValidationError
from ska_pos.services.stock import receiving, rules
from ska_pos.services.stock.check import check_stock, problems
from ska_pos.services.stock.ledger import NotEnoughStock, moving_average
from ska_pos.services.stock.queries import item_stock, shortfalls, stock_report
from stock.helpers import ledger_sum, on_hand, receive, refund, sell, supplier


def test_receipts_average_the_cost_and_a_sale_freezes_it(shop: Shop) -> None:
    tani = supplier(shop)
    receive(shop, tani, shop.keripik.id, 10, 7_000)
    sale_id = sell(shop, shop.keripik.id, 3)
    receive(shop, tani, shop.keripik.id, 10, 8_000)
    assert on_hand(shop, shop.keripik.id) == (Decimal(17), 7_588)  # (7 x 7000 + 10 x 8000) / 17 = 7588.2
    with shop.db.reading() as s:
        sold = s.execute(select(StockMovement.quantity, StockMovement.unit_cost).join(
            SaleLine, SaleLine.id == StockMovement.sale_line_id).where(SaleLine.sale_id == sale_id)).one()  # fmt: skip
    assert (sold.quantity, sold.unit_cost) == (Decimal(-3), 7_000)  # the cost when sold, never recomputed
    refund(shop, sale_id, 1)
    assert on_hand(shop, shop.keripik.id) == (Decimal(18), 7_588)
    with shop.db.reading() as s:
        back = s.execute(select(StockMovement.unit_cost).where(StockMovement.kind == "refund")).scalar_one()
        numbers = s.scalars(select(StockMovement.seq).where(StockMovement.till_id == shop.cashier.till_id)
                            .order_by(StockMovement.seq)).all()  # fmt: skip
    assert back == 7_000  # goes back at the cost it went out at
    assert numbers == [1, 2, 3, 4]  # every row of this till numbered in order (the sale's, the refund's, receipts')
    assert ledger_sum(shop, shop.keripik.id) == Decimal(18)


def test_moving_average_after_stock_below_zero_takes_the_new_price() -> None:
    assert moving_average(Decimal(-2), 5_000, Decimal(10), 6_000) == 6_000
    assert moving_average(Decimal(0), 0, Decimal(3), 4_500) == 4_500
    assert moving_average(Decimal(1), 1_000, Decimal(1), 2_000) == 1_500


def test_an_outlet_that_forbids_negative_stock_refuses_the_sale_and_writes_nothing(shop: Shop) -> None:
    receive(shop, supplier(shop), shop.keripik.id, 2, 7_000)
    manager = act_as(shop, "manager")
    with shop.db.transaction() as s:
        assert rules.set_allow_negative_stock(s, manager, shop.cafe.id, False)
    with shop.db.reading() as s:
        warned = shortfalls(s, shop.cafe.id, {shop.keripik.id: Decimal(3), shop.es_teh.id: Decimal(9)})
    assert [(w.name, w.on_hand, w.wanted, w.refused) for w in warned] == [("Keripik Singkong", 2, 3, True)]
    assert warned[0].message() == "Only 2 of Keripik Singkong in stock, the sale asks for 3"
    with shop.db.reading() as s:
        sales_before = s.query(Sale).count()
    with pytest.raises(NotEnoughStock, match="Only 2 of Keripik Singkong in stock"):
        sell(shop, shop.keripik.id, 3)
    with shop.db.reading() as s:
        assert s.query(Sale).count() == sales_before
    assert on_hand(shop, shop.keripik.id) == (Decimal(2), 7_000)
    sell(shop, shop.keripik.id, 2)  # exactly what there is: allowed
    assert on_hand(shop, shop.keripik.id)[0] == 0


def test_where_the_outlet_allows_it_stock_goes_below_zero(shop: Shop) -> None:
    sell(shop, shop.keripik.id, 2)
    assert on_hand(shop, shop.keripik.id) == (Decimal(-2), 0)
    with shop.db.reading() as s:
        assert [w.refused for w in shortfalls(s, shop.cafe.id, {shop.keripik.id: Decimal(1)})] == [False]


def test_the_stock_check_finds_an_on_hand_record_that_differs_from_the_ledger(shop: Shop) -> None:
    receive(shop, supplier(shop), shop.keripik.id, 5, 7_000)
    sell(shop, shop.keripik.id, 1)
    with shop.db.reading() as s:
        assert check_stock(s).ok
    with shop.db.transaction() as s:
        s.execute(update(StockOnHand).values(quantity=Decimal(9)))
    with shop.db.reading() as s:
        result = check_stock(s)
        found = problems(s, result)
    assert not result.ok
    assert found == ["Stock of KRPK Keripik Singkong at KFE: the ledger says 4, the on-hand record says 9"]


def test_waste_needs_a_reason_and_takes_stock_out_at_the_average_cost(shop: Shop) -> None:
    receive(shop, supplier(shop), shop.keripik.id, 5, 7_000)
    manager = act_as(shop, "manager")
    with shop.db.transaction() as s, pytest.raises(ValidationError, match="Say why"):
        receiving.adjust_stock(s, manager, shop.keripik.id, Decimal(-1), "waste", " ")
    with shop.db.transaction() as s:
        receiving.adjust_stock(s, manager, shop.keripik.id, Decimal(-1), "waste", "Bungkus sobek")
    with shop.db.reading() as s:
        stock = item_stock(s, shop.keripik.id, shop.cafe.id)
        report = stock_report(s, "kfe")
    assert stock.quantity == 4
    newest = stock.history[0]
    assert (newest.kind, newest.quantity, newest.unit_cost, newest.reason) == ("waste", -1, 7_000, "Bungkus sobek")
    assert [(row.sku, row.quantity, row.avg_cost, row.value) for row in report.rows] == [("KRPK", 4, 7_000, 28_000)]


def test_receiving_an_untracked_item_is_refused(shop: Shop) -> None:
    with pytest.raises(ValidationError, match="not tracked"):
        receive(shop, supplier(shop), shop.es_teh.id, 5, 1_000)
