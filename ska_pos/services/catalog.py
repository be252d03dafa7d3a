"""Finding what an outlet sells: by barcode, SKU or name, and the workers of an outlet."""

from __future__ import annotations

import uuid

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session

from ska_pos.db.models import Barcode, Category, Item, Worker, worker_outlet
from ska_pos.i18n import _
from ska_pos.services import item_search
from ska_pos.services.errors import NotFound


def find_by_code(session: Session, outlet_id: uuid.UUID, code: str) -> Item:
    """What a scanner or a typed code names: a barcode first, then a SKU, in this outlet only."""
    code = code.strip()
    item = session.scalar(
        select(Item).join(Barcode).where(Barcode.outlet_id == outlet_id, Barcode.code == code, Item.active)
    )
    if item is None:
        item = session.scalar(select(Item).where(Item.outlet_id == outlet_id, Item.sku == code.upper(), Item.active))
    if item is None:
        raise NotFound(_("No item with barcode or SKU {code} in this outlet", code=code))
    return item


def search_items(session: Session, outlet_id: uuid.UUID, text: str, *, limit: int = 30) -> list[Item]:
    """The first page of `item_search.search_page`: exact codes, then name prefixes, then other matches."""
    return item_search.search_page(session, outlet_id, text, limit=limit).items


CategoryCursor = tuple[str, uuid.UUID]  # the name and id of the last item of a page


def items_of_category(
    session: Session, category_id: uuid.UUID, *, limit: int | None = None, after: CategoryCursor | None = None
) -> list[Item]:
    """The active items of a category by name; with `limit`, one page of them, from after `after` on."""
    query = select(Item).where(Item.category_id == category_id, Item.active)
    if after is not None:
        name, item_id = after
        query = query.where(or_(Item.name > name, and_(Item.name == name, Item.id > item_id)))
    query = query.order_by(Item.name, Item.id)
    return list(session.scalars(query if limit is None else query.limit(limit)))


def categories_of(session: Session, outlet_id: uuid.UUID) -> list[Category]:
    query = (
        select(Category)
        .where(Category.outlet_id == outlet_id, Category.active)
        .order_by(Category.sort_order, Category.name)
    )
    return list(session.scalars(query))


def workers_of(session: Session, outlet_id: uuid.UUID, *, active_only: bool = True) -> list[Worker]:
    query = (
        select(Worker)
        .join(worker_outlet, worker_outlet.c.worker_id == Worker.id)
        .where(worker_outlet.c.outlet_id == outlet_id)
        .order_by(Worker.display_name)
    )
    if active_only:
        query = query.where(Worker.active)
    return list(session.scalars(query))
