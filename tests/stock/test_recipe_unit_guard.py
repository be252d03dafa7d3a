"""An item used as a recipe ingredient keeps a unit its recipes convert to (services/stock/recipe_unit_guard.py):
the item form and the catalogue import refuse another, and a sale that meets a recipe that no longer converts (data
from before the rule) is refused whole instead of taking 18 g of coffee as 18 pieces."""

from __future__ import annotations

import uuid
from decimal import Decimal
from pathlib import Path

import pytest
from shop import Shop, act_as, as_admin
from sqlalchemy import func, select, update

from ska_pos.db.models import Item, Sale
from ska_pos.services import catalog_admin, setup
from ska_pos.services.catalog_admin import ItemForm
from ska_pos.services.catalog_file import CatalogImportError
from ska_pos.services.catalog_import import import_catalog
from ska_pos.services.errors import ValidationError
from ska_pos.services.stock import recipes
from ska_pos.services.stock.recipes import Ingredient, RecipeSpec
from stock.helpers import on_hand, receive, sell, supplier


def _kopi_using(shop: Shop, sku: str, unit: str, written: str, quantity: str) -> uuid.UUID:
    """An ingredient with no stock yet (the stock rule does not hold it), used by the kopi's recipe."""
    manager = act_as(shop, "manager")
    with shop.db.transaction() as s:
        ingredient = setup.create_item(s, manager, s.merge(shop.cafe), sku, f"Bahan {sku}", 0, unit=unit,
                                       track_stock=True).id  # fmt: skip
        recipes.import_recipes(s, manager, shop.cafe.id, [RecipeSpec("KOPI", (Ingredient(sku, Decimal(quantity),
                                                                                         written),))])  # fmt: skip
    return ingredient


def _unit(shop: Shop, item_id: uuid.UUID) -> str:
    with shop.db.reading() as s:
        return str(s.scalar(select(Item.unit).where(Item.id == item_id)))


def test_the_item_form_refuses_a_unit_the_recipes_do_not_convert_to(shop: Shop) -> None:
    coffee = _kopi_using(shop, "BHNKOPI", "kg", "g", "18")
    manager = act_as(shop, "manager")
    with pytest.raises(ValidationError) as refused, shop.db.transaction() as s:
        catalog_admin.edit_item(s, manager, coffee, ItemForm("BHNKOPI", "Bahan BHNKOPI", 0, unit="pcs",
                                                             track_stock=True))  # fmt: skip
    assert str(refused.value) == (
        "Bahan BHNKOPI is used in recipes written in g: its unit cannot change to pcs. Correct those recipes first, "
        "or make a new item for the other unit."
    )
    assert _unit(shop, coffee) == "kg"


def test_a_unit_the_recipes_still_convert_to_is_taken(shop: Shop) -> None:
    """Syrup written 30 ml in the recipe, kept by the litre: made millilitres, the 30 ml still reads right."""
    syrup = _kopi_using(shop, "SIRUP", "l", "ml", "30")
    manager = act_as(shop, "manager")
    with shop.db.transaction() as s:
        form = ItemForm("SIRUP", "Bahan SIRUP", 0, unit="ml", track_stock=True)
        assert catalog_admin.edit_item(s, manager, syrup, form).unit == "ml"
    with shop.db.reading() as s:
        assert recipes.recipes_of(s, [shop.kopi.id]) == {shop.kopi.id: [(syrup, Decimal(30))]}


def test_the_catalogue_import_refuses_it_too(shop: Shop, tmp_path: Path) -> None:
    coffee = _kopi_using(shop, "BHNKOPI", "kg", "g", "18")
    path = tmp_path / "katalog.csv"
    path.write_text("sku,name,price,unit,track_stock\nBHNKOPI,Kopi bubuk,0,l,ya\n", encoding="utf-8")
    with pytest.raises(CatalogImportError) as raised, shop.db.transaction() as s:
        import_catalog(s, as_admin(s), path, default_outlet=s.merge(shop.cafe))
    assert raised.value.errors == [
        "Row 2: unit: Kopi bubuk is used in recipes written in g: its unit cannot change to l. Correct those recipes "
        "first, or make a new item for the other unit."
    ]
    assert _unit(shop, coffee) == "kg"


def test_a_sale_meeting_a_recipe_that_no_longer_converts_is_refused_and_writes_nothing(shop: Shop) -> None:
    coffee = _kopi_using(shop, "BHNKOPI", "kg", "g", "18")
    receive(shop, supplier(shop), coffee, 1, 200_000)
    with shop.db.transaction() as s:  # as data from before the rule: the unit changed under the recipe
        s.execute(update(Item).where(Item.id == coffee).values(unit="pcs"))
    with pytest.raises(ValidationError) as refused:
        sell(shop, shop.kopi.id, 1)
    assert str(refused.value) == (
        "The recipe of Kopi Tubruk writes Bahan BHNKOPI in g, which does not convert to its unit pcs. A manager "
        "corrects the recipe before it is sold."
    )
    assert on_hand(shop, coffee) == (Decimal(1), 200_000)  # not 1 less 18
    with shop.db.reading() as s:
        assert s.scalar(select(func.count()).select_from(Sale)) == 0
