"""The manager's catalogue items: adding, editing and deactivating them (categories: services/catalog_categories.py).

Items a sale names are never deleted: an item leaves the till by being deactivated. A price in the item form is a
price change (services/prices.py): it keeps the history and may take effect from a later day.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import Date, and_, literal, or_, select
from sqlalchemy.orm import Session

from ska_pos.db.models import (
    Barcode,
    Category,
    Item,
    ItemPrice,
    Outlet,
    OwnBarcode,
    StockMovement,
    Worker,
    worker_outlet,
)
from ska_pos.i18n import _
from ska_pos.services import audit, item_search
from ska_pos.services.actor import Actor
from ska_pos.services.errors import NotFound, ValidationError
from ska_pos.services.permissions import require_outlet, require_outlet_of, requires
from ska_pos.services.prices import day_price, outlet_today, price_on, record_price, till_of
from ska_pos.services.salon.durations import check_minutes, store_duration, stored_minutes
from ska_pos.services.setup import (
    check_item_fields,
    check_item_texts,
    check_min_quantity,
    clean_code,
)
from ska_pos.services.stock.recipe_unit_guard import refusal, units_recipes_break


@dataclass(frozen=True)
class ItemForm:
    sku: str
    name: str
    price: int
    kind: str = "product"
    unit: str = "pcs"
    category_id: uuid.UUID | None = None
    barcodes: tuple[str, ...] = ()
    min_quantity: Decimal | None = None
    track_stock: bool = False
    maker_worker_id: uuid.UUID | None = None
    price_from: date | None = None  # when the price in the form takes effect; None: today
    duration_min: int | None = None  # a service's minutes (the salon's day); None: as they are


@dataclass(frozen=True)
class ItemRow:
    """One line of the manager's item list, priced for today."""

    id: uuid.UUID
    sku: str
    name: str
    category: str
    price: int
    active: bool


@dataclass(frozen=True)
class ItemDetail:
    id: uuid.UUID
    outlet_id: uuid.UUID
    sku: str
    name: str
    price: int  # today's
    kind: str
    unit: str
    category_id: uuid.UUID | None
    barcodes: tuple[str, ...]
    min_quantity: Decimal | None
    track_stock: bool
    maker_worker_id: uuid.UUID | None
    active: bool
    duration_min: int | None = None  # its own minutes; None: the default (services/salon/durations.py)


@dataclass(frozen=True)
class Choice:
    id: uuid.UUID
    name: str


ListCursor = tuple[str, uuid.UUID] | item_search.SearchCursor


@dataclass(frozen=True)
class ItemPage:
    rows: list[ItemRow]
    next: ListCursor | None


def list_items(
    session: Session,
    outlet_id: uuid.UUID,
    text: str = "",
    *,
    category_id: uuid.UUID | None = None,
    active: bool | None = None,
    limit: int = 50,
    after: ListCursor | None = None,
) -> ItemPage:
    """A page of the outlet's items: found by `item_search` when there is a text, else by name; never all of them."""
    today = outlet_today(session, outlet_id)
    if text.strip():
        cursor = after if isinstance(after, item_search.SearchCursor) else None
        found = item_search.search_page(
            session, outlet_id, text, limit=limit, after=cursor, category_id=category_id, active=active
        )
        return ItemPage(_rows(session, [item.id for item in found.items], today), found.next)
    query = select(Item.id, Item.name).where(Item.outlet_id == outlet_id)
    if category_id is not None:
        query = query.where(Item.category_id == category_id)
    if active is not None:
        query = query.where(Item.active == active)
    if isinstance(after, tuple):
        name, item_id = after
        query = query.where(or_(Item.name > name, and_(Item.name == name, Item.id > item_id)))
    found_ids = session.execute(query.order_by(Item.name, Item.id).limit(limit + 1)).all()
    page = found_ids[:limit]
    more = (page[-1].name, page[-1].id) if len(found_ids) > limit else None
    return ItemPage(_rows(session, [row.id for row in page], today), more)


def _rows(session: Session, item_ids: list[uuid.UUID], today: date) -> list[ItemRow]:
    if not item_ids:
        return []
    query = (
        select(Item.id, Item.sku, Item.name, Category.name, day_price(literal(today, Date())), Item.active)
        .outerjoin(Category, Category.id == Item.category_id)
        .where(Item.id.in_(item_ids))
    )
    found = {
        row[0]: ItemRow(row[0], row[1], row[2], row[3] or "", int(row[4]), row[5]) for row in session.execute(query)
    }
    return [found[item_id] for item_id in item_ids if item_id in found]


