"""Modifier groups from a file (the command line's `ska-pos import modifiers`, and the demo café): a JSON list of
groups, each offered on categories (by name) and items (by SKU or name) of one outlet.

    [{"group": "Gula", "min": 1, "max": 1,
      "options": [{"name": "Normal"}, {"name": "Sedikit gula"}, {"name": "Besar", "price": 5000, "taxed": true}],
      "categories": ["Minuman"], "items": ["KFE005", "Es Kopi Susu"]}]

Every group is checked before the first is written; each is written and audited as the manager's screen would.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from ska_pos.db.models import Category, Item
from ska_pos.i18n import _
from ska_pos.services import modifiers
from ska_pos.services.actor import Actor
from ska_pos.services.errors import ValidationError
from ska_pos.services.modifiers import GroupForm, OptionForm
from ska_pos.services.permissions import require_outlet, requires


@dataclass(frozen=True)
class GroupSpec:
    form: GroupForm
    categories: tuple[str, ...] = ()
    items: tuple[str, ...] = ()  # SKUs or names


def read_modifier_file(path: Path) -> list[GroupSpec]:
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        raise ValidationError(_("Cannot read {file}: {reason}", file=path.name, reason=str(error))) from error
    return group_specs(raw)


def group_specs(raw: object) -> list[GroupSpec]:
    """The groups of a file's parsed JSON (or the demo's own list, in the same shape)."""
    if not isinstance(raw, list):
        raise ValidationError(_("The file must hold a list of modifier groups"))
    return [_spec(number, entry) for number, entry in enumerate(raw, start=1)]


def _spec(number: int, entry: Any) -> GroupSpec:
    try:
        options = tuple(
            OptionForm(str(option["name"]), int(option.get("price", 0)), bool(option.get("taxed", True)))
            for option in entry["options"]
        )
        form = GroupForm(str(entry["group"]), int(entry.get("min", 0)), int(entry.get("max", 1)), options)
        return GroupSpec(form, tuple(map(str, entry.get("categories", ()))), tuple(map(str, entry.get("items", ()))))
    except (KeyError, TypeError, ValueError, AttributeError) as error:
        raise ValidationError(_("Modifier group {number} of the file is not complete", number=number)) from error


@requires("modifier.edit")
def import_modifier_groups(
    session: Session, actor: Actor, outlet_id: uuid.UUID, specs: Sequence[GroupSpec]
) -> list[uuid.UUID]:
    """Each group added and offered where its spec says; a name no category or item has refuses the whole file."""
    require_outlet(session, actor, outlet_id)
    targets = [(_categories(session, outlet_id, s.categories), _items(session, outlet_id, s.items)) for s in specs]
    added = []
    for spec, (category_ids, item_ids) in zip(specs, targets, strict=True):
        group_id = modifiers.add_group(session, actor, outlet_id, spec.form)
        modifiers.offer_group(session, actor, group_id, item_ids=item_ids, category_ids=category_ids)
        added.append(group_id)
    return added


def _categories(session: Session, outlet_id: uuid.UUID, names: Sequence[str]) -> list[uuid.UUID]:
    query = select(Category.name, Category.id).where(Category.outlet_id == outlet_id, Category.name.in_(names))
    found = dict(session.execute(query).all())
    missing = [name for name in names if name not in found]
    if missing:
        raise ValidationError(_("No category named {names} in this outlet", names=", ".join(missing)))
    return [found[name] for name in names]


def _items(session: Session, outlet_id: uuid.UUID, keys: Sequence[str]) -> list[uuid.UUID]:
    named = or_(Item.sku.in_(keys), Item.name.in_(keys))
    rows = session.execute(select(Item.sku, Item.name, Item.id).where(Item.outlet_id == outlet_id, named)).all()
    found = {sku: item_id for sku, _name, item_id in rows} | {name: item_id for _sku, name, item_id in rows}
    missing = [key for key in keys if key not in found]
    if missing:
        raise ValidationError(_("No item with the SKU or name {names} in this outlet", names=", ".join(missing)))
    return [found[key] for key in keys]
