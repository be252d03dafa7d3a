"""Modifier groups of an outlet's catalogue: defining them, offering them on items or categories, and reading the
groups an item is sold with (the till's picker, and the checks of a sale).

Catalogue data, audited as catalogue changes are: a group and its options are defined in one call; a change of an
option's price or a group no longer offered is a new audit entry, never a change to a sale (sold lines keep their
own copy in `sale_line_modifier`).
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session, selectinload

from ska_pos.db.models import Category, Item, ModifierGroup, ModifierLink, ModifierOption, Outlet
from ska_pos.domain import modifiers as rules
from ska_pos.i18n import _
from ska_pos.services import audit
from ska_pos.services.actor import Actor
from ska_pos.services.errors import NotFound, ValidationError
from ska_pos.services.permissions import require_outlet, require_outlet_of, requires
from ska_pos.services.prices import till_of
from ska_pos.services.text_lengths import check_length


@dataclass(frozen=True)
class OptionForm:
    name: str
    price: int = 0
    taxed: bool = True


@dataclass(frozen=True)
class GroupForm:
    name: str
    min_choices: int
    max_choices: int
    options: tuple[OptionForm, ...]


@dataclass(frozen=True)
class GroupRow:
    """A group as the manager's list shows it: its options and where it is offered."""

    group: rules.ModifierGroup
    active: bool
    items: tuple[str, ...]
    categories: tuple[str, ...]


def groups_for_item(session: Session, item_id: uuid.UUID) -> tuple[rules.ModifierGroup, ...]:
    """The active groups offered on the item, its own and its category's, in the groups' order; active options
    only."""
    item = session.get(Item, item_id)
    if item is None:
        raise NotFound(_("This item is not for sale"))
    targets = [ModifierLink.item_id == item.id]
    if item.category_id is not None:
        targets.append(ModifierLink.category_id == item.category_id)
    linked = select(ModifierLink.group_id).where(or_(*targets))
    groups = session.scalars(
        select(ModifierGroup)
        .where(ModifierGroup.id.in_(linked), ModifierGroup.active)
        .order_by(ModifierGroup.sort_order, ModifierGroup.name)
        .options(selectinload(ModifierGroup.options))  # one query for every group's options, not one a group
    )
    return tuple(_as_rules(group) for group in groups)


def _as_rules(group: ModifierGroup) -> rules.ModifierGroup:
    options = tuple(
        rules.ModifierOption(option.id, option.name, option.price, option.taxed)
        for option in group.options
        if option.active
    )
    return rules.ModifierGroup(group.id, group.name, group.min_choices, group.max_choices, options)


def list_groups(session: Session, outlet_id: uuid.UUID) -> list[GroupRow]:
    """Every group of the outlet (an outlet has a handful, not thousands), active ones first."""
    groups = session.scalars(
        select(ModifierGroup)
        .where(ModifierGroup.outlet_id == outlet_id)
        .order_by(ModifierGroup.active.desc(), ModifierGroup.sort_order, ModifierGroup.name)
    ).all()
    rows = []
    for group in groups:
        links = session.execute(
            select(Item.name, Category.name)
            .select_from(ModifierLink)
            .outerjoin(Item, Item.id == ModifierLink.item_id)
            .outerjoin(Category, Category.id == ModifierLink.category_id)
            .where(ModifierLink.group_id == group.id)
        ).all()
        items = tuple(sorted(item for item, _category in links if item))
        categories = tuple(sorted(category for _item, category in links if category))
        rows.append(GroupRow(_as_rules(group), group.active, items, categories))
    return rows


@requires("modifier.edit")
def add_group(session: Session, actor: Actor, outlet_id: uuid.UUID, form: GroupForm) -> uuid.UUID:
    """A new group with its options, offered nowhere yet."""
    require_outlet(session, actor, outlet_id)
    if session.get(Outlet, outlet_id) is None:
        raise NotFound(_("Unknown outlet"))
    name = _check_form(form)
    same_name = func.lower(ModifierGroup.name) == name.lower()
    taken = session.scalar(select(ModifierGroup.id).where(ModifierGroup.outlet_id == outlet_id, same_name))
    if taken is not None:
        raise ValidationError(_("There is already a modifier group named {name}", name=name))
    last = session.scalar(select(func.max(ModifierGroup.sort_order)).where(ModifierGroup.outlet_id == outlet_id))
    group = ModifierGroup(outlet_id=outlet_id, name=name, min_choices=form.min_choices,
                          max_choices=form.max_choices, sort_order=(last or 0) + 1)  # fmt: skip
    group.options = [
        ModifierOption(name=option.name.strip(), price=option.price, taxed=option.taxed, sort_order=position)
        for position, option in enumerate(form.options, start=1)
    ]
    session.add(group)
    session.flush()
    audit.record(session, "modifier_group_added", user_id=_who(actor), entity="modifier_group",
                 entity_id=group.id, till_id=till_of(actor), name=name, min_choices=form.min_choices,
                 max_choices=form.max_choices, options=[_option_details(o) for o in form.options])  # fmt: skip
    return group.id


def _check_form(form: GroupForm) -> str:
    name = form.name.strip()
    if not name:
        raise ValidationError(_("Give the modifier group a name"))
    check_length(name, ModifierGroup.name, _("group name"))
    try:
        rules.check_group_limits(form.min_choices, form.max_choices, len(form.options))
    except ValueError as error:
        raise ValidationError(str(error)) from error
    names = [option.name.strip() for option in form.options]
    if any(not option for option in names):
        raise ValidationError(_("Give every option a name"))
    if len({option.lower() for option in names}) != len(names):
        raise ValidationError(_("Two options of a group cannot have the same name"))
    for option in form.options:
        check_length(option.name.strip(), ModifierOption.name, _("option name"))
        if option.price < 0:
            raise ValidationError(_("A price cannot be negative"))
    return name