def get_item(session: Session, item_id: uuid.UUID) -> ItemDetail:
    item = _item(session, item_id)
    barcodes = tuple(sorted(session.scalars(select(Barcode.code).where(Barcode.item_id == item.id))))
    today = outlet_today(session, item.outlet_id)
    return ItemDetail(item.id, item.outlet_id, item.sku, item.name, price_on(session, item.id, today), item.kind,
                      item.unit, item.category_id, barcodes, item.min_quantity, item.track_stock,
                      item.maker_worker_id, item.active, stored_minutes(session, item.id))  # fmt: skip


@requires("item.create")
def add_item(session: Session, actor: Actor, outlet_id: uuid.UUID, form: ItemForm) -> ItemDetail:
    require_outlet(session, actor, outlet_id)
    outlet = session.get(Outlet, outlet_id)
    if outlet is None:
        raise NotFound(_("Unknown outlet"))
    sku, barcodes = _checked(session, outlet_id, form, None)
    today = outlet_today(session, outlet_id)
    if (form.price_from or today) != today:  # a new item's first price is today's; a later one is a change
        raise ValidationError(_("A new item's price takes effect today; change it later for another day"))
    item = Item(outlet_id=outlet_id, sku=sku, **_fields(form), price=form.price)
    item.barcodes = [Barcode(outlet_id=outlet_id, code=code) for code in barcodes]
    session.add(item)
    session.flush()
    session.add(ItemPrice(item_id=item.id, price=form.price, effective_from=today,
                          created_by_id=None if actor.system else actor.user_id))  # fmt: skip
    session.flush()
    if form.duration_min is not None:
        store_duration(session, actor.user_id, item.id, form.duration_min)
    audit.record(session, "item_added", user_id=actor.user_id, entity="item", entity_id=item.id,
                 till_id=till_of(actor), sku=sku, price=form.price)  # fmt: skip
    return get_item(session, item.id)


@requires("item.edit")
def edit_item(session: Session, actor: Actor, item_id: uuid.UUID, form: ItemForm) -> ItemDetail:
    """The item's details; a price other than the one in effect on `form.price_from` is a price change."""
    require_outlet_of(session, actor, Item, item_id)
    item = _item(session, item_id)
    sku, barcodes = _checked(session, item.outlet_id, form, item.id)
    _refuse_unit_change_of_stock(session, item, form.unit)
    item.sku = sku
    for name, value in _fields(form).items():
        setattr(item, name, value)
    kept = {barcode.code: barcode for barcode in item.barcodes}
    item.barcodes = [kept.get(code) or Barcode(outlet_id=item.outlet_id, code=code) for code in barcodes]
    session.flush()
    day = form.price_from or outlet_today(session, item.outlet_id)
    if form.price != price_on(session, item.id, day):
        record_price(session, actor, item, form.price, day)
    if form.duration_min is not None:
        store_duration(session, actor.user_id, item.id, form.duration_min)
    audit.record(session, "item_edited", user_id=actor.user_id, entity="item", entity_id=item.id,
                 till_id=till_of(actor), sku=sku)  # fmt: skip
    return get_item(session, item.id)


@requires("item.edit")
def set_item_active(session: Session, actor: Actor, item_id: uuid.UUID, active: bool) -> ItemDetail:
    """A deactivated item is no longer sold; its sales keep naming it."""
    require_outlet_of(session, actor, Item, item_id)
    item = _item(session, item_id)
    item.active = active
    session.flush()
    audit.record(session, "item_activated" if active else "item_deactivated", user_id=actor.user_id,
                 entity="item", entity_id=item.id, till_id=till_of(actor), sku=item.sku)  # fmt: skip
    return get_item(session, item.id)


def _refuse_unit_change_of_stock(session: Session, item: Item, unit: str) -> None:
    """The stock ledger and the average cost are in the item's unit: 2 l of milk at Rp21.000 would read 2 ml at
    Rp21.000 a millilitre after a change, and a recipe's 150 ml would cost Rp3.150.000. An item never moved may, as
    long as the recipes that use it still convert (services/stock/recipe_unit_guard.py)."""
    if unit == item.unit:
        return
    if session.scalar(select(StockMovement.id).where(StockMovement.item_id == item.id).limit(1)) is not None:
        raise ValidationError(_("{name} has stock kept in {unit}: its unit cannot change. Make a new item for the "
                                "other unit.", name=item.name, unit=item.unit))  # fmt: skip
    broken = units_recipes_break(session, {item.id: unit})
    if broken:
        raise ValidationError(refusal(item.name, broken[item.id], unit))


