"""A stock document (receiving note, consignment note) as the plain data its PDF is printed from."""

from __future__ import annotations

import uuid

from sqlalchemy import select
from sqlalchemy.orm import Session

from ska_pos.db.models import Item, Outlet, StockDocument, StockMovement, Supplier, User, Worker
from ska_pos.i18n import _
from ska_pos.reports.stock_models import NoteLine, StockNote
from ska_pos.services.errors import NotFound


def stock_note(session: Session, outlet_code: str, number: str) -> StockNote:
    row = session.execute(
        select(StockDocument, Outlet.name, Outlet.code, Outlet.timezone, User.full_name)
        .join(Outlet, Outlet.id == StockDocument.outlet_id)
        .join(User, User.id == StockDocument.user_id)
        .where(Outlet.code == outlet_code.upper(), StockDocument.number == number.strip().upper())
    ).first()  # fmt: skip
    if row is None:
        raise NotFound(_("No stock document {number} at {outlet}", number=number, outlet=outlet_code))
    document, outlet_name, code, zone, by = row
    return StockNote(document.kind, document.number, outlet_name, code, _party(session, document),
                     document.reference, document.note, document.created_at, zone, by,
                     _lines(session, document.id))  # fmt: skip


def _party(session: Session, document: StockDocument) -> str:
    if document.supplier_id is not None:
        supplier = session.get(Supplier, document.supplier_id)
        return f"{supplier.name} ({supplier.code})" if supplier else ""
    worker = session.get(Worker, document.worker_id) if document.worker_id else None
    return f"{worker.name} ({worker.code})" if worker else ""


def _lines(session: Session, document_id: uuid.UUID) -> list[NoteLine]:
    rows = session.execute(
        select(Item.sku, Item.name, Item.unit, StockMovement.quantity, StockMovement.unit_cost)
        .join(Item, Item.id == StockMovement.item_id)
        .where(StockMovement.document_id == document_id)
        .order_by(StockMovement.seq)
    )  # fmt: skip
    return [NoteLine(sku, name, unit, abs(quantity), cost) for sku, name, unit, quantity, cost in rows]
