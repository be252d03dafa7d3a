"""A recipe as its editor shows it: the item sold and each ingredient with its quantity, the unit it is written in
and the units it may be written in (domain/recipe_units.py). Saving goes through `recipes.import_recipes`."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ska_pos.db.models import Item, RecipeLine
from ska_pos.domain.recipe_units import units_for
from ska_pos.i18n import _
from ska_pos.services.errors import ValidationError


@dataclass(frozen=True)
class RecipePart:
    sku: str
    name: str
    quantity: Decimal
    unit: str
    units: tuple[str, ...]  # the ingredient's stock unit first, then the smaller ones


@dataclass(frozen=True)
class EditableRecipe:
    sku: str
    name: str
    parts: list[RecipePart]


def editable_recipe(session: Session, outlet_id: uuid.UUID, wanted: str) -> EditableRecipe:
    """The recipe of the outlet's item with that SKU (or name), by ingredient name; an item with none has none."""
    item = _item(session, outlet_id, wanted)
    rows = session.execute(
        select(Item.sku, Item.name, RecipeLine.quantity, RecipeLine.unit, Item.unit)
        .join(Item, Item.id == RecipeLine.ingredient_id)
        .where(RecipeLine.item_id == item.id)
        .order_by(Item.name)
    )  # fmt: skip
    parts = [RecipePart(sku, name, quantity, unit, tuple(units_for(stock_unit)))
             for sku, name, quantity, unit, stock_unit in rows]  # fmt: skip
    return EditableRecipe(item.sku, item.name, parts)


def ingredient(session: Session, outlet_id: uuid.UUID, wanted: str) -> RecipePart:
    """An ingredient to add: a tracked product of the outlet, offered in its stock unit."""
    item = _item(session, outlet_id, wanted)
    if not item.track_stock or item.kind != "product":
        raise ValidationError(_("The stock of {name} is not tracked", name=item.name))
    return RecipePart(item.sku, item.name, Decimal(0), item.unit, tuple(units_for(item.unit)))


def _item(session: Session, outlet_id: uuid.UUID, wanted: str) -> Item:
    text = wanted.strip()
    item = session.scalar(select(Item).where(Item.outlet_id == outlet_id, Item.sku == text.upper())) or session.scalar(
        select(Item).where(Item.outlet_id == outlet_id, func.lower(Item.name) == text.lower()).limit(1)
    )
    if item is None:
        raise ValidationError(_("No item {sku} at this outlet", sku=wanted))
    return item