def _checked(
    session: Session, outlet_id: uuid.UUID, form: ItemForm, item_id: uuid.UUID | None
) -> tuple[str, list[str]]:
    check_item_fields(form.kind, form.unit, form.price)
    check_item_texts(form.sku, form.name, form.barcodes)
    check_min_quantity(form.min_quantity)
    if form.duration_min is not None:
        check_minutes(form.duration_min)
    if not form.name.strip():
        raise ValidationError(_("The {what} is required", what=_("item name")))
    sku = clean_code(form.sku)
    taken = session.scalar(select(Item.name).where(Item.outlet_id == outlet_id, Item.sku == sku, Item.id != item_id))
    if taken is not None:
        raise ValidationError(_("The SKU {sku} is already used by {name}", sku=sku, name=taken))
    barcodes = [code.strip() for code in form.barcodes if code.strip()]
    seen: set[str] = set()
    for code in barcodes:
        if code in seen:
            raise ValidationError(_("The barcode {code} is entered twice", code=code))
        seen.add(code)
    if barcodes:
        owners = select(Barcode.code, Item.name).join(Item, Item.id == Barcode.item_id)
        owners = owners.where(Barcode.outlet_id == outlet_id, Barcode.code.in_(barcodes))
        for code, name in session.execute(owners.where(Barcode.item_id != item_id) if item_id else owners):
            raise ValidationError(_("The barcode {code} already belongs to {name}", code=code, name=name))
        _check_not_issued_elsewhere(session, outlet_id, barcodes, item_id)
    if form.category_id is not None:
        category = session.get(Category, form.category_id)
        if category is None or category.outlet_id != outlet_id:
            raise NotFound(_("Unknown category"))
    if form.maker_worker_id is not None and form.maker_worker_id not in _outlet_worker_ids(session, outlet_id):
        raise ValidationError(_("The maker must be a worker of this outlet"))
    return sku, barcodes


def _check_not_issued_elsewhere(
    session: Session, outlet_id: uuid.UUID, barcodes: list[str], item_id: uuid.UUID | None
) -> None:
    """A number of the sentra's own range stays its item's, even after the item dropped it (services/own_barcodes)."""
    issued = (
        select(OwnBarcode.code, Item.name)
        .join(Item, Item.id == OwnBarcode.item_id)
        .join(Outlet, Outlet.sentra_id == OwnBarcode.sentra_id)
        .where(Outlet.id == outlet_id, OwnBarcode.code.in_(barcodes))
    )
    for code, name in session.execute(issued if item_id is None else issued.where(OwnBarcode.item_id != item_id)):
        raise ValidationError(
            _(
                "The barcode {code} was given to {name}: a number of the sentra's own range is never given twice",
                code=code,
                name=name,
            )
        )


def _fields(form: ItemForm) -> dict[str, object]:
    return {"name": " ".join(form.name.split()), "kind": form.kind, "unit": form.unit,
            "category_id": form.category_id, "min_quantity": form.min_quantity, "track_stock": form.track_stock,
            "maker_worker_id": form.maker_worker_id}  # fmt: skip


def _outlet_worker_ids(session: Session, outlet_id: uuid.UUID) -> set[uuid.UUID]:
    return set(session.scalars(select(worker_outlet.c.worker_id).where(worker_outlet.c.outlet_id == outlet_id)))


def _item(session: Session, item_id: uuid.UUID) -> Item:
    item = session.get(Item, item_id)
    if item is None:
        raise NotFound(_("No such item"))
    return item


def maker_choices(session: Session, outlet_id: uuid.UUID) -> list[Choice]:
    """The outlet's active workers, who can be an item's default maker."""
    query = (
        select(Worker.id, Worker.display_name)
        .join(worker_outlet, worker_outlet.c.worker_id == Worker.id)
        .where(worker_outlet.c.outlet_id == outlet_id, Worker.active)
        .order_by(Worker.display_name)
    )
    return [Choice(*row) for row in session.execute(query)]


# Categories
