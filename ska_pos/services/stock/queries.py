"""Reading stock: one item's on-hand and history, an outlet's stock report, and the till's warning before a sale."""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from sqlalchemy import bindparam, select
from sqlalchemy.orm import Session

from ska_pos.db.models import Category, Item, Outlet, StockMovement, StockOnHand
from ska_pos.domain.money import line_amount
from ska_pos.i18n import _
from ska_pos.services.errors import NotFound
from ska_pos.services.stock.transit_losses import lost_on_the_way_to


@dataclass(frozen=True)
class HistoryRow:
    at: datetime
    kind: str
    quantity: Decimal
    unit_cost: int
    reason: str


@dataclass(frozen=True)
class ItemStock:
    quantity: Decimal
    avg_cost: int
    history: list[HistoryRow]


@dataclass(frozen=True)
class StockRow:
    sku: str
    name: str
    category: str
    quantity: Decimal
    avg_cost: int
    lost_in_transit: Decimal = Decimal(0)  # sent here from another outlet and never arrived
    unit: str = "pcs"  # the item's stock unit: milk's quantity is litres

    @property
    def value(self) -> int:
        return line_amount(self.quantity, self.avg_cost)


@dataclass(frozen=True)
class StockReport:
    outlet_code: str
    rows: list[StockRow]


@dataclass(frozen=True)
class Shortfall:
    """A line of a cart asks for more than the outlet has of a tracked item."""

    item_id: uuid.UUID
    name: str
    on_hand: Decimal
    wanted: Decimal
    refused: bool  # the outlet does not let stock fall below zero: the sale will be refused

    def message(self) -> str:
        return _("Only {on_hand} of {name} in stock, the sale asks for {wanted}", on_hand=_plain(self.on_hand),
                 name=self.name, wanted=_plain(self.wanted))  # fmt: skip


_LEVEL = select(StockOnHand.quantity, StockOnHand.avg_cost).where(
    StockOnHand.item_id == bindparam("item_id"), StockOnHand.outlet_id == bindparam("outlet_id")
)
_HISTORY = (
    select(StockMovement.created_at, StockMovement.kind, StockMovement.quantity, StockMovement.unit_cost,
           StockMovement.reason)
    .where(StockMovement.item_id == bindparam("item_id"), StockMovement.outlet_id == bindparam("outlet_id"))
    .order_by(StockMovement.created_at.desc())
    .limit(bindparam("limit"))
)  # fmt: skip


def item_stock(session: Session, item_id: uuid.UUID, outlet_id: uuid.UUID, *, history: int = 20) -> ItemStock:
    """The cached on-hand and the newest `history` movements of one item at one outlet."""
    connection = session.connection()
    level = connection.execute(_LEVEL, {"item_id": item_id, "outlet_id": outlet_id}).first()
    rows = connection.execute(_HISTORY, {"item_id": item_id, "outlet_id": outlet_id, "limit": history})
    moved = [HistoryRow(*row) for row in rows]
    if level is None:
        return ItemStock(Decimal(0), 0, moved)
    return ItemStock(level.quantity, level.avg_cost, moved)


def stock_report(session: Session, outlet_code: str) -> StockReport:
    """Every tracked item of the outlet with what it has and its average cost, by category and name."""
    outlet = session.execute(select(Outlet.id, Outlet.code).where(Outlet.code == outlet_code.upper())).first()
    if outlet is None:
        raise NotFound(_("Unknown outlet {code}", code=outlet_code))
    # Core rows, not ORM ones, and no keys to make objects of: the whole outlet at once is read for the report.
    rows = session.connection().execute(
        select(Item.id, Item.sku, Item.name, Category.name, StockOnHand.quantity, StockOnHand.avg_cost, Item.unit)
        .outerjoin(Category, Category.id == Item.category_id)
        .outerjoin(StockOnHand, (StockOnHand.item_id == Item.id) & (StockOnHand.outlet_id == outlet.id))
        .where(Item.outlet_id == outlet.id, Item.track_stock)
        .order_by(Category.name, Item.name)
    )
    zero = Decimal(0)
    lost = lost_on_the_way_to(session, outlet.id)
    return StockReport(outlet.code, [
        StockRow(sku, name, category or "", zero if quantity is None else quantity, cost or 0, lost.get(item_id, zero),
                 unit)
        for item_id, sku, name, category, quantity, cost, unit in rows
    ])  # fmt: skip


def shortfalls(session: Session, outlet_id: uuid.UUID, wanted: Mapping[uuid.UUID, Decimal]) -> list[Shortfall]:
    """What the till warns about before it completes a sale: tracked items the cart wants more of than there is."""
    if not wanted:
        return []
    strict = not session.execute(select(Outlet.allow_negative_stock).where(Outlet.id == outlet_id)).scalar_one()
    rows = session.execute(
        select(Item.id, Item.name, StockOnHand.quantity)
        .outerjoin(StockOnHand, (StockOnHand.item_id == Item.id) & (StockOnHand.outlet_id == outlet_id))
        .where(Item.id.in_(list(wanted)), Item.track_stock, Item.kind == "product")
    )
    found = []
    for item_id, name, quantity in rows:
        have = quantity if quantity is not None else Decimal(0)
        if wanted[item_id] > have:
            found.append(Shortfall(item_id, name, have, wanted[item_id], strict))
    return sorted(found, key=lambda shortfall: shortfall.name)


def _plain(quantity: Decimal) -> str:
    return f"{quantity.normalize():f}"
