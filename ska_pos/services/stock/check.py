"""The stock check: on-hand rebuilt from the ledger and compared with the cache, in plain words per difference."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from decimal import Decimal

from sqlalchemy import select
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


@dataclass
class StockCheck:
    pairs: int = 0
    movements: int = 0
    differences: list[Difference] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.differences


def check_stock(session: Session) -> StockCheck:
    """Every (item, outlet) the ledger or the cache knows; read in the caller's snapshot."""
    ledger_rows = session.execute(
        select(StockMovement.item_id, StockMovement.outlet_id, quantity_sum(StockMovement.quantity))
        .group_by(StockMovement.item_id, StockMovement.outlet_id)
    )  # fmt: skip
    ledger: dict[tuple[uuid.UUID, uuid.UUID], Decimal] = {(row[0], row[1]): row[2] for row in ledger_rows}
    cache = {(row[0], row[1]): row[2] for row in session.execute(
        select(StockOnHand.item_id, StockOnHand.outlet_id, StockOnHand.quantity))}  # fmt: skip
    result = StockCheck(pairs=len(ledger.keys() | cache.keys()))
    for key in sorted(ledger.keys() | cache.keys()):
        moved, cached = ledger.get(key, Decimal(0)), cache.get(key)
        if cached is None and moved == 0 and key in ledger:
            continue  # moved in and out again before the cache existed: nothing to hold
        if cached != moved:
            result.differences.append(Difference(key[0], key[1], moved, cached))
    return result


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
