"""The stock take a screen works on: the outlet's open count, if there is one, and what it covers."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from ska_pos.db.models import Category, StockCount
from ska_pos.services.stock.counts import Variance, variances


@dataclass(frozen=True)
class OpenCount:
    id: uuid.UUID
    category_id: uuid.UUID | None
    category: str  # empty: the whole outlet
    started_at: datetime
    lines: list[Variance]


def open_count(session: Session, outlet_id: uuid.UUID) -> OpenCount | None:
    """The newest open stock take of the outlet with its counted lines; None when none is open."""
    row = session.execute(
        select(StockCount.id, StockCount.category_id, Category.name, StockCount.started_at)
        .outerjoin(Category, Category.id == StockCount.category_id)
        .where(StockCount.outlet_id == outlet_id, StockCount.state == "open")
        .order_by(StockCount.started_at.desc())
        .limit(1)
    ).first()  # fmt: skip
    if row is None:
        return None
    count_id, category_id, category, started_at = row
    return OpenCount(count_id, category_id, category or "", started_at, variances(session, count_id))
