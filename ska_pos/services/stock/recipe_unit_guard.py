"""An ingredient's unit and its recipes must keep converting (domain/recipe_units.py): 18 g of coffee kept by the
kilogram is 0.018 kg, but the same 18 g of an item made pieces would be nothing the till can take from stock. The
item form and the catalogue import refuse such a unit change; a sale that meets one anyway (data written before
this rule) is refused by `recipes.recipes_of`."""

from __future__ import annotations

import uuid
from collections.abc import Mapping

from sqlalchemy import select
from sqlalchemy.orm import Session

from ska_pos.db.models import RecipeLine
from ska_pos.domain.recipe_units import factor
from ska_pos.i18n import _

_CHUNK = 500  # keys per IN (...): well inside SQLite's and PostgreSQL's bound-parameter limits


def units_recipes_break(session: Session, new_units: Mapping[uuid.UUID, str]) -> dict[uuid.UUID, list[str]]:
    """Per item given a new unit, the units its recipes write it in that would not convert to that unit (items
    whose recipes all still convert, or that are no ingredient, are absent)."""
    written: dict[uuid.UUID, set[str]] = {}
    ids = list(new_units)
    for start in range(0, len(ids), _CHUNK):
        rows = session.execute(select(RecipeLine.ingredient_id, RecipeLine.unit).distinct()
                               .where(RecipeLine.ingredient_id.in_(ids[start : start + _CHUNK])))  # fmt: skip
        for ingredient_id, unit in rows:
            written.setdefault(ingredient_id, set()).add(unit)
    broken = {
        item_id: sorted(unit for unit in units if factor(unit, new_units[item_id]) is None)
        for item_id, units in written.items()
    }
    return {item_id: units for item_id, units in broken.items() if units}


def refusal(name: str, written_units: list[str], unit: str) -> str:
    return _("{name} is used in recipes written in {units}: its unit cannot change to {unit}. Correct those recipes "
             "first, or make a new item for the other unit.", name=name, units=" / ".join(written_units),
             unit=unit)  # fmt: skip
