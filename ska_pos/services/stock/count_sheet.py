"""A stock take's count sheet as plain data: the tracked items it covers, by category (the shelf), each with its code
and first barcode; the PDF is `reports.count_sheet`."""

from __future__ import annotations

import uuid

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ska_pos.db.models import Barcode, Category, Item, Outlet, StockCount
from ska_pos.i18n import _
from ska_pos.reports.stock_models import CountSheet, SheetGroup, SheetLine
from ska_pos.services.errors import NotFound


def count_sheet(session: Session, count_id: uuid.UUID) -> CountSheet:
    row = session.execute(
        select(StockCount.outlet_id, StockCount.category_id, StockCount.started_at, Outlet.name, Outlet.code,
               Outlet.timezone, Category.name)
        .join(Outlet, Outlet.id == StockCount.outlet_id)
        .outerjoin(Category, Category.id == StockCount.category_id)
        .where(StockCount.id == count_id)
    ).first()  # fmt: skip
    if row is None:
        raise NotFound(_("Unknown stock take"))
    outlet_id, category_id, started_at, outlet_name, code, zone, covers = row
    first_barcode = select(func.min(Barcode.code)).where(Barcode.item_id == Item.id).correlate(Item).scalar_subquery()
    query = (
        select(Category.name, Item.sku, first_barcode, Item.name, Item.unit)
        .outerjoin(Category, Category.id == Item.category_id)
        .where(Item.outlet_id == outlet_id, Item.track_stock, Item.kind == "product", Item.active)
        .order_by(Category.name.is_(None), Category.name, Item.name, Item.sku)
    )  # fmt: skip
    if category_id is not None:
        query = query.where(Item.category_id == category_id)
    groups: list[SheetGroup] = []
    for category, sku, barcode, name, unit in session.execute(query):
        if not groups or groups[-1].category != (category or ""):
            groups.append(SheetGroup(category or "", []))
        groups[-1].lines.append(SheetLine(sku, barcode or "", name, unit))
    return CountSheet(outlet_name, code, covers or "", started_at, zone, groups)
