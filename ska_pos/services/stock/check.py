"""The stock check: on-hand rebuilt from the ledger and compared with the cache, in plain words per difference."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session

from ska_pos.db.models import Item, Outlet, StockMovement, StockOnHand
from ska_pos.db.types import quantity_sum
from ska_pos.i18n import _


@dataclass(frozen=True)
class Difference:
    item_id: uuid.UUID
    outlet_id: uuid.UUID
    ledger: Decimal
    cached: Decimal | None  # None: the cache has no row for a pair the ledger moved


@dataclass(frozen=True)
class StockCheck:
    pairs: int  # the items and outlets checked
    differences: list[Difference]

    @property
    def ok(self) -> bool:
        return not self.differences


def check_stock(session: Session) -> StockCheck:
    """Every (item, outlet) the ledger or the cache knows, compared in SQL (only the differences come back to
    Python); read in the caller's snapshot."""
    ledger = (
        select(StockMovement.item_id, StockMovement.outlet_id, quantity_sum(StockMovement.quantity).label("moved"))
        .group_by(StockMovement.item_id, StockMovement.outlet_id)
        .subquery()
    )
    cached = StockOnHand.quantity
    moved = ledger.c.moved
    from_ledger = (
        select(ledger.c.item_id, ledger.c.outlet_id, moved, cached)
        .outerjoin(StockOnHand, (StockOnHand.item_id == ledger.c.item_id)
                   & (StockOnHand.outlet_id == ledger.c.outlet_id))
        .where(or_(and_(cached.is_(None), moved != 0), cached != moved))
    )  # fmt: skip
    # The item's key, not the movement's: the index holds it, so the test reads no movement row from the table.
    unmoved = ~select(StockMovement.item_id).where(StockMovement.item_id == StockOnHand.item_id,
                                               StockMovement.outlet_id == StockOnHand.outlet_id).exists()  # fmt: skip
    only_cached = select(StockOnHand.item_id, StockOnHand.outlet_id, cached).where(cached != 0, unmoved)
    cached_pairs = session.scalar(select(func.count()).select_from(StockOnHand)) or 0
    differences = [Difference(item_id, outlet_id, total, held)
                   for item_id, outlet_id, total, held in session.execute(from_ledger)]  # fmt: skip
    uncached = sum(1 for difference in differences if difference.cached is None)
    differences += [Difference(item_id, outlet_id, Decimal(0), held)
                    for item_id, outlet_id, held in session.execute(only_cached)]  # fmt: skip
    differences.sort(key=lambda d: (d.outlet_id, d.item_id))
    return StockCheck(cached_pairs + uncached, differences)


def problems(session: Session, check: StockCheck) -> list[str]:
    """One sentence per difference, naming the outlet and the item."""
    if check.ok:
        return []
    items = {d.item_id for d in check.differences}
    names = {row.id: f"{row.sku} {row.name}" for row in session.execute(
        select(Item.id, Item.sku, Item.name).where(Item.id.in_(items)))}  # fmt: skip
    outlets = {row.id: row.code for row in session.execute(select(Outlet.id, Outlet.code))}
    return [
        _("Stock of {item} at {outlet}: the ledger says {ledger}, the on-hand record says {cached}",
          item=names.get(d.item_id, str(d.item_id)), outlet=outlets.get(d.outlet_id, str(d.outlet_id)),
          ledger=_plain(d.ledger), cached=_("nothing") if d.cached is None else _plain(d.cached))
        for d in check.differences
    ]  # fmt: skip


def _plain(quantity: Decimal) -> str:
    return f"{quantity.normalize():f}"
