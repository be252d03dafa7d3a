"""Whose pieces are on the shelf: a maker's consigned pieces are theirs until sold, and a sale takes them first."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import bindparam, select
from sqlalchemy.orm import Session

from ska_pos.db.models import StockMovement
from ska_pos.db.types import quantity_sum
from ska_pos.services.stock import ledger as stock_ledger


@dataclass(frozen=True)
class Consigned:
    worker_id: uuid.UUID
    quantity: Decimal  # the maker's pieces still on the shelf
    agreed_price: int  # per piece, from the maker's newest consignment of the item (or transfer of it, here)


_BALANCES = (
    select(StockMovement.item_id, StockMovement.worker_id, quantity_sum(StockMovement.quantity))
    .where(StockMovement.outlet_id == bindparam("outlet_id"),
           StockMovement.item_id.in_(bindparam("items", expanding=True)), StockMovement.worker_id.is_not(None))
    .group_by(StockMovement.item_id, StockMovement.worker_id)
)  # fmt: skip
_AGREED = (
    select(StockMovement.unit_cost)
    .where(StockMovement.outlet_id == bindparam("outlet_id"), StockMovement.item_id == bindparam("item_id"),
           StockMovement.worker_id == bindparam("worker_id"),
           StockMovement.kind.in_(("consign_in", "transfer_in")))
    .order_by(StockMovement.created_at.desc(), StockMovement.seq.desc())
    .limit(1)
)  # fmt: skip


def balances(session: Session, outlet_id: uuid.UUID, item_ids: Sequence[uuid.UUID]) -> dict[uuid.UUID, Consigned]:
    """Per item, the maker with consigned pieces of it on this outlet's shelf (the one with most, should two
    makers have brought the same item). Read to decide a write, in the write transaction."""
    if not item_ids:
        return {}
    # The answer decides a write (who is credited, what may go back): the items' on-hand rows are locked first on
    # PostgreSQL, as the movement writer locks them, so a second till waits and then reads what the first one sold.
    stock_ledger.levels(session, [(item_id, outlet_id) for item_id in item_ids])
    connection = session.connection()
    found: dict[uuid.UUID, Consigned] = {}
    for item_id, worker_id, quantity in connection.execute(_BALANCES, {"outlet_id": outlet_id,
                                                                        "items": list(set(item_ids))}):  # fmt: skip
        if worker_id is None or quantity <= 0 or (item_id in found and found[item_id].quantity >= quantity):
            continue
        price = connection.execute(_AGREED, {"outlet_id": outlet_id, "item_id": item_id,
                                             "worker_id": worker_id}).scalar() or 0  # fmt: skip
        found[item_id] = Consigned(worker_id, quantity, int(price))
    return found
