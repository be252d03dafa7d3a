"""The catalogue out of the database: a CSV or XLSX file with the columns `ska-pos import catalog` reads (so an
export re-imports unchanged), and the plain data of a printable price list. Items are read a page at a time."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import Date, literal, select
from sqlalchemy.orm import Session

from ska_pos.db.models import Barcode, Category, Item, Outlet, ServiceDuration, Worker
from ska_pos.i18n import _
from ska_pos.reports.price_list_model import PriceList, PriceListItem, PriceListSection
from ska_pos.services import export_files
from ska_pos.services.actor import Actor
from ska_pos.services.catalog_file import OPTIONAL_COLUMNS, REQUIRED_COLUMNS
from ska_pos.services.errors import NotFound
from ska_pos.services.permissions import require_outlet
from ska_pos.services.prices import day_price, outlet_today

COLUMNS = (*REQUIRED_COLUMNS, *OPTIONAL_COLUMNS)
PAGE = 1_000


def catalog_rows(session: Session, outlet_id: uuid.UUID) -> Iterator[tuple[Any, ...]]:
    """Every item of the outlet (inactive ones too) in `COLUMNS` order, by SKU, today's price."""
    outlet = _outlet(session, outlet_id)
    today = outlet_today(session, outlet_id)
    query = (
        select(Item.id, Item.sku, Item.name, day_price(literal(today, Date())), Category.name, Item.kind, Item.unit,
               Worker.code, Item.track_stock, Item.min_quantity, ServiceDuration.minutes)
        .outerjoin(Category, Category.id == Item.category_id)
        .outerjoin(ServiceDuration, ServiceDuration.item_id == Item.id)
        .outerjoin(Worker, Worker.id == Item.maker_worker_id)
        .where(Item.outlet_id == outlet_id)
        .order_by(Item.sku)
        .limit(PAGE)
    )  # fmt: skip
    last = ""
    while True:
        page = session.execute(query.where(Item.sku > last)).all()
        if not page:
            return
        codes: dict[uuid.UUID, list[str]] = {}
        found = select(Barcode.item_id, Barcode.code).where(Barcode.item_id.in_([row[0] for row in page]))
        for item_id, code in session.execute(found.order_by(Barcode.code)):
            codes.setdefault(item_id, []).append(code)
        for item_id, sku, name, price, category, kind, unit, maker, tracked, minimum, minutes in page:
            yield (outlet.code, sku, name, int(price), category or "", kind, unit, ";".join(codes.get(item_id, [])),
                   maker or "", "yes" if tracked else "no", "" if minimum is None else str(minimum),
                   "" if minutes is None else str(minutes))  # fmt: skip
        last = page[-1][1]


def _ordered(row: tuple[Any, ...]) -> tuple[Any, ...]:
    """From (outlet_code, sku, name, price, ...) to `COLUMNS` order."""
    by_name = dict(zip(("outlet_code", "sku", "name", "price", "category", "kind", "unit", "barcodes",
                        "maker_code", "track_stock", "min_quantity", "duration"), row, strict=True))  # fmt: skip
    return tuple(by_name[column] for column in COLUMNS)


def export_catalog(session: Session, actor: Actor, outlet_id: uuid.UUID, path: Path) -> int:
    """Writes the outlet's catalogue to `path` (.xlsx: a workbook, else CSV); returns how many items. A user tied
    to another outlet is refused."""
    require_outlet(session, actor, outlet_id)
    rows = (_ordered(row) for row in catalog_rows(session, outlet_id))
    if path.suffix.lower() == ".xlsx":
        return export_files.write_xlsx(path, _("Catalogue"), COLUMNS, rows)
    return export_files.write_csv(path, COLUMNS, rows)


def price_list(
    session: Session, actor: Actor, outlet_id: uuid.UUID, language: str, day: date | None = None
) -> PriceList:
    """The outlet's active items by category (in the quick buttons' order), at the prices of `day` (today)."""
    require_outlet(session, actor, outlet_id)
    outlet = _outlet(session, outlet_id)
    day = day or outlet_today(session, outlet_id)
    query = (
        select(Category.name, Item.name, Item.sku, Item.unit, day_price(literal(day, Date())))
        .outerjoin(Category, Category.id == Item.category_id)
        .where(Item.outlet_id == outlet_id, Item.active)
        .order_by(Category.id.is_(None), Category.sort_order, Category.name, Item.name)
    )
    sections: list[PriceListSection] = []
    for category, name, sku, unit, price in session.execute(query.execution_options(yield_per=PAGE)):
        title = category or _("Other items")
        if not sections or sections[-1].title != title:
            sections.append(PriceListSection(title, []))
        sections[-1].items.append(PriceListItem(name, sku, unit, int(price)))
    return PriceList(outlet.name, day, language, tuple(sections))


def _outlet(session: Session, outlet_id: uuid.UUID) -> Outlet:
    outlet = session.get(Outlet, outlet_id)
    if outlet is None:
        raise NotFound(_("Unknown outlet"))
    return outlet
