"""Recipes for the café: what a sold item uses up of its ingredients (a cup of kopi susu takes 18 g of coffee and
150 ml of milk), posted as `recipe` movements with the sale, in its transaction, and given back with a void or a
refund. The ingredients' moving average is frozen onto those movements, which carry the sale line's id: the line's
cost (the margin report's) is the sum of its movements, so a cup's cost is what its ingredients cost.

A recipe file (`ska-pos import recipes FILE --outlet CODE`) is JSON:

    [{"item": "KFE005", "ingredients": [{"item": "BHNKOPI", "quantity": "18", "unit": "g"},
                                         {"item": "BHNSKM", "quantity": "30", "unit": "g"}]}]

An ingredient is written in its stock unit or a smaller one that converts exactly (domain/recipe_units.py).
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from sqlalchemy import bindparam, delete, select
from sqlalchemy.orm import Session

from ska_pos.db.models import Item, RecipeLine, StockMovement
from ska_pos.db.prepared import PreparedSelect
from ska_pos.domain.money import format_quantity
from ska_pos.domain.recipe_units import factor, units_for
from ska_pos.i18n import _, current_language
from ska_pos.services import audit
from ska_pos.services.actor import Actor
from ska_pos.services.errors import ValidationError
from ska_pos.services.permissions import require_outlet, requires
from ska_pos.services.stock.ledger import Movement

_THOUSANDTH = Decimal("0.001")
MOST_PER_UNIT = Decimal(1_000_000)  # of the written unit, for one item sold: more is a slip of the finger


@dataclass(frozen=True)
class Ingredient:
    sku: str
    quantity: Decimal
    unit: str


@dataclass(frozen=True)
class RecipeSpec:
    sku: str  # the item sold (its SKU or its name)
    ingredients: tuple[Ingredient, ...]


_RECIPES = PreparedSelect(  # run by every sale (db/prepared.py)
    select(RecipeLine.item_id, RecipeLine.ingredient_id, RecipeLine.quantity, RecipeLine.unit, Item.unit, Item.name)
    .join(Item, Item.id == RecipeLine.ingredient_id)
    .where(RecipeLine.item_id.in_(bindparam("items", expanding=True)))
)
_USED = select(
    StockMovement.sale_line_id, StockMovement.item_id, StockMovement.quantity, StockMovement.unit_cost
).where(StockMovement.sale_line_id.in_(bindparam("lines", expanding=True)), StockMovement.kind == "recipe")


Recipes = dict[uuid.UUID, list[tuple[uuid.UUID, Decimal]]]
"""Per item sold, its ingredients and how much of each (in the ingredient's stock unit) one unit uses up."""


def recipes_of(session: Session, item_ids: Sequence[uuid.UUID]) -> Recipes:
    """The recipes of a cart's items: one query for the whole cart, whatever its length.

    A recipe line whose unit no longer converts to its ingredient's (written before recipe_unit_guard.py refused
    such a unit change) is refused, not taken as written: 18 g of coffee never leaves stock as 18 pieces."""
    found: Recipes = {}
    rows = _RECIPES.all(session.connection(), {"items": list(set(item_ids))})
    for item_id, ingredient_id, quantity, unit, stock_unit, ingredient_name in rows:
        ratio = factor(unit, stock_unit)
        if ratio is None:
            sold = session.scalar(select(Item.name).where(Item.id == item_id))
            raise ValidationError(_("The recipe of {item} writes {name} in {unit}, which does not convert to its unit "
                                    "{stock_unit}. A manager corrects the recipe before it is sold.", item=sold,
                                    name=ingredient_name, unit=unit, stock_unit=stock_unit))  # fmt: skip
        found.setdefault(item_id, []).append((ingredient_id, quantity * ratio))
    return found


def ingredients(recipes: Recipes) -> set[uuid.UUID]:
    return {ingredient_id for parts in recipes.values() for ingredient_id, _per_unit in parts}


def consumption(outlet_id: uuid.UUID, lines: Sequence[dict[str, Any]], recipes: Recipes) -> list[Movement]:
    """The ingredients a sale's lines use up, to the thousandth of the stock unit."""
    return [
        Movement(ingredient_id, outlet_id, "recipe", -_thousandths(per_unit * line["quantity"]),
                 sale_line_id=line["id"])
        for line in lines
        for ingredient_id, per_unit in recipes.get(line["item_id"], ())
    ]  # fmt: skip


def given_back(
    session: Session, outlet_id: uuid.UUID, kind: str, reason: str,
    reversed_lines: Sequence[tuple[uuid.UUID, Decimal, uuid.UUID, Decimal]],
) -> list[Movement]:  # fmt: skip
    """What a void or refund puts back of the ingredients its lines used: per (sold line, quantity sold, new line,
    quantity reversed), that share of each ingredient, at the cost frozen when it was used."""
    if not reversed_lines:
        return []
    used: dict[uuid.UUID | None, list[tuple[uuid.UUID, Decimal, int]]] = {}
    rows = session.connection().execute(_USED, {"lines": [sold for sold, *_rest in reversed_lines]})
    for line_id, ingredient_id, quantity, cost in rows:
        used.setdefault(line_id, []).append((ingredient_id, -quantity, cost))
    return [
        Movement(ingredient_id, outlet_id, kind, _thousandths(took * back / sold_quantity), cost, reason=reason,
                 sale_line_id=new_line)
        for sold, sold_quantity, new_line, back in reversed_lines
        for ingredient_id, took, cost in used.get(sold, ())
    ]  # fmt: skip


@requires("recipe.edit")
def import_recipes(session: Session, actor: Actor, outlet_id: uuid.UUID, specs: Sequence[RecipeSpec]) -> int:
    """Each item named gets exactly the ingredients given (an empty list takes its recipe away). Everything is
    checked before the first write. Returns how many items' recipes were written."""
    require_outlet(session, actor, outlet_id)
    by_key = _items(session, outlet_id)
    written: list[tuple[Any, list[tuple[Any, Ingredient]]]] = []
    for spec in specs:
        item = by_key.get(spec.sku.strip().upper()) or by_key.get(spec.sku.strip().casefold())
        if item is None:
            raise ValidationError(_("No item {sku} at this outlet", sku=spec.sku))
        parts = []
        for part in spec.ingredients:
            ingredient = by_key.get(part.sku.strip().upper()) or by_key.get(part.sku.strip().casefold())
            if ingredient is None:
                raise ValidationError(_("No item {sku} at this outlet", sku=part.sku))
            if ingredient.id == item.id:
                raise ValidationError(_("{name} cannot be its own ingredient", name=item.name))
            if not ingredient.track_stock or ingredient.kind != "product":
                raise ValidationError(_("The stock of {name} is not tracked", name=ingredient.name))
            if factor(part.unit, ingredient.unit) is None:
                raise ValidationError(_("Write {name} in {units}", name=ingredient.name,
                                        units=" / ".join(units_for(ingredient.unit))))  # fmt: skip
            # finite and bounded first: NaN cannot be compared, 1e30 cannot be quantized, 1e20 overflows the column
            if not part.quantity.is_finite() or part.quantity <= 0:
                raise ValidationError(_("An ingredient's quantity must be more than 0, to the thousandth"))
            if part.quantity > MOST_PER_UNIT:
                raise ValidationError(_("An ingredient's quantity can be at most {quantity}",
                                        quantity=format_quantity(MOST_PER_UNIT, current_language())))  # fmt: skip
            if part.quantity != part.quantity.quantize(_THOUSANDTH):
                raise ValidationError(_("An ingredient's quantity must be more than 0, to the thousandth"))
            parts.append((ingredient, part))
        if len({ingredient.id for ingredient, _part in parts}) != len(parts):
            raise ValidationError(_("{name} names an ingredient twice", name=item.name))
        written.append((item, parts))
    for item, parts in written:
        session.execute(delete(RecipeLine).where(RecipeLine.item_id == item.id))
        session.add_all([RecipeLine(item_id=item.id, ingredient_id=ingredient.id, quantity=part.quantity,
                                    unit=part.unit) for ingredient, part in parts])  # fmt: skip
        session.flush()
        used = {ingredient.sku: f"{part.quantity:f} {part.unit}" for ingredient, part in parts}
        audit.record(session, "recipe.set", user_id=actor.user_id, entity="item", entity_id=item.id, ingredients=used)
    return len(written)


def recipe_of(session: Session, item_id: uuid.UUID) -> list[tuple[str, str, Decimal, str]]:
    """An item's ingredients as (SKU, name, quantity, unit), by name."""
    rows = session.execute(
        select(Item.sku, Item.name, RecipeLine.quantity, RecipeLine.unit)
        .join(Item, Item.id == RecipeLine.ingredient_id)
        .where(RecipeLine.item_id == item_id)
        .order_by(Item.name)
    )  # fmt: skip
    return [(sku, name, quantity, unit) for sku, name, quantity, unit in rows]


def read_recipe_file(path: Path) -> list[RecipeSpec]:
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        raise ValidationError(_("Cannot read {file}: {reason}", file=path.name, reason=str(error))) from error
    return recipe_specs(raw)


def recipe_specs(raw: object) -> list[RecipeSpec]:
    """The recipes of a file's parsed JSON (or the demo's own list, in the same shape)."""
    if not isinstance(raw, list):
        raise ValidationError(_("The file must hold a list of recipes"))
    specs = []
    for number, entry in enumerate(raw, start=1):
        try:
            ingredients = tuple(Ingredient(str(part["item"]), Decimal(str(part["quantity"])), str(part["unit"]))
                                for part in entry["ingredients"])  # fmt: skip
            specs.append(RecipeSpec(str(entry["item"]), ingredients))
        except (KeyError, TypeError, InvalidOperation) as error:
            raise ValidationError(_("Recipe {number} is not complete: {reason}", number=number,
                                    reason=str(error))) from error  # fmt: skip
    return specs


def _items(session: Session, outlet_id: uuid.UUID) -> dict[str, Any]:
    """The outlet's items by SKU (upper case) and by name (folded)."""
    found: dict[str, Any] = {}
    for row in session.execute(select(Item.id, Item.sku, Item.name, Item.unit, Item.track_stock, Item.kind)
                               .where(Item.outlet_id == outlet_id)):  # fmt: skip
        found.setdefault(row.name.casefold(), row)
        found[row.sku.upper()] = row
    return found


def _thousandths(quantity: Decimal) -> Decimal:
    return quantity.quantize(_THOUSANDTH, ROUND_HALF_UP)
