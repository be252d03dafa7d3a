"""A stock line's amount is quantity times cost rounded half up to the rupiah (domain/money.py line_amount), the
same rule as a sale line: 1.5 l of milk at Rp21.333 is Rp32.000 (31.999,5), never cut off to Rp31.999."""

from __future__ import annotations

import uuid
from decimal import Decimal

import pytest
from shop import Shop, act_as
from sqlalchemy import select

from ska_pos.db.models import Sale
from ska_pos.domain.money import line_amount
from ska_pos.reports.stock_models import NoteLine
from ska_pos.services import setup
from ska_pos.services.earnings.period import Period
from ska_pos.services.stock import recipes
from ska_pos.services.stock.margin import margin_report
from ska_pos.services.stock.on_hand_page import OnHandRow
from ska_pos.services.stock.queries import StockRow, stock_report
from ska_pos.services.stock.recipes import Ingredient, RecipeSpec
from stock.helpers import receive, sell, supplier

CASES = [
    (Decimal("1.5"), 21333, 32000),  # a half: up
    (Decimal("1.499"), 21333, 31978),  # 31.978,167: down
    (Decimal("0.333"), 1000, 333),
    (Decimal("2.5"), 3, 8),  # 7,5: up
    (Decimal("3"), 21333, 63999),  # whole quantities stay exact
]


@pytest.mark.parametrize(("quantity", "cost", "amount"), CASES)
def test_a_note_line_rounds_half_up(quantity: Decimal, cost: int, amount: int) -> None:
    assert NoteLine("BHNSUSU", "Susu", "l", quantity, cost).amount == amount


@pytest.mark.parametrize(("quantity", "cost", "amount"), CASES)
def test_a_stock_row_values_half_up(quantity: Decimal, cost: int, amount: int) -> None:
    assert StockRow("BHNSUSU", "Susu", "Bahan", quantity, cost, unit="l").value == amount


@pytest.mark.parametrize(("quantity", "cost", "amount"), CASES)
def test_an_on_hand_row_values_half_up(quantity: Decimal, cost: int, amount: int) -> None:
    row = OnHandRow(uuid.uuid4(), "BHNSUSU", "Susu", "Bahan", "l", quantity, cost, Decimal(0), None)
    assert row.value == amount


def test_the_margin_reports_sql_cost_agrees_with_line_amount(shop: Shop) -> None:
    """The margin report sums a line's cost in SQL (thousandths times rupiah, rounded once): a cup taking 1.5 l of
    milk at Rp21.333 costs what line_amount says, Rp32.000, in SQL as in Python."""
    manager = act_as(shop, "manager")
    with shop.db.transaction() as s:
        milk = setup.create_item(s, manager, s.merge(shop.cafe), "BHNSUSU", "Susu segar", 0, unit="l",
                                 track_stock=True).id  # fmt: skip
    receive(shop, supplier(shop), milk, 3, 21_333)
    with shop.db.transaction() as s:
        recipes.import_recipes(s, manager, shop.cafe.id, [RecipeSpec("KOPI", (Ingredient("BHNSUSU", Decimal("1.5"),
                                                                                         "l"),))])  # fmt: skip
    sale_id = sell(shop, shop.kopi.id, 1, price=40_000)
    with shop.db.reading() as s:
        day = s.scalar(select(Sale.business_date).where(Sale.id == sale_id))
        assert day is not None
        (row,) = [row for row in margin_report(s, Period(day, day)).items if row.sku == "KOPI"]
        (left,) = [row for row in stock_report(s, shop.cafe.code).rows if row.sku == "BHNSUSU"]
    assert row.cost == line_amount(Decimal("1.5"), 21_333) == 32_000
    assert (left.quantity, left.value) == (Decimal("1.5"), 32_000)
