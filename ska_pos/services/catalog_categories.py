"""The manager's categories: adding, renaming and deactivating them, and their order on the quick buttons (the
items: services/catalog_admin.py). A category is never deleted: deactivated, it leaves the quick buttons."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ska_pos.db.models import Category, Outlet
from ska_pos.i18n import _
from ska_pos.services import audit
from ska_pos.services.actor import Actor
from ska_pos.services.catalog_admin import Choice
from ska_pos.services.errors import NotFound, ValidationError
from ska_pos.services.permissions import require_outlet, require_outlet_of, requires
from ska_pos.services.prices import till_of
from ska_pos.services.setup import check_category_name


@dataclass(frozen=True)
class CategoryRow:
    id: uuid.UUID
    name: str
    sort_order: int
    active: bool


def list_categories(session: Session, outlet_id: uuid.UUID, *, include_inactive: bool = True) -> list[CategoryRow]:
    """In the quick buttons' order (an outlet has tens of categories, not thousands)."""
    query = select(Category).where(Category.outlet_id == outlet_id).order_by(Category.sort_order, Category.name)
    if not include_inactive:
        query = query.where(Category.active)
    return [CategoryRow(c.id, c.name, c.sort_order, c.active) for c in session.scalars(query)]


@requires("category.create")
def add_category(session: Session, actor: Actor, outlet_id: uuid.UUID, name: str) -> CategoryRow:
    require_outlet(session, actor, outlet_id)
    if session.get(Outlet, outlet_id) is None:
        raise NotFound(_("Unknown outlet"))
    cleaned = _category_name(session, outlet_id, name, None)
    last = session.scalar(select(func.max(Category.sort_order)).where(Category.outlet_id == outlet_id))
    category = Category(outlet_id=outlet_id, name=cleaned, sort_order=(last or 0) + 1)
    session.add(category)
    session.flush()
    audit.record(session, "category_added", user_id=actor.user_id, entity="category", entity_id=category.id,
                 till_id=till_of(actor), name=cleaned)  # fmt: skip
    return CategoryRow(category.id, category.name, category.sort_order, category.active)


@requires("category.edit")
def rename_category(session: Session, actor: Actor, category_id: uuid.UUID, name: str) -> CategoryRow:
    require_outlet_of(session, actor, Category, category_id)
    category = _category(session, category_id)
    old = category.name
    category.name = _category_name(session, category.outlet_id, name, category.id)
    session.flush()
    audit.record(session, "category_renamed", user_id=actor.user_id, entity="category", entity_id=category.id,
                 till_id=till_of(actor), old=old, name=category.name)  # fmt: skip
    return CategoryRow(category.id, category.name, category.sort_order, category.active)


@requires("category.edit")
def set_category_active(session: Session, actor: Actor, category_id: uuid.UUID, active: bool) -> CategoryRow:
    """A deactivated category leaves the quick buttons; its items stay for sale by search and scan."""
    require_outlet_of(session, actor, Category, category_id)
    category = _category(session, category_id)
    category.active = active
    session.flush()
    audit.record(session, "category_activated" if active else "category_deactivated", user_id=actor.user_id,
                 entity="category", entity_id=category.id, till_id=till_of(actor), name=category.name)  # fmt: skip
    return CategoryRow(category.id, category.name, category.sort_order, category.active)


@requires("category.edit")
def move_category(session: Session, actor: Actor, category_id: uuid.UUID, step: int) -> list[CategoryRow]:
    """One place earlier (`step` -1) or later (+1) on the quick buttons; the outlet's order is numbered afresh."""
    require_outlet_of(session, actor, Category, category_id)
    category = _category(session, category_id)
    ordered = list(
        session.scalars(
            select(Category)
            .where(Category.outlet_id == category.outlet_id)
            .order_by(Category.sort_order, Category.name)
        )
    )
    index = ordered.index(category)
    target = max(0, min(len(ordered) - 1, index + step))
    ordered.insert(target, ordered.pop(index))
    for number, each in enumerate(ordered, start=1):
        each.sort_order = number
    session.flush()
    audit.record(session, "category_moved", user_id=actor.user_id, entity="category", entity_id=category.id,
                 till_id=till_of(actor), name=category.name, position=target + 1)  # fmt: skip
    return list_categories(session, category.outlet_id)


def _category(session: Session, category_id: uuid.UUID) -> Category:
    category = session.get(Category, category_id)
    if category is None:
        raise NotFound(_("Unknown category"))
    return category


def _category_name(session: Session, outlet_id: uuid.UUID, name: str, category_id: uuid.UUID | None) -> str:
    cleaned = " ".join(name.split())
    if not cleaned:
        raise ValidationError(_("The {what} is required", what=_("category")))
    check_category_name(cleaned)
    query = select(Category.id).where(Category.outlet_id == outlet_id, func.lower(Category.name) == cleaned.lower())
    taken = session.scalar(query)
    if taken is not None and taken != category_id:
        raise ValidationError(_("There is already a category named {name}", name=cleaned))
    return cleaned


def category_choices(session: Session, outlet_id: uuid.UUID) -> list[Choice]:
    return [Choice(row.id, row.name) for row in list_categories(session, outlet_id)]
