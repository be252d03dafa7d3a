"""Recipes: a café item's ingredients go out with the sale, their cost onto the line, and back with a reversal."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest
from shop import Shop, act_as, approved
from sqlalchemy import select

from ska_pos.db.models import Sale, SaleLine, StockMovement
from ska_pos.services import reversals
from ska_pos.services.earnings.period import Period
from ska_pos.services.errors import PermissionDenied, ValidationError
from ska_pos.services.reversals import RefundRequest
from ska_pos.services.stock import receiving, recipes
from ska_pos.services.stock.check import check_stock
from ska_pos.services.stock.margin import margin_report
from ska_pos.services.stock.recipes import Ingredient, RecipeSpec
from stock.helpers import ledger_sum, on_hand, sell
from stock.recipe_steps import kopi_with_recipe


def test_a_sale_uses_up_the_ingredients_and_their_cost_is_the_lines_cost(shop: Shop) -> None:
    coffee, milk = kopi_with_recipe(shop)
    sale_id = sell(shop, shop.kopi.id, 2, price=8_000)
    assert on_hand(shop, coffee) == (Decimal("0.964"), 200_000)
    assert on_hand(shop, milk) == (Decimal("1.940"), 40_000)
    with shop.db.reading() as s:
        line_id = s.scalar(select(SaleLine.id).where(SaleLine.sale_id == sale_id))
        used = s.execute(select(StockMovement.item_id, StockMovement.kind, StockMovement.quantity)
                         .where(StockMovement.sale_line_id == line_id)).all()  # fmt: skip
        assert sorted(used) == sorted([(coffee, "recipe", Decimal("-0.036")), (milk, "recipe", Decimal("-0.060"))])
        day = s.scalar(select(Sale.business_date).where(Sale.id == sale_id))
        assert day is not None
        (row,) = [row for row in margin_report(s, Period(day, day)).items if row.sku == "KOPI"]
        assert row.cost == 36 * 200 + 60 * 40  # 18 g and 30 g a cup, two cups: Rp9.600


def test_a_void_gives_every_ingredient_back_at_the_cost_it_went_out_at(shop: Shop) -> None:
    coffee, milk = kopi_with_recipe(shop)
    sale_id = sell(shop, shop.kopi.id, 2, price=8_000)
    with shop.db.transaction() as s:
        reversals.void_sale(s, shop.cashier, sale_id, "Salah input", approval=approved(s, "sale.void"))
    assert on_hand(shop, coffee) == (Decimal(1), 200_000)
    assert ledger_sum(shop, coffee) == 1
    assert on_hand(shop, milk) == (Decimal(2), 40_000)
    assert ledger_sum(shop, milk) == 2
    with shop.db.reading() as s:
        back = s.execute(select(StockMovement.item_id, StockMovement.quantity, StockMovement.unit_cost)
                         .where(StockMovement.kind == "void")).all()  # fmt: skip
        assert sorted(back) == sorted([(coffee, Decimal("0.036"), 200_000), (milk, Decimal("0.060"), 40_000)])
        assert check_stock(s).ok


def test_a_refund_of_one_cup_of_two_gives_back_one_cups_ingredients(shop: Shop) -> None:
    coffee, milk = kopi_with_recipe(shop)
    sale_id = sell(shop, shop.kopi.id, 2, price=8_000)
    with shop.db.transaction() as s:
        line_id = s.scalars(select(SaleLine.id).where(SaleLine.sale_id == sale_id)).one()
        reversals.refund_lines(s, shop.cashier, sale_id, [RefundRequest(line_id, Decimal(1))], "tumpah",
                               approval=approved(s, "sale.refund"))  # fmt: skip
    assert on_hand(shop, coffee)[0] == Decimal("0.982")
    assert on_hand(shop, milk)[0] == Decimal("1.970")


def test_waste_of_an_ingredient_needs_its_reason(shop: Shop) -> None:
    _coffee, milk = kopi_with_recipe(shop)
    manager = act_as(shop, "manager")
    with pytest.raises(ValidationError, match="Say why"), shop.db.transaction() as s:
        receiving.adjust_stock(s, manager, milk, Decimal("-0.2"), "waste", " ")
    with shop.db.transaction() as s:
        receiving.adjust_stock(s, manager, milk, Decimal("-0.2"), "waste", "basi")
    assert on_hand(shop, milk) == (Decimal("1.8"), 40_000)


def test_a_recipe_is_refused_when_an_ingredient_is_unknown_untracked_or_in_the_wrong_unit(shop: Shop) -> None:
    kopi_with_recipe(shop)
    manager = act_as(shop, "manager")
    for ingredient, refusal in ((Ingredient("GULA", Decimal(5), "g"), "No item GULA"),
                                (Ingredient("ESTEH", Decimal(1), "pcs"), "not tracked"),
                                (Ingredient("BHNKOPI", Decimal(18), "ml"), "Write Kopi bubuk in kg / g"),
                                (Ingredient("BHNKOPI", Decimal("0.0001"), "kg"), "to the thousandth")):  # fmt: skip
        with pytest.raises(ValidationError, match=refusal), shop.db.transaction() as s:
            recipes.import_recipes(s, manager, shop.cafe.id, [RecipeSpec("KOPI", (ingredient,))])
    with pytest.raises(PermissionDenied), shop.db.transaction() as s:
        recipes.import_recipes(s, act_as(shop, "supervisor"), shop.cafe.id, [RecipeSpec("KOPI", ())])
    with shop.db.reading() as s:
        assert [sku for sku, *_rest in recipes.recipe_of(s, shop.kopi.id)] == ["BHNKOPI", "BHNSKM"]


def test_a_recipe_file_is_read_as_the_demo_writes_it(tmp_path: Path) -> None:
    path = tmp_path / "resep.json"
    path.write_text(json.dumps([{"item": "KOPI", "ingredients": [{"item": "BHNKOPI", "quantity": "18",
                                                                 "unit": "g"}]}]), encoding="utf-8")  # fmt: skip
    assert recipes.read_recipe_file(path) == [RecipeSpec("KOPI", (Ingredient("BHNKOPI", Decimal(18), "g"),))]
    path.write_text('[{"item": "KOPI"}]', encoding="utf-8")
    with pytest.raises(ValidationError, match="Recipe 1 is not complete"):
        recipes.read_recipe_file(path)


@pytest.mark.parametrize(("typed", "said"), [("NaN", "more than 0"), ("Infinity", "more than 0"),
                                             ("1e30", "at most 1,000,000"), ("1e20", "at most 1,000,000")])  # fmt: skip
def test_a_recipe_quantity_that_is_no_number_or_too_large_is_refused_with_a_message(
    shop: Shop, typed: str, said: str
) -> None:
    kopi_with_recipe(shop)
    manager = act_as(shop, "manager")
    with pytest.raises(ValidationError, match=said), shop.db.transaction() as s:
        recipes.import_recipes(s, manager, shop.cafe.id, [RecipeSpec("KOPI", (
            Ingredient("BHNKOPI", Decimal(typed), "g"),))])  # fmt: skip
    with shop.db.reading() as s:
        assert [part[0] for part in recipes.recipe_of(s, shop.kopi.id)] == ["BHNKOPI", "BHNSKM"]
