"""The café's kopi with a recipe: ground coffee and condensed milk kept by the kilogram, received at a cost."""

from __future__ import annotations

import uuid
from decimal import Decimal

from shop import Shop, act_as

from ska_pos.services import setup
from ska_pos.services.stock import recipes
from ska_pos.services.stock.recipes import Ingredient, RecipeSpec
from stock.helpers import receive, supplier


def kopi_with_recipe(shop: Shop) -> tuple[uuid.UUID, uuid.UUID]:
    """Coffee (1 kg at Rp200.000) and condensed milk (2 kg at Rp40.000) in stock; a cup of kopi takes 18 g and 30 g."""
    manager = act_as(shop, "manager")
    with shop.db.transaction() as s:
        cafe = s.merge(shop.cafe)
        coffee = setup.create_item(s, manager, cafe, "BHNKOPI", "Kopi bubuk", 0, unit="kg", track_stock=True).id
        milk = setup.create_item(s, manager, cafe, "BHNSKM", "Susu kental manis", 0, unit="kg", track_stock=True).id
    tani = supplier(shop)
    receive(shop, tani, coffee, 1, 200_000)
    receive(shop, tani, milk, 2, 40_000)
    with shop.db.transaction() as s:
        recipes.import_recipes(s, manager, shop.cafe.id, [RecipeSpec("KOPI", (
            Ingredient("BHNKOPI", Decimal(18), "g"), Ingredient("Susu kental manis", Decimal(30), "g")))])  # fmt: skip
    return coffee, milk
