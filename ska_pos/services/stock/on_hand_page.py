"""The stock screen's list: an outlet's tracked items with their on-hand, a page at a time, searched and filtered
(category, at or below the item's minimum, holding a maker's consigned pieces) in SQL."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from ska_pos.db.models import Category, Item, StockMinimum, StockMovement, StockOnHand
from ska_pos.db.types import Quantity, quantity_sum
from ska_pos.domain.money import line_amount
from ska_pos.services.like import ESCAPE, contains


@dataclass(frozen=True)
class StockFilter:
    outlet_id: uuid.UUID
    text: str = ""
    category_id: uuid.UUID | None = None
    low_only: bool = False  # at or below the item's minimum (stock_minimum)
    consigned_only: bool = False  # a maker has pieces of it on the shelf


@dataclass(frozen=True)
class OnHandRow:
    item_id: uuid.UUID
    sku: str
    name: str
    category: str
    unit: str
    quantity: Decimal
    avg_cost: int
    consigned: Decimal
    minimum: Decimal | None

    @property
    def low(self) -> bool:
        return self.minimum is not None and self.quantity <= self.minimum

    @property
    def value(self) -> int:
        return line_amount(self.quantity, self.avg_cost)


@dataclass(frozen=True)
class OnHandPage:
    rows: list[OnHandRow]
    total: int


def on_hand_page(session: Session, wanted: StockFilter, offset: int, limit: int) -> OnHandPage:
    consigned = (
        select(StockMovement.item_id, quantity_sum(StockMovement.quantity).label("pieces"))
        .where(StockMovement.outlet_id == wanted.outlet_id, StockMovement.worker_id.is_not(None))
        .group_by(StockMovement.item_id)
        .subquery()
    )
    quantity = func.coalesce(StockOnHand.quantity, 0, type_=Quantity())
    pieces = func.coalesce(consigned.c.pieces, 0, type_=Quantity())
    query = (
        select(Item.id, Item.sku, Item.name, Category.name, Item.unit, quantity, func.coalesce(StockOnHand.avg_cost, 0),
               pieces, StockMinimum.quantity)
        .outerjoin(Category, Category.id == Item.category_id)
        .outerjoin(StockOnHand, (StockOnHand.item_id == Item.id) & (StockOnHand.outlet_id == wanted.outlet_id))
        .outerjoin(consigned, consigned.c.item_id == Item.id)
        .outerjoin(StockMinimum, StockMinimum.item_id == Item.id)
        .where(Item.outlet_id == wanted.outlet_id, Item.track_stock, Item.kind == "product")
    )  # fmt: skip
    text = wanted.text.strip()
    if text:
        pattern = contains(text)
        query = query.where(or_(func.lower(Item.name).like(pattern, escape=ESCAPE),
                                func.lower(Item.sku).like(pattern, escape=ESCAPE)))  # fmt: skip
    if wanted.category_id is not None:
        query = query.where(Item.category_id == wanted.category_id)
    if wanted.low_only:
        query = query.where(StockMinimum.quantity.is_not(None), quantity <= StockMinimum.quantity)
    if wanted.consigned_only:
        query = query.where(consigned.c.pieces > 0)
    total = session.scalar(select(func.count()).select_from(query.subquery())) or 0
    rows = session.execute(query.order_by(Item.name, Item.sku).offset(offset).limit(limit))
    return OnHandPage([_row(*row) for row in rows], int(total))


def _row(item_id: uuid.UUID, sku: str, name: str, category: str | None, unit: str, quantity: Decimal, cost: int,
         pieces: Decimal, minimum: Decimal | None) -> OnHandRow:  # fmt: skip
    return OnHandRow(item_id, sku, name, category or "", unit, quantity, int(cost), pieces, minimum)
