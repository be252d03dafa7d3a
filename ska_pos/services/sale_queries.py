"""Finding sales: the till's journal, one sale with its lines, and what is left of it to refund."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from ska_pos.db.models import Sale, SaleLine


@dataclass(frozen=True)
class SaleFilter:
    outlet_id: uuid.UUID | None = None
    till_id: uuid.UUID | None = None
    date_from: date | None = None
    date_to: date | None = None
    receipt_no: str = ""
    kind: str | None = None
    limit: int = 500


def find_sales(session: Session, criteria: SaleFilter) -> list[Sale]:
    query = select(Sale).order_by(Sale.sold_at.desc()).limit(criteria.limit)
    if criteria.outlet_id is not None:
        query = query.where(Sale.outlet_id == criteria.outlet_id)
    if criteria.till_id is not None:
        query = query.where(Sale.till_id == criteria.till_id)
    if criteria.date_from is not None:
        query = query.where(Sale.business_date >= criteria.date_from)
    if criteria.date_to is not None:
        query = query.where(Sale.business_date <= criteria.date_to)
    if criteria.receipt_no.strip():
        query = query.where(Sale.receipt_no.contains(criteria.receipt_no.strip().upper()))
    if criteria.kind is not None:
        query = query.where(Sale.kind == criteria.kind)
    return list(session.scalars(query))


def sale_with_lines(session: Session, sale_id: uuid.UUID) -> Sale | None:
    query = (
        select(Sale)
        .where(Sale.id == sale_id)
        .options(selectinload(Sale.lines).selectinload(SaleLine.credits), selectinload(Sale.payments))
    )
    return session.scalar(query)


def reversals_of(session: Session, sale_id: uuid.UUID) -> list[Sale]:
    return list(session.scalars(select(Sale).where(Sale.reverses_sale_id == sale_id).order_by(Sale.sold_at)))