def _option_details(option: OptionForm) -> dict[str, object]:
    return {"name": option.name.strip(), "price": option.price, "taxed": option.taxed}


@requires("modifier.edit")
def set_option_price(session: Session, actor: Actor, option_id: uuid.UUID, price: int, taxed: bool) -> None:
    """A new price (or tax flag) for an option, from the next line rung up; sold lines keep theirs."""
    require_outlet_of(session, actor, ModifierGroup, _group_of_option(session, option_id))
    option = session.get(ModifierOption, option_id)
    if option is None:
        raise NotFound(_("Unknown modifier option"))
    if price < 0:
        raise ValidationError(_("A price cannot be negative"))
    old = {"price": option.price, "taxed": option.taxed}
    option.price, option.taxed = price, taxed
    session.flush()
    audit.record(session, "modifier_option_priced", user_id=_who(actor), entity="modifier_option",
                 entity_id=option.id, till_id=till_of(actor), old=old, price=price, taxed=taxed)  # fmt: skip


@requires("modifier.edit")
def set_group_active(session: Session, actor: Actor, group_id: uuid.UUID, active: bool) -> None:
    """An inactive group is no longer offered at the till; sold lines keep what they were sold with."""
    require_outlet_of(session, actor, ModifierGroup, group_id)
    group = _group(session, group_id)
    group.active = active
    session.flush()
    audit.record(session, "modifier_group_activated" if active else "modifier_group_deactivated",
                 user_id=_who(actor), entity="modifier_group", entity_id=group.id, till_id=till_of(actor),
                 name=group.name)  # fmt: skip


@requires("modifier.edit")
def offer_group(
    session: Session,
    actor: Actor,
    group_id: uuid.UUID,
    *,
    item_ids: Sequence[uuid.UUID] = (),
    category_ids: Sequence[uuid.UUID] = (),
) -> None:
    """Offer the group on these items and on every item of these categories (of the group's outlet)."""
    require_outlet_of(session, actor, ModifierGroup, group_id)
    group = _group(session, group_id)
    for item_id in item_ids:
        item = session.get(Item, item_id)
        if item is None or item.outlet_id != group.outlet_id:
            raise ValidationError(_("This item is not in the group's outlet"))
    for category_id in category_ids:
        category = session.get(Category, category_id)
        if category is None or category.outlet_id != group.outlet_id:
            raise ValidationError(_("This category is not in the group's outlet"))
    links = select(ModifierLink.item_id, ModifierLink.category_id).where(ModifierLink.group_id == group.id)
    existing = {(item, category) for item, category in session.execute(links)}
    wanted: list[tuple[uuid.UUID | None, uuid.UUID | None]] = [(item, None) for item in item_ids]
    wanted += [(None, category) for category in category_ids]
    for target_item, target_category in dict.fromkeys(wanted):
        if (target_item, target_category) not in existing:
            session.add(ModifierLink(group_id=group.id, item_id=target_item, category_id=target_category))
    session.flush()
    audit.record(session, "modifier_group_offered", user_id=_who(actor), entity="modifier_group",
                 entity_id=group.id, till_id=till_of(actor), items=[str(i) for i in item_ids],
                 categories=[str(c) for c in category_ids])  # fmt: skip


@requires("modifier.edit")
def withdraw_group(session: Session, actor: Actor, group_id: uuid.UUID, *, item_id: uuid.UUID | None = None,
                   category_id: uuid.UUID | None = None) -> None:  # fmt: skip
    """No longer offer the group on that item or category (the link is catalogue data, not a sale)."""
    require_outlet_of(session, actor, ModifierGroup, group_id)
    group = _group(session, group_id)
    on_item = ModifierLink.item_id.is_(None) if item_id is None else ModifierLink.item_id == item_id
    on_category = ModifierLink.category_id.is_(None) if category_id is None else ModifierLink.category_id == category_id
    link = session.scalar(select(ModifierLink).where(ModifierLink.group_id == group.id, on_item, on_category))
    if link is None:
        raise NotFound(_("The group is not offered there"))
    session.delete(link)
    session.flush()
    audit.record(session, "modifier_group_withdrawn", user_id=_who(actor), entity="modifier_group",
                 entity_id=group.id, till_id=till_of(actor), item=str(item_id or ""),
                 category=str(category_id or ""))  # fmt: skip


def _who(actor: Actor) -> uuid.UUID | None:
    """The user an audit entry names: none for the seeding actor (the demo), which is no user."""
    return None if actor.system else actor.user_id


def _group(session: Session, group_id: uuid.UUID) -> ModifierGroup:
    group = session.get(ModifierGroup, group_id)
    if group is None:
        raise NotFound(_("Unknown modifier group"))
    return group


def choose_for_item(
    session: Session, item_id: uuid.UUID, option_ids: Sequence[uuid.UUID]
) -> tuple[rules.ChosenModifier, ...]:
    """The options chosen for a line of the item, checked against the item's groups as they are now."""
    try:
        return rules.choose(groups_for_item(session, item_id), option_ids)
    except ValueError as error:
        raise ValidationError(str(error)) from error


def _group_of_option(session: Session, option_id: uuid.UUID) -> uuid.UUID | None:
    return session.scalar(select(ModifierOption.group_id).where(ModifierOption.id == option_id))
