"""A recipe's units: grams of a kilogram item, millilitres of a litre item and centimetres of a metre item convert
exactly (Decimal, never a float) both ways, and what a sale uses up is the written quantity in the stock unit times
the quantity sold, to the thousandth."""

from __future__ import annotations

import uuid
from decimal import ROUND_HALF_UP, Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ska_pos.domain.recipe_units import factor, in_stock_units, in_written_units, units_for
from ska_pos.services.stock.recipes import consumption

PAIRS = [("g", "kg"), ("ml", "l"), ("cm", "m"), ("kg", "kg"), ("pcs", "pcs")]
# What a recipe may write: more than 0, to the thousandth (as the recipe import checks).
WRITTEN = st.decimals(min_value=Decimal("0.001"), max_value=Decimal(100_000), places=3)
SOLD = st.decimals(min_value=Decimal("0.001"), max_value=Decimal(1_000), places=3)


def test_the_smaller_units_are_offered_with_their_stock_unit() -> None:
    assert units_for("kg") == ["kg", "g"]
    assert units_for("l") == ["l", "ml"]
    assert units_for("pcs") == ["pcs"]
    assert factor("ml", "l") == Decimal("0.001")
    assert factor("ml", "kg") is None  # a millilitre is not a weight: no density guessed
    assert factor("g", "l") is None
    with pytest.raises(ValueError, match="ml does not convert to kg"):
        in_stock_units(Decimal(150), "ml", "kg")


@given(WRITTEN, st.sampled_from(PAIRS))
def test_a_written_quantity_goes_to_the_stock_unit_and_back_unchanged(quantity: Decimal, pair: tuple[str, str]) -> None:
    written, stock = pair
    there = in_stock_units(quantity, written, stock)
    assert isinstance(there, Decimal)
    assert in_written_units(there, written, stock) == quantity
    assert there == quantity * (factor(written, stock) or 0)


@given(WRITTEN, SOLD, st.sampled_from(PAIRS))
def test_a_sale_uses_up_the_written_quantity_in_the_stock_unit_times_what_was_sold(
    per_unit: Decimal, sold: Decimal, pair: tuple[str, str]
) -> None:
    written, stock = pair
    outlet, item, ingredient, line = uuid.uuid4(), uuid.uuid4(), uuid.uuid4(), uuid.uuid4()
    recipes = {item: [(ingredient, in_stock_units(per_unit, written, stock))]}
    (used,) = consumption(outlet, [{"id": line, "item_id": item, "quantity": sold}], recipes)
    exact = per_unit * sold * (factor(written, stock) or 0)
    assert (used.kind, used.item_id, used.sale_line_id) == ("recipe", ingredient, line)
    assert used.quantity == -exact.quantize(Decimal("0.001"), ROUND_HALF_UP)
    assert abs(-used.quantity - exact) <= Decimal("0.0005")  # to the thousandth stock keeps, never more


def test_150_ml_of_milk_kept_by_the_litre_is_0_15_l_a_cup() -> None:
    outlet, kopi, milk, line = uuid.uuid4(), uuid.uuid4(), uuid.uuid4(), uuid.uuid4()
    recipes = {kopi: [(milk, in_stock_units(Decimal(150), "ml", "l"))]}
    (used,) = consumption(outlet, [{"id": line, "item_id": kopi, "quantity": Decimal(3)}], recipes)
    assert used.quantity == Decimal("-0.450")
